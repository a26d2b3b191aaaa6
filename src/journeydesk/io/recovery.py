"""Recovery snapshots of unsaved maps, and telling a crashed session from a live one.

Each running JourneyDesk is a *session*: a random token, and a lock file
``session-TOKEN.lock`` in the recovery folder that the process holds an exclusive
``flock`` on for as long as it runs. The system drops that lock when the process
dies, however it dies (SIGKILL, power loss and reboot), so "is the session that
wrote this snapshot still running?" is answered by trying to take its lock, not by
asking whether some process has its pid: in a container or a Flatpak sandbox every
JourneyDesk is pid 1, and on a desktop pids are reused.

Snapshots are ``TOKEN-KEY.journey.json`` (the map, canonical text) beside
``TOKEN-KEY.meta.json`` (the map's file, its title, when, which session). They
never go near the user's file. Notes written by older versions (``KEY.meta.json``
with a pid and no session) are still offered back when that pid is not running.
Headless: the app gives the folder (``QStandardPaths`` in ``ui/autosave.py``).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import secrets
import socket
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..i18n import translate
from .atomic import write_atomic

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: pid and process start time only
    fcntl = None  # type: ignore[assignment]

TEST_PID_VARIABLE = "JOURNEYDESK_TEST_PID"  # tests: the pid this process reports


def reported_pid() -> int:
    """Our pid, or the one a test asks us to report (to play pid 1 in a container)."""
    try:
        return int(os.environ.get(TEST_PID_VARIABLE, "")) or os.getpid()
    except ValueError:
        return os.getpid()


def process_start(pid: int) -> str | None:
    """When a process started (Linux: clock ticks since boot), to tell a reused
    pid from the process that wrote a note; None where it cannot be known."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            stat = fh.read()
    except OSError:
        return None
    fields_after_name = stat.rsplit(")", 1)[-1].split()
    return fields_after_name[19] if len(fields_after_name) > 19 else None


def pid_alive(pid: int, started: str | None = None) -> bool:
    """Whether the process that had ``pid`` (and started at ``started``) runs."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except OSError:
        pass  # exists but not ours
    if started is not None:
        now = process_start(pid)
        if now is not None and now != started:
            return False  # another process has the pid now
    return True


@dataclass(frozen=True)
class Session:
    token: str
    pid: int
    host: str
    user: str
    started: str
    pid_start: str | None = None

    @classmethod
    def new(cls) -> Session:
        pid = reported_pid()
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name in some sandboxes
            user = ""
        return cls(
            token=secrets.token_hex(8),
            pid=pid,
            host=socket.gethostname(),
            user=user,
            started=datetime.now().astimezone().isoformat(timespec="seconds"),
            pid_start=process_start(os.getpid()),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "token": self.token,
            "pid": self.pid,
            "host": self.host,
            "user": self.user,
            "started": self.started,
            "pid_start": self.pid_start,
        }


def _session_lock_path(folder: Path, token: str) -> Path:
    return folder / f"session-{token}.lock"


@dataclass
class SessionLock:
    """Holds this session's lock in ``folder`` until ``release``."""

    folder: Path
    session: Session
    _fd: int | None = field(default=None, repr=False)

    def acquire(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = _session_lock_path(self.folder, self.session.token)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(self.session.as_json()).encode("utf-8"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(_session_lock_path(self.folder, self.session.token))
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None


def session_running(folder: Path, token: str, pid: int = 0, pid_start: str | None = None) -> bool:
    """Whether the session ``token`` still runs: its lock file is held. Without
    flock, whether its pid runs and started when it did."""
    path = _session_lock_path(folder, token)
    if fcntl is None:  # pragma: no cover - Windows
        return pid_alive(pid, pid_start)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False  # no lock file: that session ended (or never locked)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True  # held: the session runs
    finally:
        os.close(fd)  # closing drops the lock we may just have taken
    return False


@dataclass(frozen=True)
class Snapshot:
    key: str
    map_path: Path
    meta_path: Path
    original: str | None
    title: str
    saved: str
    token: str

    def text(self) -> str:
        return self.map_path.read_text(encoding="utf-8")

    def when(self) -> str:
        try:
            return datetime.fromisoformat(self.saved).strftime("%d %b %Y, %H:%M:%S")
        except ValueError:
            return self.saved or translate("io.recovery", "an earlier session")

    def discard(self) -> None:
        for p in (self.map_path, self.meta_path):
            with contextlib.suppress(OSError):
                p.unlink()


class SnapshotStore:
    """Writes and removes the snapshots of one session in ``folder``."""

    def __init__(self, folder: Path, session: Session) -> None:
        self.folder, self.session = folder, session

    def paths(self, key: str) -> tuple[Path, Path]:
        stem = f"{self.session.token}-{key}"
        return self.folder / f"{stem}.journey.json", self.folder / f"{stem}.meta.json"

    def write(self, key: str, text: str, original: str | None, title: str) -> None:
        """Map first, then the note: a note always has its whole map beside it."""
        map_path, meta_path = self.paths(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(map_path, text.encode("utf-8"))
        meta = {
            "session": self.session.as_json(),
            "path": original,
            "title": title,
            "saved": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        write_atomic(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))

    def discard(self, key: str) -> None:
        for p in reversed(self.paths(key)):
            with contextlib.suppress(OSError):
                p.unlink()


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _note(meta_path: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def _abandoned(folder: Path, meta: dict[str, Any], live_tokens: set[str]) -> tuple[bool, str]:
    """(whether the session that wrote ``meta`` has ended, its token)."""
    session = meta.get("session")
    if isinstance(session, dict) and isinstance(session.get("token"), str):
        token = session["token"]
        if token in live_tokens:
            return False, token
        pid = session.get("pid") if isinstance(session.get("pid"), int) else 0
        return not session_running(folder, token, pid, _text_or_none(session.get("pid_start"))), token
    try:  # a note from before sessions: only a pid
        pid = int(meta.get("pid", 0))
    except (TypeError, ValueError, OverflowError):
        pid = 0
    return not pid_alive(pid) or pid == os.getpid(), ""


def orphans(folder: Path, live_tokens: set[str] = frozenset()) -> list[Snapshot]:  # type: ignore[assignment]
    """Snapshots left by sessions that ended without saving, newest first.
    ``live_tokens``: sessions of this process (never offered back)."""
    found: list[Snapshot] = []
    if not folder.is_dir():
        return found
    for meta_path in folder.glob("*.meta.json"):
        key = meta_path.name[: -len(".meta.json")]
        map_path = folder / f"{key}.journey.json"
        meta = _note(meta_path)
        if meta is None or not map_path.exists():
            continue
        ended, token = _abandoned(folder, meta, live_tokens)
        if not ended:
            continue
        title = meta.get("title")
        found.append(
            Snapshot(
                key=key,
                map_path=map_path,
                meta_path=meta_path,
                original=_text_or_none(meta.get("path")),
                title=title if isinstance(title, str) and title else translate("io.recovery", "Untitled"),
                saved=str(meta.get("saved") or ""),
                token=token,
            )
        )
    found.sort(key=lambda s: s.saved, reverse=True)
    return found


def remove_ended_session_locks(folder: Path, live_tokens: set[str]) -> None:
    """Lock files of ended sessions that no snapshot needs any more."""
    needed = {s.token for s in orphans(folder, live_tokens)}
    for path in folder.glob("session-*.lock"):
        token = path.name[len("session-") : -len(".lock")]
        if token in live_tokens or token in needed or session_running(folder, token):
            continue
        with contextlib.suppress(OSError):
            path.unlink()


__all__ = [
    "Session",
    "SessionLock",
    "Snapshot",
    "SnapshotStore",
    "orphans",
    "pid_alive",
    "process_start",
    "remove_ended_session_locks",
    "reported_pid",
    "session_running",
]
