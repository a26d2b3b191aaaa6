"""Deleting thousands of cards renumbers each cell once, not once per card
(counted), and undo and redo still give back the exact document."""

from __future__ import annotations

from journeydesk_testkit import assert_consistent
from make_map import make_document
from PySide6.QtGui import QUndoStack

from journeydesk.commands import RemoveItems
from journeydesk.io import dumps


def _orders_right(doc) -> None:
    nodes = doc.graph.nodes
    for stage in doc.stages():
        for lane in doc.lanes():
            assert [nodes[t]["order"] for t in doc.cell(stage, lane)] == list(
                range(len(doc.cell(stage, lane)))
            )


def _count_renumbering(doc) -> list[int]:
    """Cards given a new order, counted (the real renumbering, not the deferred notes)."""
    counted = [0]
    real = doc._renumber

    def counting(cell, start, key=None):
        if key is None or doc._stale_cells is None:
            counted[0] += len(cell) - start
        real(cell, start, key)

    doc._renumber = counting
    return counted


def test_deleting_the_first_cards_of_every_cell_renumbers_each_cell_once():
    doc = make_document(600, seed=4)
    before = dumps(doc)
    cells = [doc.cell(s, la) for s in doc.stages() for la in doc.lanes()]
    # The first half of each cell: deleted one by one, each deletion renumbered
    # everything after it (cards x cell size).
    victims = [t for cell in cells for t in cell[: len(cell) // 2]]
    last_stage = doc.stages()[-1]
    others = [doc.links()[0], last_stage]  # mixed in: a link and a stage
    counted = _count_renumbering(doc)
    stack = QUndoStack()
    stack.push(RemoveItems(doc, victims + others))
    assert not any(t in doc for t in victims)
    assert last_stage not in doc
    _orders_right(doc)
    assert_consistent(doc)
    # Each card renumbered at most once (here: the stage's cards too, before it goes);
    # one by one it was several thousand.
    assert counted[0] <= 600, counted[0]
    edited = dumps(doc)
    counted[0] = 0
    stack.undo()
    assert dumps(doc) == before
    _orders_right(doc)
    assert counted[0] <= doc.count("touchpoint")
    stack.redo()
    assert dumps(doc) == edited
    _orders_right(doc)
    stack.undo()
    assert dumps(doc) == before
    assert_consistent(doc)
