"""Bulk selection costs one pass, not one pass per item: select all, a rubber band
and deleting a selection settle the far-out selection drawing and send the
selected ids once (counted, not timed)."""

from __future__ import annotations

import pytest
from canvas_helpers import move, press, release
from make_map import make_document
from PySide6.QtCore import QPointF
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from journeydesk.ui.canvas import MapEditor, MapScene, MapView


@pytest.fixture
def big(qtbot):
    """(scene, view, emitted id lists, overview sync counter) on a 300-card map at fit."""
    doc = make_document(300, seed=2)
    stack = QUndoStack()
    scene = MapScene(doc, stack)
    MapEditor(scene, stack)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.fit()
    QApplication.processEvents()
    emitted: list[list[str]] = []
    scene.selectionIdsChanged.connect(emitted.append)
    syncs = [0]
    real_sync = scene._sync_overview_selection

    def counting_sync(*args) -> None:
        syncs[0] += 1
        real_sync(*args)

    scene._sync_overview_selection = counting_sync
    yield scene, view, emitted, syncs, stack
    stack.clear()
    scene.detach()


def _overview_drawn_by_items(scene) -> set:
    """The selected items the far-out selection layer draws. No map item paints
    itself far out: one painted item per selected card made select all at fit
    cost a second at 10,000 cards."""
    assert not [i for g in (scene.store.cards, scene.store.links) for i in g.values() if not i._hidden]
    overlay = scene.selection_overlay
    return set(overlay._current())


def test_select_all_far_out_syncs_and_signals_once(big):
    scene, _view, emitted, syncs, _stack = big
    assert scene.overview_mode()
    scene.select_all()
    n = len(scene.store.cards) + len(scene.store.links)
    assert len(scene.selectedItems()) == n
    assert syncs[0] == 1  # was once per setSelected: n walks over the whole selection
    assert len(emitted) == 1 and len(emitted[0]) == n
    assert _overview_drawn_by_items(scene) == set(scene.selectedItems())


def test_select_ids_far_out_syncs_once(big):
    scene, _view, emitted, syncs, _stack = big
    ids = list(scene.doc.touchpoints()[:150])
    scene.select_ids(ids)
    assert syncs[0] == 1
    assert emitted == [ids]
    assert {i.item_id for i in _overview_drawn_by_items(scene)} == set(ids)


def test_deleting_a_far_out_selection_settles_once(big):
    scene, _view, emitted, syncs, stack = big
    ids = scene.doc.touchpoints()[:120]
    scene.select_ids(ids)
    syncs[0] = 0
    emitted.clear()
    scene.input.editor.delete_selected()
    assert not any(t in scene.doc for t in ids)
    assert syncs[0] <= 1  # was once per removed selected item
    assert emitted == [[]]
    stack.undo()
    assert all(t in scene.doc for t in ids)


def test_rubber_band_sends_the_ids_once_at_release(big):
    scene, view, emitted, _syncs, _stack = big
    rect = scene.itemsBoundingRect()
    start = QPointF(view.mapFromScene(rect.topLeft())) + QPointF(-4, -4)
    end = QPointF(view.mapFromScene(rect.bottomRight())) + QPointF(4, 4)
    press(view, start)
    grown = []
    for i in range(1, 7):
        move(view, start + (end - start) * (i / 6))
        grown.append(len(_overview_drawn_by_items(scene)))
    assert emitted == []  # nothing sent while the band is dragged
    assert grown[-1] > grown[0]  # but far out the covered items show as it grows
    release(view, end)
    assert len(emitted) == 1
    cards = set(scene.doc.touchpoints())
    assert cards <= set(emitted[0])
    assert emitted[0] == scene.selected_ids()
    # The band's hold is released: a later click selection is sent at once.
    scene.select_ids([scene.doc.touchpoints()[0]])
    assert emitted[-1] == [scene.doc.touchpoints()[0]]


def test_selection_at_100_percent_is_unchanged(big):
    scene, view, emitted, syncs, _stack = big
    view.actual_size()
    QApplication.processEvents()
    assert not scene.overview_mode()
    scene.select_all()
    assert syncs[0] == 0
    assert len(emitted) == 1
    scene.clearSelection()
    assert emitted[-1] == []


def test_a_selection_of_everything_comes_in_map_order_and_takes_the_focus(big):
    # every card and link (and a header, and badges) selected: the cards and links
    # come in the document's order without a sort, the rest where they belong
    scene, _view, emitted, _syncs, _stack = big
    doc = scene.doc
    stage = doc.stages()[1]
    badge = next(iter(scene.store.badges.values()))
    with scene.guard_selection():
        scene.select_all()
        scene.item_for(stage).setSelected(True)
        badge.setSelected(True)
    friction = badge.focused_friction()
    assert emitted[-1] == [stage, *doc.touchpoints(), *doc.links(), friction]
    assert emitted[-1] == scene.selected_ids()
    # the keyboard focus goes to the last card, past the links and frictions
    assert scene.keyboard_focus.item_id == doc.touchpoints()[-1]
    # one link fewer: the links are sorted one by one, to the same order
    with scene.guard_selection():
        scene.store.links[doc.links()[0]].setSelected(False)
    assert emitted[-1] == [stage, *doc.touchpoints(), *doc.links()[1:], friction]
