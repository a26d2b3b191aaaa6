"""Friction badges (BadgeItem): severity by colour AND shape, with a count."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ....layout import Badge
from ....layout import style as S
from ....model import JourneyDocument
from ....model.labels import severity_label, status_label
from .. import theme as T
from ..theme import Fonts

# z values: what sits on what
from .base import (
    _AA,
    _ALIGN_CENTER,
    _NO_PEN,
    Z_BADGE,
    MapItem,
    lod_of,
)


# ---------------------------------------------------------------------- badges
class BadgeItem(MapItem, QGraphicsRectItem):
    """Friction marker on a card or link: severity by colour AND shape, and count.

    Selecting a badge selects one friction (``focus``): the most severe, or the
    one asked for by ``MapScene.select_ids``."""

    kind = "badge"

    def __init__(self, doc: JourneyDocument, badge: Badge) -> None:
        QGraphicsRectItem.__init__(self)
        self.item_id = badge.target
        self.doc = doc
        self.badge = badge
        self.focus: str | None = None
        r = S.BADGE_RADIUS + 4
        self.setPen(_NO_PEN)
        self.setRect(QRectF(-r - 2, -r - 2, 2 * r + 4, 2 * r + 4))
        self._at = (badge.x, badge.y)
        self.setPos(badge.x, badge.y)
        self.setZValue(Z_BADGE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._tooltip_done = False

    @property
    def target(self) -> str:
        return self.item_id

    def frictions(self) -> tuple[str, ...]:
        return self.doc.frictions_on(self.item_id)

    def focused_friction(self) -> str | None:
        ids = self.frictions()
        if self.focus in ids:
            return self.focus
        return ids[0] if ids else None

    def set_badge(self, badge: Badge, local: tuple[float, float] | None = None) -> None:
        """New badge data; ``local`` is its place on its card (when a card's child)."""
        old = self.badge
        x, y = local if local is not None else (badge.x, badge.y)
        if x != self._at[0] or y != self._at[1]:
            self._at = (x, y)
            self.setPos(x, y)
        if badge == old:
            return
        if (badge.count, badge.open_count, badge.severity) != (old.count, old.open_count, old.severity):
            self.prepareGeometryChange()  # the shape follows the severity
            self.update()
        self.badge = badge
        self._forget_tooltip()

    def refresh(self) -> None:
        """Its frictions' words changed (not their count or severity): the
        tooltip is read again; the marker stays where it is."""
        self._forget_tooltip()

    def _forget_tooltip(self) -> None:
        if self._tooltip_done:
            self._tooltip_done = False
            self.setToolTip("")

    def revive(self, overview: bool) -> None:
        MapItem.revive(self, overview)
        self.focus = None
        self._forget_tooltip()

    def shape(self) -> QPainterPath:
        b = self.badge
        return T.severity_shape(S.SEVERITY_SHAPE.get(b.severity, "circle"), 0, 0, S.BADGE_RADIUS + 1)

    def hoverEnterEvent(self, event) -> None:
        if not self._tooltip_done:
            self._tooltip_done = True
            nodes = self.doc.graph.nodes
            lines = []
            for f in self.frictions():
                a = nodes.get(f)
                if a is None:
                    continue
                status = "" if a["status"] == "open" else f" ({status_label(a['status'])})"
                lines.append(
                    f"{severity_label(a['severity'])}: {a['title'] or T.untitled('touchpoint')}{status}"
                )
            self.setToolTip("\n".join(lines))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        view = T.ctx()
        if not view.badges:
            return
        P = view.theme
        b = self.badge
        selected = view.chrome and bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(_AA, True)
        fill = P.severity_colour(b.severity, resolved=b.open_count == 0)
        shape = S.SEVERITY_SHAPE.get(b.severity, "circle")
        rad = S.BADGE_RADIUS
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(T.colour(P.accent, 90))
            painter.drawPath(T.severity_shape(shape, 0, 0, rad + 4))
        painter.setPen(T.pen(P.badge_ink, 2.0))
        painter.setBrush(T.colour(fill))
        painter.drawPath(T.severity_shape(shape, 0, 0, rad))
        if lod_of(painter, option) < T.LOD_OVERVIEW:
            return
        f = Fonts.get()
        painter.setFont(f.badge)
        painter.setPen(T.colour(P.badge_ink))
        dy = rad * 0.28 if shape == "triangle" else 0.0
        count = b.open_count or b.count
        painter.drawText(
            QRectF(-rad, -rad + dy, 2 * rad, 2 * rad), _ALIGN_CENTER, str(count) if count < 100 else "99+"
        )
