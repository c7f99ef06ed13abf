"""The anchors: the plain-library way of doing each figure's work on the same data.

They use plain ``sqlite3``, bare Qt widgets, bare ReportLab and plain ``csv`` — never our
layers — and read the same tables and indexes the implementation reads, so a ratio to an anchor
measures what CRM Desk's layers add on this machine today, whatever its speed. They are
measuring tools: unlike the program's own code they import Qt widgets and ReportLab directly.
"""
