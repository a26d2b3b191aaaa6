"""Crash safety: a snapshot of every window's unsaved map, offered back at start.

While a window has unsaved changes, its map is written every ``interval`` ms to
``<AppDataLocation>/autosave/<key>.journey.json`` (atomically), with a small
``<key>.meta.json`` beside it: the map's file, the process id and the time. Saving
or closing cleanly removes both. At the next start, snapshots whose process is no
longer running are offered back (``orphans()``).
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from ..io import SaveError, dumps, write_atomic

INTERVAL_MS = 30_000


def folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if pid <= 0:  # no process has it (and kill() would ask about a whole group)
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # OverflowError: beyond any pid
        return False
    except (PermissionError, OSError):
        return True  # exists but is not ours, or we cannot tell: leave it alone
    return True


@dataclass(frozen=True)
class Snapshot:
    key: str
    map_path: Path
    meta_path: Path
    original: str | None
    title: str
    saved: str
    pid: int

    def text(self) -> str:
        return self.map_path.read_text(encoding="utf-8")

    def when(self) -> str:
        try:
            return datetime.fromisoformat(self.saved).strftime("%d %b %Y, %H:%M")
        except ValueError:
            return self.saved or "an earlier session"

    def discard(self) -> None:
        for p in (self.map_path, self.meta_path):
            try:
                p.unlink()
            except OSError:
                pass


def orphans() -> list[Snapshot]:
    """Snapshots left by a JourneyDesk that is no longer running, newest first."""
    out = []
    base = folder()
    if not base.is_dir():
        return out
    for meta_path in base.glob("*.meta.json"):
        key = meta_path.name[: -len(".meta.json")]
        map_path = base / f"{key}.journey.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            pid = int(meta.get("pid", 0))
        except (OSError, ValueError, TypeError, AttributeError):
            continue
        if not map_path.exists() or _alive(pid):
            continue
        out.append(
            Snapshot(
                key,
                map_path,
                meta_path,
                meta.get("path") if isinstance(meta.get("path"), str) and meta.get("path") else None,
                str(meta.get("title") or "Untitled"),
                str(meta.get("saved") or ""),
                pid,
            )
        )
    out.sort(key=lambda s: s.saved, reverse=True)
    return out


class Autosaver(QObject):
    """Snapshots one window's map while it has unsaved changes."""

    def __init__(self, window, interval: int = INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.key = uuid.uuid4().hex[:12]
        self.timer = QTimer(self)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.written = False
        self.last_error = ""

    @property
    def map_path(self) -> Path:
        return folder() / f"{self.key}.journey.json"

    @property
    def meta_path(self) -> Path:
        return folder() / f"{self.key}.meta.json"

    def set_interval(self, ms: int) -> None:
        self.timer.setInterval(ms)

    def tick(self) -> bool:
        """Write a snapshot now if the map has unsaved changes."""
        w = self.window
        if w.undo_stack.isClean():
            if self.written:
                self.discard()
            return False
        try:
            folder().mkdir(parents=True, exist_ok=True)
            write_atomic(self.map_path, dumps(w.document).encode("utf-8"))
            meta = {
                "path": w.path,
                "title": w.document.meta["title"],
                "pid": os.getpid(),
                "saved": datetime.now().isoformat(timespec="seconds"),
            }
            write_atomic(self.meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        except (SaveError, OSError) as exc:
            self.last_error = str(exc)  # autosave must never get in the way
            return False
        self.written = True
        return True

    def discard(self) -> None:
        for p in (self.meta_path, self.map_path):
            try:
                p.unlink()
            except OSError:
                pass
        self.written = False

    def stop(self) -> None:
        self.timer.stop()
