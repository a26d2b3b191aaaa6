"""Helpers for the presentation tests: a window presenting at 1920 x 1080
(offscreen: a window of that size rather than full screen), and real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

SIZE = (1920, 1080)


def present(qtbot, window):
    pw = window.presenting.start(size=SIZE)
    qtbot.waitExposed(pw)
    qtbot.waitUntil(lambda: pw.view.viewport().width() == SIZE[0], timeout=3000)
    settle(qtbot, pw)
    return pw


def settle(qtbot, pw) -> None:
    """Let a step's animation finish (it is 350 ms)."""
    qtbot.waitUntil(lambda: not pw.view.animating(), timeout=3000)


def key(qtbot, pw, k, text: str = "", modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(pw.view, k, modifiers)
    settle(qtbot, pw)


def type_key(qtbot, pw, char: str) -> None:
    QTest.keyClicks(pw.view, char)
    settle(qtbot, pw)


def hover(pw, at) -> None:
    """The pointer moves to viewport point ``at`` (no button held)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    vp = pw.view.viewport()
    local = QPointF(at)
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        QPointF(vp.mapToGlobal(local.toPoint())),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(vp, event)


def visible_centre(pw) -> QPointF:
    """The scene point at the centre of the region the step frames."""
    _, _, anchor = pw.target_of(pw.presentation.step)
    return pw.view.mapToScene(round(anchor[0]), round(anchor[1]))


def _clear_present_settings() -> None:
    from journeydesk.ui import settings

    s = settings.settings()
    s.beginGroup("present")
    s.remove("")
    s.endGroup()
    s.sync()


@pytest.fixture(autouse=True)
def _present_settings_cleared():
    """Theme and toggles are remembered: each test starts from the defaults and
    leaves none behind for the next."""
    _clear_present_settings()
    yield
    _clear_present_settings()
