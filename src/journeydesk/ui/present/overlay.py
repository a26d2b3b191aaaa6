"""What the presentation draws over the map: the dimming that puts one stage
(or one persona's path, or one hotspot) forward, the title and progress bars,
the lane names beside a stage, the stage numbers over the overview, and the
panels (``panels.py``).

Painted in viewport pixels from the view's ``drawForeground``, so the map
under it stays the editor's own items; the map-space marks follow the view's
transform frame by frame during an animation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap, QRadialGradient, QRegion

from ...present import EMPTY, FRICTIONS, HOTSPOT, OVERVIEW, PERSONA, STAGE, TOUCHPOINT, WALK
from ...present.framing import stage_rect
from . import hud as H
from . import panels
from .ink import Ink, colour

_AA = QPainter.RenderHint.Antialiasing
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Overlay:
    """Paints the overlay of ``presentation`` over ``view``.

    The parts that stay put on screen (bars, panels, notes, the key list) are
    painted once into a picture after each change of the presentation and
    blitted on every frame, over the marks that follow the map (the dimming,
    the lane names, the stage numbers, the walk's numbers), drawn live."""

    def __init__(self, presentation, view) -> None:
        self.pres = presentation
        self.view = view
        self._ink: Ink | None = None
        self._still: QPixmap | None = None
        presentation.changed.connect(self.forget)

    def forget(self) -> None:
        self._still = None

    def ink(self) -> Ink:
        pres = self.pres
        if self._ink is None or self._ink.hud != pres.hud or self._ink.p != pres.theme:
            self._ink = Ink(pres.hud, pres.theme)
        return self._ink

    def __call__(self, painter: QPainter) -> None:
        pres = self.pres
        if not pres.tour.steps:
            return
        if pres.blank:
            painter.fillRect(
                self.view.viewport().rect(), colour("#000000" if pres.blank == "black" else "#FFFFFF")
            )
            return
        ink = self.ink()
        step = pres.step
        painter.setRenderHint(_AA, True)
        self.t = self.view.viewportTransform()
        self.map_marks(painter, ink, step)
        # what follows the map first, so the panels and the key list cover it
        if step.kind == OVERVIEW:
            self.stage_numbers(painter, ink)
        elif step.kind == STAGE:
            self.lane_band(painter, ink)
            self.lane_column(painter, ink)
        painter.drawPixmap(0, 0, self.still(ink, step))
        if pres.toggles["pointer"] and self.view.pointer is not None:
            self.pointer_spot(painter, ink, self.view.pointer)

    def still(self, ink: Ink, step) -> QPixmap:
        """The overlay's parts that do not move with the map, painted once."""
        vp = self.view.viewport()
        dpr = vp.devicePixelRatioF()
        size = (round(vp.width() * dpr), round(vp.height() * dpr))
        if self._still is not None and (self._still.width(), self._still.height()) == size:
            return self._still
        pixmap = QPixmap(*size)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHints(_AA | QPainter.RenderHint.TextAntialiasing)
        try:
            self.paint_still(painter, ink, step)
        finally:
            painter.end()
        self._still = pixmap
        return pixmap

    def paint_still(self, painter: QPainter, ink: Ink, step) -> None:
        pres = self.pres
        if step.kind == OVERVIEW:
            self.overview_band(painter, ink, step)
        else:
            self.top_bar(painter, ink, step)
        if step.kind in (PERSONA, TOUCHPOINT):
            panels.persona_panel(painter, ink, pres, step)
            panels.emotion_curve(painter, ink, pres, step)
        elif step.kind == HOTSPOT:
            panels.hotspot_panel(painter, ink, pres, step)
        if pres.toggles["metrics"]:
            panels.metrics_panel(painter, ink, pres, step)
        if pres.toggles["notes"]:
            panels.notes_strip(painter, ink, pres, step)
        self.bottom_bar(painter, ink, step)
        if pres.chooser:
            panels.chooser(painter, ink, pres)
        if pres.help:
            panels.help_panel(painter, ink, pres)
        if pres.toast:
            panels.toast(painter, ink, pres.toast)

    # ------------------------------------------------------------ map-space marks
    def mapped(self, r) -> QRectF:
        return self.t.mapRect(QRectF(r.x, r.y, r.w, r.h))

    def map_marks(self, painter: QPainter, ink: Ink, step) -> None:
        pres, p = self.pres, ink.p
        layout = pres.layout
        dim = colour(p.canvas, 170)
        if step.kind == STAGE and step.stage in layout.stage_columns:
            self._spotlight(painter, [stage_rect(layout, step.stage)], dim, rounded=False)
        elif step.kind in (PERSONA, TOUCHPOINT) and pres.tour.kind == WALK:
            self._spotlight(painter, [layout.cards[tp] for tp in pres.tour.path if tp in layout.cards], dim)
            self._path_numbers(painter, ink, step)
        elif step.kind == HOTSPOT and pres.tour.kind == FRICTIONS:
            self._spotlight(painter, [step.focus], colour(p.canvas, 120))
        if step.kind in (TOUCHPOINT, HOTSPOT):
            r = self.mapped(step.focus).adjusted(-ink.px(6), -ink.px(6), ink.px(6), ink.px(6))
            pen = QPen(colour(p.accent), ink.px(5))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = ink.px(14)
            painter.drawRoundedRect(r, radius, radius)

    def _spotlight(self, painter: QPainter, rects, fill, rounded: bool = True) -> None:
        """Dim everything but ``rects``: the viewport less the holes, as a handful
        of plain rectangles (blending rectangles is the raster engine's fast path;
        a shape with holes costs a whole-screen path fill per frame)."""
        region = QRegion(self.view.viewport().rect())
        pad = 3 if rounded else 0
        for r in rects:
            q = self.mapped(r).adjusted(-pad, -pad, pad, pad)
            region -= QRegion(q.toAlignedRect())
        for r in region:
            painter.fillRect(r, fill)

    def _path_numbers(self, painter: QPainter, ink: Ink, step) -> None:
        """Numbers on the path's cards up to the current one: where the walk has been."""
        pres = self.pres
        layout = pres.layout
        upto = step.number if step.kind == TOUCHPOINT else 0
        persona = pres.doc.graph.nodes.get(step.persona or "", {})
        tint = persona.get("colour", ink.p.accent)
        size = 17
        font, fm = ink.font(size, True)
        painter.setFont(font)
        for i, tp in enumerate(pres.tour.path[:upto], 1):
            r = self.mapped(layout.cards[tp])
            d = max(fm.height() + ink.px(6), fm.horizontalAdvance(str(i)) + ink.px(12))
            c = QRectF(r.left() - d / 3, r.top() - d / 3, d, d)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(tint))
            painter.drawEllipse(c)
            painter.setPen(colour("#FFFFFF"))
            painter.drawText(c, int(Qt.AlignmentFlag.AlignCenter), str(i))

    # ------------------------------------------------------------ bars
    def top_bar(self, painter: QPainter, ink: Ink, step) -> None:
        w = self.view.viewport().width()
        h = ink.px(H.TOP_BAR)
        ink.band(painter, QRectF(0, 0, w, h))
        x = ink.px(H.SIDE)
        room = w - 2 * x
        title_h = ink.line_height(38, True)
        top = (h - title_h - (ink.line_height(20) if step.subtitle else 0)) / 2
        y = ink.text(painter, x, top, step.title, 38, ink.p.ink, True, room)
        if step.subtitle:
            ink.text(painter, x, y, step.subtitle, 20, ink.p.ink_soft, False, room)
        painter.fillRect(QRectF(0, h - ink.px(3), w, ink.px(3)), colour(ink.p.accent))

    def overview_band(self, painter: QPainter, ink: Ink, step) -> None:
        pres = self.pres
        w = self.view.viewport().width()
        h = ink.px(H.OVERVIEW_BAND)
        ink.band(painter, QRectF(0, 0, w, h))
        x = ink.px(H.SIDE + 12)
        room = w - 2 * x - (ink.px(H.METRICS) if pres.toggles["metrics"] else 0)
        y = ink.text(painter, x, ink.px(24), step.title, 56, ink.p.ink, True, room)
        y = ink.text(painter, x, y + ink.px(4), step.subtitle, 24, ink.p.ink_soft, False, room)
        description = pres.doc.meta["description"].strip()
        if description:
            ink.text(painter, x, y + ink.px(8), description, 22, ink.p.ink, False, room, max_lines=2)

    def stage_numbers(self, painter: QPainter, ink: Ink) -> None:
        """Over the overview: each stage's number (the key that jumps to it) and name."""
        pres = self.pres
        layout = pres.layout
        nodes = pres.doc.graph.nodes
        stages = [s for s in pres.doc.stages() if s in layout.stage_headers]
        size = 20
        lh = ink.line_height(size, True)
        for n, stage in enumerate(stages, 1):
            r = self.mapped(layout.stage_headers[stage])
            label = str(n)
            d = lh + ink.px(8)
            pill = QRectF(r.left() + ink.px(4), r.center().y() - d / 2, r.width() - ink.px(8), d)
            ink.panel(painter, pill, 236, 8)
            circle = QRectF(pill.left() + ink.px(4), pill.top() + ink.px(4), d - ink.px(8), d - ink.px(8))
            painter.setBrush(colour(ink.p.stage_header))
            painter.drawEllipse(circle)
            font, _ = ink.font(size - 2, True)
            painter.setFont(font)
            painter.setPen(colour(ink.p.stage_header_ink))
            painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), label)
            name = nodes[stage]["name"] or translate("Presentation", "Untitled stage")
            x = circle.right() + ink.px(8)
            ink.text(
                painter, x, pill.top() + ink.px(4), name, size, ink.p.ink, True, pill.right() - x - ink.px(6)
            )

    def _lane_column_box(self, ink: Ink) -> tuple[float, float, float]:
        """(right edge, top, bottom) of the lane-name column. It reaches to the
        stage where the step leaves it on screen, so nothing left of the stage
        (the map's own lane headers, cut by the screen's edge) shows beside it."""
        pres = self.pres
        vp = self.view.viewport()
        col = ink.px(H.LANE_COLUMN) - ink.px(12)
        step = pres.step
        if step.kind == STAGE and step.stage in pres.layout.stage_columns:
            area = pres.hud.screens().stage.area
            left = area.cx + (stage_rect(pres.layout, step.stage).x - step.focus.cx) * step.zoom
            col = min(max(col, left - ink.px(2)), vp.width() * 0.4)
        return col, ink.px(H.TOP_BAR), vp.height() - pres.hud.bottom

    def lane_band(self, painter: QPainter, ink: Ink) -> None:
        col, top, bottom = self._lane_column_box(ink)
        ink.band(painter, QRectF(0, top, col, bottom - top))

    def lane_column(self, painter: QPainter, ink: Ink) -> None:
        """The lane names down the left, level with the lanes on screen."""
        pres = self.pres
        layout = pres.layout
        nodes = pres.doc.graph.nodes
        col, top, bottom = self._lane_column_box(ink)
        for lane, r in layout.lane_rows.items():
            q = self.mapped(r)
            y0, y1 = max(q.top(), top), min(q.bottom(), bottom)
            if y1 - y0 < ink.px(30):
                continue
            painter.fillRect(
                QRectF(col - ink.px(4), y0 + 2, ink.px(4), y1 - y0 - 4), colour(ink.p.lane_header)
            )
            painter.fillRect(QRectF(0, y0, col, 1), colour(ink.p.grid))
            name = nodes[lane]["name"] or translate("Presentation", "Untitled lane")
            lines = max(1, min(3, int((y1 - y0 - ink.px(16)) // ink.line_height(20, True))))
            ink.text(
                painter, ink.px(16), y0 + ink.px(10), name, 20, ink.p.lane_ink, True, col - ink.px(28), lines
            )

    def bottom_bar(self, painter: QPainter, ink: Ink, step) -> None:
        pres = self.pres
        vp = self.view.viewport()
        w, h = vp.width(), ink.px(H.BOTTOM_BAR)
        top = vp.height() - h
        ink.band(painter, QRectF(0, top, w, h))
        x = ink.px(H.SIDE)
        text_top = top + (h - ink.line_height(20, True)) / 2
        ink.text(painter, x, text_top, step.progress, 20, ink.p.ink, True, w * 0.35)
        right = self._tour_name(step)
        ink.text(painter, w - x, text_top, right, 18, ink.p.ink_soft, align="right")
        # one segment per step of the tour, the current one lit
        n = len(pres.tour.steps)
        if n > 1:
            span = min(w * 0.36, n * ink.px(26))
            gap = min(ink.px(6), span / n / 3)
            seg = (span - gap * (n - 1)) / n
            sx = (w - span) / 2
            cy = top + h / 2
            for i in range(n):
                lit = i == pres.index
                painter.fillRect(
                    QRectF(sx + i * (seg + gap), cy - ink.px(4 if lit else 2), seg, ink.px(8 if lit else 4)),
                    colour(ink.p.accent if lit else ink.p.ink_faint, 255 if lit or i < pres.index else 110),
                )

    def _tour_name(self, step) -> str:
        pres = self.pres
        hint = translate("Presentation", "? keys")
        if pres.tour.kind == WALK and step.persona in pres.doc:
            name = pres.doc.graph.nodes[step.persona]["name"] or translate("Presentation", "Persona")
            return translate("Presentation", "{persona}: walk-through").format(persona=name) + "   " + hint
        if pres.tour.kind == FRICTIONS or step.kind == EMPTY:
            return translate("Presentation", "Friction tour") + "   " + hint
        return hint

    def pointer_spot(self, painter: QPainter, ink: Ink, at: QPointF) -> None:
        r = ink.px(H.POINTER)
        g = QRadialGradient(at, r)
        g.setColorAt(0.0, colour("#FFD23F", 150))
        g.setColorAt(0.35, colour("#FFD23F", 95))
        g.setColorAt(1.0, colour("#FFD23F", 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(g)
        painter.drawEllipse(at, r, r)
