"""Quick capture: a bar at the foot of the presentation where the facilitator
types an idea or a friction the room raises, on the card the pointer is on
(else the card or stage the step is about). Enter adds it as one undo step
(``commands.capture.CaptureItem``), marked as captured; Esc closes the bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...present.capture import FRICTION, IDEA
from .hud import Hud


class CaptureBar(QFrame):
    """``submitted(kind, text)`` on Enter; ``cancelled`` on Esc."""

    submitted = Signal(str, str)
    cancelled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("presentCapture")
        self.kind = FRICTION
        self.friction_button = QPushButton(self.tr("Friction"), objectName="presentCaptureFriction")
        self.idea_button = QPushButton(self.tr("Idea"), objectName="presentCaptureIdea")
        for b in (self.friction_button, self.idea_button):
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.friction_button.clicked.connect(lambda: self.set_kind(FRICTION))
        self.idea_button.clicked.connect(lambda: self.set_kind(IDEA))
        self.edit = QLineEdit(objectName="presentCaptureText")
        self.edit.setAccessibleName(self.tr("What the room said"))
        self.edit.installEventFilter(self)
        self.target = QLabel(objectName="presentCaptureTarget")
        self.hint = QLabel(self.tr("Enter adds it \u00b7 Tab: friction or idea \u00b7 Esc: close"))
        self.hint.setObjectName("presentCaptureHint")
        row = QHBoxLayout()
        row.addWidget(self.friction_button)
        row.addWidget(self.idea_button)
        row.addWidget(self.edit, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.target)
        box.addLayout(row)
        box.addWidget(self.hint)
        self.set_kind(FRICTION)
        self.hide()

    def style_for(self, hud: Hud, palette) -> None:
        k = max(hud.k, 0.25)
        self.setStyleSheet(
            f"#presentCapture {{ background: {palette.paper}; border: {max(1, round(2 * k))}px solid {palette.accent};"
            f" border-radius: {round(14 * k)}px; }}"
            f" QLabel {{ color: {palette.ink_soft}; font-size: {round(18 * k)}px; }}"
            f" QLineEdit {{ font-size: {round(26 * k)}px; padding: {round(8 * k)}px; color: {palette.ink};"
            f" background: {palette.canvas}; border: 1px solid {palette.card_border}; }}"
            f" QPushButton {{ font-size: {round(20 * k)}px; padding: {round(8 * k)}px {round(16 * k)}px; }}"
            f" QPushButton:checked {{ background: {palette.accent}; color: #FFFFFF; }}"
        )
        w = round(min(hud.width * 0.8, 1300 * k))
        self.setFixedWidth(w)
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move((parent.width() - w) // 2, round(parent.height() - self.height() - (52 + 24) * k))

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.friction_button.setChecked(kind == FRICTION)
        self.idea_button.setChecked(kind == IDEA)
        self.edit.setPlaceholderText(
            self.tr("A friction the room sees here\u2026") if kind == FRICTION else self.tr("An idea\u2026")
        )

    def open(self, where: str) -> None:
        self.target.setText(where)
        self.edit.clear()
        self.show()
        self.raise_()
        self.edit.setFocus()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # typing here never fires the editor's shortcuts
            return False
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.set_kind(IDEA if self.kind == FRICTION else FRICTION)
                return True
            if key == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                text = self.edit.text().strip()
                if text:
                    self.submitted.emit(self.kind, text)
                return True
        return super().eventFilter(obj, event)
