"""Every undo command: redo then undo gives back the exact document (graph and
canonical file), redo again gives the edited one, and its label reads right."""

from __future__ import annotations

import copy

import networkx as nx
import pytest
from journeydesk_testkit import assert_consistent, build_sample
from PySide6.QtGui import QUndoStack

from journeydesk.commands import (
    AddItem,
    FieldEdit,
    MetaEdit,
    MoveTouchpoints,
    NameNewItem,
    RemoveItems,
    Reorder,
    SetFields,
    SetMeta,
)
from journeydesk.io import dumps


def state(doc):
    return copy.deepcopy(nx.MultiDiGraph(doc.graph)), dumps(doc)


def same(doc, saved) -> bool:
    graph, text = saved
    return nx.utils.graphs_equal(graph, nx.MultiDiGraph(doc.graph)) and dumps(doc) == text


CASES = {
    "add touchpoint": (
        lambda d: AddItem(d, "touchpoint", {"title": "New", "stage": "st_2", "lane": "la_1", "index": 0}),
        "Add touchpoint",
    ),
    "add stage": (lambda d: AddItem(d, "stage", {"name": "Advocacy", "index": 1}), "Add stage"),
    "add persona": (lambda d: AddItem(d, "persona", {"name": "Citra"}), "Add persona"),
    "add link": (lambda d: AddItem(d, "link", {"source": "tp_2", "target": "tp_5"}), "Add link"),
    "add friction": (lambda d: AddItem(d, "friction", {"target": "tp_2", "title": "Slow"}), "Add friction"),
    "delete a card": (lambda d: RemoveItems(d, ["tp_3"]), "Delete"),
    "delete a stage": (lambda d: RemoveItems(d, ["st_2"]), "Delete"),
    "delete a persona": (lambda d: RemoveItems(d, ["pe_a"]), "Delete"),
    "delete a channel": (lambda d: RemoveItems(d, ["ch_web"]), "Delete"),
    "delete several": (lambda d: RemoveItems(d, ["tp_1", "ln_2", "fr_3"]), "Delete 3 items"),
    "set fields": (lambda d: SetFields(d, "tp_1", {"title": "Ad", "owner": "Sales"}), "Edit title, owner"),
    "set emotions": (
        lambda d: SetFields(d, "tp_1", {"emotions": {"pe_a": -3}}, "Set emotion"),
        "Set emotion",
    ),
    "set map details": (lambda d: SetMeta(d, {"title": "Renamed", "language": "id"}), "Edit map details"),
    "move a card": (lambda d: MoveTouchpoints(d, [("tp_1", "st_3", "la_2", 0)]), "Move card"),
    "move two cards": (
        lambda d: MoveTouchpoints(d, [("tp_1", "st_2", "la_1", 0), ("tp_2", "st_2", "la_1", 1)]),
        "Move 2 cards",
    ),
    "reorder a stage": (lambda d: Reorder(d, "st_3", 0), "Move stage"),
    "reorder a lane": (lambda d: Reorder(d, "la_2", 0), "Move lane"),
    "reorder a persona": (lambda d: Reorder(d, "pe_b", 0), "Move persona"),
}


@pytest.mark.parametrize("name", CASES)
def test_redo_then_undo_gives_the_exact_document_back(name, qapp):
    make, label = CASES[name]
    doc = build_sample()
    before = state(doc)
    stack = QUndoStack()
    cmd = make(doc)
    assert cmd.text() == label
    stack.push(cmd)
    after = state(doc)
    assert not same(doc, before), "the command changed nothing"
    assert_consistent(doc)
    stack.undo()
    assert same(doc, before)
    assert_consistent(doc)
    stack.redo()
    assert same(doc, after)
    stack.undo()
    assert same(doc, before)
    stack.clear()


def test_map_details_undo_puts_the_old_values_back(qapp):
    # (a mutant that forgot the old values let undo do nothing)
    doc = build_sample()
    stack = QUndoStack()
    stack.push(SetMeta(doc, {"title": "New title"}))
    stack.push(SetMeta(doc, {"title": "Newer title"}))
    stack.undo()
    assert doc.meta["title"] == "New title"
    stack.undo()
    assert doc.meta["title"] == "Sample"


def test_typing_in_one_field_is_one_step_and_the_next_field_another(qapp):
    doc = build_sample()
    stack = QUndoStack()
    for text in ("C", "Ch", "Che"):
        stack.push(FieldEdit(doc, "tp_3", {"title": text}, "tp_3:title"))
    stack.push(FieldEdit(doc, "tp_3", {"owner": "Ops"}, "tp_3:owner"))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert doc.get("tp_3")["title"] == "Checkout" and doc.get("tp_3")["owner"] == ""
    for text in ("J", "Jo"):
        stack.push(MetaEdit(doc, {"title": text}, "meta:title"))
    assert stack.count() == 1 and doc.meta["title"] == "Jo"
    stack.undo()
    assert doc.meta["title"] == "Sample"


def test_a_new_cards_first_title_is_part_of_its_add(qapp):
    doc = build_sample()
    before = state(doc)
    stack = QUndoStack()
    add = AddItem(doc, "touchpoint", {"title": "New touchpoint", "stage": "st_1", "lane": "la_1"})
    add.naming = True
    stack.push(add)
    stack.push(NameNewItem(doc, add.item_id, {"title": "Queue at the door"}))
    assert stack.count() == 1 and doc.get(add.item_id)["title"] == "Queue at the door"
    stack.undo()
    assert same(doc, before)
    stack.redo()
    assert doc.get(add.item_id)["title"] == "Queue at the door"


def test_an_untouched_add_is_discarded_without_a_redo(qapp):
    doc = build_sample()
    before = state(doc)
    stack = QUndoStack()
    stack.push(SetFields(doc, "tp_1", {"owner": "Sales"}))
    add = AddItem(doc, "touchpoint", {"title": "New", "stage": "st_1", "lane": "la_1"})
    stack.push(add)
    assert add.discard(stack)
    assert stack.count() == 1 and not stack.canRedo()
    stack.undo()
    assert same(doc, before)
    other = AddItem(doc, "persona", {"name": "Citra"})
    assert not other.discard(stack)  # never pushed: nothing to take back
