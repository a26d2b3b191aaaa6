"""The canvas through Qt's accessibility API, as a screen reader reads it: the
view's children are its headers, cards, links and frictions, each with a name,
role and state; the keyboard focus is the focused child and its moves are
announced with Focus events."""

from __future__ import annotations

import gc

import pytest
from canvas_helpers import card_centre, click, key, vpos
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from journeydesk.commands import SetFields
from journeydesk.ui.canvas import accessible

Role, Text = QAccessible.Role, QAccessible.Text


def names(iface) -> list[str]:
    return [iface.child(i).text(Text.Name) for i in range(iface.childCount())]


def child_named(iface, start: str):
    for i in range(iface.childCount()):
        kid = iface.child(i)
        if kid.text(Text.Name).startswith(start):
            return kid
    raise AssertionError(f"no child named {start!r}: {names(iface)[:8]}...")


@pytest.fixture
def recorded(monkeypatch):
    """Accessibility on (as with a screen reader), and every event the canvas sends."""
    seen = []
    real = QAccessible.updateAccessibility

    def record(event):
        iface = event.accessibleInterface()
        seen.append((event.type(), event.child(), iface.text(Text.Name) if iface else None))
        real(event)

    monkeypatch.setattr(accessible.QAccessible, "updateAccessibility", record)
    QAccessible.setActive(True)
    yield seen
    QAccessible.setActive(False)


def test_the_view_lists_every_header_card_link_and_friction(canvas, doc):
    _scene, view = canvas
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.role() == Role.Canvas
    assert iface.text(Text.Name) == "Journey map"
    expected = (
        len(doc.stages())
        + len(doc.lanes())
        + doc.count("touchpoint")
        + len(doc.links())
        + len(doc.frictions())
    )
    assert iface.childCount() == expected
    roles = [iface.child(i).role() for i in range(iface.childCount())]
    assert roles.count(Role.ColumnHeader) == len(doc.stages())
    assert roles.count(Role.RowHeader) == len(doc.lanes())
    assert roles.count(Role.ListItem) == doc.count("touchpoint")
    assert roles.count(Role.Link) == len(doc.links())
    assert roles.count(Role.Note) == len(doc.frictions())
    # reading order: stages first, then lanes, then cards along the journey
    assert names(iface)[:5] == ["Awareness", "Consideration", "Purchase", "Delivery", "Loyalty"]
    first_card = iface.child(len(doc.stages()) + len(doc.lanes()))
    assert first_card.text(Text.Name).startswith("Sees a sponsored post")
    for i in range(iface.childCount()):
        kid = iface.child(i)
        assert kid.parent() is iface or kid.parent().text(Text.Name) == "Journey map"
        assert iface.indexOfChild(kid) == i
        assert kid.isValid()


def test_a_touchpoint_says_title_stage_lane_channel_and_frictions(canvas, doc):
    _scene, view = canvas
    iface = QAccessible.queryAccessibleInterface(view)
    card = child_named(iface, "Finds the delivery fee")
    assert card.text(Text.Name) == (
        "Finds the delivery fee only at checkout, stage Consideration, lane Touchpoints, "
        "channel Website, 2 frictions"
    )
    description = card.text(Text.Description)
    assert "owner E-commerce" in description and "moment of truth" in description
    assert "Dina, first-time buyer" in description
    backstage = child_named(iface, "Picking and packing")
    assert "channel no channel" in backstage.text(Text.Name) and "0 frictions" in backstage.text(Text.Name)
    link = child_named(iface, "Courier arrives two hours late to Asks live chat")
    assert link.role() == Role.Link
    assert "for Budi, busy parent" in link.text(Text.Description)
    assert "1 friction" in link.text(Text.Description)
    friction = child_named(iface, "No delay notification")
    assert friction.role() == Role.Note
    assert "severity Critical" in friction.text(Text.Description)
    assert "on Courier arrives two hours late" in friction.text(Text.Description)
    stage = child_named(iface, "Purchase")
    assert stage.role() == Role.ColumnHeader
    assert stage.text(Text.Description) == "Stage 3 of 5, 3 touchpoints"


def test_state_follows_the_selection_and_the_keyboard_focus(canvas, doc):
    scene, view = canvas
    iface = QAccessible.queryAccessibleInterface(view)
    card = child_named(iface, "Compares prices")
    assert card.state().selectable and card.state().focusable and not card.state().selected
    scene.select_ids(["tp_page"])
    assert card.state().selected
    assert card.state().focused  # the selection took the keyboard focus along
    focus = iface.focusChild()
    assert focus is not None and focus.text(Text.Name).startswith("Compares prices")
    key(view, Qt.Key.Key_Right)
    assert not card.state().focused and not card.state().selected
    assert iface.focusChild().text(Text.Name).startswith("Finds the delivery fee")
    view.clearFocus()
    QApplication.processEvents()
    assert iface.focusChild() is None  # no focused child while the view has no focus


def test_rect_and_child_at_agree_with_the_screen(canvas):
    scene, view = canvas
    iface = QAccessible.queryAccessibleInterface(view)
    card = child_named(iface, "Compares prices")
    rect = card.rect()
    centre = view.viewport().mapToGlobal(view.mapFromScene(card_centre(scene, "tp_page")))
    assert rect.contains(centre)
    assert not card.state().offscreen
    hit = iface.childAt(centre.x(), centre.y())
    assert hit is not None and hit.text(Text.Name) == card.text(Text.Name)


def test_arrow_keys_announce_the_focused_card(canvas, recorded):
    scene, view = canvas
    scene.select_ids(["tp_ad"])
    recorded.clear()
    key(view, Qt.Key.Key_Right)
    focus = [e for e in recorded if e[0] == QAccessible.Event.Focus]
    assert focus, recorded
    _type, child, _name = focus[-1]
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.child(child).text(Text.Name).startswith("Reads reviews from other parents")
    # Ctrl+arrow moves the focus alone: announced, the selection stays
    recorded.clear()
    key(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    focus = [e for e in recorded if e[0] == QAccessible.Event.Focus]
    assert focus and iface.child(focus[-1][1]).text(Text.Name).startswith("Compares prices")
    assert scene.selected_ids() == ["tp_review"]


def test_children_follow_edits_and_removals(canvas, doc, stack):
    scene, view = canvas
    iface = QAccessible.queryAccessibleInterface(view)
    before = iface.childCount()
    card = child_named(iface, "Compares prices")
    stack.push(SetFields(doc, "tp_page", {"title": "Compares prices in the app"}))
    scene.flush()
    assert card.text(Text.Name).startswith("Compares prices in the app")
    scene.select_ids(["tp_pick"])  # no links of its own? it has one, and no frictions
    links = len(doc.links_of("tp_pick"))
    scene.input.editor.delete_selected()
    assert iface.childCount() == before - 1 - links
    assert all(not n.startswith("Picking and packing") for n in names(iface))
    stack.undo()
    scene.flush()
    assert iface.childCount() == before
    child_named(iface, "Picking and packing")


def test_children_outlive_nothing_when_the_view_goes(qtbot, doc, stack):
    """Qt's cache must not keep interfaces of a view that is gone (a dangling
    pointer there crashes the next screen-reader query)."""
    from journeydesk.ui.canvas import MapEditor, MapScene, MapView

    scene = MapScene(doc, stack)
    MapEditor(scene, stack)
    view = MapView(scene)
    view.show()
    iface = QAccessible.queryAccessibleInterface(view)
    ids = [QAccessible.uniqueId(iface.child(i)) for i in range(iface.childCount())]
    assert all(QAccessible.accessibleInterface(i) is not None for i in ids)
    gone = []
    view.destroyed.connect(lambda: gone.append(True))
    view.deleteLater()
    del view, iface
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert gone
    assert all(QAccessible.accessibleInterface(i) is None for i in ids)
    scene.detach()


def test_keyboard_context_menu_opens_on_the_focused_card(canvas, monkeypatch):
    scene, view = canvas
    scene.select_ids(["tp_cart"])
    opened = []
    from journeydesk.ui.canvas import keyboard

    monkeypatch.setattr(
        keyboard, "popup_menu", lambda menu, at: opened.append([a.text() for a in menu.actions()])
    )
    key(view, Qt.Key.Key_Menu)
    key(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert len(opened) == 2 and "Edit title" in opened[0] and "Add friction" in opened[0]
    # after a click the keys open the clicked card's menu
    click(view, vpos(view, card_centre(scene, "tp_pay")))
    key(view, Qt.Key.Key_Menu)
    assert len(opened) == 3 and scene.selected_ids() == ["tp_pay"]
