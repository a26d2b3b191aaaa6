"""Far out, what the window shows after an edit is the map as it now is.

The overview picture is cached per view; a stage reorder used to leave the old
picture on screen (the cells moved, nothing told the cache). An edit in place
repaints only its cell, and that part must still join the rest without a seam. Each step is
compared, pixel for pixel, with a view opened fresh on the same document, both
grabbed from the window system's copy of the window."""

from __future__ import annotations

from make_map import make_document
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


def _on_screen(view) -> QImage:
    QApplication.processEvents()
    return view.screen().grabWindow(view.winId()).toImage()


def _differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        1 for x in range(0, a.width(), 2) for y in range(0, a.height(), 2) if a.pixel(x, y) != b.pixel(x, y)
    )


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
        shown = _on_screen(view)
        fresh_scene, fresh = _open(qtbot, doc)
        fresh.setTransform(view.transform())
        fresh.horizontalScrollBar().setValue(view.horizontalScrollBar().value())
        fresh.verticalScrollBar().setValue(view.verticalScrollBar().value())
        assert _differing(shown, _on_screen(fresh)) == 0, f"step {i}"
        fresh_scene.detach()
    scene.detach()
