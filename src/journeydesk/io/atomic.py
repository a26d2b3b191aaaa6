"""Writing a file so that it is always either the old version or the new one.

The usual way: write a temp file in the same folder, fsync it, give it the old
file's mode and owner, rename it over the old file, fsync the folder. What this
adds over a plain ``mkstemp`` + ``os.replace``:

- A new file follows the umask (0644 under umask 022), as any editor's does; an
  existing file keeps its mode, and its owner and group where the system permits.
- A read-only file (no write bit, or not writable by us) is refused with
  ``ReadOnlyError``: renaming over it would "succeed" in a writable folder and
  silently replace a file its owner protected (the app then offers Save As).
- A file with more than one hard link is rewritten in place, through its inode,
  so every name keeps seeing the new content (a rename would split the links:
  this name gets a new file, the others keep the old one). In-place is not atomic
  against a crash, so the old bytes are kept in memory and written back if any
  step fails, and the backup (when on) is made first. Vim's ``backupcopy=auto``
  makes the same choice.
- The temp file is removed on every failure path, and temp files left by a save
  that was killed are removed at the next save of the same file. A live save holds
  an exclusive ``flock`` on its temp file, so only abandoned ones are removed.
- ``backup=True`` keeps the previous version beside the file as ``NAME~``
  (a hard link to the old file where the file system allows, else a copy).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from pathlib import Path

from ..i18n import translate
from .errors import ReadOnlyError, SaveError

try:  # POSIX: tells an abandoned temp file from one a live save is writing
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

BACKUP_SUFFIX = "~"
_STALE_AGE_WITHOUT_LOCKS = 3600.0  # seconds, where flock is not available
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.journey.json~``."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def _temp_prefix(name: str) -> str:
    # Short: a file name near the system's limit still saves.
    return f".{name[:40]}."


def _temp_path(folder: Path, name: str) -> Path:
    return folder / f"{_temp_prefix(name)}{secrets.token_hex(4)}.tmp"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _cannot_save(path: Path, exc: OSError) -> SaveError:
    return SaveError(
        translate("io.save", "{path}: could not be saved: {reason}").format(path=path, reason=_reason(exc))
    )


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _lock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def remove_stale_temps(folder: Path, name: str) -> list[Path]:
    """Remove temp files of ``name`` that no live save holds; returns them."""
    removed: list[Path] = []
    prefix = _temp_prefix(name)
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(".tmp")]
    except OSError:
        return removed
    for tmp in candidates:
        try:
            fd = os.open(tmp, os.O_RDONLY | _O_CLOEXEC | _O_NOFOLLOW)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    continue  # a save in progress holds it
            elif os.fstat(fd).st_mtime > time.time() - _STALE_AGE_WITHOUT_LOCKS:
                continue
            os.unlink(tmp)
            removed.append(tmp)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def check_writable(path: Path, st: os.stat_result | None = None) -> None:
    """Raise ``ReadOnlyError`` when ``path`` exists and must not be written."""
    if st is None:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return
    if not st.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise ReadOnlyError(
            translate(
                "io.save", "{path}: the file is read-only; save your changes under another name (Save As)"
            ).format(path=path)
        )


def _keep_owner(fd: int, st: os.stat_result) -> None:
    """Give the new file the old one's owner and group, where permitted."""
    if not hasattr(os, "fchown"):
        return
    if st.st_uid == os.geteuid() and st.st_gid == os.getegid():
        return
    for uid, gid in ((st.st_uid, st.st_gid), (-1, st.st_gid)):
        try:
            os.fchown(fd, uid, gid)
            return
        except PermissionError:
            continue  # not permitted: the file becomes ours, mode kept


def _write_temp(folder: Path, name: str, data: bytes, st: os.stat_result | None) -> tuple[Path, int]:
    """A complete, fsynced temp file with the old file's mode and owner. Returns
    it with its (locked, open) descriptor; removes it if anything fails."""
    tmp = _temp_path(folder, name)
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_CLOEXEC, mode)
    except OSError as exc:
        raise SaveError(
            translate("io.save", "{path}: cannot write in {folder}: {reason}").format(
                path=folder / name, folder=folder, reason=_reason(exc)
            )
        ) from None
    try:
        with contextlib.suppress(OSError):
            _lock(fd)
        _write_all(fd, data)
        os.fsync(fd)
        if st is not None:
            os.fchmod(fd, mode)  # the umask may have taken bits the old file had
            _keep_owner(fd, st)
    except BaseException:
        _discard(tmp, fd)
        raise
    return tmp, fd


def _discard(tmp: Path, fd: int) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
    with contextlib.suppress(OSError):
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (no-op where folders cannot be opened)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _make_backup(target: Path) -> None:
    """Keep the current ``target`` as ``target~`` (atomically replacing the old one)."""
    folder, backup = target.parent, backup_path(target)
    link = _temp_path(folder, backup.name)
    try:
        os.link(target, link)
    except OSError:  # no hard links here (FAT, some network shares): copy
        with open(target, "rb") as fh:
            old = fh.read()
        tmp, fd = _write_temp(folder, backup.name, old, os.stat(target))
        try:
            os.replace(tmp, backup)
        except BaseException:
            _discard(tmp, fd)
            raise
        os.close(fd)
        return
    try:
        os.replace(link, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(link)
        raise


def _links_besides_backup(target: Path, st: os.stat_result) -> int:
    """Hard links of ``target``, not counting our own backup (a save killed between
    making the backup link and the rename leaves the two sharing an inode)."""
    links = st.st_nlink
    backup = backup_path(target)
    with contextlib.suppress(OSError):
        b = os.stat(backup)
        if (b.st_dev, b.st_ino) == (st.st_dev, st.st_ino):
            links -= 1
    return links


def _replace(target: Path, data: bytes, st: os.stat_result | None, backup: bool) -> None:
    tmp, fd = _write_temp(target.parent, target.name, data, st)
    try:
        if backup and st is not None:
            _make_backup(target)
        os.replace(tmp, target)
    except BaseException:
        _discard(tmp, fd)
        raise
    os.close(fd)  # only now: the lock kept the next save's cleanup off our temp


def _rewrite_in_place(target: Path, data: bytes, backup: bool) -> None:
    """Write through the inode (all hard links see it); on failure put the old bytes back."""
    with open(target, "rb") as fh:
        old = fh.read()
    if backup:
        bak = backup_path(target)
        tmp, fd = _write_temp(target.parent, bak.name, old, os.stat(target))
        try:
            os.replace(tmp, bak)
        except BaseException:
            _discard(tmp, fd)
            raise
        os.close(fd)
    fd = os.open(target, os.O_WRONLY | _O_CLOEXEC)
    try:
        try:
            _write_all(fd, data)
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.lseek(fd, 0, os.SEEK_SET)
                _write_all(fd, old)
                os.ftruncate(fd, len(old))
                os.fsync(fd)
            raise
    finally:
        os.close(fd)


def write_atomic(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` so a failure at any step leaves the old file whole.

    Raises ``SaveError`` (``ReadOnlyError`` for a read-only file). A symbolic link
    is followed: the file it points to is replaced, the link stays."""
    target = Path(path)
    if not str(target.parent):
        target = Path(".") / target
    try:
        if target.is_symlink():  # renaming over the link would replace the link
            target = Path(os.path.realpath(target))
        try:
            st: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            st = None
    except OSError as exc:
        raise _cannot_save(target, exc) from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise SaveError(
                translate("io.save", "{path}: cannot be saved: it is a folder").format(path=target)
            )
        if not stat.S_ISREG(st.st_mode):
            raise SaveError(
                translate(
                    "io.save", "{path}: cannot be saved: it is not a regular file (a device or a pipe?)"
                ).format(path=target)
            )
        check_writable(target, st)
    remove_stale_temps(target.parent, target.name)
    if backup:
        remove_stale_temps(target.parent, backup_path(target).name)
    try:
        if st is not None and _links_besides_backup(target, st) > 1:
            _rewrite_in_place(target, data, backup)
        else:
            _replace(target, data, st, backup)
    except OSError as exc:
        raise _cannot_save(target, exc) from None
    _sync_folder(target.parent)
