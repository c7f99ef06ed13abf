"""Today: the agenda view, reminders, calendar export and nurturing plans in the window."""
