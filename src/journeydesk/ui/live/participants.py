"""The participants dock: who is in the session, their colour and what they are
editing; the host can make the session read-only, remove someone, or end it;
a participant can save a copy or leave."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...model import JourneyDocument


def swatch(colour: str, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(colour))
    return QIcon(pm)


class ParticipantsPanel(QWidget):
    """``endRequested``: End Session (host) or Leave (participant);
    ``saveCopyRequested``: Save a Copy…"""

    endRequested = Signal()
    saveCopyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPanel")
        self.session = None
        self.doc: JourneyDocument | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.status = QLabel(objectName="liveStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = QListWidget(objectName="participantsList")
        self.list.setAccessibleName(self.tr("Participants"))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list)
        self.read_only = QCheckBox(self.tr("Read-only for participants"), objectName="liveReadOnly")
        self.read_only.toggled.connect(self._read_only_toggled)
        layout.addWidget(self.read_only)
        row = QHBoxLayout()
        self.remove = QPushButton(self.tr("Remove"), objectName="liveRemove")
        self.remove.setToolTip(self.tr("Close this person's connection; they cannot join this session again"))
        self.remove.clicked.connect(self._remove)
        self.save_copy = QPushButton(self.tr("Save a Copy…"), objectName="liveSaveCopy")
        self.save_copy.clicked.connect(self.saveCopyRequested.emit)
        self.end = QPushButton(objectName="liveEnd")
        self.end.clicked.connect(self.endRequested.emit)
        for b in (self.remove, self.save_copy, self.end):
            row.addWidget(b)
        layout.addLayout(row)
        self.set_session(None, None)

    def set_session(self, session, doc: JourneyDocument | None) -> None:
        self.session, self.doc = session, doc
        hosting = session is not None and session.is_host
        self.read_only.setVisible(hosting)
        self.remove.setVisible(hosting)
        self.save_copy.setVisible(session is not None and not hosting)
        self.end.setVisible(session is not None)
        self.end.setText(self.tr("End Session") if hosting else self.tr("Leave"))
        if session is not None:
            self.read_only.blockSignals(True)
            self.read_only.setChecked(session.read_only())
            self.read_only.blockSignals(False)
        self.refresh()

    def _read_only_toggled(self, on: bool) -> None:
        if self.session is not None:
            self.session.set_read_only(on)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.session is not None:
            self.session.remove(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.remove.setEnabled(bool(item is not None and item.data(Qt.ItemDataRole.UserRole)))

    def _title(self, item_id: str | None) -> str:
        doc = self.doc
        if not item_id or doc is None or item_id not in doc:
            return ""
        data = doc.get(item_id)
        return data.get("title") or data.get("name") or item_id

    def refresh(self) -> None:
        self.list.clear()
        session = self.session
        if session is None:
            self.status.setText(self.tr("Not in a live session. File > Share Live… or Join Live…"))
            self._update_buttons()
            return
        people = session.people()
        mine = session.client.awareness.client_id
        for person in people:
            text = person.name
            if person.role == "host":
                text += " " + self.tr("(host)")
            if person.client_id == mine:
                text += " " + self.tr("(you)")
            editing = self._title(person.editing)
            if editing:
                text += " — " + self.tr("editing “{card}”").format(card=editing)
            item = QListWidgetItem(swatch(person.colour), text)
            removable = session.is_host and person.role != "host" and person.pid
            item.setData(Qt.ItemDataRole.UserRole, person.pid if removable else "")
            self.list.addItem(item)
        self.status.setText(self.status_text(session, len(people)))
        self._update_buttons()

    def status_text(self, session, n: int) -> str:
        if session.status == "offline":
            return self.tr("Offline: keep editing; your changes are sent when the connection is back.")
        if session.status == "connecting":
            return self.tr("Connecting…")
        if session.status in ("removed", "ended", "refused", "closed"):
            return self.tr("The session is over.")
        line = self.tr("Live · %Ln online", None, n)
        if session.is_host:
            line += " · " + self.tr("code {code}").format(code=session.code)
        if session.read_only():
            line += " · " + self.tr("read-only")
        return line
