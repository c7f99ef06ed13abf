"""The command line: ``crmdesk …``."""
