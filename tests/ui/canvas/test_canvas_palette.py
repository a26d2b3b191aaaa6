"""The palette widget (keyboard and mouse) and the shipped font."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest

from journeydesk.layout import style
from journeydesk.ui import fonts
from journeydesk.ui.palette import KINDS, MIME_TYPE, Palette, kind_from_mime, mime_for


def test_palette_has_a_button_per_kind_and_a_link_tool(qtbot):
    palette = Palette()
    qtbot.addWidget(palette)
    assert palette.objectName() == "palette"
    assert set(palette.buttons) == set(KINDS) | {"link"}
    assert palette.link_button.isCheckable()
    for button in palette.buttons.values():
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName()


def test_enter_space_and_click_ask_to_add(qtbot):
    palette = Palette()
    qtbot.addWidget(palette)
    palette.show()
    qtbot.waitExposed(palette)
    seen = []
    palette.addRequested.connect(seen.append)
    button = palette.buttons["touchpoint"]
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Return)
    QTest.keyClick(palette.buttons["stage"], Qt.Key.Key_Enter)
    QTest.keyClick(palette.buttons["friction"], Qt.Key.Key_Space)
    QTest.mouseClick(palette.buttons["persona"], Qt.MouseButton.LeftButton)
    assert seen == ["touchpoint", "stage", "friction", "persona"]


def test_tab_walks_the_palette(qtbot):
    palette = Palette()
    qtbot.addWidget(palette)
    palette.show()
    qtbot.waitExposed(palette)
    palette.activateWindow()
    palette.buttons["touchpoint"].setFocus()
    qtbot.waitUntil(lambda: palette.buttons["touchpoint"].hasFocus())
    QTest.keyClick(palette.buttons["touchpoint"], Qt.Key.Key_Tab)
    assert palette.buttons["stage"].hasFocus()


def test_link_tool_toggle(qtbot):
    palette = Palette()
    qtbot.addWidget(palette)
    seen = []
    palette.linkToolToggled.connect(seen.append)
    QTest.mouseClick(palette.link_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(palette.link_button, Qt.Key.Key_Return)
    assert seen == [True, False]
    palette.set_link_tool(True)
    assert palette.link_button.isChecked() and seen[-1] is True


def test_mime_round_trip():
    for kind in KINDS:
        mime = mime_for(kind)
        assert mime.hasFormat(MIME_TYPE)
        assert bytes(mime.data(MIME_TYPE).data()).decode("utf-8") == kind
        assert kind_from_mime(mime) == kind
    assert kind_from_mime(None) is None


def test_dragging_a_button_starts_a_drag_with_the_kind(qtbot, monkeypatch):
    palette = Palette()
    qtbot.addWidget(palette)
    palette.show()
    qtbot.waitExposed(palette)
    button = palette.buttons["lane"]
    started = []
    monkeypatch.setattr(type(button), "start_drag", lambda self: started.append(self.kind))
    QTest.mousePress(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    QTest.mouseMove(button, QPoint(60, 40))
    QTest.mouseRelease(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(60, 40))
    assert started == ["lane"]


def test_shipped_font_is_used(qtbot):
    family = fonts.load_fonts()
    if fonts.shipped_font_loaded():
        assert family == style.FONT_FAMILY
    f = fonts.font(10.5)
    assert QFontInfo(f).family() == family or not fonts.shipped_font_loaded()
    # sizes are layout units: pixels at 100 %
    assert abs(QFontInfo(fonts.font(20)).pixelSize() - 20) <= 1
