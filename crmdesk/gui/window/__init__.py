"""The main window's parts: actions, menus, commands, remembered view, language rebuild."""
