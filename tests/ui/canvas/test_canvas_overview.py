"""Far out, what the window shows after an edit is the map as it now is.

The overview picture is cached per view; a stage reorder used to leave the old
picture on screen (the cells moved, nothing told the cache). An edit in place
repaints only its cell, and that part must still join the rest without a seam. Each step is
compared, pixel for pixel, with a view opened fresh on the same document, both
grabbed from the window system's copy of the window."""

from __future__ import annotations

import shiboken6
from make_map import make_document
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QApplication

from journeydesk.commands import AddItem, MoveTouchpoints, RemoveItems, Reorder, SetFields
from journeydesk.ui.canvas import MapEditor, MapScene, MapView


def _open(qtbot, doc, stack=None):
    stack = stack or QUndoStack()
    scene = MapScene(doc, stack)
    MapEditor(scene, stack)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.fit()
    QApplication.processEvents()
    return scene, view


def _close(scene, view) -> None:
    """Close a view and its scene, in that order, at once: a scene left to the
    garbage collector was destroyed in the middle of a later edit (a segfault in CI)."""
    view.setScene(None)
    view.close()
    scene.detach()
    # and both go now, not whenever the collector reaches them during a later test
    shiboken6.delete(scene)


def _on_screen(view) -> QImage:
    QApplication.processEvents()
    return view.screen().grabWindow(view.winId()).toImage()


def _differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        1 for x in range(0, a.width(), 2) for y in range(0, a.height(), 2) if a.pixel(x, y) != b.pixel(x, y)
    )


def _assert_shows_as_fresh(qtbot, view, doc, focus=None, what="", selected=()) -> None:
    """The window shows what a view opened now on ``doc`` (with ``focus``, and
    ``selected`` selected) shows."""
    shown = _on_screen(view)
    fresh_scene, fresh = _open(qtbot, doc)
    if focus is not None:
        fresh_scene.set_persona_focus(focus)
    if selected:
        fresh_scene.select_ids(selected)
    fresh.setTransform(view.transform())
    fresh.horizontalScrollBar().setValue(view.horizontalScrollBar().value())
    fresh.verticalScrollBar().setValue(view.verticalScrollBar().value())
    assert _differing(shown, _on_screen(fresh)) == 0, what
    _close(fresh_scene, fresh)


def test_far_out_every_edit_and_undo_shows_the_map_as_it_is(qtbot):
    doc = make_document(240, seed=5)
    stack = QUndoStack()
    scene, view = _open(qtbot, doc, stack)
    assert scene.overview_mode()
    _on_screen(view)  # the picture is cached now
    stage, other = doc.stages()[0], doc.stages()[2]
    tp = doc.cell(stage, doc.lanes()[0])[0]
    plain = next(t for t in doc.touchpoints() if not doc.frictions_on(t))
    edits = [
        # in place: only the edited cell is drawn again
        SetFields(doc, doc.touchpoints()[3], {"title": "Renamed", "moment_of_truth": True}),
        AddItem(doc, "friction", {"target": plain, "title": "Slow", "severity": 4}),
        # cells move
        Reorder(doc, stage, 3),
        MoveTouchpoints(doc, [(tp, other, doc.lanes()[1], 0)]),
        RemoveItems(doc, [doc.touchpoints()[5]]),
    ]
    areas = []
    real_area = scene.overview._area_of
    scene.overview._area_of = lambda groups: areas.append(real_area(groups)) or areas[-1]
    steps = [lambda e=e: stack.push(e) for e in edits] + [stack.undo] * len(edits)
    for i, step in enumerate(steps):
        areas.clear()
        step()
        if i < 2:  # the in-place edits repaint a part of the map, not all of it
            assert areas and areas[-1] is not None
            assert areas[-1].width() * areas[-1].height() < 0.2 * scene.layout.width * scene.layout.height
        _assert_shows_as_fresh(qtbot, view, doc, what=f"step {i}")
    _close(scene, view)


def test_far_out_persona_focus_switches_and_edits_show_the_map_as_it_is(qtbot):
    """Each focus keeps its own far-out picture (switching back draws from memory);
    an edit made under one focus still shows right under the others."""
    doc = make_document(240, seed=6)
    stack = QUndoStack()
    scene, view = _open(qtbot, doc, stack)
    a, b = doc.personas()[:2]
    card = next(t for t in doc.touchpoints() if tuple(doc.get(t)["personas"]) == (b,))

    for focus in (a, b, a):
        scene.set_persona_focus(focus)
        _assert_shows_as_fresh(qtbot, view, doc, focus, f"focus {focus}")
    stack.push(SetFields(doc, card, {"personas": [a], "emotions": {}}))  # now a's, no longer b's
    _assert_shows_as_fresh(qtbot, view, doc, a, "after the edit")
    for focus in (b, None, a):
        scene.set_persona_focus(focus)
        _assert_shows_as_fresh(qtbot, view, doc, focus, f"focus {focus} after the edit")
    _close(scene, view)


def test_a_focus_chosen_far_out_dims_the_cards_when_the_view_comes_in(qtbot):
    from journeydesk.ui.canvas.focus import DIM

    doc = make_document(240, seed=6)
    scene, view = _open(qtbot, doc)
    persona = doc.personas()[0]
    scene.set_persona_focus(persona)
    view.set_zoom(1.0)
    assert not scene.overview_mode()
    lit, _links = scene.focus.lit()
    opacities = {t: item.opacity() for t, item in scene.store.cards.items()}
    assert {t for t, o in opacities.items() if o == DIM} == set(scene.store.cards) - lit
    assert all(opacities[t] == 1.0 for t in lit)
    _close(scene, view)


def test_far_out_a_selection_of_everything_looks_as_if_drawn_item_by_item(qtbot, monkeypatch):
    # Select all takes the overview's per-cell pictures instead of visiting each
    # card and link; the window must show what the item-by-item drawing shows.
    doc = make_document(240, seed=5)
    scene, view = _open(qtbot, doc)
    assert scene.overview_mode()
    unselected = _on_screen(view)
    scene.select_all()
    overlay = scene.selection_overlay
    assert overlay._everything(overlay._current()) is not None
    whole = _on_screen(view)
    assert _differing(unselected, whole) > 500  # the selection shows
    monkeypatch.setattr(type(overlay), "_everything", lambda self, items: None)
    overlay.invalidate()
    assert _differing(whole, _on_screen(view)) == 0
    monkeypatch.undo()
    # a card added after select all is not selected, so not highlighted either
    stack = QUndoStack()
    stack.push(
        AddItem(doc, "touchpoint", {"title": "Late", "stage": doc.stages()[0], "lane": doc.lanes()[0]})
    )
    scene.flush()
    _assert_shows_as_fresh(qtbot, view, doc, what="added after select all", selected=scene.selected_ids())
    stack.undo()
    scene.flush()
    # one card fewer: drawn item by item, and that card is not highlighted
    with scene.guard_selection():
        scene.item_for(doc.touchpoints()[0]).setSelected(False)
    assert overlay._everything(overlay._current()) is None
    assert doc.touchpoints()[0] not in overlay.drawn_ids()
    assert _differing(whole, _on_screen(view)) > 0
    _close(scene, view)


def _assert_no_trace(view, what: str) -> None:
    """What the window shows after the repaints an edit asked for is what a
    repaint of the whole view shows: nothing left behind where items were."""
    shown = _on_screen(view)
    view.viewport().update()
    whole = _on_screen(view)

    def clear(p: int, q: int) -> bool:  # antialiased edges differ a little (under 40 of 255)
        return max(abs(((p >> s) & 255) - ((q >> s) & 255)) for s in (0, 8, 16)) > 60

    differing = sum(
        clear(shown.pixel(x, y), whole.pixel(x, y))
        for x in range(0, shown.width(), 2)
        for y in range(0, shown.height(), 2)
    )
    assert differing == 0, what


def test_at_full_size_every_edit_undo_and_cancelled_drag_leaves_no_trace(qtbot):
    # Cell groups bound what they hold, and Qt repaints a moved child only inside
    # its group's bounds: what a child left outside them must still be repainted.
    from canvas_helpers import move, press

    doc = make_document(60, seed=3)
    stack = QUndoStack()
    scene, view = _open(qtbot, doc, stack)
    view.actual_size()
    QApplication.processEvents()
    assert not scene.overview_mode()
    stage, lane = max(((s, la) for s in doc.stages() for la in doc.lanes()), key=lambda k: len(doc.cell(*k)))
    other = next(s for s in doc.stages() if s != stage)
    first = doc.cell(stage, lane)
    view.centerOn(scene.card_item(first[0]).sceneBoundingRect().center())
    edits = [
        RemoveItems(doc, list(first[1:4])),  # the cell shrinks
        MoveTouchpoints(doc, [(first[0], other, lane, 0)]),
        AddItem(doc, "touchpoint", {"title": "New", "stage": stage, "lane": lane, "index": 0}),
    ]
    steps = [lambda e=e: stack.push(e) for e in edits] + [stack.undo] * len(edits)
    for i, step in enumerate(steps):
        step()
        _assert_no_trace(view, f"step {i}")
    # a card dragged out of its cell's bounds, then the drag given up (Escape)
    card = scene.card_item(doc.cell(stage, lane)[0])
    start = card.sceneBoundingRect().center()
    end = QPointF(card.parentItem().sceneBoundingRect().right() + 150, start.y() + 40)
    view.centerOn((start + end) / 2)
    QApplication.processEvents()
    at, to = QPointF(view.mapFromScene(start)), QPointF(view.mapFromScene(end))
    press(view, at)
    for i in range(1, 21):
        move(view, at + (to - at) * (i / 20))
        QApplication.processEvents()
    bar = view.horizontalScrollBar()
    for _ in range(3):  # held at the edge: the view scrolls under the card, as it does in a drag
        bar.setValue(bar.value() + 40)
        move(view, to)
        _on_screen(view)
    assert not card.parentItem().sceneBoundingRect().contains(card.sceneBoundingRect())
    scene.input.editor.cancel_gesture()
    _assert_no_trace(view, "cancelled drag")
    _close(scene, view)
