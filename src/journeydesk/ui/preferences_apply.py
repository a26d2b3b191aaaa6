"""Preferences that apply at once: the theme (the whole app) and the recovery
snapshots (each window's autosaver). The recent-files length, backups and the
default page size are read where they are used, so they apply at once too;
the language is read at start."""

from __future__ import annotations

from PySide6.QtCore import QObject

from . import preferences_store as P
from .appearance import apply_theme

_app_wide: list[bool] = []


def _app_preference_changed(key: str) -> None:
    if key == "ui/theme":
        apply_theme()


class WindowPreferences(QObject):
    """Keeps one window's autosaver as the Preferences say (a child of the
    window: it goes, and stops listening, with it)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("windowPreferences")
        self.window = window
        P.notifier().changed.connect(self._changed)
        self.apply_recovery()

    def _changed(self, key: str) -> None:
        if key.startswith("recovery/") and not self.window._closed:
            self.apply_recovery()

    def apply_recovery(self) -> None:
        """Off: this window's snapshot goes at once. On: the next edit (or an
        unsaved one now) is snapshotted within a second, as ``autosave.py`` does."""
        saver = self.window.autosaver
        if not P.get("recovery/enabled"):
            saver.timer.stop()
            saver.discard()  # no snapshot of this window stays behind
        elif not self.window.undo_stack.isClean() and not saver.timer.isActive():
            saver.timer.start()


def follow(window) -> WindowPreferences:
    """Call once per window, after its autosaver exists."""
    if not _app_wide:
        P.notifier().changed.connect(_app_preference_changed)
        _app_wide.append(True)
    return WindowPreferences(window)
