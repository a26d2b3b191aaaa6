"""Palette drops on the canvas (QDragEnter/Move/Drop events on the viewport
carrying the palette's mime data) and the keyboard path (add_from_palette)."""

from __future__ import annotations

from canvas_helpers import card_centre, cell_point
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from journeydesk.ui.palette import MIME_TYPE, mime_for


def drop(view, scene_pos: QPointF, kind: str | None = None, mime: QMimeData | None = None) -> bool:
    """Drag palette data onto the viewport at a scene point; True if accepted."""
    view.fitInView(view.map_rect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    mime = mime if mime is not None else mime_for(kind)
    pos = view.mapFromScene(scene_pos)
    vp = view.viewport()
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(vp, enter)
    if not enter.isAccepted():
        return False
    move_ = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(vp, move_)
    if not move_.isAccepted():
        return False
    dropped = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    QApplication.sendEvent(vp, dropped)
    return dropped.isAccepted()


def test_drop_touchpoint_into_a_cell(editor, canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    # the empty Awareness cell of the backstage lane
    assert drop(view, cell_point(scene, "st_0", "la_back"), "touchpoint")
    cell = doc.cell("st_0", "la_back")
    assert len(cell) == 1
    tp = cell[0]
    assert doc.get(tp)["title"] == "New touchpoint"
    assert scene.selected_ids() == [tp]
    assert scene.is_editing()  # ready to type its title
    editor.cancel_editing()  # Esc on a new card takes it back
    assert before.same()


def test_drop_touchpoint_between_cards_takes_that_place(editor, canvas, doc, stack):
    scene, view = canvas
    a, b = scene.layout.cards["tp_cart"], scene.layout.cards["tp_pay"]
    between = QPointF((a.right + b.x) / 2, a.cy)
    assert drop(view, between, "touchpoint")
    editor.commit_editing()
    cell = doc.cell("st_2", "la_touch")
    assert cell[0] == "tp_cart" and cell[2] == "tp_pay" and len(cell) == 3
    assert doc.get(cell[1])["stage"] == "st_2" and doc.get(cell[1])["lane"] == "la_touch"


def test_drop_stage_between_headers(editor, canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    h1, h2 = scene.layout.stage_headers["st_1"], scene.layout.stage_headers["st_2"]
    assert drop(view, QPointF(h1.right - 5, h1.cy), "stage")  # right half of Consideration
    stages = doc.stages()
    assert len(stages) == 6 and stages[:2] == ("st_0", "st_1") and stages[3] == "st_2"
    assert doc.get(stages[2])["name"] == "New stage"
    editor.commit_editing()
    stack.undo() if stack.index() == 1 else None
    while stack.index():
        stack.undo()
    assert before.same()
    assert h2  # (the next header stays where it was)


def test_drop_lane_between_lane_headers(editor, canvas, doc, stack):
    scene, view = canvas
    h = scene.layout.lane_headers["la_touch"]
    assert drop(view, QPointF(h.cx, h.bottom - 4), "lane")
    editor.commit_editing()
    lanes = doc.lanes()
    assert len(lanes) == 4 and lanes[0] == "la_touch" and lanes[2] == "la_back"
    assert doc.get(lanes[1])["kind"] == "touchpoints"


def test_drop_persona_anywhere(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    assert drop(view, cell_point(scene, "st_4", "la_emo"), "persona")
    assert len(doc.personas()) == 3
    assert doc.get(doc.personas()[-1])["name"] == "New persona"
    stack.undo()
    assert before.same()


def test_drop_friction_on_a_card_selects_it(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    assert drop(view, card_centre(scene, "tp_cart"), "friction")
    frictions = doc.frictions_on("tp_cart")
    assert len(frictions) == 1
    assert doc.get(frictions[0])["title"] == "New friction"
    assert scene.selected_ids() == [frictions[0]]
    assert scene.badge_item("tp_cart") is not None
    stack.undo()
    assert before.same()
    assert scene.badge_item("tp_cart") is None


def test_drop_friction_on_a_link(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    link = scene.link_item("ln_02")  # tp_page -> tp_fee, straight across
    mid = link.mapToScene(link.path().pointAtPercent(0.4))
    assert drop(view, mid, "friction")
    frictions = doc.frictions_on("ln_02")
    assert len(frictions) == 1
    assert scene.selected_ids() == list(frictions)
    stack.undo()
    assert before.same()


def test_friction_drop_on_nothing_is_refused(canvas, doc, stack):
    scene, view = canvas
    assert not drop(view, cell_point(scene, "st_0", "la_back"), "friction")
    assert stack.count() == 0


def test_foreign_drops_are_refused(canvas, doc, stack):
    scene, view = canvas
    mime = QMimeData()
    mime.setText("touchpoint")
    assert not drop(view, cell_point(scene, "st_0", "la_back"), mime=mime)
    bad = QMimeData()
    bad.setData(MIME_TYPE, b"spaceship")
    assert not drop(view, cell_point(scene, "st_0", "la_back"), mime=bad)
    assert stack.count() == 0


def test_add_from_palette_uses_the_selection(editor, canvas, doc, stack):
    scene, _view = canvas
    scene.select_ids(["tp_page"])
    tp = editor.add_from_palette("touchpoint")
    assert doc.cell("st_1", "la_touch") == ("tp_page", tp, "tp_fee")
    editor.commit_editing()
    scene.select_ids(["tp_fee"])
    fr = editor.add_from_palette("friction")
    assert doc.get(fr)["target"] == "tp_fee"
    scene.select_ids(["st_1"])
    st = editor.add_from_palette("stage")
    editor.commit_editing()
    assert doc.stages().index(st) == 2
    pe = editor.add_from_palette("persona")
    assert doc.kind_of(pe) == "persona"
    scene.select_ids([])
    assert editor.add_from_palette("friction") is None


def test_add_touchpoint_here_on_a_blank_map(qtbot):
    from PySide6.QtGui import QUndoStack

    from journeydesk.model import JourneyDocument
    from journeydesk.ui.canvas import MapEditor, MapScene, MapView

    doc = JourneyDocument("Blank")
    stack = QUndoStack()
    scene = MapScene(doc, stack)
    editor = MapEditor(scene, stack)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.show()
    tp = editor.add_touchpoint_here()
    assert doc.stages() and doc.lanes() and doc.cell(doc.stages()[0], doc.lanes()[0]) == (tp,)
    editor.commit_editing()
    assert stack.count() == 1  # stage, lane and card in one step
    stack.undo()
    assert not doc.stages() and not doc.lanes()
    scene.detach()


def test_drag_enter_shows_feedback_and_leave_hides_it(canvas, doc):
    scene, view = canvas
    view.fitInView(view.map_rect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    pos = view.mapFromScene(cell_point(scene, "st_1", "la_back"))
    mime = mime_for("touchpoint")  # keep a reference: the event only points at it
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    assert scene.markers.bar.isVisible() and scene.markers.area.isVisible()
    from PySide6.QtGui import QDragLeaveEvent

    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert not scene.markers.bar.isVisible()
    assert QPoint  # (imported for the helpers' signature)
