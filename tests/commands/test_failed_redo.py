"""A command whose redo fails leaves the stack and the document as they were
(issue 15, defect 11): before, it stayed on the stack and the next undo raised
KeyError."""

from __future__ import annotations

import pytest
from journeydesk_testkit import assert_consistent, build_sample
from networkx.utils import graphs_equal
from PySide6.QtGui import QUndoStack

from journeydesk.commands import AddItem, MoveTouchpoints, SetFields, push, push_macro
from journeydesk.io import dumps, load_text
from journeydesk.model import FieldError


@pytest.fixture
def doc(qapp):
    return build_sample()


@pytest.fixture
def stack(qapp):
    s = QUndoStack()
    yield s
    s.clear()


def state(doc, stack):
    return dumps(doc), stack.count(), stack.index(), stack.isClean()


BAD = [
    lambda d: AddItem(d, "link", {"source": "tp_1", "target": "tp_1"}),  # a link to itself
    lambda d: AddItem(d, "touchpoint", {"title": "x\x1b", "stage": "st_1", "lane": "la_1"}),
    lambda d: AddItem(d, "stage", {"name": "dup", "id": "tp_1"}),  # an id in use
    lambda d: SetFields(d, "tp_1", {"title": "ok", "severity": 9}),
    lambda d: SetFields(d, "gone", {"title": "x"}),
    lambda d: MoveTouchpoints(d, [("tp_1", "st_2", "la_1", 0), ("tp_2", "nowhere", "la_1", 0)]),
]


@pytest.mark.parametrize("make", BAD)
def test_a_failed_edit_changes_nothing(doc, stack, make):
    push(stack, AddItem(doc, "stage", {"name": "Before the bad one"}))
    stack.setClean()
    before = state(doc, stack)
    graph_before = load_text(dumps(doc)).graph
    command = make(doc)
    with pytest.raises((FieldError, KeyError, TypeError, ValueError)):
        push(stack, command)
    assert state(doc, stack) == before
    assert graphs_equal(doc.graph, graph_before)
    assert_consistent(doc)
    stack.undo()  # the edit before it undoes cleanly: no KeyError
    assert doc.count("stage") == 3
    stack.redo()
    assert doc.count("stage") == 4


def test_a_plain_stack_push_drops_the_failed_command_too(doc, stack):
    before = state(doc, stack)
    stack.push(AddItem(doc, "link", {"source": "tp_1", "target": "tp_1"}))
    assert state(doc, stack) == before and not stack.canUndo()


def test_a_macro_that_fails_half_way_is_undone_and_dropped(doc, stack):
    push(stack, AddItem(doc, "stage", {"name": "Kept"}))
    before = state(doc, stack)
    good = AddItem(doc, "touchpoint", {"title": "Half", "stage": "st_1", "lane": "la_1"})
    bad = AddItem(doc, "link", {"source": "tp_1", "target": "tp_1"})
    with pytest.raises(FieldError):
        push_macro(stack, "Paste 2 items", [good, bad])
    assert state(doc, stack) == before
    assert good.item_id not in doc
    assert stack.undoText() == "Add stage"


def test_a_redo_that_fails_later_leaves_the_stack_usable(doc, stack):
    add = AddItem(doc, "touchpoint", {"title": "Card", "stage": "st_1", "lane": "la_1"})
    push(stack, add)
    stack.undo()
    doc.add_stage("Squatter", id=add.item_id)  # someone took the id meanwhile
    stack.redo()
    assert doc.kind_of(add.item_id) == "stage"
    assert_consistent(doc)
    assert not stack.canRedo()


def test_push_keeps_the_redo_history_when_the_edit_fails(doc, stack):
    push(stack, AddItem(doc, "stage", {"name": "Undone"}))
    stack.undo()
    with pytest.raises(FieldError):
        push(stack, AddItem(doc, "link", {"source": "tp_1", "target": "tp_1"}))
    assert stack.canRedo() and stack.redoText() == "Add stage"
    with pytest.raises(FieldError):
        push_macro(
            stack, "Paste", [AddItem(doc, "stage", {"name": "x"}), SetFields(doc, "tp_1", {"title": "\x00"})]
        )
    assert stack.canRedo() and doc.count("stage") == 3
