"""Stage (column) and lane (row) headers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ....layout import Rect, wrap
from ....model import JourneyDocument
from ....model.labels import lane_kind_label
from ....model.wording import counted
from .. import theme as T
from ..theme import Fonts

# z values: what sits on what
from .base import (
    _AA,
    _ALIGN_CENTER,
    Z_HEADER,
    MapItem,
    lod_of,
)


# ---------------------------------------------------------------------- headers
class HeaderItem(MapItem, QGraphicsItem):
    """A stage (column) or lane (row) header; drag it to reorder."""

    def __init__(self, doc: JourneyDocument, item_id: str, rect: Rect) -> None:
        QGraphicsItem.__init__(self)
        self.item_id = item_id
        self.doc = doc
        self.w, self.h = rect.w, rect.h
        self.setPos(rect.x, rect.y)
        self.editing = False
        self.count = 0
        self.setZValue(Z_HEADER)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.hovered = False

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, self.w + 2, self.h + 2)

    def set_rect(self, rect: Rect) -> None:
        if (rect.w, rect.h) != (self.w, self.h):
            self.prepareGeometryChange()
            self.w, self.h = rect.w, rect.h
        if self.pos() != QPointF(rect.x, rect.y):
            self.setPos(rect.x, rect.y)

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.update()

    def name(self) -> str:
        a = self.attrs()
        return a["name"] if a is not None else ""

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()

    def set_overview(self, on: bool) -> None:  # headers are few: always drawn
        self._overview = on

    def _paint_body(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, body: QRectF, fill, hover
    ) -> float:
        """The header's rounded body with its hover tint and selection ring;
        returns the level of detail for the text the subclass draws on it."""
        chrome = T.ctx().chrome
        selected = chrome and bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(_AA, True)
        path = QPainterPath()
        path.addRoundedRect(body, 6, 6)
        painter.fillPath(path, fill)
        if chrome and self.hovered and not selected:
            painter.fillPath(path, hover)
        if selected:
            painter.setPen(T.pen(T.palette().accent, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(body.adjusted(1, 1, -1, -1), 5, 5)
        return lod_of(painter, option)


class StageHeaderItem(HeaderItem):
    kind = "stage"

    def title_rect(self) -> QRectF:
        return QRectF(10, 8, self.w - 20, 24)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        body = QRectF(1.5, 0, self.w - 3, self.h - 6)
        P = T.palette()
        lod = self._paint_body(
            painter, option, body, T.colour(P.stage_header), T.colour(P.stage_header_ink, 22)
        )
        if lod < T.LOD_NO_TEXT or self.editing:
            return
        f = Fonts.get()
        big = lod < T.LOD_OVERVIEW
        painter.setFont(f.stage)
        painter.setPen(T.colour(P.stage_header_ink))
        name = f.fm_stage.elidedText(
            self.name() or T.untitled("stage"), Qt.TextElideMode.ElideRight, body.width() - 24
        )
        if big:
            painter.drawText(body, _ALIGN_CENTER, name)
            return
        painter.drawText(QPointF(body.x() + 12, body.y() + 8 + f.fm_stage.ascent()), name)
        painter.setFont(f.stage_sub)
        painter.setPen(T.colour(P.stage_header_ink, 170))
        n = self.count
        sub = counted("touchpoint", n)
        painter.drawText(QPointF(body.x() + 12, body.y() + 30 + f.fm_sub.ascent()), sub)


class LaneHeaderItem(HeaderItem):
    kind = "lane"

    def title_rect(self) -> QRectF:
        return QRectF(8, 10, self.w - 20, 24)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        body = QRectF(0, 1.5, self.w - 8, self.h - 3)
        P = T.palette()
        lod = self._paint_body(painter, option, body, T.colour(P.lane_header), T.colour(P.ink, 14))
        if lod < T.LOD_NO_TEXT or self.editing:
            return
        f = Fonts.get()
        a = self.attrs()
        if a is None:
            return
        painter.setFont(f.lane)
        painter.setPen(T.colour(P.lane_ink))
        lines = wrap(a["name"] or T.untitled("lane"), body.width() - 28, f.fm_lane.horizontalAdvance, 2)
        y = body.y() + 14 + f.fm_lane.ascent()
        for line in lines:
            painter.drawText(QPointF(body.x() + 14, y), line)
            y += f.fm_lane.lineSpacing()
        if lod >= T.LOD_OVERVIEW:
            painter.setFont(f.lane_sub)
            painter.setPen(T.colour(P.ink_soft))
            if a["kind"] == "emotions":
                sub = QCoreApplication.translate("Canvas", "Emotion per persona, -3 to +3")
            else:
                n = self.count
                sub = counted("touchpoint", n)
                kind = lane_kind_label(a["kind"])
                if a["kind"] not in ("touchpoints", "custom") and kind.lower() != a["name"].strip().lower():
                    sub = f"{kind}  ·  {sub}"
            sub = f.fm_sub.elidedText(sub, Qt.TextElideMode.ElideRight, body.width() - 28)
            painter.drawText(QPointF(body.x() + 14, y + 3), sub)
