"""The app's settings file (window layout, recent files, preferences).

An explicit INI file under ``QStandardPaths.AppConfigLocation``, so Qt's test mode
(``QStandardPaths.setTestModeEnabled(True)``) keeps tests away from the user's
settings on every platform.

Preference keys (plain QSettings keys until a Preferences dialog exists):

``recovery/enabled`` (bool, default true)
    Keep a recovery snapshot of every unsaved map (``ui/autosave.py``).
``save/backups`` (bool, default true)
    Keep the previous version of a map beside it as ``NAME.journey.json~``
    when saving (``io/atomic.py``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 10


def settings() -> QSettings:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return QSettings(os.path.join(folder, "journeydesk.ini"), QSettings.Format.IniFormat)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value if v]


def last_folder() -> str:
    """The folder a file was last opened from or saved to (home at first)."""
    folder = settings().value("lastFolder")
    if isinstance(folder, str) and folder and os.path.isdir(folder):
        return folder
    return os.path.expanduser("~")


def set_last_folder(folder: str) -> None:
    s = settings()
    s.setValue("lastFolder", os.path.abspath(folder))
    s.sync()


def recent_files() -> list[str]:
    return _as_list(settings().value("recentFiles"))[:MAX_RECENT]


def add_recent_file(path: str) -> list[str]:
    path = os.path.abspath(path)
    files = [path] + [f for f in recent_files() if os.path.abspath(f) != path]
    files = files[:MAX_RECENT]
    s = settings()
    s.setValue("recentFiles", files)
    s.sync()
    return files


def remove_recent_file(path: str) -> None:
    s = settings()
    s.setValue("recentFiles", [f for f in recent_files() if f != path])
    s.sync()


def clear_recent_files() -> None:
    s = settings()
    s.setValue("recentFiles", [])
    s.sync()


def flag(key: str, default: bool) -> bool:
    """A yes/no preference (INI files hold "true"/"false" text)."""
    value = settings().value(key, default)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def set_flag(key: str, value: bool) -> None:
    s = settings()
    s.setValue(key, bool(value))
    s.sync()
