"""Helpers for the canvas tests: REAL mouse and key events on the view's viewport."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
NOBUTTON = Qt.MouseButton.NoButton
NOMOD = Qt.KeyboardModifier.NoModifier


# ---------------------------------------------------------------- event helpers
def vpos(view, scene_pos: QPointF) -> QPointF:
    """A scene point in viewport coordinates (scrolling it into view first)."""
    view.ensureVisible(scene_pos.x() - 1, scene_pos.y() - 1, 2, 2, 60, 60)
    QApplication.processEvents()
    return QPointF(view.mapFromScene(scene_pos))


def send_mouse(view, kind, pos: QPointF, button=LEFT, buttons=LEFT, modifiers=NOMOD) -> None:
    vp = view.viewport()
    global_pos = QPointF(vp.mapToGlobal(pos.toPoint()))
    QApplication.sendEvent(vp, QMouseEvent(kind, pos, global_pos, button, buttons, modifiers))


def press(view, pos: QPointF, modifiers=NOMOD, button=LEFT) -> None:
    send_mouse(view, QEvent.Type.MouseButtonPress, pos, button, button, modifiers)


def move(view, pos: QPointF, buttons=LEFT, modifiers=NOMOD) -> None:
    send_mouse(view, QEvent.Type.MouseMove, pos, NOBUTTON, buttons, modifiers)


def release(view, pos: QPointF, modifiers=NOMOD, button=LEFT) -> None:
    send_mouse(view, QEvent.Type.MouseButtonRelease, pos, button, NOBUTTON, modifiers)


def click(view, pos: QPointF, modifiers=NOMOD) -> None:
    press(view, pos, modifiers)
    release(view, pos, modifiers)


def double_click(view, pos: QPointF) -> None:
    press(view, pos)
    release(view, pos)
    send_mouse(view, QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT)
    release(view, pos)


def drag(view, start: QPointF, end: QPointF, steps: int = 8, modifiers=NOMOD, button=LEFT) -> None:
    """Press at start, move in steps to end, release (viewport coordinates)."""
    press(view, start, modifiers, button)
    for i in range(1, steps + 1):
        t = i / steps
        move(view, start + (end - start) * t, button, modifiers)
    release(view, end, modifiers, button)


def drag_scene(view, start: QPointF, end: QPointF, steps: int = 8) -> None:
    """Drag between two scene points that are both visible (no scrolling between)."""
    view.fitInView(view.map_rect(), Qt.AspectRatioMode.KeepAspectRatio)
    view.set_zoom(max(view.zoom(), 0.5))
    QApplication.processEvents()
    drag(view, QPointF(view.mapFromScene(start)), QPointF(view.mapFromScene(end)), steps)


def wheel(view, pos: QPointF, delta: int, modifiers=NOMOD) -> None:
    vp = view.viewport()
    event = QWheelEvent(
        pos,
        QPointF(vp.mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, delta),
        NOBUTTON,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(vp, event)


def key(view, k, modifiers=NOMOD, text: str = "") -> None:
    QTest.keyClick(view.viewport(), k, modifiers)


def type_text(view, text: str) -> None:
    QTest.keyClicks(view.viewport(), text)


def card_centre(scene, tp: str) -> QPointF:
    return scene.card_item(tp).scene_rect().center()


def cell_point(scene, stage: str, lane: str, fx: float = 0.5, fy: float = 0.5) -> QPointF:
    r = scene.layout.cells[(stage, lane)]
    return QPointF(r.x + r.w * fx, r.y + r.h * fy)
