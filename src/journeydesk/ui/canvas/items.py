"""The map's graphics items: cards, links, friction badges, stage and lane headers,
emotion curves.

Items hold ids, never document data: they read the document when they (re)build
their paint cache, and the scene tells them when their geometry or content
changed. Geometry changes go through ``prepareGeometryChange`` (size) or
``setPos`` (position); nothing changes geometry inside ``paint()``.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...layout import Badge, CurvePoint, Rect, label_spot, polyline_midpoint, rounded_path, route, wrap
from ...layout import style as S
from ...layout.text import metric_chips
from ...model import JourneyDocument
from ...model.vocabulary import label as vocab_label
from . import theme as T
from .theme import Fonts

# z values: what sits on what
Z_BOARD, Z_OVERVIEW, Z_LINK, Z_CURVE, Z_CARD, Z_BADGE, Z_HEADER = 0, 1, 2, 3, 4, 5, 6
Z_DRAG, Z_PREVIEW, Z_EDITOR = 50, 60, 100

CARD_PAD = 10.0

_AA = QPainter.RenderHint.Antialiasing
_TEXT_AA = QPainter.RenderHint.TextAntialiasing
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
# A link's click shape and bounds: 13 wide, so the label pill drawn on the link
# (11.25 high, centred on it) stays inside the bounds.
_HIT_PEN = QPen(QColor(0, 0, 0, 0), 13.0)


_LINK_PENS: dict[tuple[str, float], QPen] = {}


def _link_pen(colour: str, width: float) -> QPen:
    pen = _LINK_PENS.get((colour, width))
    if pen is None:
        pen = _LINK_PENS[(colour, width)] = QPen(T.colour(colour), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


_SELECTED_LINK_PEN = _link_pen(T.ACCENT, 2.4)


def lod_of(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class MapItem:
    """Mixin for the items that stand for a map item (they carry its id).

    Cards, links and badges derive from Qt's C++ item classes (rect, path) so
    that ``boundingRect`` and culling never call into Python: on a 2,000-card
    map a repaint touches every item's bounds."""

    kind = ""
    item_id = ""
    _overview = False
    _hidden = False

    def set_overview(self, on: bool) -> None:
        """Below the overview zoom the OverviewItem draws this item: paint nothing
        (selected items still draw themselves, on top of the overview)."""
        self._overview = on
        hidden = on and not self.isSelected()
        if hidden != self._hidden:
            self._hidden = hidden
            self.setFlag(_NO_CONTENTS, hidden)

    def revive(self, overview: bool) -> None:
        """A kept-aside item comes back on the map (the scene took it out when
        its map item was removed, an undo brings it back): drop the state it
        left with. It is never selected (the scene deselects before keeping
        aside) and its opacity is the scene's business (``reapply_focus``)."""
        if getattr(self, "hovered", False):
            self.hovered = False
            self.update()
        if self._overview != overview:
            self.set_overview(overview)


# ---------------------------------------------------------------------- cells
class CellGroup(QGraphicsRectItem):
    """An invisible container at a stage-lane cell's origin: holds the cell's
    cards and the links between them, so a cell that only moved is one setPos."""

    def __init__(self, key: tuple[str, str], x: float, y: float) -> None:
        super().__init__()
        self.key = key
        self.x0, self.y0 = x, y
        self.sig: tuple | None = None  # (card ids, columns, width) last placed
        # kept aside by the scene: the links that stayed in it, and the scene's
        # content count and overview mode when it left
        self.spare_links: list[str] = []
        self.spare_epoch = -1
        self.spare_overview = False
        self.setPen(_NO_PEN)
        self.setFlag(_NO_CONTENTS, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_CARD)
        self.setPos(x, y)

    def move_to(self, x: float, y: float) -> None:
        self.x0, self.y0 = x, y
        self.setPos(x, y)


# ---------------------------------------------------------------------- cards
_CHROME: dict[tuple[float, float], dict] = {}


def _card_chrome(w: float, h: float) -> dict:
    """A card's frame as ready-made outlines (every card has the same size):
    filling a prepared outline costs a fraction of stroking a rounded rect,
    and a tenth of stroking it dashed, on every paint of every card."""
    chrome = _CHROME.get((w, h))
    if chrome is not None:
        return chrome
    r = S.CARD_RADIUS
    body = QRectF(0.5, 0.5, w - 1, h - 1)
    outline = QPainterPath()
    outline.addRoundedRect(body, r, r)
    glow = QPainterPath()
    glow.addRoundedRect(body.adjusted(-4, -4, 4, 4), r + 3, r + 3)
    bar = QPainterPath()
    bar.addRoundedRect(QRectF(body.x() + 1, body.y() + 1, body.width() - 2, 6), r - 1, r - 1)
    clip = QPainterPath()
    clip.addRect(QRectF(body.x(), body.y(), body.width(), 3.5))
    chrome = {"body": outline, "glow": glow, "mot": bar.intersected(clip)}
    for strong in (False, True):
        chrome[("solid", strong)] = QPainterPathStroker(T.pen(S.INK, 1.6 if strong else 1.0)).createStroke(
            outline
        )
    _CHROME[(w, h)] = chrome
    return chrome


_EVIDENCE_PENS: dict = {}


def _evidence_pen(style: str, colour: str, width: float) -> QPen:
    pen = _EVIDENCE_PENS.get((style, colour, width))
    if pen is None:
        pen = QPen(T.colour(colour), width)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([3.0, 2.5] if style == "dashed" else [1.0, 2.0])
        _EVIDENCE_PENS[(style, colour, width)] = pen
    return pen


@dataclass
class CardContent:
    lines: list[str]
    untitled: bool
    meta: str
    chips: list[tuple[str, float]]  # text, width
    dots: list[QColor]
    more_personas: int
    evidence: str
    moment_of_truth: bool


class CardItem(MapItem, QGraphicsRectItem):
    """A touchpoint card: title, channel and owner, metric chips, evidence border,
    moment-of-truth mark, persona dots, and a link handle on its right edge.

    The item's rect is the card plus room for the selection glow and the handle;
    it paints through a device-coordinate cache, so moving or scrolling a card
    blits a pixmap and only a change of content or zoom paints it again."""

    kind = "touchpoint"
    # Defaults on the class: attributes set on a PySide object cost ~1 us each,
    # and a relayout may create hundreds of cards at once.
    group: CellGroup | None = None  # the cell group it sits in (kept by the scene)
    local = QRectF(float("nan"), 0, 0, 0)  # its rect in the group's frame (place())
    _content: CardContent | None = None
    _content_sig: tuple = ()
    spare_epoch = -1  # the scene's content count when it was kept aside
    _body: QRectF | None = None
    hovered = False
    link_target = False
    editing = False

    def __init__(self, doc: JourneyDocument, tp: str, rect: Rect) -> None:
        QGraphicsRectItem.__init__(self, -5, -5, rect.w + 10 + T.HANDLE_RADIUS, rect.h + 10)
        self.item_id = tp
        self.doc = doc
        self.rect_ = rect
        self.w, self.h = rect.w, rect.h
        # z stays 0: cards sit above the links (z -1) of their cell group.
        self.setFlags(_CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(_DEVICE_CACHE)

    # geometry
    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, self.w, self.h), S.CARD_RADIUS, S.CARD_RADIUS)
        if self.handle_visible():
            path.addEllipse(self.handle_center(), T.HANDLE_RADIUS + 2, T.HANDLE_RADIUS + 2)
        path.setFillRule(Qt.FillRule.WindingFill)
        return path

    def place(self, rect: Rect, ox: float, oy: float, force: bool = False) -> bool:
        """Put the card at ``rect`` (map coordinates) inside a cell group whose
        origin is (ox, oy); True when its place in the cell changed."""
        old = self.rect_
        self.rect_ = rect
        if rect.w != old.w or rect.h != old.h:
            self.w, self.h = rect.w, rect.h
            self.setRect(QRectF(-5, -5, rect.w + 10 + T.HANDLE_RADIUS, rect.h + 10))  # prepareGeometryChange
            self._body = None
            self._content = None
            force = True
        x, y = rect.x - ox, rect.y - oy
        p = self.local
        if force or p.x() != x or p.y() != y:
            self.local = QRectF(x, y, rect.w, rect.h)  # in the cell group's frame
            self.setPos(x, y)
            return True
        return False

    def scene_rect(self) -> QRectF:
        """The card body in scene coordinates (where it is drawn now)."""
        p = self.scenePos()
        return QRectF(p.x(), p.y(), self.w, self.h)

    def handle_center(self) -> QPointF:
        return QPointF(self.w, self.h / 2)

    def handle_visible(self) -> bool:
        return (self.hovered or self.isSelected()) and not self._overview

    def handle_contains(self, scene_pos: QPointF) -> bool:
        p = self.mapFromScene(scene_pos) - self.handle_center()
        return p.x() * p.x() + p.y() * p.y() <= (T.HANDLE_RADIUS + 3) ** 2

    def title_rect(self) -> QRectF:
        """Where the title sits (the in-place editor goes here)."""
        top = CARD_PAD + Fonts.get().fm_meta.height() + 5
        return QRectF(CARD_PAD - 4, top - 3, self.w - 2 * CARD_PAD + 8, self.h - top - 20)

    # content
    def invalidate(self) -> None:
        """The touchpoint's fields changed: rebuild the paint cache on next paint."""
        self._content = None
        self.update()

    def content(self) -> CardContent:
        if self._content is None:
            self._content = self._build_content()
            self._content_sig = self._signature()
        return self._content

    def _signature(self) -> tuple:
        """What the painted content depends on (compared when a kept-aside card
        comes back: the same picture, or paint again)."""
        nodes = self.doc.graph.nodes
        a = nodes[self.item_id]
        ch = a["channel"]
        return (
            a["title"],
            nodes[ch]["name"] if ch in nodes else "",
            a["owner"],
            tuple(a["metrics"].items()),
            tuple(nodes[p]["colour"] if p in nodes else None for p in a["personas"]),
            a["evidence"],
            a["moment_of_truth"],
        )

    def revive(self, overview: bool, same_content: bool = False) -> None:
        """``same_content``: nothing the card shows can have changed while it was
        aside (the scene counts such changes), so its picture still holds."""
        MapItem.revive(self, overview)
        if self.link_target:
            self.link_target = False
            self.update()
        if same_content:
            return
        if self._content is not None and self._signature() != self._content_sig:
            self.invalidate()
        self.refresh_tooltip()

    def _build_content(self) -> CardContent:
        f = Fonts.get()
        nodes = self.doc.graph.nodes
        a = nodes[self.item_id]
        inner = self.w - 2 * CARD_PAD
        title = a["title"].strip()
        lines = wrap(title, inner - 1, f.fm_title.horizontalAdvance, S.TITLE_MAX_LINES) if title else []
        channel = nodes[a["channel"]]["name"] if a["channel"] in nodes else ""
        meta_parts = [p for p in (channel, a["owner"]) if p]
        meta_w = inner - 16 - (12 if a["moment_of_truth"] else 0)
        meta = f.fm_meta.elidedText("  ·  ".join(meta_parts), Qt.TextElideMode.ElideRight, meta_w)
        chips = [(c, f.fm_chip.horizontalAdvance(c) + 10) for c in metric_chips(a["metrics"])]
        personas = [p for p in a["personas"] if p in nodes]
        dots = [T.colour(nodes[p]["colour"]) for p in personas[:4]]
        return CardContent(
            lines=lines or ["Untitled"],
            untitled=not lines,
            meta=meta,
            chips=chips,
            dots=dots,
            more_personas=max(0, len(personas) - 4),
            evidence=a["evidence"],
            moment_of_truth=a["moment_of_truth"],
        )

    # events
    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()
        if not self.toolTip():
            self.setToolTip(self._tooltip())

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()

    def _tooltip(self) -> str:
        a = self.doc.graph.nodes[self.item_id]
        parts = [a["title"] or "Untitled"]
        if a["description"]:
            parts.append(a["description"])
        if a["metrics"]:
            from ...model.vocabulary import METRICS

            parts.append("  ".join(f"{METRICS[k][0]}: {v:g}" for k, v in a["metrics"].items()))
        parts.append(f"Evidence: {a['evidence']}")
        return "\n".join(parts)

    def refresh_tooltip(self) -> None:
        if self.toolTip():
            self.setToolTip(self._tooltip())

    # painting
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = lod_of(painter, option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if lod < T.LOD_OVERVIEW:
            painter.fillRect(QRectF(0, 0, self.w, self.h), T.colour(T.ACCENT if selected else S.CARD_FILL))
            if not selected:
                painter.setPen(T.cosmetic_pen(S.CARD_BORDER))
                painter.drawRect(QRectF(0, 0, self.w, self.h))
            return
        c = self.content()
        f = Fonts.get()
        painter.setRenderHint(_AA, True)
        chrome = _card_chrome(self.w, self.h)
        if selected or self.link_target:
            painter.fillPath(chrome["glow"], T.colour(T.ACCENT, 48))
        painter.fillPath(chrome["body"], T.colour(S.CARD_FILL))
        # the evidence border: solid observed, dashed assumed, dotted proposed
        style = S.EVIDENCE_BORDER.get(c.evidence, "solid")
        if selected or self.link_target:
            colour = T.ACCENT
        elif style == "solid":
            colour = S.INK_FAINT if self.hovered else S.CARD_BORDER
        else:
            colour = S.INK_SOFT if self.hovered else S.INK_FAINT
        strong = selected or self.link_target
        if style == "solid":
            painter.fillPath(chrome[("solid", strong)], T.colour(colour))
        else:
            # Dashes and dots in screen pixels (a cosmetic pen): stroking a
            # dotted rounded rect in map units costs ~1 ms a card; this, 15 us.
            painter.setBrush(_NO_BRUSH)
            painter.setPen(_evidence_pen(style, colour, 2.0 if strong else 1.0))
            painter.drawPath(chrome["body"])
        if c.moment_of_truth:
            # a gold bar along the top edge, and a star before the meta line
            painter.fillPath(chrome["mot"], T.colour(S.MOMENT_OF_TRUTH))
        x = CARD_PAD
        y = CARD_PAD
        meta_h = f.fm_meta.height()
        if c.moment_of_truth:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(T.colour(S.MOMENT_OF_TRUTH))
            painter.drawPath(T.star(x + 4.5, y + meta_h / 2, 5.2))
            x += 13
        if c.meta:
            painter.setFont(f.meta)
            painter.setPen(T.colour(S.INK_SOFT))
            painter.drawText(QPointF(x, y + f.fm_meta.ascent()), c.meta)
        # title
        if not self.editing:
            painter.setFont(f.title)
            painter.setPen(T.colour(S.INK_FAINT if c.untitled else S.INK))
            ty = y + meta_h + 5 + f.fm_title.ascent()
            step = f.fm_title.lineSpacing()
            for line in c.lines:
                painter.drawText(QPointF(CARD_PAD, ty), line)
                ty += step
        # bottom row: metric chips left, persona dots right
        chip_h = 15.0
        by = self.h - CARD_PAD - chip_h
        dots_w = len(c.dots) * 10 + (14 if c.more_personas else 0)
        cx = CARD_PAD
        limit = self.w - CARD_PAD - dots_w - 2
        if c.chips:
            painter.setFont(f.chip)
            for text, w in c.chips:
                if cx + w > limit:
                    break
                rect = QRectF(cx, by, w, chip_h)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(T.colour(S.CHIP_FILL))
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(T.colour(S.INK_SOFT))
                painter.drawText(rect, _ALIGN_CENTER, text)
                cx += w + 4
        if c.dots:
            dx = self.w - CARD_PAD - 4 - (14 if c.more_personas else 0)
            dy = by + chip_h / 2
            painter.setPen(Qt.PenStyle.NoPen)
            for colour in reversed(c.dots):
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(dx, dy), 4, 4)
                dx -= 10
            if c.more_personas:
                painter.setFont(f.chip)
                painter.setPen(T.colour(S.INK_SOFT))
                painter.drawText(
                    QRectF(self.w - CARD_PAD - 14, by, 14, chip_h), _ALIGN_CENTER, f"+{c.more_personas}"
                )
        if self.handle_visible():
            hc = self.handle_center()
            painter.setPen(T.pen(T.ACCENT, 1.5))
            painter.setBrush(T.colour(S.CARD_FILL))
            painter.drawEllipse(hc, T.HANDLE_RADIUS, T.HANDLE_RADIUS)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(T.colour(T.ACCENT))
            painter.drawEllipse(hc, 2.2, 2.2)


# ---------------------------------------------------------------------- links
_SHAPES: dict[tuple, tuple[QPainterPath, float, float]] = {}


def _link_shape(a: Rect, b: Rect) -> tuple[QPainterPath, QPainterPath, float, float]:
    """A link's path and its plain polyline (for the overview), both relative
    to the route's first point, and that point. Routes only depend on where the
    two cards are relative to each other, so the built paths are shared between
    links (and between relayouts) through a cache."""
    key = (b.x - a.x, b.y - a.y, a.w, a.h, b.w, b.h)
    hit = _SHAPES.get(key)
    if hit is None:
        pts = route(a, b)
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
    pts = route(a, b)
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
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(T.colour(S.PAPER))
    painter.drawRoundedRect(QRectF(-w / 2, -h / 2, w, h), 2, 2)
    painter.setFont(Fonts.get().chip)
    painter.setPen(T.colour(S.INK_SOFT))
    size = label.static.size()
    painter.drawStaticText(QPointF(-size.width() / 2, -size.height() / 2), label.static)


_LABEL_PIXMAPS: dict[tuple, QPixmap] = {}


def _label_pixmap(label: LinkLabel, scale: float, dpr: float) -> QPixmap:
    """The label drawn once at a zoom (a map shows a few distinct labels)."""
    key = (label.text, label.upright, round(scale, 4), dpr)
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
    _frame: tuple[float, float] | None = None  # the parent's origin when routed
    group_key: tuple[str, str] | None = None  # the cell group it lives in
    group: CellGroup | None = None  # kept by the scene (no parentItem() calls)
    placed = False  # added to the scene
    simple = QPainterPath()  # plain polyline, for the overview
    rel = (0.0, 0.0)
    _overview_path: QPainterPath | None = None
    _colour: str | None = None
    _outline: dict | None = None
    _pen: QPen | None = None  # chosen on first paint (needs the persona's colour)
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

    def reroute(self, a: Rect, b: Rect, parent: QGraphicsItem | None) -> None:
        """Route between two card rects (map coordinates) in the parent's frame."""
        ox, oy = (parent.x0, parent.y0) if parent is not None else (0.0, 0.0)
        self.group_key = parent.key if parent is not None else None
        # The same ends in the same frame: nothing to do (the frame is the
        # parent's origin, so it also tells whether the parent changed).
        if self._frame == (ox, oy) and self._ends == (a, b):
            return
        self._ends = (a, b)
        self._frame = (ox, oy)
        path, self.simple, x0, y0 = _link_shape(a, b)
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
        key = (b.x - a.x, b.y - a.y, a.w, a.h, b.w, b.h, self.badged, self.label_text)
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
        a, b = self._ends
        return list(route(a, b))

    def invalidate(self) -> None:
        """The link's fields changed (persona, label)."""
        self._colour = None
        self._refresh_pens()
        self._read_label()
        self.update()

    def revive(self, overview: bool, same_content: bool = False) -> None:
        MapItem.revive(self, overview)
        if not same_content:
            self._colour = None  # the persona's colour, read again on paint
            self._pen = None
            self._read_label()

    def colour(self) -> str:
        if self._colour is None:
            doc = self.doc
            if self.item_id in doc:
                persona = doc.graph.edges[(*doc.link_ends(self.item_id), self.item_id)]["persona"]
            else:
                persona = None
            nodes = doc.graph.nodes
            self._colour = nodes[persona]["colour"] if persona in nodes else S.LINK
        return self._colour

    def _refresh_pens(self) -> None:
        self._pen = _link_pen(self.colour(), 2.0 if self.hovered else 1.4)

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self._refresh_pens()
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self._refresh_pens()
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Two calls: a big map's repaint draws a few hundred links. The stroke is
        # outlined once per pen (filling an outline clips cheaply; stroking a long
        # path costs its whole length on every repaint).
        if self.isSelected():
            pen = _SELECTED_LINK_PEN
        else:
            pen = self._pen
            if pen is None:
                self._refresh_pens()
                pen = self._pen
        key = id(pen)
        if self._outline is None:
            self._outline = {}
        outline = self._outline.get(key)
        if outline is None:
            stroker = QPainterPathStroker(pen)
            outline = self._outline[key] = stroker.createStroke(self.path())
        painter.fillPath(outline, pen.brush())
        if self.label_text and self.label_shown_at(lod_of(painter, option)):
            label = self.label()
            if label is not None:
                draw_link_label(painter, label, widget is not None)  # no widget: an export


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

    def set_badge(self, badge: Badge, force: bool = False, local: tuple[float, float] | None = None) -> None:
        """New badge data; ``local`` is its place on its card (when a card's child)."""
        old = self.badge
        x, y = local if local is not None else (badge.x, badge.y)
        if x != self._at[0] or y != self._at[1]:
            self._at = (x, y)
            self.setPos(x, y)
        if badge == old and not force:
            return
        if force or (badge.count, badge.open_count, badge.severity) != (
            old.count,
            old.open_count,
            old.severity,
        ):
            self.prepareGeometryChange()  # the shape follows the severity
            self.update()
        self.badge = badge
        if self._tooltip_done:
            self._tooltip_done = False
            self.setToolTip("")

    def revive(self, overview: bool) -> None:
        MapItem.revive(self, overview)
        self.focus = None
        if self._tooltip_done:
            self._tooltip_done = False
            self.setToolTip("")

    def shape(self) -> QPainterPath:
        b = self.badge
        return T.severity_shape(S.SEVERITY_SHAPE.get(b.severity, "circle"), 0, 0, S.BADGE_RADIUS + 1)

    def hoverEnterEvent(self, event) -> None:
        if not self._tooltip_done:
            self._tooltip_done = True
            nodes = self.doc.graph.nodes
            from ...model.vocabulary import SEVERITY_LABELS

            lines = []
            for f in self.frictions():
                a = nodes[f]
                status = "" if a["status"] == "open" else f" ({vocab_label(a['status'])})"
                lines.append(f"{SEVERITY_LABELS[a['severity']]}: {a['title'] or 'Untitled'}{status}")
            self.setToolTip("\n".join(lines))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        b = self.badge
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(_AA, True)
        resolved = b.open_count == 0
        fill = S.RESOLVED_COLOUR if resolved else S.SEVERITY_COLOUR.get(b.severity, S.SEVERITY_COLOUR[4])
        shape = S.SEVERITY_SHAPE.get(b.severity, "circle")
        rad = S.BADGE_RADIUS
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(T.colour(T.ACCENT, 90))
            painter.drawPath(T.severity_shape(shape, 0, 0, rad + 4))
        painter.setPen(T.pen(S.PAPER, 2.0))
        painter.setBrush(T.colour(fill))
        painter.drawPath(T.severity_shape(shape, 0, 0, rad))
        if lod_of(painter, option) < T.LOD_OVERVIEW:
            return
        f = Fonts.get()
        painter.setFont(f.badge)
        painter.setPen(T.colour(S.PAPER))
        dy = rad * 0.28 if shape == "triangle" else 0.0
        count = b.open_count or b.count
        painter.drawText(
            QRectF(-rad, -rad + dy, 2 * rad, 2 * rad), _ALIGN_CENTER, str(count) if count < 100 else "99+"
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
        return self.doc.graph.nodes[self.item_id]["name"]

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
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(_AA, True)
        path = QPainterPath()
        path.addRoundedRect(body, 6, 6)
        painter.fillPath(path, fill)
        if self.hovered and not selected:
            painter.fillPath(path, hover)
        if selected:
            painter.setPen(T.pen(T.ACCENT, 2.5))
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
        lod = self._paint_body(painter, option, body, T.colour(S.STAGE_HEADER), T.colour("#FFFFFF", 22))
        if lod < T.LOD_NO_TEXT or self.editing:
            return
        f = Fonts.get()
        big = lod < T.LOD_OVERVIEW
        painter.setFont(f.stage)
        painter.setPen(T.colour(S.STAGE_HEADER_INK))
        name = f.fm_stage.elidedText(
            self.name() or "Untitled stage", Qt.TextElideMode.ElideRight, body.width() - 24
        )
        if big:
            painter.drawText(body, _ALIGN_CENTER, name)
            return
        painter.drawText(QPointF(body.x() + 12, body.y() + 8 + f.fm_stage.ascent()), name)
        painter.setFont(f.stage_sub)
        painter.setPen(T.colour(S.STAGE_HEADER_INK, 170))
        n = self.count
        sub = f"{n} touchpoint{'s' if n != 1 else ''}"
        painter.drawText(QPointF(body.x() + 12, body.y() + 30 + f.fm_sub.ascent()), sub)


class LaneHeaderItem(HeaderItem):
    kind = "lane"

    def title_rect(self) -> QRectF:
        return QRectF(8, 10, self.w - 20, 24)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        body = QRectF(0, 1.5, self.w - 8, self.h - 3)
        lod = self._paint_body(painter, option, body, T.colour(S.LANE_HEADER), T.colour(S.INK, 14))
        if lod < T.LOD_NO_TEXT or self.editing:
            return
        f = Fonts.get()
        a = self.doc.graph.nodes[self.item_id]
        painter.setFont(f.lane)
        painter.setPen(T.colour(S.INK))
        lines = wrap(a["name"] or "Untitled lane", body.width() - 28, f.fm_lane.horizontalAdvance, 2)
        y = body.y() + 14 + f.fm_lane.ascent()
        for line in lines:
            painter.drawText(QPointF(body.x() + 14, y), line)
            y += f.fm_lane.lineSpacing()
        if lod >= T.LOD_OVERVIEW:
            painter.setFont(f.lane_sub)
            painter.setPen(T.colour(S.INK_SOFT))
            if a["kind"] == "emotions":
                sub = "Emotion per persona, -3 to +3"
            else:
                n = self.count
                sub = f"{n} touchpoint{'s' if n != 1 else ''}"
                kind = vocab_label(a["kind"])
                if a["kind"] not in ("touchpoints", "custom") and kind.lower() != a["name"].strip().lower():
                    sub = f"{kind}  ·  {sub}"
            sub = f.fm_sub.elidedText(sub, Qt.TextElideMode.ElideRight, body.width() - 28)
            painter.drawText(QPointF(body.x() + 14, y + 3), sub)


# ---------------------------------------------------------------------- curves
class CurveItem(QGraphicsItem):
    """One persona's emotion curve in the emotions lane: a smooth line through its
    touchpoints, the lowest points ringed, moments of truth starred. The scene
    drags its points (``point_at``, ``set_preview``)."""

    kind = "curve"
    POINT_R = 4.5
    offset = 0.0

    def __init__(
        self, doc: JourneyDocument, persona: str, points: tuple[CurvePoint, ...], lane_rect: Rect
    ) -> None:
        super().__init__()
        self.doc = doc
        self.persona = persona
        self.item_id = persona
        self.points = points
        self._xs = self._spread(points)
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
            self._xs = self._spread(points)
            self._path = self._shape = None
            self.update()

    SPREAD = 44.0

    @classmethod
    def _spread(cls, points: tuple[CurvePoint, ...]) -> list[float]:
        """Display x of each point. Cards stacked in one card column share an x;
        their points are fanned out around it, in journey order, so the curve
        reads left to right instead of jumping up and down on one line."""
        xs = [p.x for p in points]
        i = 0
        while i < len(xs):
            j = i
            while j + 1 < len(xs) and points[j + 1].x == points[i].x:
                j += 1
            n = j - i + 1
            if n > 1:
                step = min(cls.SPREAD, (S.CARD_WIDTH - 24) / (n - 1))
                for k in range(n):
                    xs[i + k] = points[i].x + (k - (n - 1) / 2) * step
            i = j + 1
        return xs

    def display_pos(self, touchpoint: str) -> QPointF | None:
        """Where a touchpoint's point is drawn (and grabbed)."""
        for p, x in zip(self.points, self._xs):
            if p.touchpoint == touchpoint:
                return QPointF(x, p.y + self.offset)
        return None

    def invalidate(self) -> None:
        self._colour = None
        self.update()

    def colour(self) -> str:
        if self._colour is None:
            nodes = self.doc.graph.nodes
            self._colour = nodes[self.persona]["colour"] if self.persona in nodes else S.INK_SOFT
        return self._colour

    def set_offset(self, dy: float) -> None:
        """Curves of personas that feel the same would hide each other: each is
        drawn a little above or below the value line."""
        if dy != self.offset:
            self.prepareGeometryChange()
            self.offset = dy
            self._path = self._shape = None
            self.update()

    def _xy(self) -> list[tuple[float, float]]:
        out = []
        dy = self.offset
        for p, x in zip(self.points, self._xs):
            y = p.y
            if self.preview is not None and p.touchpoint == self.preview[0]:
                y = self.preview[1]
            out.append((x, y + dy))
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
            for p, x in zip(self.points, self._xs):
                path.addEllipse(QPointF(x, p.y + self.offset), 9, 9)
            self._shape = path
        return self._shape

    def point_at(self, pos: QPointF, tolerance: float = 9.0) -> CurvePoint | None:
        best, dist = None, tolerance * tolerance
        for p, x in zip(self.points, self._xs):
            d = (x - pos.x()) ** 2 + (p.y + self.offset - pos.y()) ** 2
            if d <= dist:
                best, dist = p, d
        return best

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.points:
            return
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
        for p, (x, y) in zip(self.points, pts):
            centre = QPointF(x, y)
            if p.emotion == lowest and lowest < 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(T.colour(colour, 60))
                painter.drawEllipse(centre, r + 5, r + 5)
                painter.setBrush(T.colour(colour))
                painter.drawEllipse(centre, r + 0.5, r + 0.5)
            else:
                painter.setPen(T.pen(colour, 2.0))
                painter.setBrush(T.colour(S.PAPER))
                painter.drawEllipse(centre, r, r)
            if p.moment_of_truth:
                painter.setPen(T.pen(S.PAPER, 1.0))
                painter.setBrush(T.colour(S.MOMENT_OF_TRUTH))
                painter.drawPath(T.star(x, y - r - 9, 6.0))
        if self.preview is not None:
            for p, (x, y) in zip(self.points, pts):
                if p.touchpoint == self.preview[0]:
                    painter.setPen(T.pen(T.ACCENT, 2.0))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(QPointF(x, y), r + 4, r + 4)
