"""File > Share Live... and File > Join Live...: the address, the join code and a
QR code to show the room; a code or address (or a session found nearby) to join."""

from __future__ import annotations

import re

import qrcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...sync import mdns
from ...sync.host import PATH, normal_code
from .identity import DEFAULT_PORT, remember_name, user_name


def qr_image(text: str, size: int = 240) -> QImage:
    """``text`` as a QR code drawn into an image (black on white, quiet border)."""
    qr = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    n = len(matrix)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    cell = size / n
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                p.drawRect(QRectF(x * cell, y * cell, cell + 0.5, cell + 0.5))
    p.end()
    return image


class ShareDialog(QDialog):
    """Shows how to join a session the window hosts."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareLiveDialog")
        self.setWindowTitle(self.tr("Share Live"))
        self.session = session
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Participants choose File > Join Live… and type this code, or scan the QR code.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        code = QLabel(session.code, objectName="shareCode")
        font = QFont(code.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 3)
        code.setFont(font)
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(code)
        address = QLabel(
            self.tr("Address: {address}:{port}").format(address=session.address, port=session.host.port),
            objectName="shareAddress",
        )
        address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(address)
        self.qr = QLabel(objectName="shareQr")
        self.qr.setPixmap(QPixmap.fromImage(qr_image(session.url)))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setToolTip(session.url)
        layout.addWidget(self.qr)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("Copy Join Link"), objectName="shareCopy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(session.url))
        row.addWidget(copy)
        self.read_only = QCheckBox(
            self.tr("Read-only for participants (presenting)"), objectName="shareReadOnly"
        )
        self.read_only.setChecked(session.read_only())
        self.read_only.toggled.connect(session.set_read_only)
        row.addWidget(self.read_only)
        layout.addLayout(row)
        self.announced = QLabel(objectName="shareAnnounced")
        self.announced.setWordWrap(True)
        layout.addWidget(self.announced)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_announced(self, on: bool) -> None:
        self.announced.setText(
            self.tr("Announced on this network as “Workshop: {title}”.").format(title=self.session.host.title)
            if on
            else self.tr("Not announced on the network (mDNS is off or not available): share the code.")
        )


def parse_join(text: str, default_host: str = "") -> str | None:
    """A join URL from what a participant typed: a full ws:// link, "HOST:PORT
    CODE", "HOST CODE", or just a CODE (with a session found nearby)."""
    text = text.strip()
    if text.startswith(("ws://", "wss://")):
        return text
    parts = [p for p in re.split(r"[\s,]+", text) if p]
    if not parts:
        return None
    code = normal_code(parts[-1])
    where = parts[0] if len(parts) > 1 else default_host
    if len(code) < 6 or not where:
        return None
    host, _, port = where.rpartition(":") if where.count(":") == 1 else (where, "", "")
    host = host or where
    port = port if port.isdigit() else str(DEFAULT_PORT)
    return f"ws://{host}:{port}{PATH}?token={code}"


class JoinDialog(QDialog):
    """Asks for the code (and address) and the name to show to the others."""

    def __init__(self, parent: QWidget | None = None, *, browse: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("joinLiveDialog")
        self.setWindowTitle(self.tr("Join Live"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.where = QLineEdit(objectName="joinAddress")
        self.where.setPlaceholderText(self.tr("192.168.1.20:8765 K7QM-2X9D, or a ws:// link"))
        form.addRow(self.tr("Session:"), self.where)
        self.name = QLineEdit(user_name(), objectName="joinName")
        form.addRow(self.tr("Your name:"), self.name)
        layout.addLayout(form)
        self.found = QListWidget(objectName="joinFound")
        self.found.itemClicked.connect(self._pick)
        self.found_label = QLabel(objectName="joinFoundLabel")
        layout.addWidget(self.found_label)
        layout.addWidget(self.found)
        self.problem = QLabel(objectName="joinProblem")
        self.problem.setStyleSheet("color: #B42318")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Join"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.url: str | None = None
        self._default_host = ""
        if browse and mdns.available():
            self.found_label.setText(self.tr("Sessions on this network:"))
            for title, address, port in mdns.browse():
                item = QListWidgetItem(
                    self.tr("Workshop: {title} ({address})").format(title=title, address=address)
                )
                item.setData(Qt.ItemDataRole.UserRole, f"{address}:{port}")
                self.found.addItem(item)
        else:
            self.found_label.setText(self.tr("Type the code and address the host shows."))
            self.found.hide()

    def _pick(self, item: QListWidgetItem) -> None:
        self._default_host = item.data(Qt.ItemDataRole.UserRole)
        self.where.setText(self._default_host + " ")
        self.where.setFocus()

    def _accept(self) -> None:
        url = parse_join(self.where.text(), self._default_host)
        if url is None:
            self.problem.setText(
                self.tr("Type the host's address and the 8-letter code, e.g. 192.168.1.20 K7QM-2X9D")
            )
            return
        if not self.name.text().strip():
            self.problem.setText(self.tr("Type the name the others will see."))
            return
        remember_name(self.name.text())
        self.url = url
        self.accept()
