"""The selection far out: one item draws every selected card, link and badge over
the overview, in a few calls.

Below ``LOD_OVERVIEW`` the map items paint nothing (``OverviewItem`` draws them).
Letting selected items paint themselves again made select all at fit cost one
item paint per card and link (1.4 s at 10,000 cards); this layer draws what a
selected far-out item looked like (an accent block, an accent line, an accent
dot) from the same geometry, collected once per selection change. When every
card and link is selected (select all, a band over the whole map) it takes the
overview's own per-cell pictures instead of visiting 23,000 items.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from . import theme as T
from .items import Z_OVERVIEW, BadgeItem, CardItem, LinkItem

_AA = QPainter.RenderHint.Antialiasing


class SelectionOverlay(QGraphicsItem):
    """Draws the far-out selection. ``set_items`` gives it the selected items;
    ``invalidate`` makes it read their places again (a relayout moved them)."""

    def __init__(self, store, overview) -> None:
        super().__init__()
        self._store = store  # the scene's items (cell groups' origins place links)
        self._overview = overview  # its per-cell pictures serve a selection of everything
        self._groups = store.groups
        self._items: list = []
        self._whole: set | None = None  # the items' whole types, if given with them
        self._picture: tuple | None = None  # (card rects, link path, badge points)
        self._bounds = QRectF()
        self.setZValue(Z_OVERVIEW + 0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_items(self, items, whole: set | None = None) -> None:
        """The selected items to draw (any iterable; non-map items are ignored),
        or a function that lists them, asked when the layer next paints (a rubber
        band changes the selection on every mouse move; the layer paints once a
        frame). ``whole``: their ``SceneItems.whole_types``, when the scene has
        worked them out already."""
        self._items = items if callable(items) else self._drawable(items)
        self.invalidate()
        self._whole = whole

    @staticmethod
    def _drawable(items) -> list:
        return [i for i in items if isinstance(i, (CardItem, LinkItem, BadgeItem))]

    def _current(self) -> list:
        if callable(self._items):
            self._items = self._drawable(self._items())
        return self._items

    def drawn_ids(self) -> set[str]:
        """The ids of the items this layer draws (for tests and accessibility)."""
        return {i.item_id for i in self._current()}

    def invalidate(self) -> None:
        self._picture = None
        self._whole = None  # an edit since may have added cards to the map
        if self.isVisible():
            self.update()

    def _everything(self, items: list) -> list | None:
        """The overview's picture of every card and link, when all of them are
        among ``items`` (None otherwise)."""
        whole = self._whole if self._whole is not None else self._store.whole_types(items)
        if not items or whole != {CardItem, LinkItem}:
            return None
        return self._overview.everything()

    def _collect(self) -> list:
        """[(origin, card rects, link lines)] per cell group (in the group's own
        frame, as the items keep them: no per-item translation) and one entry
        at the scene's origin for what sits in no group; and the badge points."""
        items = self._current()
        whole = self._everything(items)
        if whole is not None:
            return [whole, [i.scenePos() for i in items if type(i) is BadgeItem]]
        groups = self._groups
        parts: dict = {}  # group key (None: the scene) -> (rects, lines)
        dots: list[QPointF] = []
        # Python attributes, not Qt calls: a Qt call per item costs more than the drawing
        for item in items:
            if isinstance(item, CardItem):
                g = item.group
                key = g.key if g is not None else None
                rect = item.local if g is not None else item.sceneBoundingRect()
                part = parts.get(key) or parts.setdefault(key, ([], QPainterPath()))
                part[0].append(rect)
            elif isinstance(item, LinkItem):
                key = item.group_key if item.group_key in groups else None
                part = parts.get(key) or parts.setdefault(key, ([], QPainterPath()))
                part[1].addPath(item.overview_path())
            else:
                dots.append(item.scenePos())
        out = []
        for key, (rects, lines) in parts.items():
            g = groups.get(key) if key is not None else None
            out.append(((g.x0, g.y0) if g is not None else (0.0, 0.0), rects, lines))
        return [out, dots]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._current():
            return
        if self._picture is None:
            self._picture = self._collect()
        parts, dots = self._picture
        P = T.palette()
        painter.setRenderHint(_AA, False)
        line_pen = T.cosmetic_pen(P.accent)  # one pixel: the raster fast path
        fill = T.colour(P.accent)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(line_pen)
        for (x, y), _rects, lines in parts:  # every line first: cards sit on the links
            if not lines.isEmpty():
                painter.translate(x, y)
                painter.drawPath(lines)
                painter.translate(-x, -y)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        for (x, y), rects, _lines in parts:
            if rects:
                painter.translate(x, y)
                painter.drawRects(rects)
                painter.translate(-x, -y)
        if dots:
            painter.setRenderHint(_AA, True)
            painter.setPen(T.cosmetic_pen(P.accent, 8.0))
            painter.drawPoints(dots)
