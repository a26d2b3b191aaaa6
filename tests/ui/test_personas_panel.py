"""Personas panel: add, rename, colour, reorder, delete (undoable); choosing a
persona focuses the canvas on its journey."""

from __future__ import annotations

import networkx as nx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_ui_helpers import EXAMPLE, assert_valid, open_window, snapshot


def rows(panel):
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def click_row(qtbot, panel, index):
    lst = panel.list
    rect = lst.visualItemRect(lst.item(index))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_list_shows_personas_with_all_first(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.personas_panel
    names = [w.document.get(x)["name"] for x in w.document.personas()]
    assert rows(p) == ["All personas"] + names
    assert not p.list.item(1).icon().isNull()  # colour swatch


def test_add_and_delete_with_undo(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc, p = w.document, w.personas_panel
    before = snapshot(doc)
    qtbot.mouseClick(p.buttons["add"], Qt.MouseButton.LeftButton)
    assert doc.count("persona") == 3
    new = doc.personas()[-1]
    assert p.current_persona() == new
    QApplication.processEvents()
    assert rows(p)[-1] == doc.get(new)["name"]
    # Delete a persona used by touchpoints: its references go, undo puts them back.
    maya = doc.personas()[0]
    click_row(qtbot, p, 1)
    assert p.current_persona() == maya
    qtbot.mouseClick(p.buttons["remove"], Qt.MouseButton.LeftButton)
    assert maya not in doc
    assert all(maya not in doc.get(t)["personas"] for t in doc.touchpoints())
    assert_valid(doc)
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert nx.utils.graphs_equal(doc.graph, before.graph)
    qtbot.waitUntil(lambda: len(rows(p)) == 3)


def test_rename_in_place(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc, p = w.document, w.personas_panel
    item = p.list.item(1)
    item.setText("Maya")
    assert doc.get(doc.personas()[0])["name"] == "Maya"
    w.undo_stack.undo()
    assert doc.get(doc.personas()[0])["name"].startswith("Maya, ")


def test_colour_and_reorder(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc, p = w.document, w.personas_panel
    first, second = doc.personas()
    click_row(qtbot, p, 1)
    p.pick_colour = lambda current: "#00AA88"
    qtbot.mouseClick(p.buttons["colour"], Qt.MouseButton.LeftButton)
    assert doc.get(first)["colour"] == "#00AA88"
    qtbot.mouseClick(p.buttons["down"], Qt.MouseButton.LeftButton)
    assert doc.personas() == (second, first)
    assert p.current_persona() == first
    w.undo_stack.undo()
    assert doc.personas() == (first, second)


def test_choosing_a_persona_focuses_the_canvas(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc, p = w.document, w.personas_panel
    click_row(qtbot, p, 2)
    assert w.scene.persona_focus() == doc.personas()[1]
    click_row(qtbot, p, 0)
    assert w.scene.persona_focus() is None
    # Deleting the focused persona clears the focus.
    click_row(qtbot, p, 1)
    assert w.scene.persona_focus() == doc.personas()[0]
    qtbot.mouseClick(p.buttons["remove"], Qt.MouseButton.LeftButton)
    assert w.scene.persona_focus() is None


def test_edit_shows_the_persona_in_the_inspector(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.personas_panel
    click_row(qtbot, p, 1)
    qtbot.mouseClick(p.buttons["edit"], Qt.MouseButton.LeftButton)
    assert w.inspector.page.kind == "persona"
    assert w.inspector.page.item_id == w.document.personas()[0]
