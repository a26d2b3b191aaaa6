"""Previous versions of a map kept beside it when it is saved over.

``keep_previous(path, keep)`` runs just before a save replaces ``path``: the
file as it is now becomes ``NAME~`` (the newest backup), an older ``NAME~``
becomes ``NAME~2``, and so on up to ``NAME~<keep>``; versions past ``keep`` go.
The newest backup is written atomically (``write_atomic``), so a crash leaves
either the old backup or the new one; older ones move by rename.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import SaveError
from .save import write_atomic

MAX_KEEP = 99  # how far a smaller ``keep`` looks for older versions to remove


def backup_path(path: str | os.PathLike[str], n: int = 1) -> Path:
    """The ``n``-th newest backup of ``path``: ``NAME~``, ``NAME~2``, ..."""
    path = Path(path)
    return path.with_name(f"{path.name}~" if n == 1 else f"{path.name}~{n}")


def backups_of(path: str | os.PathLike[str]) -> list[Path]:
    """The backups that exist, newest first."""
    return [p for n in range(1, MAX_KEEP + 1) if (p := backup_path(path, n)).exists()]


def keep_previous(path: str | os.PathLike[str], keep: int) -> Path | None:
    """Keep the current content of ``path`` as its newest backup (before a save
    replaces it), shifting older backups along and dropping those past ``keep``.

    Nothing happens when ``keep`` is 0 or ``path`` is not an existing regular
    file. Returns the newest backup's path, or None. Raises ``SaveError`` when a
    backup cannot be written (the caller decides whether to save anyway)."""
    path = Path(path)
    if keep <= 0 or not path.is_file():
        return None
    real = Path(os.path.realpath(path))  # a link's target holds the content
    try:
        for n in range(keep + 1, MAX_KEEP + 1):  # past ``keep`` (it was larger once)
            old = backup_path(path, n)
            if old.exists():
                old.unlink()
        for n in range(keep - 1, 0, -1):  # NAME~(n) -> NAME~(n+1); the oldest kept one drops off
            older = backup_path(path, n)
            if older.exists():
                os.replace(older, backup_path(path, n + 1))
        data = real.read_bytes()
    except OSError as exc:
        raise SaveError(f"{path}: could not keep the previous version ({exc.strerror or exc})") from exc
    newest = backup_path(path, 1)
    write_atomic(newest, data)
    return newest
