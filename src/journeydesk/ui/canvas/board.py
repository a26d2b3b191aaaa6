"""The map's backdrop (title, stage columns, lane rows, emotion axis, heatmap) and
the overview layer that draws the whole map in a few calls when zoomed far out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import MapLayout
from ...layout.persona_marks import persona_markers
from ...model import JourneyDocument
from ...model.wording import counted
from . import theme as T
from .items import Z_BOARD, Z_OVERVIEW, lod_of
from .theme import Fonts

_AA = QPainter.RenderHint.Antialiasing
_DOT_PENS: dict = {}
KEEP_FOCI = 5  # far-out pictures kept: no focus and the last four personas


def _dot_pen(colour: str, dimmed: bool):
    pen = _DOT_PENS.get((colour, dimmed))
    if pen is None:
        from PySide6.QtGui import QPen

        pen = QPen(T.colour(colour, 80 if dimmed else 255), 6.5)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        _DOT_PENS[(colour, dimmed)] = pen
    return pen


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

    def set_layout(self, layout: MapLayout, changed: bool = True) -> None:
        """``changed``: its columns, rows or emotion lanes may have moved (the
        live layout says so; a layout changed in place compares equal to itself)."""
        bounds = QRectF(0, 0, layout.width, layout.height)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.layout = layout
        if changed:
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

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        L = self.layout
        if L is None:
            return
        exposed = option.exposedRect
        lod = lod_of(painter, option)
        nodes = self.doc.graph.nodes
        view = T.ctx()
        P = view.theme
        # stage columns, alternating
        for i, (stage, r) in enumerate(L.stage_columns.items()):
            rect = _qrect(r)
            if rect.intersects(exposed):
                painter.fillRect(rect, T.colour(P.stage_fill[i % 2]))
        # emotion lanes: white paper with the -3..+3 axis
        for lane in L.emotion_lanes:
            rect = _qrect(L.lane_rows[lane])
            if not rect.intersects(exposed):
                continue
            painter.fillRect(rect, T.colour(P.paper))
            if lod >= T.LOD_NO_TEXT:
                for e in range(-3, 4):
                    y = L.emotion_y(lane, e)
                    if e == 0:
                        painter.setPen(T.pen(P.emotion_axis, 1.0))
                    else:
                        painter.setPen(T.pen(P.grid, 1.0, "dashed"))
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
                if lod >= T.LOD_OVERVIEW:
                    f = Fonts.get()
                    painter.setFont(f.axis)
                    painter.setPen(T.colour(P.ink_faint))
                    for e in (-3, 0, 3):
                        y = L.emotion_y(lane, e)
                        text = f"{e:+d}" if e else "0"
                        painter.drawText(
                            QRectF(rect.left() + 4, y - 8, 18, 16), int(Qt.AlignmentFlag.AlignCenter), text
                        )
        # lane separators
        painter.setPen(T.pen(P.grid, 1.0) if lod >= T.LOD_OVERVIEW else T.cosmetic_pen(P.grid))
        grid = _qrect(L.grid)
        for lane, r in L.lane_rows.items():
            y = r.y
            if exposed.top() - 1 <= y <= exposed.bottom() + 1:
                painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        if L.lane_rows and exposed.bottom() >= grid.bottom() - 1:
            painter.drawLine(QPointF(grid.left(), grid.bottom()), QPointF(grid.right(), grid.bottom()))
        # heatmap (the scene's, or the painting view's own)
        heat = self.heat if view.heat is T.INHERIT else view.heat
        if heat:
            top = max(heat.values()) or 1
            f = Fonts.get()
            for key, load in heat.items():
                cell = L.cells.get(key)
                if cell is None or load <= 0:
                    continue
                rect = _qrect(cell).adjusted(1, 1, -1, -1)
                if not rect.intersects(exposed):
                    continue
                alpha = int(22 + 88 * (load / top))
                painter.fillRect(rect, T.colour(P.heat, alpha))
                if lod >= T.LOD_OVERVIEW:
                    painter.setRenderHint(_AA, True)
                    text = QCoreApplication.translate("Canvas", "Friction load {load}").format(load=load)
                    w = f.fm_heat.horizontalAdvance(text) + 12
                    pill = QRectF(rect.right() - w - 8, rect.bottom() - 14, w, 12.5)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(T.colour(P.heat))
                    painter.drawRoundedRect(pill, 6.25, 6.25)
                    painter.setFont(f.heat)
                    painter.setPen(T.colour(P.badge_ink))
                    painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        # the title block
        title = _qrect(L.title)
        if title.intersects(exposed) and lod >= T.LOD_NO_TEXT and view.map_title:
            self._paint_title(painter, title, nodes, P)

    def _paint_title(self, painter: QPainter, rect: QRectF, nodes, P) -> None:
        f = Fonts.get()
        painter.setRenderHint(_AA, True)
        meta = self.doc.meta
        legend_w = self._legend_width(f)
        title_w = max(80.0, rect.width() - legend_w - 24)
        painter.setFont(f.map_title)
        painter.setPen(T.colour(P.ink))
        title = f.fm_map_title.elidedText(
            meta["title"] or T.untitled("map"), Qt.TextElideMode.ElideRight, title_w
        )
        painter.drawText(QPointF(rect.x(), rect.y() + f.fm_map_title.ascent()), title)
        n_tp = len(self.layout.cards)
        bits = [
            counted("stage", len(self.layout.stage_headers)),
            counted("touchpoint", n_tp),
        ]
        n_fr = self.doc.count("friction")
        if n_fr:
            bits.append(counted("friction", n_fr))
        painter.setFont(f.map_sub)
        painter.setPen(T.colour(P.ink_soft))
        painter.drawText(
            QPointF(rect.x(), rect.y() + f.fm_map_title.height() + 4 + f.fm_map_sub.ascent()),
            "   ·   ".join(bits),
        )
        # persona legend, right-aligned
        personas = self.doc.personas()
        if not personas:
            return
        x = rect.right()
        cy = rect.y() + f.fm_map_title.height() / 2 + 1
        painter.setFont(f.map_sub)
        marks = persona_markers(self.doc)
        for p in reversed(personas):
            a = nodes[p]
            name = f.fm_map_sub.elidedText(
                a["name"] or T.untitled("persona"), Qt.TextElideMode.ElideRight, 150
            )
            w = f.fm_map_sub.horizontalAdvance(name)
            dim = self.focus_persona is not None and self.focus_persona != p
            alpha = 90 if dim else 255
            painter.setPen(T.colour(P.ink, alpha))
            painter.drawText(QPointF(x - w, cy + f.fm_map_sub.ascent() / 2 - 1), name)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(T.colour(a["colour"], alpha))
            painter.drawPath(T.marker_path(marks[p], x - w - 10, cy - 0.5, 5))  # shape as well as colour
            if self.focus_persona == p:
                painter.setPen(T.pen(a["colour"], 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(x - w - 20, cy - 11, w + 28, 22), 11, 11)
            x -= w + 34

    def _legend_width(self, f: Fonts) -> float:
        nodes = self.doc.graph.nodes
        total = 0.0
        for p in self.doc.personas():
            name = f.fm_map_sub.elidedText(
                nodes[p]["name"] or T.untitled("persona"), Qt.TextElideMode.ElideRight, 150
            )
            total += f.fm_map_sub.horizontalAdvance(name) + 34
        return total


def _lines_of(links) -> tuple[list, QPainterPath]:
    """Each link's far-out line, and all of them as one path."""
    lines = [(item.item_id, item.overview_path()) for item in links]
    every = QPainterPath()
    for _k, path in lines:
        every.addPath(path)
    return lines, every


def _split_lines(lines: tuple[list, QPainterPath], dims: set) -> tuple[QPainterPath, QPainterPath]:
    """(bright, dimmed) paths of some links under a focus."""
    each, every = lines
    if not dims:
        return every, QPainterPath()
    lit, dim = QPainterPath(), QPainterPath()
    for k, path in each:
        (dim if k in dims else lit).addPath(path)
    return lit, dim


def _marks(dots: list, dims: set) -> dict:
    """Badge points by (colour slot, dimmed)."""
    marks: dict[tuple[int, bool], list[QPointF]] = {}
    for target, colour, at in dots:
        marks.setdefault((colour, target in dims), []).append(at)
    return marks


class OverviewItem(QGraphicsItem):
    """The whole map in a handful of draw calls, shown below ``LOD_OVERVIEW``.

    Far out, thousands of cards are a few pixels each: drawing them one item at a
    time costs more in per-item overhead than in pixels. Cards, links and badges
    switch to ``ItemHasNoContents`` and this item draws them as blocks and lines
    (selected items still draw themselves on top).

    The picture is kept per cell group, relative to the group's origin, so a
    relayout that only moved cells redraws from the same data; only the groups
    the scene marks dirty (and the links between cells) are collected again."""

    def __init__(self, parts: Callable[[], dict]) -> None:
        super().__init__()
        self._parts = parts  # -> the scene's groups, cards, links, badges, dims, graph nodes, cells
        self._bounds = QRectF()
        # per persona focus (None: no focus), the last few: [group pictures, cross picture]
        self._foci: dict = {}
        self._statics: dict = {}  # cell group -> what its picture is made of (``_group_static``)
        self._cross_held: tuple | None = None  # the same for the links between cells
        self.setZValue(Z_OVERVIEW)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)  # exposedRect
        self.setVisible(False)

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect

    def invalidate(self, groups=None, cross: bool = True, moved: bool = True) -> None:
        """Forget the pictures of some cell groups (all when None) and repaint:
        only where those groups are when no cell moved (``moved``) and no link
        between cells changed (the cached picture of the rest stays: a title
        edit far out repainted 10,000 cards)."""
        if groups is None:
            self._foci.clear()
            self._statics.clear()
            self._cross_held = None
        else:
            for key in groups:
                self._statics.pop(key, None)
                for focus in self._foci.values():
                    focus[0].pop(key, None)
        if cross:
            self._cross_held = None
            for focus in self._foci.values():
                focus[1] = None
        if not self.isVisible():
            return
        area = None if groups is None or cross or moved else self._area_of(groups)
        if area is None:
            self.update()
        elif not area.isEmpty():
            self.update(area)

    def _area_of(self, groups) -> QRectF | None:
        """Where these groups draw: their cells, and a margin for the badges'
        on-screen dots (None: a cell the layout no longer has; repaint all)."""
        parts = self._parts()
        cells, pad = parts["cells"], parts["pad"]
        area = QRectF()
        for key in groups:
            cell = cells.get(key)
            if cell is None:
                return None
            area = area.united(QRectF(cell.x - pad, cell.y - pad, cell.w + 2 * pad, cell.h + 2 * pad))
        return area

    def refocus(self) -> None:
        """The persona focus changed: draw that focus's picture (kept for the last
        few foci, so switching back and forth in a workshop draws from memory)."""
        if self.isVisible():
            self.update()

    def _pictures_for(self, focus) -> list:
        held = self._foci.pop(focus, None) or [{}, None]
        self._foci[focus] = held  # the most recent last
        while len(self._foci) > KEEP_FOCI:
            del self._foci[next(iter(self._foci))]
        return held

    def boundingRect(self) -> QRectF:
        return self._bounds

    @staticmethod
    def _badge_colour(b) -> int:
        """The badge's colour slot: its severity, or 0 when all its frictions are resolved
        (the painting view's theme turns it into a colour)."""
        return 0 if b.open_count == 0 else b.severity

    def _group_static(self, group, parts: dict, links: list) -> tuple:
        """What a cell group's far-out picture is made of, whatever the focus: its
        cards' rects, gold bars, badge dots and link lines (in the group's frame)."""
        ox, oy = group.x0, group.y0
        cards, nodes, badges = parts["cards"], parts["nodes"], parts["badges"]
        rects, gold, dots = [], [], []
        for tp in group.sig[0] if group.sig else ():
            item = cards.get(tp)
            if item is None:
                continue
            rect = item.local
            rects.append((tp, rect))
            a = nodes.get(tp)
            if a is not None and a["moment_of_truth"]:
                gold.append(QRectF(rect.x(), rect.y(), rect.width(), 14))
            badge = badges.get(tp)
            if badge is not None:
                b = badge.badge
                dots.append((tp, self._badge_colour(b), QPointF(b.x - ox, b.y - oy)))
        return rects, gold, dots, _lines_of(links)

    def _cross_static(self, parts: dict, links: list) -> tuple:
        """The same for the links between cells and the badges in no cell group
        (in scene coordinates)."""
        dots = [
            (target, self._badge_colour(badge.badge), QPointF(badge.badge.x, badge.badge.y))
            for target, badge in parts["badges"].items()
            if badge.parentItem() is None
        ]
        return dots, _lines_of(links)

    def _make_statics(self, parts: dict, keys) -> None:
        """Collect what the pictures of these cell groups (and of the links
        between cells) are made of, where not kept already."""
        statics, groups = self._statics, parts["groups"]
        unmade = {k for k in keys if k not in statics}
        if not unmade and self._cross_held is not None:
            return
        buckets: dict = {k: [] for k in unmade}
        cross = []
        for item in parts["links"].values():
            key = item.group_key
            if key is None:
                cross.append(item)
            elif key in unmade:
                buckets[key].append(item)
        for key in unmade:
            statics[key] = self._group_static(groups[key], parts, buckets[key])
        if self._cross_held is None:
            self._cross_held = self._cross_static(parts, cross)

    def everything(self) -> list | None:
        """Every card's block and link line as [(group origin, rects, lines)] per
        cell group, and the links between cells at the scene's origin: the far-out
        picture of a selection of everything. None when the cell groups do not
        hold every card (then the overlay draws item by item)."""
        parts = self._parts()
        groups = parts["groups"]
        self._make_statics(parts, groups)
        out, cards = [], 0
        for key, group in groups.items():
            rects, _gold, _dots, (_each, lines) = self._statics[key]
            cards += len(rects)
            out.append(((group.x0, group.y0), [r for _tp, r in rects], lines))
        if cards != len(parts["cards"]):
            return None
        _dots, (_each, between) = self._cross_held
        out.append(((0.0, 0.0), [], between))
        return out

    @staticmethod
    def _group_picture(static: tuple, dims: set) -> tuple:
        """A group's picture under a focus (``dims``: what it dims)."""
        rects, gold, dots, lines = static
        if dims:
            bright = [r for tp, r in rects if tp not in dims]
            dim = [r for tp, r in rects if tp in dims]
        else:
            bright, dim = [r for _tp, r in rects], []
        return (bright, dim, gold, *_split_lines(lines, dims), _marks(dots, dims))

    @staticmethod
    def _cross_picture(static: tuple, dims: set) -> tuple:
        dots, lines = static
        return (*_split_lines(lines, dims), _marks(dots, dims))

    @staticmethod
    def _draw_dots(painter: QPainter, dots: dict) -> None:
        # Badges far out: round points of a fixed on-screen size (cosmetic pen).
        view = T.ctx()
        if not view.badges:
            return
        P = view.theme
        for (severity, dimmed), points in dots.items():
            painter.setPen(_dot_pen(P.severity_colour(severity, resolved=severity == 0), dimmed))
            painter.drawPoints(points)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        parts = self._parts()
        P = T.palette()
        lod = max(lod_of(painter, option), 0.01)
        px = 1.0 / lod  # one device pixel in map units
        # Orthogonal lines and axis-aligned blocks: crisp without antialiasing,
        # and several times faster to fill.
        painter.setRenderHint(_AA, False)
        # opaque colours (the link grey over the canvas): the raster engine's
        # fast path for thin lines does not blend
        link_pen = T.cosmetic_pen(P.overview_link)
        link_pen_dim = T.cosmetic_pen(P.overview_link_dim)
        no_brush = Qt.BrushStyle.NoBrush
        groups = parts["groups"]
        held = self._pictures_for(parts["focus"])
        pictures = held[0]
        missing = [k for k in groups if k not in pictures]
        if missing or held[1] is None:
            self._make_statics(parts, missing)
            statics, dims = self._statics, parts["dim"]
            for key in missing:
                pictures[key] = self._group_picture(statics[key], dims)
            if held[1] is None:
                held[1] = self._cross_picture(self._cross_held, dims)
        links, links_dim, dots = held[1]
        painter.setBrush(no_brush)
        painter.setPen(link_pen)
        painter.drawPath(links)
        if not links_dim.isEmpty():
            painter.setPen(link_pen_dim)
            painter.drawPath(links_dim)
        # a partial repaint (``invalidate`` of a few groups) draws only those
        exposed = option.exposedRect if option is not None else QRectF()
        cells, pad = parts["cells"], parts["pad"]
        shown = []
        for key, group in groups.items():
            cell = cells.get(key)
            if (
                cell is None
                or exposed.isEmpty()
                or exposed.intersects(QRectF(cell.x - pad, cell.y - pad, cell.w + 2 * pad, cell.h + 2 * pad))
            ):
                shown.append((key, group))
        shadow, fill = T.colour(P.card_border), T.colour(P.card_fill)
        shadow_dim, fill_dim = T.colour(P.card_border, 90), T.colour(P.card_fill, 90)
        gold_c = T.colour(P.moment_of_truth)
        for key, group in shown:
            pic = pictures[key]
            bright, dim, gold, glinks, glinks_dim, gdots = pic
            ox, oy = group.x0, group.y0
            painter.translate(ox, oy)
            if not glinks.isEmpty():
                painter.setBrush(no_brush)
                painter.setPen(link_pen)
                painter.drawPath(glinks)
            if not glinks_dim.isEmpty():
                painter.setBrush(no_brush)
                painter.setPen(link_pen_dim)
                painter.drawPath(glinks_dim)
            painter.setPen(Qt.PenStyle.NoPen)
            if bright:
                painter.translate(px, px)  # a one-pixel shadow reads as the card's edge
                painter.setBrush(shadow)
                painter.drawRects(bright)
                painter.translate(-px, -px)
                painter.setBrush(fill)
                painter.drawRects(bright)
            if dim:
                painter.translate(px, px)
                painter.setBrush(shadow_dim)
                painter.drawRects(dim)
                painter.translate(-px, -px)
                painter.setBrush(fill_dim)
                painter.drawRects(dim)
            if gold:
                painter.setBrush(gold_c)
                painter.drawRects(gold)
            painter.translate(-ox, -oy)
        # badges last, over every card
        painter.setRenderHint(_AA, True)
        for key, group in shown:
            gdots = pictures[key][5]
            if gdots:
                painter.translate(group.x0, group.y0)
                self._draw_dots(painter, gdots)
                painter.translate(-group.x0, -group.y0)
        self._draw_dots(painter, dots)
