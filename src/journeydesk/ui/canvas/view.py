"""MapView: zoom, pan, rubber band, tools, and level-of-detail switching."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ...layout import style as S
from . import theme as T

MIN_ZOOM = 0.03
MAX_ZOOM = 4.0
FIT_MAX = 1.25  # fitting a tiny map does not blow it up past this
START_ZOOM = 0.6  # a map too big to read when fitted opens here, at its top-left
STEP = 1.25


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
        super().setScene(scene)
        if scene is not None:
            self._zoom_changed()
            if hasattr(scene, "set_tool"):
                scene.set_tool(self._tool)

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
