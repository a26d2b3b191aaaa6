"""Links between cards (LinkItem) and their labels in the gutters."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPixmap,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ....layout import Rect, label_spot, polyline_midpoint, rounded_path, route
from ....layout import style as S
from ....model import JourneyDocument
from .. import theme as T
from ..theme import Fonts

# z values: what sits on what
from .base import (
    _AA,
    _CARD_FLAGS,
    _HIT_PEN,
    _SELECTED_LINK_PEN,
    _TEXT_AA,
    CellGroup,
    MapItem,
    _link_pen,
    lod_of,
)

# ---------------------------------------------------------------------- links
_SHAPES: dict[tuple, tuple[QPainterPath, float, float]] = {}


def _link_shape(a: Rect, b: Rect, clear: bool) -> tuple[QPainterPath, QPainterPath, float, float]:
    """A link's path and its plain polyline (for the overview), both relative
    to the route's first point, and that point. Routes only depend on where the
    two cards are relative to each other, so the built paths are shared between
    links (and between relayouts) through a cache."""
    key = (b.x - a.x, b.y - a.y, a.w, a.h, b.w, b.h, clear)
    hit = _SHAPES.get(key)
    if hit is None:
        pts = route(a, b, clear)
        x0, y0 = pts[0]
        rel = [(x - x0, y - y0) for x, y in pts]
        path = T.path_from_ops(rounded_path(rel, S.LINK_RADIUS))
        _chevron(path, rel)
        simple = QPainterPath()
        simple.moveTo(*rel[0])
        for x, y in rel[1:]:
            simple.lineTo(x, y)
        if len(_SHAPES) > 20000:
            _SHAPES.clear()
        hit = _SHAPES[key] = (path, simple, x0 - a.x, y0 - a.y)
    path, simple, dx, dy = hit
    return path, simple, a.x + dx, a.y + dy


def _chevron(path: QPainterPath, pts, size: float = 8.0, spread: float = 4.5) -> None:
    """Add an open arrowhead at the end of a polyline to ``path``."""
    (x1, y1), (x2, y2) = pts[-2], pts[-1]
    dx, dy = x2 - x1, y2 - y1
    n = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / n, dy / n
    bx, by = x2 - ux * size, y2 - uy * size
    path.moveTo(bx - uy * spread, by + ux * spread)
    path.lineTo(x2, y2)
    path.lineTo(bx + uy * spread, by - ux * spread)


def _label_of(doc: JourneyDocument, link: str, source: str, target: str) -> str:
    return " ".join(doc.graph.adj[source][target][link]["label"].split())


_LABEL_PLACES: dict[tuple, tuple | None] = {}
_LABEL_MIN: list[float] = []  # the narrowest label worth drawing ("W…" on its pill)


@dataclass(frozen=True, slots=True)
class LinkLabel:
    """A link's label as drawn: centred on (x, y) in the link's frame (relative
    to its route's first point), level or turned to read up a vertical gutter,
    the text elided to the room there is, on a pill ``w`` long."""

    x: float
    y: float
    upright: bool
    text: str
    w: float
    static: QStaticText


LABEL_PILL_H = S.CHIP_SIZE * 1.5


def _label_place(key: tuple, a: Rect, b: Rect) -> LinkLabel | None:
    """Where a link's label goes (``layout.label_spot``, as the PDF places it),
    None when its gutter has no room. Cached by ``key`` (route shape, badge,
    text): links of the same shape share it, a link that only moved keeps it."""
    hit = _LABEL_PLACES.get(key, False)
    if hit is not False:
        return hit
    fm = Fonts.get().fm_chip
    if not _LABEL_MIN:
        _LABEL_MIN.append(fm.horizontalAdvance("W\u2026") + 6)
    pts = route(a, b, key[8])
    spot = label_spot(pts, polyline_midpoint(pts) if key[6] else None)
    if spot is None or spot.room < _LABEL_MIN[0]:
        hit = None
    else:
        text = fm.elidedText(key[7], Qt.TextElideMode.ElideRight, spot.room - 6)
        static = _static_text(text)
        w = static.size().width() + 6
        hit = LinkLabel(spot.x - pts[0][0], spot.y - pts[0][1], spot.upright, text, w, static)
    if len(_LABEL_PLACES) > 20000:
        _LABEL_PLACES.clear()
    _LABEL_PLACES[key] = hit
    return hit


_STATIC_TEXTS: dict[str, QStaticText] = {}


def _static_text(text: str) -> QStaticText:
    """Laid-out label text (a few distinct labels on a map; drawn often)."""
    st = _STATIC_TEXTS.get(text)
    if st is None:
        if len(_STATIC_TEXTS) > 2000:
            _STATIC_TEXTS.clear()
        st = _STATIC_TEXTS[text] = QStaticText(text)
        st.setTextFormat(Qt.TextFormat.PlainText)
        st.prepare(QTransform(), Fonts.get().chip)
    return st


def _draw_label_shapes(painter: QPainter, label: LinkLabel) -> None:
    """The pill and its text, centred on the painter's origin."""
    if not label.upright:
        painter.rotate(-90)  # reads bottom to top, as in the PDF
    w, h = label.w, LABEL_PILL_H
    P = T.palette()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(T.colour(P.paper))
    painter.drawRoundedRect(QRectF(-w / 2, -h / 2, w, h), 2, 2)
    painter.setFont(Fonts.get().chip)
    painter.setPen(T.colour(P.ink_soft))
    size = label.static.size()
    painter.drawStaticText(QPointF(-size.width() / 2, -size.height() / 2), label.static)


_LABEL_PIXMAPS: dict[tuple, QPixmap] = {}


def _label_pixmap(label: LinkLabel, scale: float, dpr: float) -> QPixmap:
    """The label drawn once at a zoom (a map shows a few distinct labels)."""
    key = (label.text, label.upright, round(scale, 4), dpr, T.palette().name)
    pm = _LABEL_PIXMAPS.get(key)
    if pm is None:
        w, h = label.w, LABEL_PILL_H
        if not label.upright:
            w, h = h, w
        k = scale * dpr
        pm = QPixmap(math.ceil(w * k) + 2, math.ceil(h * k) + 2)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHints(_AA | _TEXT_AA)
        p.translate(pm.width() / 2, pm.height() / 2)
        p.scale(k, k)
        _draw_label_shapes(p, label)
        p.end()
        pm.setDevicePixelRatio(dpr)
        if len(_LABEL_PIXMAPS) > 400:
            _LABEL_PIXMAPS.clear()
        _LABEL_PIXMAPS[key] = pm
    return pm


def draw_link_label(painter: QPainter, label: LinkLabel, on_screen: bool = True) -> None:
    """Small text on a pale pill, centred on the label's place (in the painter's
    frame). On screen a pixmap made once per text and zoom is blitted, pixel
    aligned (a fraction of the cost of drawing text); exports (SVG, print) get
    vector shapes and text."""
    t = painter.worldTransform()
    if not on_screen or t.m12() or t.m21():
        painter.save()
        painter.translate(label.x, label.y)
        _draw_label_shapes(painter, label)
        painter.restore()
        return
    dpr = painter.device().devicePixelRatioF()
    pm = _label_pixmap(label, t.m11(), dpr)
    centre = t.map(QPointF(label.x, label.y))
    painter.resetTransform()
    painter.drawPixmap(
        round(centre.x() - pm.width() / dpr / 2), round(centre.y() - pm.height() / dpr / 2), pm
    )
    painter.setWorldTransform(t)


class LinkItem(MapItem, QGraphicsPathItem):
    """An arrow between two cards along the layout's route (rounded corners, open
    arrowhead), with its label (if any) in a gutter it runs along. The item sits
    at the route's first point with the route relative to it: when both cards
    moved by the same offset (a stage before them grew) the link just moves; only
    a changed shape is routed and built again."""

    kind = "link"

    # class-level defaults (see CardItem)
    cells: tuple = ((), ())  # the cells of source and target when last routed
    hovered = False
    _ends: tuple[Rect, Rect] | None = None
    clear = False  # nothing between its cards in their row: routed straight
    _frame: tuple[float, float] | None = None  # the parent's origin when routed
    group_key: tuple[str, str] | None = None  # the cell group it lives in
    group: CellGroup | None = None  # kept by the scene (no parentItem() calls)
    placed = False  # added to the scene
    simple = QPainterPath()  # plain polyline, for the overview
    rel = (0.0, 0.0)
    _overview_path: QPainterPath | None = None
    _colour: str | None = None
    _outline: dict | None = None
    _label_text: str | None = None  # read from the document when first needed
    badged = False  # a friction badge sits on it (the label keeps clear of it)
    _label: LinkLabel | None = None
    _label_key: tuple | None = None  # what the label was last placed for
    spare_epoch = -1  # the scene's content count when it was kept aside

    def __init__(self, doc: JourneyDocument, link: str, source: str, target: str) -> None:
        QGraphicsPathItem.__init__(self)
        self.item_id = link
        self.source, self.target = source, target
        self.doc = doc
        # Never drawn (paint() uses its own pens): its width gives the C++ item a
        # 13-unit-wide shape to click and the bounds to match (label included),
        # with no Python.
        self.setPen(_HIT_PEN)
        self.setFlags(_CARD_FLAGS)
        self.setAcceptHoverEvents(True)

    def shift(self, dx: float, dy: float) -> None:
        """Both cards moved by the same offset: so does the arrow."""
        a, b = self._ends
        self._ends = (
            Rect(a.x + dx, a.y + dy, a.w, a.h),
            Rect(b.x + dx, b.y + dy, b.w, b.h),
        )
        self.rel = (self.rel[0] + dx, self.rel[1] + dy)
        self._overview_path = None
        self.moveBy(dx, dy)

    def reroute(self, a: Rect, b: Rect, parent: QGraphicsItem | None, clear: bool = False) -> None:
        """Route between two card rects (map coordinates) in the parent's frame."""
        ox, oy = (parent.x0, parent.y0) if parent is not None else (0.0, 0.0)
        self.group_key = parent.key if parent is not None else None
        # The same ends in the same frame: nothing to do (the frame is the
        # parent's origin, so it also tells whether the parent changed).
        if self._frame == (ox, oy) and self._ends == (a, b) and self.clear == clear:
            return
        self._ends = (a, b)
        self._frame = (ox, oy)
        self.clear = clear
        path, self.simple, x0, y0 = _link_shape(a, b, clear)
        self._outline = None
        self.setPath(path)  # calls prepareGeometryChange
        self.rel = (x0 - ox, y0 - oy)  # = pos(), kept in Python for the overview
        self._overview_path = None
        self.setPos(*self.rel)

    def set_badged(self, badged: bool) -> None:
        """Whether a friction badge sits on the link (its label keeps clear)."""
        if badged != self.badged:
            self.badged = badged
            if self.label_text:
                self.update()

    @property
    def label_text(self) -> str:
        """The link's label, whitespace collapsed ("" for none). Read when first
        needed (a big map opens without reading thousands of labels)."""
        text = self._label_text
        if text is None:
            doc = self.doc
            text = _label_of(doc, self.item_id, self.source, self.target) if self.item_id in doc else ""
            self._label_text = text
        return text

    def _read_label(self) -> None:
        """The label may have changed: read it again when next needed."""
        if self._label_text is not None:
            self._label_text = None
            self.update()

    def label(self) -> LinkLabel | None:
        """Its label as drawn at readable zooms (None: no label, or no room for
        one). Worked out when first needed, from the route's shape (cached)."""
        if not self.label_text or self._ends is None:
            return None
        a, b = self._ends
        key = (b.x - a.x, b.y - a.y, a.w, a.h, b.w, b.h, self.badged, self.label_text, self.clear)
        if key != self._label_key:
            self._label_key = key
            self._label = _label_place(key, a, b)
        return self._label

    @staticmethod
    def label_shown_at(lod: float) -> bool:
        """Labels are small: not drawn below ``theme.LOD_LINK_LABEL`` (and not at
        all far out, where the overview draws the map)."""
        return lod >= T.LOD_LINK_LABEL

    def overview_path(self) -> QPainterPath:
        """The plain polyline in the parent's frame (built once per route)."""
        if self._overview_path is None:
            self._overview_path = self.simple.translated(*self.rel)
        return self._overview_path

    def points(self) -> list[tuple[float, float]]:
        """The route's corners in scene coordinates, where the link is drawn now
        (its cell group may have moved since it was routed)."""
        a, b = self._ends
        pts = route(a, b, self.clear)
        at = self.scenePos()
        dx, dy = at.x() - pts[0][0], at.y() - pts[0][1]
        return [(x + dx, y + dy) for x, y in pts]

    def invalidate(self) -> None:
        """The link's fields changed (persona, label)."""
        self._colour = None
        self._read_label()
        self.update()

    def revive(self, overview: bool, same_content: bool = False) -> None:
        MapItem.revive(self, overview)
        if not same_content:
            self._colour = None  # the persona's colour, read again on paint
            self._read_label()

    def colour(self) -> str:
        if self._colour is None:
            doc = self.doc
            if self.item_id in doc:
                persona = doc.graph.edges[(*doc.link_ends(self.item_id), self.item_id)]["persona"]
            else:
                persona = None
            nodes = doc.graph.nodes
            self._colour = nodes[persona]["colour"] if persona in nodes else ""
        return self._colour

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Two calls: a big map's repaint draws a few hundred links. The stroke is
        # outlined once per pen (filling an outline clips cheaply; stroking a long
        # path costs its whole length on every repaint).
        view = T.ctx()
        P = view.theme
        if view.chrome and self.isSelected():
            pen = _SELECTED_LINK_PEN if P.accent == T.ACCENT else _link_pen(P.accent, 2.4)
        else:
            pen = _link_pen(self.colour() or P.link, 2.0 if view.chrome and self.hovered else 1.4)
        key = id(pen)
        if self._outline is None:
            self._outline = {}
        outline = self._outline.get(key)
        if outline is None:
            stroker = QPainterPathStroker(pen)
            outline = self._outline[key] = stroker.createStroke(self.path())
        painter.fillPath(outline, pen.brush())
        lod = lod_of(painter, option)
        if self.label_text and self.label_shown_at(lod) and lod >= view.text_zoom:
            label = self.label()
            if label is not None:
                draw_link_label(painter, label, widget is not None)  # no widget: an export
