"""Who has a map open: a lock file beside it, like LibreOffice's ``.~lock.NAME#``.

The lock holds one line of JSON: user, host, pid (and when that process started),
when the map was opened, and which window (``owner``: session token / window
key). A second opener reads it and is told who has the map open; the app then
offers Open Read-Only or Open a Copy. A lock is *stale*, and taken over, when its
process on this host is gone (or the pid now belongs to another process, which
the start time tells), or when it names this very process but a window that is no
longer open. A lock from another host is never taken over silently.

``shared`` is for a future live-sharing session: a lock that says the map is
shared lets a second opener join instead of being refused. Nothing sets it yet.
Headless (no Qt); the dialogs are in ``ui/file_guard.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .recovery import Session, pid_alive

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"


def lock_path(map_path: str | os.PathLike[str]) -> Path:
    path = Path(map_path)
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    opened: str
    owner: str  # "<session token>/<window key>"
    pid_start: str | None = None
    shared: bool = False
    app: str = "JourneyDesk"

    @classmethod
    def for_window(cls, session: Session, window_key: str) -> LockInfo:
        return cls(
            user=session.user,
            host=session.host,
            pid=os.getpid(),
            opened=datetime.now().astimezone().isoformat(timespec="seconds"),
            owner=f"{session.token}/{window_key}",
            pid_start=session.pid_start,
        )

    @property
    def token(self) -> str:
        return self.owner.split("/", 1)[0]

    def text(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False) + "\n"


class Locked(Exception):
    """Another JourneyDesk has the map open; ``info`` says who (None: unreadable)."""

    def __init__(self, info: LockInfo | None) -> None:
        super().__init__(info.user if info else "")
        self.info = info


def read_lock(map_path: str | os.PathLike[str]) -> LockInfo | None:
    """The lock beside a map, or None (no lock, or not one we can read)."""
    try:
        data: Any = json.loads(lock_path(map_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        return LockInfo(
            user=str(data.get("user", "")),
            host=str(data.get("host", "")),
            pid=int(data.get("pid", 0)),
            opened=str(data.get("opened", "")),
            owner=str(data.get("owner", "")),
            pid_start=data.get("pid_start") if isinstance(data.get("pid_start"), str) else None,
            shared=bool(data.get("shared", False)),
        )
    except (TypeError, ValueError, OverflowError):
        return None


def is_stale(info: LockInfo, me: LockInfo, open_here: set[str]) -> bool:
    """Whether ``info`` may be taken over by ``me``."""
    if info.owner == me.owner:
        return True  # ours already
    if info.token == me.token:
        return info.owner not in open_here  # a window of this process that is gone
    if info.host != me.host:
        return False  # another machine: cannot tell, never taken silently
    if info.pid == os.getpid():
        return True  # that pid is us now: the process that wrote it has ended
    return not pid_alive(info.pid, info.pid_start)


def _place(path: Path, text: str, replace: bool) -> bool:
    """Put ``text`` at ``path`` whole: link a complete temp file there (fails if
    one exists, unless ``replace``)."""
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(4)}.tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        if replace:
            os.replace(tmp, path)
            return True
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # no hard links here: exclusive create
            try:
                with open(path, "x", encoding="utf-8") as fh:
                    fh.write(text)
            except FileExistsError:
                return False
        return True
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def acquire(map_path: str | os.PathLike[str], me: LockInfo, open_here: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
    """Lock ``map_path`` for ``me``. Raises ``Locked`` when someone else has it.
    Returns False when no lock can be written there (a read-only folder): the map
    opens unlocked, as LibreOffice does."""
    path = lock_path(map_path)
    for _ in range(3):
        try:
            if _place(path, me.text(), replace=False):
                return True
        except OSError:
            return False
        info = read_lock(map_path)
        if info is None:
            if path.exists():
                raise Locked(None)  # there, but unreadable: someone is writing it, or a stranger's
            continue  # removed meanwhile: try again
        if not is_stale(info, me, open_here):
            raise Locked(info)
        try:
            _place(path, me.text(), replace=True)
        except OSError:
            return False
        now = read_lock(map_path)
        if now is not None and now.owner == me.owner:
            return True
        if now is not None:
            raise Locked(now)  # another opener took it over at the same moment
    return False


def release(map_path: str | os.PathLike[str], me: LockInfo) -> None:
    """Remove the lock if it is still ours."""
    info = read_lock(map_path)
    if info is not None and info.owner == me.owner:
        with contextlib.suppress(OSError):
            lock_path(map_path).unlink()
