"""Live workshops in the window: File > Share Live..., Join Live..., the
participants and comments docks, presence rings, the offline indicator.

``install(window)`` adds it all to a ``MainWindow`` (one small hook there); the
``LiveController`` it returns owns the session. The core (binding, host, guard,
client) is ``journeydesk.sync``, the same that ``journeydesk serve`` runs.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu

from .comments import CommentsPanel
from .identity import DEFAULT_PORT, user_name
from .participants import ParticipantsPanel

if TYPE_CHECKING:
    from .dialogs import ShareDialog
    from .presence_overlay import PresenceOverlay
    from .session import LiveSession
    from .undo import SharedUndo

# The dialogs, the session and the network code (pycrdt, websockets, qrcode) load
# when a session starts: importing them cost 100 ms of every editor start-up.

log = logging.getLogger("journeydesk.live")


class LiveController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.session: LiveSession | None = None
        self.undo: SharedUndo | None = None
        self.overlay: PresenceOverlay | None = None
        self.share_dialog: ShareDialog | None = None
        self.announcement = None
        self._installing = False
        self._scene = None
        self._unsubscribe = None
        self._build_actions()
        self._build_docks()
        self.indicator = QLabel(objectName="liveIndicator")
        self.indicator.hide()
        window.statusBar().addWidget(self.indicator)
        window.documentReplaced.connect(self._document_replaced)
        self._follow_document()

    # ------------------------------------------------------------ building
    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.w)
        action.setObjectName(name)
        action.triggered.connect(lambda checked=False: slot())
        self.w.actions_.all[name] = action
        return action

    def _build_actions(self) -> None:
        # self.tr() in full: lupdate reads the context from the class (a local alias has none)
        self.share_action = self._action("actionShareLive", self.tr("Share &Live…"), self.share)
        self.share_action.setToolTip(self.tr("Let a room of laptops edit this map with you, on this network"))
        self.join_action = self._action("actionJoinLive", self.tr("&Join Live…"), self.ask_join)
        self.end_action = self._action("actionEndLive", self.tr("End Li&ve Session"), self.end)
        self.save_copy_action = self._action("actionSaveCopy", self.tr("Save a Cop&y…"), self.save_copy)
        self.end_action.setEnabled(False)
        menu = self.w.menuBar().findChild(QMenu, "menuFile")
        before = self.w.actions_.close
        for a in (self.share_action, self.join_action, self.end_action, self.save_copy_action):
            menu.insertAction(before, a)
        menu.insertSeparator(before)

    def _build_docks(self) -> None:
        w = self.w
        self.participants = ParticipantsPanel()
        self.participants.endRequested.connect(self.end)
        self.participants.saveCopyRequested.connect(self.save_copy)
        self.comments = CommentsPanel()
        self.participants_dock = self._dock("participantsDock", self.tr("Participants"), self.participants)
        self.comments_dock = self._dock("commentsDock", self.tr("Comments"), self.comments)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.participants_dock)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.comments_dock)
        w.tabifyDockWidget(w.analysis_dock, self.comments_dock)
        w.friction_dock.raise_()
        self.participants_dock.hide()
        panels = w.menuBar().findChild(QMenu, "menuPanels")
        if panels is not None:
            panels.addAction(self.participants_dock.toggleViewAction())
            panels.addAction(self.comments_dock.toggleViewAction())

    def _dock(self, name: str, title: str, widget) -> QDockWidget:
        dock = QDockWidget(title, self.w)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    # ------------------------------------------------------------ following the window
    def _follow_document(self) -> None:
        w = self.w
        self.comments.set_document(w.document, w.undo_stack)
        self.comments.author = user_name() if self.session is None else self.session.client.name
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = w.document.subscribe(self._doc_changed)
        if self._scene is not None:
            for signal, slot in (
                (self._scene.selectionIdsChanged, self._selection),
                (self._scene.editingChanged, self._editing),
            ):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self._scene = w.scene
        if w.scene is not None:
            w.scene.selectionIdsChanged.connect(self._selection)
            w.scene.editingChanged.connect(self._editing)

    def _document_replaced(self) -> None:
        if self._installing:
            return
        if self.session is not None and self.session.client.doc is not self.w.document:
            self._finish(self.tr("The live session ended: another map was opened in this window."))
        self._follow_document()

    def _doc_changed(self, change) -> None:
        if change.action == "meta" and "title" in change.fields and self.session is not None:
            self.session.set_title(self.w.document.meta["title"])

    def _selection(self, ids: list) -> None:
        self.comments.set_target(ids)
        if self.session is not None:
            self.session.set_presence(selection=[str(i) for i in ids[:500]])  # not all 23,000

    def _editing(self, on: bool) -> None:
        if self.session is not None and self.w.scene is not None:
            ids = self.w.scene.selected_ids()
            self.session.set_presence(editing=ids[0] if on and ids else None)

    # ------------------------------------------------------------ sharing
    def share(
        self, bind: str = "0.0.0.0", port: int = DEFAULT_PORT, *, show: bool = True, announce: bool = True
    ):
        """Host a session on this window's map (and show how to join)."""
        from ...sync import mdns
        from .session import LiveSession

        if self.session is None:
            try:
                session = LiveSession.host_map(
                    self.w.document, user_name(), bind=bind, port=port, parent=self
                )
            except OSError:
                if port == 0:
                    raise
                session = LiveSession.host_map(self.w.document, user_name(), bind=bind, port=0, parent=self)
            self._start(session)
            if announce and bind not in ("127.0.0.1", "localhost") and mdns.available():
                self.announcement = mdns.announce(
                    self.w.document.meta["title"], session.host.port, session.address
                )
        if show:
            self.show_share_dialog()
        return self.session

    def show_share_dialog(self) -> ShareDialog | None:
        if self.session is None or not self.session.is_host:
            return None
        if self.share_dialog is None:
            from .dialogs import ShareDialog

            self.share_dialog = ShareDialog(self.session, self.w)
            self.share_dialog.set_announced(self.announcement is not None)
            self.share_dialog.read_only.toggled.connect(self._sync_read_only)
        self.share_dialog.show()
        self.share_dialog.raise_()
        return self.share_dialog

    def _sync_read_only(self, on: bool) -> None:
        self.participants.read_only.blockSignals(True)
        self.participants.read_only.setChecked(on)
        self.participants.read_only.blockSignals(False)

    # ------------------------------------------------------------ joining
    def ask_join(self) -> None:
        from .dialogs import JoinDialog

        dialog = JoinDialog(self.w)
        if dialog.exec() and dialog.url:
            self.join(dialog.url, dialog.name.text().strip())

    def join(self, url: str, name: str):
        """Join a session: in this window if it holds an untouched map, else in a new one."""
        target = self.w if self.w.is_pristine and self.session is None else self.w.new_window()
        return target.live.join_here(url, name)

    def join_here(self, url: str, name: str) -> LiveSession:
        from .session import LiveSession

        session = LiveSession.join_map(url, name, parent=self)
        session.joined.connect(self._joined)
        self._start(session)
        return session

    def _joined(self, doc) -> None:
        self._installing = True
        try:
            self.w._install(doc, None)
        finally:
            self._installing = False
        self._follow_document()
        self._attach()
        self.w.statusBar().showMessage(self.tr("Joined “{title}”").format(title=doc.meta["title"]), 5000)

    # ------------------------------------------------------------ the session
    def _start(self, session: LiveSession) -> None:
        self.session = session
        session.statusChanged.connect(self._status)
        session.peopleChanged.connect(self._people)
        session.remoteChanged.connect(self._remote)
        self.participants.set_session(session, session.client.doc)
        self.participants_dock.show()
        self.participants_dock.raise_()
        self.end_action.setEnabled(True)
        self.end_action.setText(
            self.tr("End Li&ve Session") if session.is_host else self.tr("Lea&ve Live Session")
        )
        self.share_action.setEnabled(session.is_host)
        self.join_action.setEnabled(False)
        self.comments.author = session.client.name
        if session.client.doc is not None:
            self._attach()
        self._people()

    def _attach(self) -> None:
        """The map is in the window: undo through the CRDT, presence rings."""
        from .presence_overlay import PresenceOverlay
        from .undo import SharedUndo

        session = self.session
        session.client.binding.on_blocked = self._blocked
        self.undo = SharedUndo(self.w.undo_stack, session, self._refused)
        if self.w.scene is not None:
            self.overlay = PresenceOverlay(self.w.scene, session)
        self.participants.set_session(session, session.client.doc)
        self._status(session.status)

    def _blocked(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._revert_blocked)

    def _revert_blocked(self) -> None:
        session = self.session
        if (
            session is not None
            and session.client.binding is not None
            and session.client.binding.revert_blocked()
        ):
            self._refused()

    def _refused(self) -> None:
        from .undo import refused_message

        self.w.statusBar().showMessage(refused_message(), 5000)

    def _remote(self) -> None:
        if self.w.undo_stack.isClean():
            self.w.undo_stack.resetClean()  # others' edits are unsaved changes too

    def _people(self) -> None:
        session = self.session
        if session is None:
            return
        if not session.is_host and session.client.binding is not None:
            session.client.binding.read_only = session.read_only()
        self.participants.refresh()
        self._indicator()

    def _indicator(self) -> None:
        session = self.session
        if session is None:
            self.indicator.hide()
            return
        self.indicator.setText(self.participants.status_text(session, len(session.people())))
        offline = session.status == "offline"
        self.indicator.setStyleSheet(
            "QLabel { color: white; background: %s; padding: 1px 6px; border-radius: 3px; }"
            % ("#B42318" if offline else "#17A398")
        )
        self.indicator.show()

    def _status(self, status: str) -> None:
        session = self.session
        if session is None:
            return
        self._indicator()
        self.participants.refresh()
        from .session import FINAL

        if status in FINAL and not session.ended:
            messages = {
                "removed": self.tr(
                    "The host removed you from the session. The map here is now your own copy."
                ),
                "ended": self.tr("The host ended the session. The map here is now your own copy."),
                "refused": self.tr("Could not join: {why}").format(why=session.detail or status),
                "closed": self.tr("The live session is closed."),
            }
            text = messages[status]
            if status == "refused" and session.client.doc is None:
                self.w._show_error("joinErrorDialog", self.tr("Could not join the session"), text)
            self._finish(text)

    def save_copy(self) -> bool:
        """Save the map to a file of your choosing; the window stays in the session."""
        from ... import io

        path = self.w._ask_save_path()
        if not path:
            return False
        try:
            io.save(self.w.document, path)
        except io.SaveError as exc:
            self.w._show_error("saveErrorDialog", self.tr("Could not save a copy"), str(exc))
            return False
        self.w.statusBar().showMessage(self.tr("Saved a copy as {path}").format(path=path), 5000)
        return True

    def end(self) -> None:
        if self.session is not None:
            self._finish(
                self.tr("Live session ended. The map stays here as a normal file.")
                if self.session.is_host
                else self.tr("You left the live session. The map here is now your own copy.")
            )

    def _finish(self, message: str) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        if self.announcement is not None:
            self.announcement.close()
            self.announcement = None
        if self.overlay is not None:
            self.overlay.close()
            self.overlay = None
        if self.undo is not None:
            self.undo.close()
            self.undo = None
        if self.share_dialog is not None:
            self.share_dialog.close()
            self.share_dialog.deleteLater()
            self.share_dialog = None
        session.end()
        self.participants.set_session(None, None)
        self.end_action.setEnabled(False)
        self.share_action.setEnabled(True)
        self.join_action.setEnabled(True)
        self._indicator()
        self.w.statusBar().showMessage(message, 8000)

    def shutdown(self) -> None:
        """The window is closing."""
        self._finish("")
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.comments.detach()


def install(window) -> LiveController:
    return LiveController(window)


__all__ = ["LiveController", "install"]
