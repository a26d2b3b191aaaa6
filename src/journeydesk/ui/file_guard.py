"""No silent overwrite: what a window knows about the file its map came from.

One ``FileGuard`` per window:

- the lock beside the map (``io/file_lock.py``): taken when the map opens, let go
  when another map comes in or the window closes; a second opener is told who has
  the map open and offered Open Read-Only, Open a Copy or Cancel;
- read-only: a map opened read-only (a locked one, or a file without write
  permission) says so in the title, and Save asks for a new name;
- the file's state at load and save (``io/file_state.py``): before a save, a file
  changed on disk since then gets Overwrite / Save As / Reload, with what differs
  in counts; a QFileSystemWatcher offers Reload when the file changes while the
  map has no unsaved changes, and says so when the file is deleted or moved.

The questions are methods of the window's ``dialogs`` module, so tests answer them.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from .. import io
from ..io import file_lock as L
from ..io.file_state import CHANGED, MISSING, SAME, FileState, check, differences
from . import autosave

OPEN, READ_ONLY, COPY, CANCEL = "open", "read-only", "copy", "cancel"
OVERWRITE, SAVE_AS, RELOAD = "overwrite", "save-as", "reload"

_open_here: set[str] = set()  # lock owners of the windows open in this process


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _when(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).strftime("%d %b %Y, %H:%M")
    except ValueError:
        return stamp


def ask_locked(parent: QWidget, name: str, info: L.LockInfo | None) -> str:
    """Open Read-Only / Open a Copy / Cancel for a map someone else has open."""
    box = QMessageBox(parent)
    box.setObjectName("lockedDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileGuard", "Map in use"))
    if info is None:
        who = translate("FileGuard", "“{name}” is open in another JourneyDesk.").format(name=name)
    else:
        who = translate(
            "FileGuard", "“{name}” is open in JourneyDesk by {user} on {host} since {when}."
        ).format(
            name=name,
            user=info.user or translate("FileGuard", "someone"),
            host=info.host,
            when=_when(info.opened),
        )
        if info.shared:
            who += " " + translate("FileGuard", "It is shared in a live session.")
    box.setText(who)
    box.setInformativeText(
        translate(
            "FileGuard",
            "Saving here too would overwrite one person's work. Open it read-only, or open a copy to edit.",
        )
    )
    read_only = box.addButton(translate("FileGuard", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(translate("FileGuard", "Open a Copy"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    return READ_ONLY if clicked is read_only else COPY if clicked is copy else CANCEL


def ask_changed_on_disk(parent: QWidget, name: str, what: list[str], missing: bool) -> str:
    """Overwrite / Save As / Reload for a map whose file changed since we read it."""
    box = QMessageBox(parent)
    box.setObjectName("changedOnDiskDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileGuard", "File changed on disk"))
    box.setText(
        translate(
            "FileGuard", "“{name}” was changed by another program since you opened or saved it."
        ).format(name=name)
    )
    detail = "\n".join(what) if what else translate("FileGuard", "Its content differs from what you loaded.")
    box.setInformativeText(
        detail
        + "\n\n"
        + translate("FileGuard", "Overwrite it with your map, save yours under a new name, or reload it?")
    )
    overwrite = box.addButton(translate("FileGuard", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(translate("FileGuard", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    reload = (
        None
        if missing
        else box.addButton(translate("FileGuard", "Reload"), QMessageBox.ButtonRole.ActionRole)
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return OVERWRITE
    if clicked is save_as:
        return SAVE_AS
    if reload is not None and clicked is reload:
        return RELOAD
    return CANCEL


def ask_reload(parent: QWidget, name: str) -> bool:
    """The file changed and the map has no unsaved changes: reload it?"""
    answer = QMessageBox.question(
        parent,
        translate("FileGuard", "File changed on disk"),
        translate("FileGuard", "“{name}” was changed by another program. Reload it?").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


class FileGuard(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.path: str | None = None
        self.state: FileState | None = None
        self.read_only = False
        self.read_only_reason = ""
        self.lock: L.LockInfo | None = None
        self.missing_noticed = False
        self._asking = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_event)
        self.watcher.directoryChanged.connect(self._file_event)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)  # a save by another program is several events
        self._debounce.timeout.connect(self.check_disk)
        self.badge = QLabel(
            translate("FileGuard", "Read-only")
        )  # in the status bar while the map is read-only
        self.badge.setObjectName("readOnlyBadge")
        self.badge.setStyleSheet("QLabel { color: #9A3412; font-weight: 600; padding: 0 6px; }")
        window.statusBar().addPermanentWidget(self.badge)
        self.badge.hide()

    # ------------------------------------------------------------ opening
    def before_open(self, path: str) -> str:
        """OPEN, READ_ONLY, COPY or CANCEL for opening ``path`` in this window."""
        path = os.path.abspath(path)
        me = L.LockInfo.for_window(autosave.session(), self.window.autosaver.key)
        if self.lock is not None and self.path == path:
            return OPEN  # reopening our own map (Revert)
        try:
            L.acquire(path, me, _open_here)
        except L.Locked as exc:
            return self.window._ask_locked(Path(path).name, exc.info)
        self._pending_lock = (path, me)
        return OPEN

    def opened(self, path: str | None, mode: str = OPEN) -> None:
        """The window now shows ``path`` (None: an untitled map or a copy)."""
        pending = getattr(self, "_pending_lock", None)
        self._pending_lock = None
        new = os.path.abspath(path) if path else None
        if self.lock is not None and self.path is not None and (new != self.path or mode != OPEN):
            self._unlock()
        self.path = new
        self.read_only = False
        self.read_only_reason = ""
        self.missing_noticed = False
        if new is None:
            self.state = None
            self._watch(None)
            self._show_badge()
            return
        if mode == OPEN and pending is not None and pending[0] == new:
            self.lock = pending[1]
            _open_here.add(self.lock.owner)
        elif mode == READ_ONLY:
            self.read_only = True
            self.read_only_reason = translate("FileGuard", "open elsewhere")
        if mode == OPEN and not self._writable(new):
            self.read_only = True
            self.read_only_reason = translate("FileGuard", "read-only file")
        self.state = FileState.of(new)
        self._watch(new)
        self._show_badge()

    def _show_badge(self) -> None:
        self.badge.setVisible(self.read_only)
        self.badge.setToolTip(self.read_only_reason)

    def cancel_open(self) -> None:
        pending = getattr(self, "_pending_lock", None)
        self._pending_lock = None
        if pending is not None and not (
            self.lock and self.lock.owner == pending[1].owner and self.path == pending[0]
        ):
            L.release(pending[0], pending[1])

    @staticmethod
    def _writable(path: str) -> bool:
        try:
            io.check_writable(Path(path))
        except io.ReadOnlyError:
            return False
        return True

    # ------------------------------------------------------------ saving
    def before_save(self, path: str) -> str:
        """OVERWRITE (go ahead), SAVE_AS, RELOAD or CANCEL before writing ``path``."""
        path = os.path.abspath(path)
        if path != self.path:
            if os.path.exists(path):
                other = L.read_lock(path)
                me = L.LockInfo.for_window(autosave.session(), self.window.autosaver.key)
                if other is not None and not L.is_stale(other, me, _open_here):
                    return self.window._ask_locked_save(Path(path).name, other)
            return OVERWRITE
        if self.read_only:
            return SAVE_AS
        state = check(path, self.state)
        if state == SAME:
            return OVERWRITE
        theirs = None
        if state == CHANGED:
            try:
                theirs = io.load(path)
            except io.LoadError:
                theirs = None
        what = differences(self.window.document, theirs) if theirs is not None else []
        if state == MISSING:
            what = [
                translate(
                    "FileGuard", "The file is not there any more (deleted or moved); saving writes it again."
                )
            ]
        self._asking = True
        try:
            return self.window._ask_changed_on_disk(Path(path).name, what, state == MISSING)
        finally:
            self._asking = False

    def saved(self, path: str, data: bytes | None = None) -> None:
        """We wrote ``path``: it is ours now (locked, watched, its state recorded)."""
        path = os.path.abspath(path)
        if path != self.path:
            me = L.LockInfo.for_window(autosave.session(), self.window.autosaver.key)
            if self.lock is not None and self.path is not None:
                self._unlock()
            try:
                if L.acquire(path, me, _open_here):
                    self.lock = me
                    _open_here.add(me.owner)
            except L.Locked:
                pass
            self.path = path
        self.read_only = False
        self.missing_noticed = False
        self.state = FileState.of_bytes(path, data) if data is not None else FileState.of(path)
        self._watch(path)
        self._show_badge()

    # ------------------------------------------------------------ watching
    def _watch(self, path: str | None) -> None:
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        if path is not None:
            self.watcher.addPath(path)
            self.watcher.addPath(str(Path(path).parent))  # to see it come back after a rename

    def _file_event(self, _changed: str) -> None:
        if self.path is not None:
            self._debounce.start()

    def check_disk(self) -> str:
        """Look at the file now; offer Reload or say it is gone. Returns the state."""
        if self.path is None or self._asking or self.window._closed:
            return SAME
        state = check(self.path, self.state)
        if self.path not in self.watcher.files() and os.path.exists(self.path):
            self.watcher.addPath(self.path)  # replaced by a rename: watch the new file
        w = self.window
        if state == MISSING:
            if not self.missing_noticed:
                self.missing_noticed = True
                w.statusBar().showMessage(
                    translate("FileGuard", "“{name}” was deleted or moved; Save writes it again.").format(
                        name=Path(self.path).name
                    )
                )
                w.file_missing = True
            return state
        w.file_missing = False
        self.missing_noticed = False
        if state == CHANGED:
            if w.is_modified:
                w.statusBar().showMessage(
                    translate("FileGuard", "“{name}” changed on disk; saving will ask what to do.").format(
                        name=Path(self.path).name
                    )
                )
            else:
                self._asking = True
                try:
                    if w._ask_reload(Path(self.path).name):
                        w.reload_from_disk()
                    else:
                        self.state = FileState.of(self.path)  # asked once per change
                finally:
                    self._asking = False
        return state

    # ------------------------------------------------------------ closing
    def _unlock(self) -> None:
        if self.lock is not None and self.path is not None:
            L.release(self.path, self.lock)
            _open_here.discard(self.lock.owner)
        self.lock = None

    def close(self) -> None:
        self._debounce.stop()
        self._watch(None)
        self._unlock()
