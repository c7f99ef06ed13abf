"""The interface language: chosen from the system on first start, switchable in settings.

Vietnamese loads two compiled catalogues from ``crmdesk/i18n``: ours (``crmdesk_vi.qm``) and
Qt's own buttons and dialogs (``qt_vi.qm``; Qt ships no Vietnamese). The default QLocale follows
the language, so dates read ``dd/MM/yyyy`` and weeks start on Monday in Vietnamese.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from crmdesk.locations import APP_NAME, program_folder

LANGUAGES: dict[str, str] = {"en": "English", "vi": "Tiếng Việt"}
LANGUAGE_KEY = "ui/language"
LANGUAGE_ENV = "CRMDESK_LANG"  # overrides the saved choice (the command line, tests)
CATALOGUES = ("crmdesk", "qt")
_installed: list[QTranslator] = []
_current = ["en"]


def translations_folder() -> Path:
    """Where the .qm files are: in the package, or in a frozen bundle."""
    return program_folder() / "i18n"


def system_language() -> str:
    """``vi`` when the system speaks Vietnamese, else ``en``."""
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def saved_language(settings: QSettings) -> str:
    """$CRMDESK_LANG, else the user's choice, else the system's language (first start)."""
    value = os.environ.get(LANGUAGE_ENV) or str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else system_language()


def user_settings() -> QSettings:
    """Where the language, window geometry and view choices are kept."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "window")


def current_language() -> str:
    """The language the interface speaks now."""
    return _current[0]


def install_language(language: str) -> str:
    """Speak ``language`` from now on (translators and default locale); returns it.

    Windows built afterwards are in the new language; call before building them.
    """
    language = language if language in LANGUAGES else "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        for name in CATALOGUES:
            translator = QTranslator()
            if translator.load(str(translations_folder() / f"{name}_{language}.qm")):
                if app is not None:
                    QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    _current[0] = language
    return language


def locale_for(language: str) -> QLocale:
    """The locale whose dates and numbers go with the language."""
    if language == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def translate(context: str, text: str) -> str:
    """``text`` in the current language, also without a QCoreApplication (the command line)."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text)
    for translator in _installed:
        found = translator.translate(context, text)
        if found:
            return found
    return text
