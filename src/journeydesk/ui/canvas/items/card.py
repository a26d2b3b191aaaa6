"""A touchpoint card (CardItem) and its frame, drawn from ready-made outlines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ....layout import Rect
from ....layout import style as S
from ....layout.card import CARD_PAD, CHIP_H, DOT_R, MORE_W, CardContent, Measures, card_content
from ....layout.persona_marks import persona_markers
from ....model import JourneyDocument
from ....model import fields as F
from ....model.labels import evidence_label, metric_label
from .. import theme as T
from ..theme import Fonts

# z values: what sits on what
from .base import (
    _AA,
    _ALIGN_CENTER,
    _CARD_FLAGS,
    _DEVICE_CACHE,
    _NO_BRUSH,
    CellGroup,
    MapItem,
    lod_of,
)

# ---------------------------------------------------------------------- cards
_CHROME: dict[tuple[float, float, float], dict] = {}


def _card_chrome(w: float, h: float, border: float = 1.0) -> dict:
    """A card's frame as ready-made outlines (every card has the same size):
    filling a prepared outline costs a fraction of stroking a rounded rect,
    and a tenth of stroking it dashed, on every paint of every card."""
    chrome = _CHROME.get((w, h, border))
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
        width = max(1.6, border + 0.6) if strong else border
        chrome[("solid", strong)] = QPainterPathStroker(T.pen(S.INK, width)).createStroke(outline)
    _CHROME[(w, h, border)] = chrome
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
        a = self.attrs()
        if a is None:
            return ()
        ch = a["channel"]
        return (
            a["title"],
            nodes[ch]["name"] if ch in nodes else "",
            a["owner"],
            tuple(a["metrics"].items()),
            tuple(nodes[p]["colour"] if p in nodes else None for p in a["personas"]),
            tuple(persona_markers(self.doc).get(p) for p in a["personas"]),
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
        measures = Measures(
            f.fm_title.horizontalAdvance, f.fm_meta.horizontalAdvance, f.fm_chip.horizontalAdvance
        )
        a = self.attrs()
        if a is None:  # gone before the scene caught up: a blank card until then
            a = {**F.defaults("touchpoint"), "title": ""}
        return card_content(self.doc.graph.nodes, a, self.w, measures, markers=persona_markers(self.doc))

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
        a = self.attrs()
        if a is None:
            return ""
        parts = [a["title"] or T.untitled("touchpoint")]
        if a["description"]:
            parts.append(a["description"])
        if a["metrics"]:
            parts.append("  ".join(f"{metric_label(k)}: {v:g}" for k, v in a["metrics"].items()))
        status = evidence_label(a["evidence"])
        parts.append(QCoreApplication.translate("Canvas", "Evidence: {status}").format(status=status))
        return "\n".join(parts)

    def refresh_tooltip(self) -> None:
        if self.toolTip():
            self.setToolTip(self._tooltip())

    # painting
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = lod_of(painter, option)
        view = T.ctx()
        P = view.theme
        chrome = view.chrome
        selected = chrome and bool(option.state & QStyle.StateFlag.State_Selected)
        if lod < T.LOD_OVERVIEW or lod < view.text_zoom:
            painter.fillRect(QRectF(0, 0, self.w, self.h), T.colour(P.accent if selected else P.card_fill))
            if not selected:
                painter.setPen(T.cosmetic_pen(P.card_border))
                painter.drawRect(QRectF(0, 0, self.w, self.h))
            return
        c = self.content()
        f = Fonts.get()
        painter.setRenderHint(_AA, True)
        frame = _card_chrome(self.w, self.h, P.border_width)
        marked = selected or (chrome and self.link_target)
        hovered = chrome and self.hovered
        if marked:
            painter.fillPath(frame["glow"], T.colour(P.accent, 48))
        painter.fillPath(frame["body"], T.colour(P.card_fill))
        # the evidence border: solid observed, dashed assumed, dotted proposed
        style = S.EVIDENCE_BORDER.get(c.evidence, "solid")
        if marked:
            colour = P.accent
        elif style == "solid":
            colour = P.ink_faint if hovered else P.card_border
        else:
            colour = P.ink_soft if hovered else P.ink_faint
        if style == "solid":
            painter.fillPath(frame[("solid", marked)], T.colour(colour))
        else:
            # Dashes and dots in screen pixels (a cosmetic pen): stroking a
            # dotted rounded rect in map units costs ~1 ms a card; this, 15 us.
            painter.setBrush(_NO_BRUSH)
            painter.setPen(_evidence_pen(style, colour, 2.0 if marked else P.border_width))
            painter.drawPath(frame["body"])
        if c.moment_of_truth:
            # a gold bar along the top edge, and a star before the meta line
            painter.fillPath(frame["mot"], T.colour(P.moment_of_truth))
        y = CARD_PAD
        meta_h = f.fm_meta.height()
        if c.moment_of_truth:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(T.colour(P.moment_of_truth))
            painter.drawPath(T.star(CARD_PAD + 4.5, y + meta_h / 2, 5.2))
        small = lod >= T.LOD_CARD_META  # meta line, chips and dots: smaller type
        if c.meta and small:
            painter.setFont(f.meta)
            painter.setPen(T.colour(P.card_ink_soft))
            painter.drawText(QPointF(c.meta_x, y + f.fm_meta.ascent()), c.meta)
        if not self.editing:
            painter.setFont(f.title)
            painter.setPen(T.colour(P.ink_faint if c.untitled else P.card_ink))
            ty = c.title_top(meta_h) + f.fm_title.ascent()
            step = f.fm_title.lineSpacing()
            for line in c.lines:
                painter.drawText(QPointF(CARD_PAD, ty), line)
                ty += step
        by = c.chip_top(self.h)
        if c.chips and small:
            painter.setFont(f.chip)
            for chip in c.chips:
                rect = QRectF(chip.x, by, chip.w, CHIP_H)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(T.colour(P.chip_fill))
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(T.colour(P.card_ink_soft))
                painter.drawText(rect, _ALIGN_CENTER, chip.text)
        if c.dots:
            # each persona by colour AND shape (circle, square, triangle...)
            painter.setPen(Qt.PenStyle.NoPen)
            for dx, colour, mark in c.dot_marks(self.w, self.h):
                painter.setBrush(T.colour(colour))
                painter.drawPath(T.marker_path(mark, dx, by + CHIP_H / 2, DOT_R))
            if c.more and small:
                painter.setFont(f.chip)
                painter.setPen(T.colour(P.card_ink_soft))
                painter.drawText(
                    QRectF(self.w - CARD_PAD - MORE_W, by, MORE_W, CHIP_H), _ALIGN_CENTER, f"+{c.more}"
                )
        if chrome and self.handle_visible():
            hc = self.handle_center()
            painter.setPen(T.pen(P.accent, 1.5))
            painter.setBrush(T.colour(P.card_fill))
            painter.drawEllipse(hc, T.HANDLE_RADIUS, T.HANDLE_RADIUS)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(T.colour(P.accent))
            painter.drawEllipse(hc, 2.2, 2.2)
