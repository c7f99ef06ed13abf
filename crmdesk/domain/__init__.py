"""Entities, pipeline rules, scoring and money: no Qt, no I/O."""
