"""Cut, copy, paste and duplicate: within one window and between two windows;
a paste is one undo step, selects what it added, and never breaks a reference."""

from __future__ import annotations

import json

import networkx as nx
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from test_ui_helpers import EXAMPLE, activate, assert_valid, open_window, snapshot

from journeydesk.io.fragment import MIME_TYPE

CARDS = ["tp_checkout", "tp_payment"]  # linked, with frictions on both


def shortcut(qtbot, w, key):
    activate(qtbot, w)
    w.view.setFocus()
    qtbot.keyClick(w.view, key, Qt.KeyboardModifier.ControlModifier)


def test_copy_puts_a_fragment_and_text_on_the_clipboard(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.scene.select_ids(CARDS)
    shortcut(qtbot, w, Qt.Key.Key_C)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(MIME_TYPE)
    data = json.loads(bytes(mime.data(MIME_TYPE).data()))
    assert data["format"] == "journeydesk-fragment"
    assert [t["id"] for t in data["touchpoints"]] == CARDS
    assert "Checkout" in mime.text()


def test_paste_in_the_same_window_is_one_step_and_selects_the_copies(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc = w.document
    before = snapshot(doc)
    w.scene.select_ids(CARDS)
    shortcut(qtbot, w, Qt.Key.Key_C)
    n = w.undo_stack.count()
    shortcut(qtbot, w, Qt.Key.Key_V)
    assert w.undo_stack.count() == n + 1
    assert doc.count("touchpoint") == before.count("touchpoint") + 2
    selected = w.scene.selected_ids()
    new_cards = [i for i in selected if doc.kind_of(i) == "touchpoint"]
    assert len(new_cards) == 2 and not set(new_cards) & set(CARDS)
    # The link between the copies and the frictions on them came along.
    assert any(set(doc.link_ends(k)) == set(new_cards) for k in doc.links())
    assert sum(len(doc.frictions_on(c)) for c in new_cards) == sum(len(before.frictions_on(c)) for c in CARDS)
    assert_valid(doc)
    w.undo_stack.undo()
    assert nx.utils.graphs_equal(doc.graph, before.graph)


def test_cut_then_paste(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc = w.document
    before = snapshot(doc)
    w.scene.select_ids(["tp_refund"])
    shortcut(qtbot, w, Qt.Key.Key_X)
    assert "tp_refund" not in doc
    assert_valid(doc)
    shortcut(qtbot, w, Qt.Key.Key_V)
    assert doc.count("touchpoint") == before.count("touchpoint")
    assert any(doc.get(t)["title"] == before.get("tp_refund")["title"] for t in doc.touchpoints())
    assert_valid(doc)


def test_duplicate(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc = w.document
    w.scene.select_ids(["tp_checkout"])
    n = doc.count("touchpoint")
    shortcut(qtbot, w, Qt.Key.Key_D)
    assert doc.count("touchpoint") == n + 1
    copy = next(i for i in w.scene.selected_ids() if doc.kind_of(i) == "touchpoint")
    a, b = doc.get("tp_checkout"), doc.get(copy)
    assert (a["stage"], a["lane"], a["title"], a["channel"]) == (
        b["stage"],
        b["lane"],
        b["title"],
        b["channel"],
    )
    assert_valid(doc)


def test_paste_between_two_windows_keeps_references_valid(qtbot):
    a = open_window(qtbot, EXAMPLE)
    b = open_window(qtbot)  # a new map: five starter stages, one lane, no personas
    a.scene.select_ids(CARDS + ["ln_checkout_payment"] if "ln_checkout_payment" in a.document else CARDS)
    shortcut(qtbot, a, Qt.Key.Key_C)
    target = b.document.stages()[2]
    shortcut(qtbot, b, Qt.Key.Key_V)
    doc = b.document
    assert doc.count("touchpoint") == 2
    assert doc.count("link") >= 1 and len(doc.frictions()) >= 2
    # Stages are matched by name or fall back to the first; channels are brought along.
    for t in doc.touchpoints():
        assert doc.kind_of(doc.get(t)["stage"]) == "stage"
        ch = doc.get(t)["channel"]
        assert ch is None or doc.kind_of(ch) == "channel"
        assert doc.get(t)["personas"] == ()  # no personas of those names here
    assert target in doc.stages()
    assert_valid(doc)
    assert b.isWindowModified() and not a.isWindowModified()
    b.undo_stack.undo()
    assert doc.count("touchpoint") == 0 and doc.count("channel") == 0


def test_paste_into_a_selected_cell(qtbot):
    a = open_window(qtbot, EXAMPLE)
    a.scene.select_ids(["tp_friend"])
    a.clipboard.copy()
    b = open_window(qtbot)
    # Give the new map a card, select it: the paste goes to its cell.
    b.document.add_stage("Elsewhere")
    from journeydesk.commands import AddItem

    cmd = AddItem(
        b.document,
        "touchpoint",
        {"title": "Here", "stage": b.document.stages()[-1], "lane": b.document.lanes()[0]},
    )
    b.undo_stack.push(cmd)
    b.scene.select_ids([cmd.item_id])
    QApplication.processEvents()
    new = b.clipboard.paste()
    card = next(i for i in new if b.document.kind_of(i) == "touchpoint")
    assert b.document.get(card)["stage"] == b.document.stages()[-1]
    assert_valid(b.document)


def test_paste_with_nothing_on_the_clipboard(qtbot):
    w = open_window(qtbot, EXAMPLE)
    QGuiApplication.clipboard().setText("just some words")
    before = snapshot(w.document)
    assert w.clipboard.paste() == []
    assert nx.utils.graphs_equal(w.document.graph, before.graph)
    # A hand-edited fragment with broken references pastes what it can, safely.
    QGuiApplication.clipboard().setText(
        json.dumps(
            {
                "format": "journeydesk-fragment",
                "format_version": 1,
                "touchpoints": [
                    {
                        "id": "x",
                        "title": "From a chat",
                        "stage": "nowhere",
                        "lane": "nope",
                        "channel": "ch?",
                        "personas": ["p?"],
                    }
                ],
                "links": [{"id": "l", "source": "x", "target": "missing"}],
                "frictions": [{"id": "f", "target": "x", "title": "Typo", "severity": 99}],
            }
        )
    )
    new = w.clipboard.paste()
    assert len(new) == 2
    assert_valid(w.document)


def test_copy_in_a_text_field_copies_text(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.scene.select_ids(["tp_checkout"])
    QApplication.processEvents()
    edit = w.inspector.field("title").widget
    edit.setFocus()
    edit.selectAll()
    n = w.document.count("touchpoint")
    w.action("actionCopy").trigger()
    assert QGuiApplication.clipboard().text() == w.document.get("tp_checkout")["title"]
    w.action("actionPaste").trigger()
    assert w.document.count("touchpoint") == n


def test_map_edit_shortcuts_wait_while_a_title_is_edited_in_place(qtbot):
    w = open_window(qtbot, EXAMPLE)
    before = snapshot(w.document)
    w.scene.select_ids(["tp_checkout"])
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_F2)
    assert w.scene.is_editing()
    for key, mod in (
        (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(w.view, key, mod)
    w.action("actionDuplicate").trigger()
    w.action("actionDelete").trigger()
    assert w.document.count("touchpoint") == before.count("touchpoint")
    assert "tp_checkout" in w.document
