"""Writing an export atomically: a temp file in the destination folder, then a rename.

A failure (folder not writable, disk full, a crash in the middle) leaves the
destination as it was: either the old file or nothing. Errors become one-line
``ExportError``s that say what happened in plain words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, translate
from .errors import ExportError

_WORDS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("export", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("export", "the disk quota is used up"),
    errno.EACCES: QT_TRANSLATE_NOOP("export", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("export", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("export", "the folder is on a read-only disk"),
    errno.ENOENT: QT_TRANSLATE_NOOP("export", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("export", "the folder does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("export", "it is a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("export", "the file name is too long"),
}


def describe(exc: OSError) -> str:
    """An OSError in a few plain words (the system's own words for a rare one)."""
    words = _WORDS.get(exc.errno or 0)
    return translate("export", words) if words else (exc.strerror or str(exc)).rstrip(".").lower()


def cannot_write(path: Path, why: str) -> ExportError:
    return ExportError(
        translate("export", "{path}: cannot write the export: {why}").format(path=path, why=why)
    )


def check_destination(path: str | os.PathLike[str]) -> Path:
    """Fail early and clearly when ``path`` cannot be written, before any work."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if path.is_dir():
            raise cannot_write(path, translate("export", "it is a folder"))
        if path.exists() and not path.is_file():  # renaming over it would replace the device
            raise cannot_write(path, translate("export", "it is not a regular file (a device or a pipe?)"))
        if not folder.is_dir():
            why = translate("export", "the folder {folder} does not exist").format(folder=folder)
            raise cannot_write(path, why)
    except OSError as exc:  # a name too long, a folder we may not look into
        raise cannot_write(path, describe(exc)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise cannot_write(
            path, translate("export", "the folder {folder} is not writable").format(folder=folder)
        )
    return path


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[str]:
    """Yield a temp file name beside ``path``; on success it replaces ``path``.

    The body writes the temp file (by name: reportlab, Qt and csv all can). On any
    error the temp file is removed and ``path`` is untouched."""
    path = check_destination(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        why = (
            translate("export", "no file can be created there")
            if exc.errno == errno.ENOENT and folder.is_dir()
            else describe(exc)
        )
        message = translate("export", "{path}: cannot write the export in {folder}: {why}")
        raise ExportError(message.format(path=path, folder=folder, why=why)) from None
    mode = None
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else None
    except OSError:
        pass
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an export is an ordinary file
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            message = translate("export", "{path}: the export could not be written: {why}")
            raise ExportError(message.format(path=path, why=describe(exc))) from None
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see ``atomic_target``)."""
    with atomic_target(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
