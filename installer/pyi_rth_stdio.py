# PyInstaller runtime hook (runs before CRM Desk's own code, in every executable of the bundle).
# On Windows the window-only executable ("CRM Desk.exe", console=False) starts with sys.stdout and
# sys.stderr set to None, as under pythonw.exe; code that reads sys.stdout.encoding or writes to
# sys.stderr would then fail with AttributeError. PyInstaller's documented workaround: give them
# a file that discards what is written. A no-op wherever the streams exist (console, Linux, macOS).
# https://pyinstaller.org/en/stable/common-issues-and-pitfalls.html
import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the program
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
