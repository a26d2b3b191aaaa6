"""Backups on save, as the Preferences say (``save/backups``, ``save/backups_keep``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io import SaveError
from ..io.backups import make_room
from . import preferences_store as P


def ready_backups(path: str) -> tuple[bool, str]:
    """Before saving over ``path``: shift its older backups along as the
    Preferences say. Returns (keep the current version as ``NAME~``, a message
    for the status bar or ""): when the older ones cannot be moved the save goes
    on and says so."""
    keep = P.backups_to_keep()
    try:
        make_room(path, keep)
    except SaveError as exc:
        return keep > 0, QCoreApplication.translate(
            "Backups", "Saved, but older backups were not kept: {reason}"
        ).format(reason=str(exc))
    return keep > 0, ""
