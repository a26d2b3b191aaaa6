"""MapView: zoom, pan, rubber band, tools, and level-of-detail switching."""

from __future__ import annotations

import math
import weakref

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QRegion, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ...layout import style as S
from . import theme as T

MIN_ZOOM = 0.03
MAX_ZOOM = 4.0
FIT_MAX = 1.25  # fitting a tiny map does not blow it up past this
START_ZOOM = 0.6  # a map too big to read when fitted opens here, at its top-left
STEP = 1.25
PINNED_LANE_WIDTH = 132  # px: the pinned lane-name column (names only, elided)
PINNED_PAD = 8  # px: text padding inside a pinned header


class MapView(QGraphicsView):
    """The canvas view (objectName ``canvasView``).

    Ctrl+wheel zooms around the pointer, space-drag or the middle button pans,
    dragging on empty canvas draws a rubber band (Ctrl adds to the selection),
    ``set_tool("link")`` turns presses on cards into link drags."""

    zoomChanged = Signal(float)
    toolChanged = Signal(str)

    def __init__(self, scene=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvasView")
        self.setAccessibleName("Journey map")
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        # Repaint only what changed (never the whole viewport on a drag step).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
            | QGraphicsView.OptimizationFlag.DontSavePainterState
        )
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        # Only what the band wholly covers: banding two cards must not pick up every
        # link that happens to pass through (Delete would remove those too).
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A canvas, not a document: pan with space-drag, the middle button or the
        # wheel / trackpad; no scroll bars eating the projected picture.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setBackgroundBrush(T.colour(S.CANVAS))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setMouseTracking(True)
        self._tool = "select"
        self._space = False
        self._panning: QPoint | None = None
        # Pinned (frozen-pane) header copies: what was last drawn, a cache of the
        # computation and a coalescing timer for document changes.
        self._pinned_cache: tuple | None = None
        self._pinned_drawn: QRegion = QRegion()
        self._pinned_epoch = 0
        self._pinned_before: list | None = None
        self._doc_unsubscribe = None
        self._pinned_timer = QTimer(self)
        self._pinned_timer.setSingleShot(True)
        self._pinned_timer.setInterval(0)
        self._pinned_timer.timeout.connect(self._refresh_pinned)
        if scene is not None:
            self.setScene(scene)

    # ---------------------------------------------------------------- zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` (1.0 = actual size), keeping the point at ``anchor``
        (viewport coordinates; default: the centre) where it is."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        vp = self.viewport()
        at = QPointF(anchor) if anchor is not None else QPointF(vp.width() / 2, vp.height() / 2)
        fixed = self.mapToScene(at.toPoint())
        old_anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor / current, factor / current)
        self.setTransformationAnchor(old_anchor)
        # scroll so the fixed scene point is back under the anchor
        now = self.mapFromScene(fixed)
        delta = now - at.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + delta.y())
        self._zoom_changed()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def map_rect(self) -> QRectF:
        scene = self.scene()
        layout = getattr(scene, "layout", None)
        if layout is not None:
            return QRectF(0, 0, layout.width, layout.height)
        return scene.itemsBoundingRect() if scene is not None else QRectF()

    def show_start(self) -> None:
        """Where a map opens: the whole map when its cards are still readable at
        that zoom; else its top-left corner (title, first stages, lane headers) at
        the zoom where card text reads, instead of a wall of blank blocks."""
        self.fit()
        if self.zoom() >= T.LOD_OVERVIEW:
            return
        rect = self.map_rect()
        self.set_zoom(START_ZOOM)
        vp = self.viewport()
        k = self.zoom()
        self.centerOn(rect.left() + vp.width() / 2 / k, rect.top() + vp.height() / 2 / k)
        self._zoom_changed()

    def fit(self) -> None:
        """Show the whole map."""
        rect = self.map_rect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > FIT_MAX:
            self.set_zoom(FIT_MAX)
        elif self.zoom() < MIN_ZOOM:
            self.set_zoom(MIN_ZOOM)
        self.centerOn(rect.center())
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        scene = self.scene()
        if (
            scene is not None
            and hasattr(scene, "set_overview_mode")
            and scene.views()
            and scene.views()[0] is self
        ):
            scene.set_overview_mode(self.zoom() < T.LOD_OVERVIEW)
        self.zoomChanged.emit(self.zoom())

    def setScene(self, scene) -> None:
        if self._doc_unsubscribe is not None:
            self._doc_unsubscribe()
            self._doc_unsubscribe = None
        self._pinned_cache = None
        super().setScene(scene)
        doc = getattr(scene, "doc", None)
        if doc is not None and hasattr(doc, "subscribe"):
            # Weakly: the document must not keep a closed view alive.
            ref = weakref.WeakMethod(self._on_doc_change)

            def listener(change, ref=ref) -> None:
                method = ref()
                if method is not None:
                    method(change)

            self._doc_unsubscribe = doc.subscribe(listener)
        if scene is not None:
            self._zoom_changed()
            if hasattr(scene, "set_tool"):
                scene.set_tool(self._tool)

    # ---------------------------------------------------------------- pinned headers
    def _pinned_geometry(self) -> tuple[float, float]:
        """(height of the pinned stage strip, width of the pinned lane column) in px."""
        fm = T.Fonts.get().fm_lane
        return float(math.ceil(fm.height()) + 2 * PINNED_PAD - 4), float(PINNED_LANE_WIDTH)

    def pinned_headers(self) -> list[tuple[str, str, QRectF, str]]:
        """The header copies pinned to the viewport's edges, as (kind, id, rect in
        viewport coordinates, name): stages along the top while the stage header
        row is scrolled (all but a sliver) above the viewport, lanes down the left
        while the lane header column is left of it. None in the overview."""
        scene = self.scene()
        layout = getattr(scene, "layout", None)
        doc = getattr(scene, "doc", None)
        if layout is None or doc is None:
            return []
        t = self.transform()
        vp = self.viewport()
        w, h = vp.width(), vp.height()
        key = (
            id(layout),
            self._pinned_epoch,
            t.m11(),
            t.m22(),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            w,
            h,
        )
        if self._pinned_cache is not None and self._pinned_cache[0] == key:
            return self._pinned_cache[1]
        out = self._compute_pinned(layout, doc, w, h)
        self._pinned_cache = (key, out)
        return out

    def _compute_pinned(self, layout, doc, w: int, h: int) -> list[tuple[str, str, QRectF, str]]:
        if self.zoom() < T.LOD_OVERVIEW or not layout.stage_headers or not layout.lane_headers:
            return []
        strip_h, col_w = self._pinned_geometry()
        t = self.viewportTransform()
        grid = layout.grid
        g = t.mapRect(QRectF(grid.x, grid.y, grid.w, grid.h))
        if g.right() <= 0 or g.left() >= w or g.bottom() <= 0 or g.top() >= h:
            return []  # the grid is out of view: nothing to label
        first_stage = next(iter(layout.stage_headers.values()))
        first_lane = next(iter(layout.lane_headers.values()))
        # Pinned once the real header is partly scrolled off and shows less than
        # the pinned copy would (and some of the grid is left to label).
        st = t.mapRect(QRectF(first_stage.x, first_stage.y, first_stage.w, first_stage.h))
        la = t.mapRect(QRectF(first_lane.x, first_lane.y, first_lane.w, first_lane.h))
        stages_out = st.top() < 0 and st.bottom() < strip_h and g.bottom() > strip_h
        lanes_out = la.left() < 0 and la.right() < col_w and g.right() > col_w
        nodes = doc.graph.nodes
        out: list[tuple[str, str, QRectF, str]] = []
        if stages_out:
            left = col_w if lanes_out else 0.0
            for sid, r in layout.stage_headers.items():
                x0 = max(t.map(QPointF(r.x, 0)).x(), left)
                x1 = min(t.map(QPointF(r.x + r.w, 0)).x(), float(w))
                if x1 - x0 >= 1:
                    out.append(("stage", sid, QRectF(x0, 0, x1 - x0, strip_h), nodes[sid].get("name", "")))
        if lanes_out:
            top = strip_h if stages_out else 0.0
            for lid, r in layout.lane_headers.items():
                y0 = max(t.map(QPointF(0, r.y)).y(), top)
                y1 = min(t.map(QPointF(0, r.y + r.h)).y(), float(h))
                if y1 - y0 >= 1:
                    out.append(("lane", lid, QRectF(0, y0, col_w, y1 - y0), nodes[lid].get("name", "")))
        return out

    @staticmethod
    def _pinned_region(pinned) -> QRegion:
        region = QRegion()
        for _kind, _id, r, _name in pinned:
            region += r.toAlignedRect()
        return region

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        pinned = self.pinned_headers()
        region = self._pinned_region(pinned)
        self._pinned_drawn = region
        if not pinned:
            return
        exposed = self.mapFromScene(rect).boundingRect().adjusted(-2, -2, 2, 2)
        if not region.intersects(exposed):
            return  # a drag step elsewhere: nothing pinned to redraw
        f = T.Fonts.get()
        fm = f.fm_lane
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(f.lane)
        stage_fill, stage_ink = T.colour(S.STAGE_HEADER), T.colour(S.STAGE_HEADER_INK)
        lane_fill, lane_ink = T.colour(S.LANE_HEADER), T.colour(S.INK)
        rule = T.colour(S.CARD_BORDER)
        for kind, _id, r, name in pinned:
            if not r.toAlignedRect().intersects(exposed):
                continue
            stage = kind == "stage"
            painter.fillRect(r, stage_fill if stage else lane_fill)
            painter.setPen(rule if not stage else T.colour(S.STAGE_HEADER_INK, 60))
            if stage:
                painter.drawLine(
                    QPointF(r.right() - 0.5, r.top() + 4), QPointF(r.right() - 0.5, r.bottom() - 4)
                )
            else:
                painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
                painter.drawLine(QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom()))
            text = fm.elidedText(
                name or ("Untitled stage" if stage else "Untitled lane"),
                Qt.TextElideMode.ElideRight,
                r.width() - 2 * PINNED_PAD,
            )
            if not text:
                continue
            painter.setPen(stage_ink if stage else lane_ink)
            baseline = (
                r.top() + (r.height() + fm.ascent() - fm.descent()) / 2
                if stage
                else r.top() + PINNED_PAD + fm.ascent()
            )
            painter.drawText(QPointF(r.left() + PINNED_PAD, baseline), text)
        kinds = {p[0] for p in pinned}
        if kinds == {"stage", "lane"}:
            strip_h, col_w = self._pinned_geometry()
            corner = QRectF(0, 0, col_w, strip_h)
            if corner.toAlignedRect().intersects(exposed):
                painter.fillRect(corner, stage_fill)
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        before = self._pinned_drawn
        super().scrollContentsBy(dx, dy)
        # The scroll blitted the old pinned copies along with the map: repaint
        # where they were moved to, and where they are now (strips only).
        now = self._pinned_region(self.pinned_headers())
        if before.isEmpty() and now.isEmpty():
            return
        self.viewport().update(before.translated(dx, dy) + before + now)

    def _on_doc_change(self, _change) -> None:
        # Runs once per document event (thousands in a big undo): keep it to a flag.
        self._pinned_epoch += 1
        if self._pinned_before is not None:
            return
        self._pinned_before = self._pinned_cache[1] if self._pinned_cache is not None else []
        try:
            self._pinned_timer.start()
        except RuntimeError:  # the view is gone
            if self._doc_unsubscribe is not None:
                self._doc_unsubscribe()
                self._doc_unsubscribe = None

    def _refresh_pinned(self) -> None:
        """After a document change (a rename, a relayout): repaint the pinned
        copies if what they show changed; a card edit repaints nothing here."""
        old, self._pinned_before = self._pinned_before, None
        new = self.pinned_headers()
        if old != new:
            self.viewport().update(self._pinned_region(old) + self._pinned_region(new))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta:
                self.set_zoom(self.zoom() * (1.0015**delta), anchor=event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # ---------------------------------------------------------------- tools
    def tool(self) -> str:
        return self._tool

    def set_tool(self, tool: str) -> None:
        """ "select" (default) or "link" (press on a card, release on another)."""
        if tool not in ("select", "link"):
            raise ValueError(f"unknown tool {tool!r}")
        if tool == self._tool:
            return
        self._tool = tool
        scene = self.scene()
        if scene is not None and hasattr(scene, "set_tool"):
            scene.set_tool(tool)
        self._update_cursor()
        self.toolChanged.emit(tool)

    def _update_cursor(self) -> None:
        if self._panning is not None:
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        elif self._space:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif self._tool == "link":
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.viewport().unsetCursor()

    # ---------------------------------------------------------------- panning
    def _editing(self) -> bool:
        scene = self.scene()
        return bool(scene is not None and hasattr(scene, "is_editing") and scene.is_editing())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not self._editing():
            if not event.isAutoRepeat():
                self._space = True
                self._update_cursor()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._tool == "link" and not self._editing():
            scene = self.scene()
            if not (scene is not None and hasattr(scene, "cancel_gesture") and scene.cancel_gesture()):
                self.set_tool("select")
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self._update_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:
        self._space = False
        self._update_cursor()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space
        ):
            self._panning = event.position().toPoint()
            self._update_cursor()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            p = event.position().toPoint()
            d = p - self._panning
            self._panning = p
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - d.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - d.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._panning = None
            self._update_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        # Keep Tab for the title editor (commit) rather than focus traversal.
        tab = event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if tab and self._editing():
            self.keyPressEvent(event)
            return True
        return super().event(event)
