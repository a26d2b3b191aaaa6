"""The map's backdrop (title, stage columns, lane rows, emotion axis, heatmap) and
the overview layer that draws the whole map in a few calls when zoomed far out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import MapLayout
from ...layout import style as S
from ...model import JourneyDocument
from . import theme as T
from .items import Z_BOARD, Z_OVERVIEW, lod_of
from .theme import Fonts

_AA = QPainter.RenderHint.Antialiasing


def _qrect(r) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class BoardItem(QGraphicsItem):
    """Everything behind the cards. Paints only what intersects the exposed rect,
    so a card drag repaints a few rectangles of it, never the whole map."""

    def __init__(self, doc: JourneyDocument) -> None:
        super().__init__()
        self.doc = doc
        self.layout: MapLayout | None = None
        self._bounds = QRectF()
        self.heat: dict[tuple[str, str], int] | None = None
        self.focus_persona: str | None = None
        self.setZValue(Z_BOARD)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def set_layout(self, layout: MapLayout) -> None:
        bounds = QRectF(0, 0, layout.width, layout.height)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        old = self.layout
        self.layout = layout
        if (
            old is None
            or old.stage_columns != layout.stage_columns
            or old.lane_rows != layout.lane_rows
            or old.emotion_lanes != layout.emotion_lanes
        ):
            self.update()

    def set_heat(self, heat: dict[tuple[str, str], int] | None) -> None:
        if heat != self.heat:
            self.heat = heat
            self.update()

    def update_title(self) -> None:
        if self.layout is not None:
            self.update(_qrect(self.layout.title).adjusted(-4, -4, 4, 4))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        L = self.layout
        if L is None:
            return
        exposed = option.exposedRect
        lod = lod_of(painter, option)
        nodes = self.doc.graph.nodes
        # stage columns, alternating
        for i, (stage, r) in enumerate(L.stage_columns.items()):
            rect = _qrect(r)
            if rect.intersects(exposed):
                painter.fillRect(rect, T.colour(S.STAGE_FILL[i % 2]))
        # emotion lanes: white paper with the -3..+3 axis
        for lane in L.emotion_lanes:
            rect = _qrect(L.lane_rows[lane])
            if not rect.intersects(exposed):
                continue
            painter.fillRect(rect, T.colour(S.PAPER))
            if lod >= T.LOD_NO_TEXT:
                for e in range(-3, 4):
                    y = L.emotion_y(lane, e)
                    if e == 0:
                        painter.setPen(T.pen(S.EMOTION_AXIS, 1.0))
                    else:
                        painter.setPen(T.pen(S.GRID, 1.0, "dashed"))
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
                if lod >= T.LOD_OVERVIEW:
                    f = Fonts.get()
                    painter.setFont(f.axis)
                    painter.setPen(T.colour(S.INK_FAINT))
                    for e in (-3, 0, 3):
                        y = L.emotion_y(lane, e)
                        text = f"{e:+d}" if e else "0"
                        painter.drawText(QRectF(rect.left() + 4, y - 8, 18, 16), int(Qt.AlignmentFlag.AlignCenter), text)
        # lane separators
        painter.setPen(T.pen(S.GRID, 1.0) if lod >= T.LOD_OVERVIEW else T.cosmetic_pen(S.GRID))
        grid = _qrect(L.grid)
        for lane, r in L.lane_rows.items():
            y = r.y
            if exposed.top() - 1 <= y <= exposed.bottom() + 1:
                painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        if L.lane_rows and exposed.bottom() >= grid.bottom() - 1:
            painter.drawLine(QPointF(grid.left(), grid.bottom()), QPointF(grid.right(), grid.bottom()))
        # heatmap
        if self.heat:
            top = max(self.heat.values()) or 1
            f = Fonts.get()
            for key, load in self.heat.items():
                cell = L.cells.get(key)
                if cell is None or load <= 0:
                    continue
                rect = _qrect(cell).adjusted(1, 1, -1, -1)
                if not rect.intersects(exposed):
                    continue
                alpha = int(22 + 88 * (load / top))
                painter.fillRect(rect, T.colour(S.HEAT, alpha))
                if lod >= T.LOD_OVERVIEW:
                    painter.setRenderHint(_AA, True)
                    text = f"Friction load {load}"
                    w = f.fm_heat.horizontalAdvance(text) + 12
                    pill = QRectF(rect.right() - w - 8, rect.bottom() - 14, w, 12.5)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(T.colour(S.HEAT))
                    painter.drawRoundedRect(pill, 6.25, 6.25)
                    painter.setFont(f.heat)
                    painter.setPen(T.colour(S.PAPER))
                    painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        # the title block
        title = _qrect(L.title)
        if title.intersects(exposed) and lod >= T.LOD_NO_TEXT:
            self._paint_title(painter, title, nodes)

    def _paint_title(self, painter: QPainter, rect: QRectF, nodes) -> None:
        f = Fonts.get()
        painter.setRenderHint(_AA, True)
        meta = self.doc.meta
        legend_w = self._legend_width(f)
        title_w = max(80.0, rect.width() - legend_w - 24)
        painter.setFont(f.map_title)
        painter.setPen(T.colour(S.INK))
        title = f.fm_map_title.elidedText(meta["title"] or "Untitled journey", Qt.TextElideMode.ElideRight, title_w)
        painter.drawText(QPointF(rect.x(), rect.y() + f.fm_map_title.ascent()), title)
        n_tp = len(self.layout.cards)
        bits = [
            f"{len(self.layout.stage_headers)} stage{'s' if len(self.layout.stage_headers) != 1 else ''}",
            f"{n_tp} touchpoint{'s' if n_tp != 1 else ''}",
        ]
        n_fr = self.doc.count("friction")
        if n_fr:
            bits.append(f"{n_fr} friction{'s' if n_fr != 1 else ''}")
        painter.setFont(f.map_sub)
        painter.setPen(T.colour(S.INK_SOFT))
        painter.drawText(
            QPointF(rect.x(), rect.y() + f.fm_map_title.height() + 4 + f.fm_map_sub.ascent()), "   ·   ".join(bits)
        )
        # persona legend, right-aligned
        personas = self.doc.personas()
        if not personas:
            return
        x = rect.right()
        cy = rect.y() + f.fm_map_title.height() / 2 + 1
        painter.setFont(f.map_sub)
        for p in reversed(personas):
            a = nodes[p]
            name = f.fm_map_sub.elidedText(a["name"] or "Persona", Qt.TextElideMode.ElideRight, 150)
            w = f.fm_map_sub.horizontalAdvance(name)
            dim = self.focus_persona is not None and self.focus_persona != p
            alpha = 90 if dim else 255
            painter.setPen(T.colour(S.INK, alpha))
            painter.drawText(QPointF(x - w, cy + f.fm_map_sub.ascent() / 2 - 1), name)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(T.colour(a["colour"], alpha))
            painter.drawEllipse(QPointF(x - w - 10, cy - 0.5), 5, 5)
            if self.focus_persona == p:
                painter.setPen(T.pen(a["colour"], 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(x - w - 20, cy - 11, w + 28, 22), 11, 11)
            x -= w + 34

    def _legend_width(self, f: Fonts) -> float:
        nodes = self.doc.graph.nodes
        total = 0.0
        for p in self.doc.personas():
            name = f.fm_map_sub.elidedText(nodes[p]["name"] or "Persona", Qt.TextElideMode.ElideRight, 150)
            total += f.fm_map_sub.horizontalAdvance(name) + 34
        return total


class OverviewItem(QGraphicsItem):
    """The whole map in a handful of draw calls, shown below ``LOD_OVERVIEW``.

    Far out, thousands of cards are a few pixels each: drawing them one item at a
    time costs more in per-item overhead than in pixels. Cards, links and badges
    switch to ``ItemHasNoContents`` and this item draws them as blocks and lines
    (selected items still draw themselves on top)."""

    def __init__(self, state: Callable[[], tuple]) -> None:
        super().__init__()
        self._state = state  # -> (layout, dimmed card ids, dimmed link ids, mot ids)
        self._bounds = QRectF()
        self._cache: tuple | None = None
        self.setZValue(Z_OVERVIEW)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect

    def invalidate(self) -> None:
        self._cache = None
        if self.isVisible():
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _build(self) -> tuple:
        layout, dim_cards, dim_links, mot = self._state()
        bright, dim, gold = [], [], []
        for tp, r in layout.cards.items():
            rect = QRectF(r.x, r.y, r.w, r.h)
            (dim if tp in dim_cards else bright).append(rect)
            if tp in mot:
                gold.append(QRectF(r.x, r.y, r.w, 14))
        links, links_dim = QPainterPath(), QPainterPath()
        for link, route in layout.links.items():
            path = links_dim if link in dim_links else links
            pts = route.points
            path.moveTo(*pts[0])
            for x, y in pts[1:]:
                path.lineTo(x, y)
        badges: dict[tuple[str, bool], list[tuple[float, float]]] = {}
        for b in layout.badges.values():
            colour = S.RESOLVED_COLOUR if b.open_count == 0 else S.SEVERITY_COLOUR.get(b.severity, S.HEAT)
            badges.setdefault((colour, b.target in dim_cards or b.target in dim_links), []).append((b.x, b.y))
        return bright, dim, gold, links, links_dim, badges

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._cache is None:
            self._cache = self._build()  # paint data only; the geometry is set elsewhere
        bright, dim, gold, links, links_dim, badges = self._cache
        lod = max(lod_of(painter, option), 0.01)
        painter.setRenderHint(_AA, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(T.cosmetic_pen(S.LINK, 1.0, 150))
        painter.drawPath(links)
        if not links_dim.isEmpty():
            painter.setPen(T.cosmetic_pen(S.LINK, 1.0, 40))
            painter.drawPath(links_dim)
        painter.setRenderHint(_AA, False)
        painter.setPen(T.cosmetic_pen(S.CARD_BORDER))
        painter.setBrush(T.colour(S.CARD_FILL))
        painter.drawRects(bright)
        if dim:
            painter.setPen(T.cosmetic_pen(S.CARD_BORDER, 1.0, 90))
            painter.setBrush(T.colour(S.CARD_FILL, 90))
            painter.drawRects(dim)
        if gold:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(T.colour(S.MOMENT_OF_TRUTH))
            painter.drawRects(gold)
        painter.setRenderHint(_AA, True)
        radius = max(S.BADGE_RADIUS, 3.2 / lod)
        painter.setPen(Qt.PenStyle.NoPen)
        for (colour, dimmed), centres in badges.items():
            painter.setBrush(T.colour(colour, 80 if dimmed else 255))
            for x, y in centres:
                painter.drawEllipse(QPointF(x, y), radius, radius)
