"""A persona's emotion curve in the emotions lane (CurveItem)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ....layout import CurvePoint, Rect
from ....layout.persona_marks import persona_markers
from ....model import JourneyDocument
from .. import theme as T

# z values: what sits on what
from .base import (
    _AA,
    Z_CURVE,
    lod_of,
)


# ---------------------------------------------------------------------- curves
class CurveItem(QGraphicsItem):
    """One persona's emotion curve in the emotions lane: a smooth line through its
    touchpoints, the lowest points ringed, moments of truth starred. The scene
    drags its points (``point_at``, ``set_preview``). Its points are placed by
    the layout (``layout.CurvePoint``), where the PDF draws them too."""

    kind = "curve"
    POINT_R = 4.5

    def __init__(
        self, doc: JourneyDocument, persona: str, points: tuple[CurvePoint, ...], lane_rect: Rect
    ) -> None:
        super().__init__()
        self.doc = doc
        self.persona = persona
        self.item_id = persona
        self.points = points
        self.preview: tuple[str, float] | None = None  # (touchpoint, y)
        self._lane = QRectF(lane_rect.x, lane_rect.y, lane_rect.w, lane_rect.h)
        self._path: QPainterPath | None = None
        self._shape: QPainterPath | None = None
        self._colour: str | None = None
        self.setZValue(Z_CURVE)
        self.setAcceptHoverEvents(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._lane.adjusted(-12, -4, 12, 4)

    def set_points(self, points: tuple[CurvePoint, ...], lane_rect: Rect) -> None:
        lane = QRectF(lane_rect.x, lane_rect.y, lane_rect.w, lane_rect.h)
        if lane != self._lane:
            self.prepareGeometryChange()
            self._lane = lane
        if points != self.points:
            self.prepareGeometryChange()  # the shape (points) changes
            self.points = points
            self._path = self._shape = None
            self.update()

    def display_pos(self, touchpoint: str) -> QPointF | None:
        """Where a touchpoint's point is drawn (and grabbed)."""
        for p in self.points:
            if p.touchpoint == touchpoint:
                return QPointF(p.x, p.y)
        return None

    def invalidate(self) -> None:
        self._colour = None
        self.update()

    def colour(self) -> str:
        if self._colour is None:
            nodes = self.doc.graph.nodes
            self._colour = nodes[self.persona]["colour"] if self.persona in nodes else ""
        return self._colour or T.palette().ink_soft

    def marker(self) -> str:
        return persona_markers(self.doc).get(self.persona, "circle")

    def _xy(self) -> list[tuple[float, float]]:
        out = []
        for p in self.points:
            y = p.y
            if self.preview is not None and p.touchpoint == self.preview[0]:
                y = self.preview[1]
            out.append((p.x, y))
        return out

    def set_preview(self, touchpoint: str | None, y: float | None = None) -> None:
        self.preview = None if touchpoint is None else (touchpoint, y)
        self._path = None
        self.update()

    def path(self) -> QPainterPath:
        if self._path is None:
            pts = self._xy()
            path = QPainterPath()
            if pts:
                path.moveTo(*pts[0])
                for (x0, y0), (x1, y1) in itertools.pairwise(pts):
                    mx = (x1 - x0) / 2
                    path.cubicTo(x0 + mx, y0, x1 - mx, y1, x1, y1)
            self._path = path
        return self._path

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for p in self.points:
                path.addEllipse(QPointF(p.x, p.y), 9, 9)
            self._shape = path
        return self._shape

    def point_at(self, pos: QPointF, tolerance: float = 9.0) -> CurvePoint | None:
        best, dist = None, tolerance * tolerance
        for p in self.points:
            d = (p.x - pos.x()) ** 2 + (p.y - pos.y()) ** 2
            if d <= dist:
                best, dist = p, d
        return best

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        view = T.ctx()
        if not self.points or not view.curves:
            return
        P = view.theme
        lod = lod_of(painter, option)
        painter.setRenderHint(_AA, True)
        colour = self.colour()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(T.pen(colour, 2.4 if lod >= T.LOD_OVERVIEW else 2.0 / max(lod, 0.05)))
        painter.drawPath(self.path())
        if lod < T.LOD_OVERVIEW:
            return
        pts = self._xy()
        lowest = min(p.emotion for p in self.points)
        r = self.POINT_R
        mark = self.marker()  # the persona's shape as well as its colour
        for p, (x, y) in zip(self.points, pts):
            centre = QPointF(x, y)
            if p.emotion == lowest and lowest < 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(T.colour(colour, 60))
                painter.drawEllipse(centre, r + 5, r + 5)
                painter.setBrush(T.colour(colour))
                painter.drawPath(T.marker_path(mark, x, y, r + 0.5))
            else:
                painter.setPen(T.pen(colour, 2.0))
                painter.setBrush(T.colour(P.paper))
                painter.drawPath(T.marker_path(mark, x, y, r))
            if p.moment_of_truth:
                painter.setPen(T.pen(P.paper, 1.0))
                painter.setBrush(T.colour(P.moment_of_truth))
                painter.drawPath(T.star(x, y - r - 9, 6.0))
        if self.preview is not None:
            for p, (x, y) in zip(self.points, pts):
                if p.touchpoint == self.preview[0]:
                    painter.setPen(T.pen(P.accent, 2.0))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(QPointF(x, y), r + 4, r + 4)
