"""The user's preferences: one table of keys, defaults and allowed values, read and
written through the app's settings file (``settings.settings()``).

Every part of the app that honours a preference reads it here, and the
Preferences dialog writes it here; ``notifier().changed`` says which key changed,
so what can apply at once does (theme, autosave, recent files).

Keys (INI keys in ``journeydesk.ini``):

``ui/language``                ""  = the system's language, or "en", "id", "ms"
                               (read at start; the translation pipeline owns it)
``ui/theme``                   "light", "dark" or "high_contrast"
``recovery/enabled``           keep a recovery snapshot of unsaved maps (bool;
                               taken within a second of an edit, ``autosave.py``)
``save/backups``               keep previous versions beside a saved map (bool)
``save/backups_keep``          how many previous versions (NAME~, NAME~2, ...)
``export/page_size``           the export dialog's first page size
``recent/max``                 how many maps File > Open Recent lists

``recovery/enabled`` and ``save/backups`` are the keys the crash-safety work
(issue 15) reads too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from .. import i18n
from . import settings as S

# The paper the export dialog offers (and remembers here); Letter and Tabloid are
# words, worded where shown (translate("ExportDialog", size)).
PAGE_SIZES = (
    "A4",
    "A3",
    "A2",
    "A1",
    QT_TRANSLATE_NOOP("ExportDialog", "Letter"),
    QT_TRANSLATE_NOOP("ExportDialog", "Tabloid"),
)

LANGUAGES = ("", *i18n.LANGUAGES)  # "": the system's language
THEMES = ("light", "dark", "high_contrast")


@dataclass(frozen=True)
class Preference:
    key: str
    default: Any
    choices: tuple = ()  # allowed values (text preferences)
    low: int = 0  # bounds (whole-number preferences)
    high: int = 0

    def clean(self, value: Any) -> Any:
        """``value`` as this preference's type, or the default when it is not one
        (a hand-edited or older settings file must not break the app)."""
        d = self.default
        if isinstance(d, bool):
            if isinstance(value, str):
                text = value.strip().lower()
                if text in ("1", "true", "yes", "on"):
                    return True
                if text in ("0", "false", "no", "off"):
                    return False
                return d
            return bool(value) if isinstance(value, (bool, int)) else d
        if isinstance(d, int):
            try:
                number = int(str(value).strip())
            except (TypeError, ValueError):
                return d
            return min(self.high, max(self.low, number))
        text = value if isinstance(value, str) else d
        return text if not self.choices or text in self.choices else d


PREFERENCES: dict[str, Preference] = {
    p.key: p
    for p in (
        Preference("ui/language", "", LANGUAGES),
        Preference("ui/theme", "light", THEMES),
        Preference("recovery/enabled", True),
        Preference("save/backups", True),
        Preference("save/backups_keep", 1, low=1, high=20),
        Preference("export/page_size", "A3", PAGE_SIZES),
        Preference("recent/max", S.MAX_RECENT, low=1, high=30),
    )
}


class _Notifier(QObject):
    """``changed(key)`` after a preference was written."""

    changed = Signal(str)


_notifier: list[_Notifier] = []


def notifier() -> _Notifier:
    if not _notifier:
        _notifier.append(_Notifier())
    return _notifier[0]


def get(key: str) -> Any:
    pref = PREFERENCES[key]
    return pref.clean(S.settings().value(key, pref.default))


def put(key: str, value: Any) -> Any:
    """Write a preference (cleaned to its type and range); returns what was stored."""
    pref = PREFERENCES[key]
    value = pref.clean(value)
    s = S.settings()
    before = pref.clean(s.value(key, pref.default))
    s.setValue(key, value)
    s.sync()
    if value != before:
        notifier().changed.emit(key)
    return value


def reset(keys=None) -> None:
    """Back to the defaults (all preferences, or ``keys``)."""
    for key in keys or PREFERENCES:
        put(key, PREFERENCES[key].default)


def backups_to_keep() -> int:
    """Previous versions to keep beside a saved map (0: none)."""
    return get("save/backups_keep") if get("save/backups") else 0
