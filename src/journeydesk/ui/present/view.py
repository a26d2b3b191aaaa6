"""The presentation's view of the editor's scene: read-only, drawn in the
presentation's theme with no selection chrome, moved between steps by a short
animation, with the overlay painted over it.

It is a second QGraphicsView on the same MapScene: it delivers no input to the
scene (``setInteractive(False)``: no selection, no hover, no drags), so a stray
click or drag changes nothing, and the editor's view keeps its zoom, scroll
and selection untouched. Per-view drawing goes through the canvas's
``PaintContext`` (theme, chrome, toggles, the zoom card text needs).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsView

from ..canvas import theme as T

DURATION_MS = 350  # a step's move (300-400 ms reads as smooth, not slow)
ROOM = 100_000.0  # scene margin so any point can be centred
AT_REST = (
    QPainter.RenderHint.Antialiasing
    | QPainter.RenderHint.TextAntialiasing
    | QPainter.RenderHint.SmoothPixmapTransform
)
# While a step's move plays, shapes are drawn without antialiasing (about a fifth
# less work per frame; nobody reads edges in motion); text keeps it.
MOVING = QPainter.RenderHint.TextAntialiasing


class PresenterView(QGraphicsView):
    """``arrived``: an animation (or a jump) ended at its step. ``keyPressed`` and
    the pointer are handed to the owner; nothing reaches the scene."""

    arrived = Signal()
    pointerMoved = Signal(QPointF)
    resized = Signal(int, int)  # the viewport's new size

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("presentView")
        self.setAccessibleName(self.tr("Presentation"))
        self.setInteractive(False)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setRenderHints(AT_REST)
        # Every frame of a move repaints it all anyway: no scroll blits to keep up.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
            | QGraphicsView.OptimizationFlag.DontSavePainterState
        )
        self.setSceneRect(QRectF(-ROOM, -ROOM, 2 * ROOM, 2 * ROOM))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.context = replace(T.EDITOR, chrome=False, map_title=False)
        self.overlay: Callable[[QPainter], None] | None = None
        self.key_handler: Callable[[object], bool] | None = None
        self.pointer: QPointF | None = None  # viewport px, while the pointer is over the view
        self._from: tuple[float, float, float, float, float] | None = None
        self._to: tuple[float, float, float, float, float] = (0.0, 0.0, 1.0, 0.0, 0.0)
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(DURATION_MS)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._frame)
        self.animation.finished.connect(self._finished)

    # ------------------------------------------------------------ drawing
    def set_context(self, **changes) -> None:
        """Change how this view draws (theme, toggles): items drop their pictures
        when what they draw changes."""
        before = self.context
        self.context = replace(self.context, **changes)
        if self.context == before:
            return
        if self.context.theme != before.theme:
            self.setBackgroundBrush(T.colour(self.context.theme.canvas))
        if (self.context.theme, self.context.badges, self.context.curves) != (
            before.theme,
            before.badges,
            before.curves,
        ):
            self.scene().forget_pictures()
        self.viewport().update()

    def paintEvent(self, event) -> None:
        with T.painting(self.context):
            super().paintEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.overlay is not None:
            painter.save()
            painter.resetTransform()
            self.overlay(painter)
            painter.restore()

    # ------------------------------------------------------------ where it looks
    def zoom(self) -> float:
        return self.transform().m11()

    def place(self) -> tuple[float, float, float, float, float]:
        """(scene x, scene y, zoom, viewport x, viewport y): the scene point shown
        at that viewport point, at that zoom."""
        return self._to

    def _apply(self, cx: float, cy: float, zoom: float, ax: float, ay: float) -> None:
        self.setTransform(QTransform.fromScale(zoom, zoom))
        vp = self.viewport()
        # centerOn puts a point at the viewport's centre; shift so (cx, cy) lands on (ax, ay)
        self.centerOn(cx + (vp.width() / 2 - ax) / zoom, cy + (vp.height() / 2 - ay) / zoom)

    def show_at(
        self, centre: tuple[float, float], zoom: float, anchor: tuple[float, float], animate: bool
    ) -> None:
        """Show scene point ``centre`` at viewport point ``anchor`` at ``zoom``,
        moving there in ``DURATION_MS`` (``animate``) or at once."""
        target = (centre[0], centre[1], zoom, anchor[0], anchor[1])
        self.animation.stop()
        self.set_moving(False)
        if not animate or not self.isVisible() or self._from is None and self._to == target:
            self._to = target
            self._apply(*target)
            self.arrived.emit()
            return
        self._from = self._current()
        self._to = target
        self.set_moving(True)
        self.animation.start()

    def set_moving(self, moving: bool) -> None:
        """Draw for motion (a move is playing) or for rest."""
        self.setRenderHints(MOVING if moving else AT_REST)

    def _current(self) -> tuple[float, float, float, float, float]:
        """Where the view looks now, in ``place`` terms at the target's anchor."""
        zoom = self.zoom()
        ax, ay = self._to[3], self._to[4]
        p = self.mapToScene(round(ax), round(ay))
        return (p.x(), p.y(), zoom, ax, ay)

    def frame_at(self, t: float) -> tuple[float, float, float, float, float]:
        """The view at ``t`` (0..1, eased) between the last two places: zoom on a
        log scale (an even feel of speed), the centre and anchor in a line."""
        a, b = self._from or self._to, self._to
        z = math.exp(math.log(a[2]) + (math.log(b[2]) - math.log(a[2])) * t)
        return (
            tuple(a[i] + (b[i] - a[i]) * t for i in (0, 1))
            + (z,)
            + tuple(a[i] + (b[i] - a[i]) * t for i in (3, 4))
        )

    def _frame(self, value) -> None:
        self._apply(*self.frame_at(float(value)))

    def _finished(self) -> None:
        self.set_moving(False)
        self._apply(*self._to)
        self._from = None
        self.arrived.emit()

    def animating(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        vp = self.viewport()
        self.resized.emit(vp.width(), vp.height())

    # ------------------------------------------------------------ input: none reaches the scene
    def keyPressEvent(self, event) -> None:
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        event.ignore()

    def mousePressEvent(self, event) -> None:
        self._track(event)

    def mouseMoveEvent(self, event) -> None:
        self._track(event)

    def mouseReleaseEvent(self, event) -> None:
        self._track(event)

    def mouseDoubleClickEvent(self, event) -> None:
        event.accept()

    def wheelEvent(self, event) -> None:
        event.accept()

    def contextMenuEvent(self, event) -> None:
        event.accept()

    def _track(self, event) -> None:
        self.pointer = event.position()
        self.pointerMoved.emit(self.pointer)
        event.accept()

    def leaveEvent(self, event) -> None:
        self.pointer = None
        self.pointerMoved.emit(QPointF(-1, -1))
        super().leaveEvent(event)

    def event(self, event) -> bool:
        # Every key is the presentation's: none may fire a shortcut of the
        # editor's window behind (Ctrl+Z, Delete...), whichever window is active.
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def viewportEvent(self, event) -> bool:
        if event.type() in (QEvent.Type.ToolTip, QEvent.Type.WhatsThis):
            return True  # no card tooltips over the room's screen
        return super().viewportEvent(event)
