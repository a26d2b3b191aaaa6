"""The palette: drag sources for new map items, and the link tool.

Drag a button onto the canvas (mime type ``application/x-journeydesk-palette``,
data = the kind as UTF-8), or focus a button and press Enter / Space (or click it)
to add the item where the canvas's selection is (``addRequested(kind)``). The link
tool toggle emits ``linkToolToggled(bool)``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from ..layout import style as S

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

MIME_TYPE = "application/x-journeydesk-palette"
KINDS = ("touchpoint", "stage", "lane", "persona", "friction")

_LABELS = {
    "touchpoint": (
        QT_TRANSLATE_NOOP("Palette", "Touchpoint"),
        QT_TRANSLATE_NOOP("Palette", "A moment where the customer meets the brand. Drop it into a cell."),
    ),
    "stage": (
        QT_TRANSLATE_NOOP("Palette", "Stage"),
        QT_TRANSLATE_NOOP("Palette", "A column of the journey. Drop it between stage headers."),
    ),
    "lane": (
        QT_TRANSLATE_NOOP("Palette", "Lane"),
        QT_TRANSLATE_NOOP("Palette", "A row of the map. Drop it between lane headers."),
    ),
    "persona": (
        QT_TRANSLATE_NOOP("Palette", "Persona"),
        QT_TRANSLATE_NOOP("Palette", "A kind of customer. Drop it anywhere on the map."),
    ),
    "friction": (
        QT_TRANSLATE_NOOP("Palette", "Friction"),
        QT_TRANSLATE_NOOP("Palette", "A pain point. Drop it onto a card or a link."),
    ),
    "link": (
        QT_TRANSLATE_NOOP("Palette", "Link tool"),
        QT_TRANSLATE_NOOP("Palette", "Drag from one card to another to link them (L)."),
    ),
}


def mime_for(kind: str) -> QMimeData:
    """The mime data a palette drag carries for ``kind``."""
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(kind.encode("utf-8")))
    return data


def kind_from_mime(mime: QMimeData | None) -> str | None:
    """The palette kind in dropped mime data, or None when it is not ours."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        kind = bytes(mime.data(MIME_TYPE).data()).decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    return kind if kind in KINDS else None


def palette_icon(kind: str, size: int = 32) -> QIcon:
    """A small drawn icon for a palette kind (no image files to ship)."""
    pm = QPixmap(size * 2, size * 2)
    pm.setDevicePixelRatio(2.0)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 32.0
    p.scale(s, s)
    ink = QColor(S.STAGE_HEADER)
    pen = QPen(ink, 2.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    if kind == "touchpoint":
        p.setBrush(QColor(S.CARD_FILL))
        p.drawRoundedRect(QRectF(5, 8, 22, 16), 3, 3)
        p.drawLine(QPointF(9, 13), QPointF(22, 13))
        p.setPen(QPen(QColor(S.INK_FAINT), 2.0))
        p.drawLine(QPointF(9, 18), QPointF(17, 18))
    elif kind == "stage":
        p.setBrush(QColor(S.STAGE_FILL[1]))
        p.drawRect(QRectF(6, 5, 9, 22))
        p.drawRect(QRectF(17, 5, 9, 22))
        p.fillRect(QRectF(6, 5, 9, 5), ink)
        p.fillRect(QRectF(17, 5, 9, 5), ink)
    elif kind == "lane":
        p.setBrush(QColor(S.LANE_HEADER))
        p.drawRect(QRectF(5, 7, 22, 8))
        p.drawRect(QRectF(5, 17, 22, 8))
    elif kind == "persona":
        p.setBrush(QColor("#3B82F6"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(16, 11), 5, 5)
        path = QPainterPath()
        path.moveTo(7, 27)
        path.cubicTo(7, 18, 25, 18, 25, 27)
        path.closeSubpath()
        p.drawPath(path)
    elif kind == "friction":
        p.setBrush(QColor(S.SEVERITY_COLOUR[3]))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawPolygon(QPolygonF([QPointF(16, 5), QPointF(28, 26), QPointF(4, 26)]))
        p.setPen(QPen(QColor("#FFFFFF"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(16, 12), QPointF(16, 18))
        p.drawPoint(QPointF(16, 22.5))
    elif kind == "link":
        p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(QPointF(5, 22))
        path.lineTo(12, 22)
        path.quadTo(16, 22, 16, 18)
        path.lineTo(16, 14)
        path.quadTo(16, 10, 20, 10)
        path.lineTo(24, 10)
        p.drawPath(path)
        p.setBrush(ink)
        p.drawPolygon(QPolygonF([QPointF(28, 10), QPointF(22, 6.5), QPointF(22, 13.5)]))
    p.end()
    return QIcon(pm)


class PaletteButton(QToolButton):
    """One palette entry: click, Enter or Space adds; dragging carries the kind."""

    activated = Signal(str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        label, tip = (translate("Palette", text) for text in _LABELS[kind])
        self.setObjectName(f"palette_{kind}")
        self.setText(label)
        self.setIcon(palette_icon(kind))
        self.setIconSize(QSize(24, 24))
        self.setToolTip(
            tip
            if kind == "link"
            else tip + "\n" + translate("Palette", "Or press Enter to add one where the selection is.")
        )
        self.setAccessibleName(label)
        self.setAccessibleDescription(tip)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoRaise(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._press: QPoint | None = None
        self._dragged = False
        if kind != "link":
            self.clicked.connect(lambda: self.activated.emit(self.kind))

    # Enter activates too (a QToolButton only knows Space).
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            if self.kind == "link":
                self.toggle()
            else:
                self.activated.emit(self.kind)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.kind != "link":
            self._press = event.position().toPoint()
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press is not None
            and not self._dragged
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            self._dragged = True
            self.setDown(False)
            self.start_drag()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, self._press = self._dragged, None
        if dragged:
            self._dragged = False
            self.setDown(False)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def start_drag(self) -> Qt.DropAction:
        drag = QDrag(self)
        drag.setMimeData(mime_for(self.kind))
        drag.setPixmap(self.icon().pixmap(QSize(32, 32)))
        drag.setHotSpot(QPoint(16, 16))
        return drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)


class Palette(QWidget):
    """Drag sources for persona, stage, lane, touchpoint and friction, plus the
    link tool toggle. Keyboard: Tab to a button, Enter or Space adds."""

    addRequested = Signal(str)
    linkToolToggled = Signal(bool)

    def __init__(
        self, parent: QWidget | None = None, orientation: Qt.Orientation = Qt.Orientation.Vertical
    ) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setAccessibleName(translate("Palette", "Palette"))
        direction = (
            QBoxLayout.Direction.TopToBottom
            if orientation == Qt.Orientation.Vertical
            else QBoxLayout.Direction.LeftToRight
        )
        layout = QBoxLayout(direction, self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(2)
        heading = QLabel(translate("Palette", "Add to map"), self)
        heading.setObjectName("paletteHeading")
        heading.setStyleSheet(f"color: {S.INK_SOFT}; font-weight: bold; padding: 2px 4px 6px 4px;")
        layout.addWidget(heading)
        self.buttons: dict[str, PaletteButton] = {}
        for kind in KINDS:
            button = PaletteButton(kind, self)
            button.activated.connect(self.addRequested)
            layout.addWidget(button)
            self.buttons[kind] = button
        link = PaletteButton("link", self)
        link.setCheckable(True)
        link.toggled.connect(self.linkToolToggled)
        layout.addSpacing(8)
        layout.addWidget(link)
        self.buttons["link"] = link
        layout.addStretch(1)

    @property
    def link_button(self) -> PaletteButton:
        return self.buttons["link"]

    def set_link_tool(self, on: bool) -> None:
        """Show the link tool's state (e.g. when the canvas leaves it on Esc)."""
        if self.link_button.isChecked() != on:
            self.link_button.setChecked(on)
