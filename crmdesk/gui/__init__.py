"""The Qt window. Talks only to ``crmdesk.services``."""
