"""Which language to speak: ``--lang``, else the Preferences choice, else the
system's locale. The editor and the command line choose the same way.

The Preferences choice lives in the editor's settings file (QSettings, INI
format, key ``ui/language``: "" for the system's language, or a code); it is
read here with configparser so the command line needs no Qt.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from .catalog import LANGUAGES, normalise

PREFERENCE_KEY = "ui/language"


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language of the user's locale, as gettext reads it: LANGUAGE (a
    priority list) unless the locale is C, then LC_ALL, LC_MESSAGES, LANG."""
    locale = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    if locale not in ("C", "POSIX", "C.UTF-8") and environ.get("LANGUAGE"):
        for part in environ["LANGUAGE"].split(":"):
            if normalise(part) != "en" or part.lower().startswith("en"):
                return normalise(part)
    if locale:
        return normalise(locale)
    if sys.platform == "win32":  # no locale variables: ask Windows
        import ctypes
        import locale as pylocale

        lang = pylocale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage(), "")
        return normalise(lang)
    return "en"


def settings_file(environ: Mapping[str, str] = os.environ) -> Path:
    """Where the editor keeps its settings (what QStandardPaths.AppConfigLocation
    gives for organisation and application "JourneyDesk")."""
    if sys.platform == "win32":
        base = Path(environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "JourneyDesk" / "JourneyDesk" / "journeydesk.ini"


def preferred_language(path: Path | None = None) -> str | None:
    """The language chosen in Preferences (None: follow the system)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path or settings_file(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None  # an unreadable settings file is no reason to fail a command
    section, key = PREFERENCE_KEY.split("/")
    value = parser.get(section, key, fallback="").strip().strip('"')
    return value if value in LANGUAGES else None


def choose_language(explicit: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """The language to speak: an explicit choice, the preference, the system's."""
    if explicit:
        return normalise(explicit)
    return preferred_language(settings_file(environ)) or system_language(environ)
