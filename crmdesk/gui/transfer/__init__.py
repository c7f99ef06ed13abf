"""Import and export windows."""
