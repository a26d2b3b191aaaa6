"""Saving: canonical bytes, written atomically (temp file, fsync, rename)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ..model import JourneyDocument
from .convert import to_data
from .errors import SaveError


def dumps(doc: JourneyDocument) -> str:
    """The canonical text of a map: fixed key and list order, 2-space indent,
    real characters (not \\u escapes), one trailing newline."""
    return json.dumps(to_data(doc), ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write bytes so that a failure at any point leaves the old file whole.

    The temp file sits in the same folder (a rename across disks is not atomic),
    is fsynced before the rename, and takes the old file's permissions."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else None
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SaveError(f"{path}: cannot write in {folder}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise SaveError(f"{path}: could not be saved: {exc.strerror or exc}") from None
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def save(doc: JourneyDocument, path: str | os.PathLike[str]) -> None:
    """Save a map in canonical form, atomically. Raises ``SaveError``."""
    write_atomic(path, dumps(doc).encode("utf-8"))
