"""Printable documents: plain data in, PDF bytes out. Only this package imports ReportLab."""
