"""Backups on save, as the Preferences say (``save/backups``, ``save/backups_keep``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io import SaveError
from ..io.backups import keep_previous
from . import preferences_store as P


def keep_backups(path: str) -> str:
    """Keep the file at ``path`` as its newest backup before it is saved over.
    Returns "" when that went well (or nothing was to be kept), else a message
    for the status bar: the save goes on, as it would without backups."""
    try:
        keep_previous(path, P.backups_to_keep())
    except SaveError as exc:
        return QCoreApplication.translate("Backups", "Saved, but no backup was kept: {reason}").format(
            reason=str(exc)
        )
    return ""
