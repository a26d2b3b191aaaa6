"""MapView: zoom, pan, scroll bars, rubber band, tools, pinned header strips,
and the level-of-detail switch."""

from __future__ import annotations

import weakref
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QRegion, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from . import accessible, pinned
from . import theme as T
from .band import BandBatch
from .scene import MapScene

MIN_ZOOM = 0.03
MAX_ZOOM = 4.0
FIT_MAX = 1.25  # fitting a tiny map does not blow it up past this
START_ZOOM = 1.0  # a map opens at actual size when fitting it would make its text unreadable
STEP = 1.25
REVEAL_MARGIN = 40  # px kept around an item brought into view
EDGE = 28  # px from the viewport's edge where a drag scrolls the view
EDGE_STEP = 18  # px scrolled per tick at the very edge


class MapView(QGraphicsView):
    """The canvas view (objectName ``canvasView``).

    Ctrl+wheel zooms around the pointer, the wheel and the scroll bars scroll
    (within the map and a margin), space-drag or the middle button pans,
    dragging on empty canvas draws a rubber band (Ctrl adds to the selection),
    ``set_tool("link")`` turns presses on cards into link drags. A drag near an
    edge (a card, a palette item, a rubber band) scrolls the view."""

    zoomChanged = Signal(float)
    toolChanged = Signal(str)

    def __init__(self, scene: MapScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvasView")
        accessible.install()  # before anything asks for this view's interface
        self.setAccessibleName(self.tr("Journey map"))
        self.setAccessibleDescription(
            self.tr("Arrow keys move between cards and headers; Help > Keyboard Shortcuts lists every key.")
        )
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
        # link that happens to pass through (Delete would remove those too). The band
        # is an upright rectangle, so containing an item's bounds is containing its
        # shape, tested in C++: asking each item for its shape cost 1.7 s per band
        # over 10,000 cards (a Python call per card and a stroked path per link).
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemBoundingRect)
        self._band = BandBatch(self)  # the band's selection settled once, at its end
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Scroll bars like any editor's, shown when the map is larger than the view.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self._paint_context = T.EDITOR
        self.setBackgroundBrush(T.colour(self._paint_context.theme.canvas))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setMouseTracking(True)
        self._tool = "select"
        self._space = False
        self._panning: QPoint | None = None
        self._pinned_cache: tuple | None = None
        self._pinned_drawn: QRegion = QRegion()
        self._pinned_epoch = 0
        self._pinned_before: list | None = None
        self._doc_unsubscribe = None
        self._pinned_timer = QTimer(self)
        self._pinned_timer.setSingleShot(True)
        self._pinned_timer.setInterval(0)
        self._pinned_timer.timeout.connect(self._refresh_pinned)
        self._edge_timer = QTimer(self)
        self._edge_timer.setInterval(30)
        self._edge_timer.timeout.connect(self._edge_scroll)
        if scene is not None:
            self.setScene(scene)

    def map_scene(self) -> MapScene | None:
        scene = self.scene()
        return scene if isinstance(scene, MapScene) else None

    # ---------------------------------------------------------------- theme
    def theme(self):
        """The colours this view draws the map in (``layout.themes``)."""
        return self._paint_context.theme

    def set_theme(self, theme) -> None:
        """Draw the map in ``theme`` in this view (other views of the scene keep theirs)."""
        if theme == self._paint_context.theme:
            return
        self._paint_context = replace(self._paint_context, theme=theme)
        self.setBackgroundBrush(T.colour(theme.canvas))
        scene = self.map_scene()
        if scene is not None:
            scene.forget_pictures()
        self.viewport().update()

    def paintEvent(self, event) -> None:
        with T.painting(self._paint_context):
            super().paintEvent(event)

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
        delta = self.mapFromScene(fixed) - at.toPoint()
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
        scene = self.map_scene()
        if scene is None:
            return QRectF()
        return QRectF(0, 0, scene.layout.width, scene.layout.height)

    def fit_zoom(self) -> float:
        """The zoom at which the whole map, with the scene's margin round it,
        fits the viewport (so no scroll bar shows at fit)."""
        scene = self.map_scene()
        vp = self.viewport()
        if scene is None or vp.width() < 2 or vp.height() < 2:
            return 1.0
        rect = scene.sceneRect()
        return max(MIN_ZOOM, min(FIT_MAX, (vp.width() - 2) / rect.width(), (vp.height() - 2) / rect.height()))

    def show_start(self) -> None:
        """Where a map opens: the whole map when its card text is still drawn at
        that zoom; else its top-left corner (title, first stages, lane headers)
        at actual size, instead of a wall of blank blocks."""
        if self.fit_zoom() >= T.LOD_CARD_TEXT:
            self.fit()
            return
        rect = self.map_rect()
        self.set_zoom(START_ZOOM)
        vp = self.viewport()
        k = self.zoom()
        self.centerOn(rect.left() + vp.width() / 2 / k, rect.top() + vp.height() / 2 / k)
        self._zoom_changed()

    def fit(self) -> None:
        """Show the whole map."""
        scene = self.map_scene()
        if scene is None:
            return
        self.set_zoom(self.fit_zoom())
        self.centerOn(scene.sceneRect().center())
        self._zoom_changed()

    def reveal(self, scene_rect: QRectF) -> None:
        """Scroll so ``scene_rect`` is in view, clear of the pinned header strips."""
        self.ensureVisible(scene_rect, REVEAL_MARGIN, REVEAL_MARGIN)
        left, top = pinned.insets(self.pinned_headers())
        r = self.mapFromScene(scene_rect).boundingRect()
        dx = min(0, r.left() - REVEAL_MARGIN // 2 - round(left))
        dy = min(0, r.top() - REVEAL_MARGIN // 2 - round(top))
        if dx:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        if dy:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def _zoom_changed(self) -> None:
        scene = self.map_scene()
        if scene is not None and scene.views() and scene.views()[0] is self:
            scene.set_overview_mode(self.zoom() < T.LOD_OVERVIEW)
        self.zoomChanged.emit(self.zoom())

    def setScene(self, scene) -> None:
        if self._doc_unsubscribe is not None:
            self._doc_unsubscribe()
            self._doc_unsubscribe = None
        self._pinned_cache = None
        super().setScene(scene)
        if isinstance(scene, MapScene):
            # Weakly: the document must not keep a closed view alive.
            ref = weakref.WeakMethod(self._on_doc_change)

            def listener(change, ref=ref) -> None:
                method = ref()
                if method is not None:
                    method(change)

            self._doc_unsubscribe = scene.doc.subscribe(listener)
            self._zoom_changed()
            scene.set_tool(self._tool)
            scene.keyboard_focus.set_view_focused(self.hasFocus())

    # ---------------------------------------------------------------- pinned headers
    def pinned_headers(self) -> pinned.Pinned:
        """The header copies pinned to the viewport's edges, as (kind, id, rect in
        viewport coordinates, name)."""
        scene = self.map_scene()
        if scene is None:
            return []
        t = self.transform()
        vp = self.viewport()
        key = (
            id(scene.layout),
            self._pinned_epoch,
            t.m11(),
            t.m22(),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            vp.width(),
            vp.height(),
        )
        if self._pinned_cache is not None and self._pinned_cache[0] == key:
            return self._pinned_cache[1]
        out = pinned.compute(self, scene.layout, scene.doc)
        self._pinned_cache = (key, out)
        return out

    def pinned_region(self) -> QRegion:
        """The part of the viewport the pinned strips cover now."""
        return pinned.region(self.pinned_headers())

    def pinned_at(self, pos: QPoint) -> str | None:
        """The stage or lane whose pinned copy is under a viewport point."""
        for _kind, item_id, r, _name in self.pinned_headers():
            if r.contains(QPointF(pos)):
                return item_id
        return None

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        shown = self.pinned_headers()
        region = pinned.region(shown)
        self._pinned_drawn = region
        if not shown:
            return
        exposed = self.mapFromScene(rect).boundingRect().adjusted(-2, -2, 2, 2)
        if region.intersects(exposed):  # (a drag step elsewhere: nothing pinned to redraw)
            pinned.draw(painter, shown, exposed)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        before = self._pinned_drawn
        super().scrollContentsBy(dx, dy)
        # The scroll blitted the old pinned copies along with the map: repaint
        # where they were moved to, and where they are now (strips only).
        now = self.pinned_region()
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
            self.viewport().update(pinned.region(old) + pinned.region(new))

    # ---------------------------------------------------------------- scrolling
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta:
                self.set_zoom(self.zoom() * (1.0015**delta), anchor=event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def _edge_speed(self, pos: QPoint) -> tuple[int, int]:
        """Scroll step for a pointer at viewport point ``pos`` (0 away from the edges)."""
        vp = self.viewport()

        def axis(p: int, size: int) -> int:
            if p < EDGE:
                return -max(2, round(EDGE_STEP * (EDGE - p) / EDGE))
            if p > size - EDGE:
                return max(2, round(EDGE_STEP * (p - (size - EDGE)) / EDGE))
            return 0

        return axis(pos.x(), vp.width()), axis(pos.y(), vp.height())

    def _track_edge(self, pos: QPoint) -> None:
        if self._edge_speed(pos) != (0, 0):
            if not self._edge_timer.isActive():
                self._edge_timer.start()
        else:
            self._edge_timer.stop()

    def _edge_scroll(self) -> None:
        """While a drag rests near an edge: scroll, and tell the drag the pointer
        is over new ground (so drop markers and targets follow)."""
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        dx, dy = self._edge_speed(pos)
        inside = self.viewport().rect().adjusted(-EDGE, -EDGE, EDGE, EDGE).contains(pos)
        if (dx, dy) == (0, 0) or not inside:
            self._edge_timer.stop()
            return
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        before = (h.value(), v.value())
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        if (h.value(), v.value()) == before:
            return
        buttons = QGuiApplication.mouseButtons()
        if buttons & Qt.MouseButton.LeftButton and self._panning is None:
            move = QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(pos),
                QPointF(QCursor.pos()),
                Qt.MouseButton.NoButton,
                buttons,
                QGuiApplication.keyboardModifiers(),
            )
            self.mouseMoveEvent(move)

    def dragMoveEvent(self, event) -> None:
        super().dragMoveEvent(event)
        self._track_edge(event.position().toPoint())

    def dragLeaveEvent(self, event) -> None:
        self._edge_timer.stop()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self._edge_timer.stop()
        super().dropEvent(event)

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
        scene = self.map_scene()
        if scene is not None:
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

    # ---------------------------------------------------------------- keys and panning
    def _editing(self) -> bool:
        scene = self.map_scene()
        return scene is not None and scene.is_editing()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.key() == Qt.Key.Key_Space and plain and not self._editing():
            if not event.isAutoRepeat():
                self._space = True
                self._update_cursor()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._tool == "link" and not self._editing():
            scene = self.map_scene()
            if not (scene is not None and scene.input is not None and scene.input.cancel_gesture()):
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

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        scene = self.map_scene()
        if scene is not None:
            scene.keyboard_focus.view_focus_in(event.reason())

    def focusOutEvent(self, event) -> None:
        self._space = False
        self._update_cursor()
        super().focusOutEvent(event)
        scene = self.map_scene()
        if scene is not None:
            scene.keyboard_focus.set_view_focused(False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space
        ):
            self._panning = event.position().toPoint()
            self._update_cursor()
            event.accept()
            return
        header = (
            self.pinned_at(event.position().toPoint())
            if event.button() == Qt.MouseButton.LeftButton
            else None
        )
        scene = self.map_scene()
        if header is not None and scene is not None:
            # The pinned copy stands for its header: a click selects it, and
            # never reaches the cards hidden under the strip.
            scene.select_ids([header])
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
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._track_edge(event.position().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._edge_timer.stop()
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
