"""More than one previous version of a map kept beside it (Preferences: backups
kept).

``write_atomic(..., backup=True)`` keeps the file as it was as ``NAME~`` (the
one rule for making the newest backup, ``io/atomic.py``). To keep ``keep``
versions, ``make_room(path, keep)`` runs just before that save: an older
``NAME~`` becomes ``NAME~2``, and so on up to ``NAME~<keep>``; versions past
``keep`` go. Backups sit beside the file a link points to, as ``write_atomic``
puts them.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..i18n import translate
from . import atomic
from .errors import SaveError

MAX_KEEP = 99  # how far a smaller ``keep`` looks for older versions to remove


def backup_path(path: str | os.PathLike[str], n: int = 1) -> Path:
    """The ``n``-th newest backup of ``path``: ``NAME~``, ``NAME~2``, ..."""
    newest = atomic.backup_path(path)
    return newest if n == 1 else newest.with_name(f"{newest.name}{n}")


def backups_of(path: str | os.PathLike[str]) -> list[Path]:
    """The backups that exist, newest first."""
    real = os.path.realpath(path)
    return [p for n in range(1, MAX_KEEP + 1) if (p := backup_path(real, n)).exists()]


def make_room(path: str | os.PathLike[str], keep: int) -> None:
    """Shift the older backups of ``path`` along (``NAME~`` -> ``NAME~2``...) so the
    save about to run can keep the current version as ``NAME~``, dropping those
    past ``keep``. Nothing happens for ``keep`` under 2 (then at most ``NAME~``)
    except removing versions past it. Raises ``SaveError`` when a backup cannot
    be moved (the caller decides whether to save anyway)."""
    real = Path(os.path.realpath(path))
    try:
        for n in range(max(keep, 1) + 1, MAX_KEEP + 1):  # past ``keep`` (it was larger once)
            old = backup_path(real, n)
            if old.exists():
                old.unlink()
        if not real.is_file():
            return
        for n in range(keep - 1, 0, -1):  # NAME~(n) -> NAME~(n+1); the oldest kept one drops off
            older = backup_path(real, n)
            if older.exists():
                os.replace(older, backup_path(real, n + 1))
    except OSError as exc:
        raise SaveError(
            translate("io.save", "{path}: could not keep the previous versions ({reason})").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
