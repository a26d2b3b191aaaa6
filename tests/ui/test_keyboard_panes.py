"""Tab, Shift+Tab and F6 between the docks and the canvas, with real key events,
and the Link Selected Cards command (the keyboard's way to draw links)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from test_ui_helpers import EXAMPLE, open_window


def pane_name(w, widget) -> str:
    pane = w.pane_focus.pane_of(widget)
    return "canvas" if pane is w.view else (pane.objectName() if pane is not None else "-")


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    QApplication.processEvents()


def without_live_docks(w):
    """The window as it first opens: the live session's docks closed (an earlier
    test's saved window layout may have them open)."""
    for dock in (w.live.participants_dock, w.live.comments_dock):
        dock.hide()
    QApplication.processEvents()
    return w


def visit(qtbot, w, key, modifiers=Qt.KeyboardModifier.NoModifier, presses=80) -> list[str]:
    """The panes the focus passes through, each once, in order."""
    seen: list[str] = []
    for _ in range(presses):
        press(qtbot, key, modifiers)
        name = pane_name(w, QApplication.focusWidget())
        if not seen or seen[-1] != name:
            seen.append(name)
    return seen


def test_tab_walks_the_panes_in_screen_order_and_leaves_each(qtbot):
    w = without_live_docks(open_window(qtbot, EXAMPLE))
    w.view.setFocus()
    seen = visit(qtbot, w, Qt.Key.Key_Tab)
    loop = seen[: seen.index("canvas", 1) + 1] if "canvas" in seen[1:] else seen
    assert loop[:3] == ["inspector", "frictionPanel", "paletteDock"], seen
    assert loop[3:] == ["personasPanel", "canvas"], seen
    # no pane keeps Tab for itself (the friction table used to walk its cells)
    assert seen.count("frictionPanel") >= 2


def test_shift_tab_walks_them_backwards(qtbot):
    w = without_live_docks(open_window(qtbot, EXAMPLE))
    w.view.setFocus()
    seen = visit(qtbot, w, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, presses=40)
    assert seen[:4] == ["personasPanel", "paletteDock", "frictionPanel", "inspector"], seen


def test_tab_into_the_canvas_shows_the_focus_ring(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.personas_panel.list.setFocus()
    for _ in range(10):
        press(qtbot, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is w.view:
            break
    assert QApplication.focusWidget() is w.view
    focus = w.scene.keyboard_focus
    assert focus.item_id is not None and focus.ring.isVisible()
    press(qtbot, Qt.Key.Key_Right)
    assert w.scene.selected_ids() and focus.ring.isVisible()
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the canvas for the inspector
    assert pane_name(w, QApplication.focusWidget()) == "inspector"
    assert not focus.ring.isVisible()


def test_f6_jumps_pane_to_pane_and_brings_tabs_to_the_front(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.view.setFocus()
    seen = []
    for _ in range(8):
        w.action("actionNextPanel").trigger()
        QApplication.processEvents()
        pane = w.pane_focus.pane_of(QApplication.focusWidget())
        seen.append(pane_name(w, QApplication.focusWidget()))
        assert pane is w.view or w.pane_focus.in_front(pane), seen  # a tab behind came to the front
    assert seen[0] == "inspector"
    assert "analysisPanel" in seen and "frictionPanel" in seen  # tabbed together, both reached
    # back to a pane: at the field used there last
    title = next(x for x in w.inspector.findChildren(QLineEdit, "field_title") if x.isVisible())
    title.setFocus()
    QApplication.processEvents()
    assert title.hasFocus()
    w.view.setFocus()
    w.action("actionNextPanel").trigger()
    assert QApplication.focusWidget() is title
    w.action("actionPreviousPanel").trigger()
    assert QApplication.focusWidget() is w.view


def test_the_keys_reach_the_actions(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_F6)
    assert pane_name(w, QApplication.focusWidget()) == "inspector"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is w.view


def test_link_selected_cards_links_them_along_the_journey(qtbot):
    w = open_window(qtbot)
    doc = w.document
    stage = doc.stages()[0]
    lane = doc.lanes()[0]
    a = doc.add_touchpoint("A", stage, lane)
    b = doc.add_touchpoint("B", doc.stages()[1], lane)
    c = doc.add_touchpoint("C", doc.stages()[2], lane)
    w.scene.flush()
    w.scene.select_ids([c, a, b])
    w.action("actionLinkCards").trigger()
    ends = {doc.link_ends(k) for k in doc.links()}
    assert ends == {(a, b), (b, c)}
    assert w.undo_stack.count() == 1  # one step
    w.undo_stack.undo()
    assert doc.links() == ()
    w.scene.select_ids([])
    assert not w.action("actionLinkCards").isEnabled()


def test_f6_visits_every_pane_once_a_round_tabbed_docks_too(qtbot):
    """F6 raising a tabbed dock must not reorder the round (it used to swing
    between two docks tabbed together and never reach the rest)."""
    w = open_window(qtbot, EXAMPLE)
    w.live.comments_dock.show()  # tabbed with the analysis: three docks share a place
    QApplication.processEvents()
    w.view.setFocus()
    panes = [pane_name(w, p) for p in w.pane_focus.panes(behind=True)]
    assert len(panes) >= 6, panes
    seen = []
    for _ in range(2 * len(panes)):
        w.action("actionNextPanel").trigger()
        QApplication.processEvents()
        seen.append(pane_name(w, QApplication.focusWidget()))
    assert sorted(seen[: len(panes)]) == sorted(panes), seen
    assert seen[: len(panes)] == seen[len(panes) :]  # the same round again
    assert seen[len(panes) - 1] == "canvas"
