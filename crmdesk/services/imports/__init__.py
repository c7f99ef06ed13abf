"""Bringing spreadsheets and other CRMs' exports in."""
