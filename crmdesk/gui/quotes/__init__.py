"""Quotes: the editor, the catalog, exporting and printing."""
