"""Crash safety: a snapshot of every window's unsaved map within a second of an
edit, offered back at the next start (VS Code's hot exit is the bar).

An edit starts a one-shot timer of ``DELAY_MS`` (not restarted by later edits, so
a snapshot is never more than a second behind, even while someone types on). When
it fires, the map's canonical text is taken on the UI thread from
``io.snapshot.SnapshotText`` (cached per item: the parts of the text, joined
later; a few ms at 2,000 cards, see ``benchmarks/bench_recovery.py``) and handed
to one writer thread, which joins and writes it atomically into ``<AppDataLocation>/autosave`` (``io.recovery``), never beside
the user's file. Saving, or closing cleanly, removes the window's snapshot; an
undo back to the saved state does too.

The session (a token plus a held lock file, ``io.recovery.Session``) is made once
per process by ``session()``; ``orphans()`` lists snapshots of sessions that ended
without saving. Preference: ``recovery/enabled`` (``ui/settings.py``).
"""

from __future__ import annotations

import atexit
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from ..io import SaveError
from ..io import recovery as R
from ..io.save import join_parts
from ..io.snapshot import SnapshotText
from . import settings as S

DELAY_MS = 1_000
Snapshot = R.Snapshot

_state: dict[str, object] = {}
_state_lock = threading.Lock()


def folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def session() -> R.Session:
    """This process's session, its lock taken in the recovery folder on first use."""
    with _state_lock:
        current = _state.get("session")
        if current is None:
            current = R.Session.new()
            lock = R.SessionLock(folder(), current)
            try:
                lock.acquire()
            except OSError:
                pass  # no lock: snapshots still written; orphans() then relies on the pid
            _state["session"], _state["lock"] = current, lock
            atexit.register(end_session)
        return current  # type: ignore[return-value]


def end_session() -> None:
    """At a clean exit: writes finish, then the session's lock goes."""
    writer = _state.pop("writer", None)
    if writer is not None:
        writer.shutdown(wait=True)  # type: ignore[attr-defined]
    lock = _state.pop("lock", None)
    if lock is not None:
        lock.release()  # type: ignore[attr-defined]
    _state.pop("session", None)


def _writer() -> ThreadPoolExecutor:
    with _state_lock:
        writer = _state.get("writer")
        if writer is None:
            writer = _state["writer"] = ThreadPoolExecutor(1, thread_name_prefix="journeydesk-recovery")
        return writer  # type: ignore[return-value]


def orphans() -> list[Snapshot]:
    """Snapshots left by JourneyDesk sessions that ended without saving, newest first."""
    return R.orphans(folder(), {session().token})


def enabled() -> bool:
    return S.flag("recovery/enabled", True)


class Autosaver(QObject):
    """Snapshots one window's map while it has unsaved changes."""

    def __init__(self, window, delay: int = DELAY_MS) -> None:
        super().__init__(window)
        self.window = window
        self.key = uuid.uuid4().hex[:12]
        self.store = R.SnapshotStore(folder(), session())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay)
        self.timer.timeout.connect(self.tick)
        self.written = False
        self.last_error = ""
        self.last_text = ""  # what the last snapshot holds, once written (tests compare with it)
        self.ui_seconds = 0.0  # time the last snapshot took on the UI thread
        self._pending: Future | None = None
        self._stopped = False
        self._text: SnapshotText | None = None
        window.undo_stack.indexChanged.connect(self._edited)
        window.documentReplaced.connect(self._follow)

    @property
    def map_path(self) -> Path:
        return self.store.paths(self.key)[0]

    @property
    def meta_path(self) -> Path:
        return self.store.paths(self.key)[1]

    def set_interval(self, ms: int) -> None:
        self.timer.setInterval(ms)

    def _follow(self) -> None:
        """A new document in the window: follow its changes."""
        if self._text is not None:
            self._text.close()
        self._text = SnapshotText(self.window.document)

    def prepare(self) -> None:
        """Write every item's text now (the first snapshot then costs little)."""
        if self._text is None:
            self._follow()
        self._text.fill()  # type: ignore[union-attr]

    def _edited(self, _index: int = 0) -> None:
        if self._stopped:
            return
        if not self.timer.isActive():
            self.timer.start()

    def tick(self) -> bool:
        """Snapshot now if the map has unsaved changes (else drop the snapshot)."""
        w = self.window
        if self._stopped:
            return False
        if w.undo_stack.isClean() or not enabled():
            if self.written:
                self.discard()
            return False
        started = time.perf_counter()
        if self._text is None or self._text.doc is not w.document:
            self._follow()
        parts = self._text.parts()  # type: ignore[union-attr]
        original, title = w.path, w.document.meta["title"]
        self.ui_seconds = time.perf_counter() - started
        self.written = True
        self._pending = _writer().submit(self._write, parts, original, title)
        return True

    def _write(self, parts, original: str | None, title: str) -> None:  # on the writer thread
        text = join_parts(*parts)
        self.last_text = text
        try:
            self.store.write(self.key, text, original, title)
        except (SaveError, OSError) as exc:
            self.last_error = str(exc)  # a snapshot must never get in the way

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until the writes handed to the writer thread are on disk."""
        _writer().submit(lambda: None).result(timeout)

    def discard(self) -> None:
        """Remove this window's snapshot (after the writes before it)."""
        self.timer.stop()
        self.written = False
        self.last_text = ""
        _writer().submit(self.store.discard, self.key)

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        if self._text is not None:
            self._text.close()
            self._text = None
