"""Dragging on the canvas with real mouse events: cards, headers, links, emotion
points, rubber band. Every gesture is one undo step that restores the document."""

from __future__ import annotations

from canvas_helpers import (
    card_centre,
    click,
    drag,
    drag_scene,
    move,
    press,
    release,
    vpos,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def test_drag_card_to_another_stage_and_undo(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    # tp_ad (Awareness) -> the Delivery cell of the touchpoints lane, after its cards
    target = scene.layout.cells[("st_3", "la_touch")]
    drag_scene(view, card_centre(scene, "tp_ad"), QPointF(target.right - 20, target.cy))
    a = doc.get("tp_ad")
    assert (a["stage"], a["lane"]) == ("st_3", "la_touch")
    assert doc.cell("st_3", "la_touch")[-1] == "tp_ad"
    assert stack.count() == 1  # one drag, one undo step
    # the card is drawn where the layout puts it
    assert scene.card_item("tp_ad").scene_rect().topLeft() == QPointF(
        scene.layout.cards["tp_ad"].x, scene.layout.cards["tp_ad"].y
    )
    stack.undo()
    assert before.same()
    stack.redo()
    assert doc.get("tp_ad")["stage"] == "st_3"


def test_drag_card_within_its_cell_reorders(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    assert doc.cell("st_0", "la_touch") == ("tp_ad", "tp_review")
    r = scene.layout.cards["tp_review"]
    drag_scene(view, card_centre(scene, "tp_ad"), QPointF(r.right - 10, r.cy))
    assert doc.cell("st_0", "la_touch") == ("tp_review", "tp_ad")
    stack.undo()
    assert before.same()


def test_drag_card_back_to_its_place_is_no_edit(canvas, doc, stack):
    scene, view = canvas
    c = card_centre(scene, "tp_page")
    drag_scene(view, c, c + QPointF(6, 4))
    assert stack.count() == 0
    assert scene.card_item("tp_page").scene_rect().center() == c


def test_drag_several_cards_keeps_their_order(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    scene.select_ids(["tp_ad", "tp_page"])
    target = scene.layout.cells[("st_4", "la_back")]
    drag_scene(view, card_centre(scene, "tp_page"), QPointF(target.right - 10, target.cy))
    assert doc.cell("st_4", "la_back") == ("tp_crm", "tp_ad", "tp_page")
    assert stack.count() == 1
    stack.undo()
    assert before.same()


def test_click_selects_ctrl_click_toggles(canvas, doc):
    scene, view = canvas
    click(view, vpos(view, card_centre(scene, "tp_page")))
    assert scene.selected_ids() == ["tp_page"]
    click(view, vpos(view, card_centre(scene, "tp_fee")), CTRL)
    assert scene.selected_ids() == ["tp_page", "tp_fee"]
    click(view, vpos(view, card_centre(scene, "tp_page")), CTRL)
    assert scene.selected_ids() == ["tp_fee"]


def test_click_on_empty_canvas_clears_and_rubber_band_selects(canvas, doc):
    scene, view = canvas
    scene.select_ids(["tp_page"])
    view.fitInView(view.map_rect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    # a band around the two Awareness cards of the touchpoints lane
    a, b = scene.layout.cards["tp_ad"], scene.layout.cards["tp_review"]
    start = QPointF(view.mapFromScene(QPointF(a.x - 10, a.y - 10)))
    end = QPointF(view.mapFromScene(QPointF(b.right + 10, b.bottom + 10)))
    drag(view, start, end)
    assert scene.selected_ids() == ["tp_ad", "tp_review"]  # not the links passing by


def test_link_by_dragging_the_handle(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    scene.select_ids(["tp_ad"])  # the handle shows on selection (and on hover)
    card = scene.card_item("tp_ad")
    handle = card.mapToScene(card.handle_center())
    drag_scene(view, handle, card_centre(scene, "tp_fee"))
    new = [k for k in doc.links() if doc.link_ends(k) == ("tp_ad", "tp_fee")]
    assert len(new) == 1
    assert scene.selected_ids() == new
    assert doc.get("tp_ad")["stage"] == "st_0"  # the card did not move
    assert stack.count() == 1
    stack.undo()
    assert before.same()


def test_link_tool_links_two_cards(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    view.set_tool("link")
    drag_scene(view, card_centre(scene, "tp_review"), card_centre(scene, "tp_cart"))
    assert [doc.link_ends(k) for k in doc.links()].count(("tp_review", "tp_cart")) == 1
    stack.undo()
    assert before.same()
    # releasing on nothing, or on the same card, makes no link
    drag_scene(view, card_centre(scene, "tp_review"), card_centre(scene, "tp_review") + QPointF(5, 5))
    assert stack.count() == 0 or stack.index() == 0
    view.set_tool("select")


def test_link_to_an_existing_pair_selects_it(canvas, doc, stack):
    scene, view = canvas
    view.set_tool("link")
    drag_scene(view, card_centre(scene, "tp_ad"), card_centre(scene, "tp_page"))
    assert stack.count() == 0
    assert scene.selected_ids() == ["ln_00"]


def test_hover_shows_handle(canvas, doc):
    scene, view = canvas
    card = scene.card_item("tp_cart")
    assert not card.handle_visible()
    move(view, vpos(view, card_centre(scene, "tp_cart")), Qt.MouseButton.NoButton)
    assert card.handle_visible()


def test_stage_header_drag_reorders_and_undo(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    h = scene.layout.stage_headers
    drag_scene(view, QPointF(h["st_0"].cx, h["st_0"].cy), QPointF(h["st_2"].right - 10, h["st_2"].cy))
    assert doc.stages() == ("st_1", "st_2", "st_0", "st_3", "st_4")
    assert stack.count() == 1
    # the header and the cards moved with the column
    assert scene.header_item("st_0").pos().x() == scene.layout.stage_headers["st_0"].x
    assert scene.card_item("tp_ad").scene_rect().x() == scene.layout.cards["tp_ad"].x
    stack.undo()
    assert before.same()


def test_lane_header_drag_reorders(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    h = scene.layout.lane_headers
    drag_scene(view, QPointF(h["la_emo"].cx, h["la_emo"].cy), QPointF(h["la_touch"].cx, h["la_touch"].y + 5))
    assert doc.lanes() == ("la_emo", "la_touch", "la_back")
    stack.undo()
    assert before.same()


def test_drag_emotion_point_sets_emotion_and_undo(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    curve = scene.curve_item("pe_budi")
    point = next(p for p in curve.points if p.touchpoint == "tp_late")
    assert point.emotion == -3
    lane = scene.layout.emotion_lanes[0]
    target_y = scene.layout.emotion_y(lane, 1) + 3  # snaps to +1
    view.fitInView(view.map_rect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    at = curve.display_pos("tp_late")
    start = QPointF(view.mapFromScene(at))
    end = QPointF(view.mapFromScene(QPointF(at.x() + 4, target_y)))
    drag(view, start, end)
    assert doc.get("tp_late")["emotions"] == {"pe_budi": 1}
    assert stack.count() == 1
    # the curve follows the document
    moved = next(p for p in scene.curve_item("pe_budi").points if p.touchpoint == "tp_late")
    assert moved.emotion == 1
    stack.undo()
    assert before.same()


def test_emotion_drag_clamps_to_range(canvas, doc, stack):
    scene, view = canvas
    curve = scene.curve_item("pe_dina")
    next(p for p in curve.points if p.touchpoint == "tp_page")
    view.fitInView(view.map_rect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    at = curve.display_pos("tp_page")
    start = QPointF(view.mapFromScene(at))
    lane = scene.layout.lane_rows[scene.layout.emotion_lanes[0]]
    drag(view, start, QPointF(view.mapFromScene(QPointF(at.x(), lane.y - 200))))
    assert doc.get("tp_page")["emotions"]["pe_dina"] == 3


def test_press_escape_cancels_a_drag(canvas, doc, stack):
    from PySide6.QtTest import QTest

    scene, view = canvas
    c = vpos(view, card_centre(scene, "tp_page"))
    press(view, c)
    move(view, c + QPointF(40, 10))
    move(view, c + QPointF(300, 10))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    release(view, c + QPointF(300, 10))
    assert stack.count() == 0
    assert scene.card_item("tp_page").scene_rect().center() == card_centre(scene, "tp_page")


def test_a_card_dragged_out_of_sight_of_its_cell_is_still_drawn(canvas, doc):
    # A card dragged far from its cell, which scrolls out of sight, must still show
    # (a repaint that skipped cells out of sight must not skip what they hold).
    scene, view = canvas
    view.resize(520, 420)
    QApplication.processEvents()
    card = scene.card_item("tp_ad")
    home = card.sceneBoundingRect().center()
    view.centerOn(home)  # clear of the headers pinned at the view's edges
    QApplication.processEvents()
    at = QPointF(view.mapFromScene(home))
    press(view, at)
    move(view, at + QPointF(12, 0))  # past the drag distance: lifted
    assert scene.input.gesture is not None and scene.input.gesture.started
    far = QPointF(home.x() + 900, home.y() + 240)
    view.centerOn(far)
    QApplication.processEvents()
    move(view, QPointF(view.mapFromScene(far)))
    QApplication.processEvents()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert not shown.intersects(card.parentItem().sceneBoundingRect())  # its cell is out of sight
    # where it is dragged, the white card covers the lanes' tinted ground and lines
    # (57 of 299 sampled pixels lighter; 1 when the card was not drawn)
    inner = view.mapFromScene(card.sceneBoundingRect().adjusted(12, 12, -12, -12)).boundingRect()
    dragging = view.viewport().grab().toImage()
    scene.input.editor.cancel_gesture()  # back home: the same spot without it
    QApplication.processEvents()
    after = view.viewport().grab().toImage()
    spots = [
        (x, y) for x in range(inner.left(), inner.right(), 8) for y in range(inner.top(), inner.bottom(), 8)
    ]
    lighter = sum(
        dragging.pixelColor(x, y).lightness() > after.pixelColor(x, y).lightness() for x, y in spots
    )
    assert lighter > len(spots) // 10, (lighter, len(spots))


def test_a_right_click_during_a_card_drag_gives_the_drag_up(canvas, doc, stack):
    # (the drag's press point used to hide Gesture.press: a TypeError, the card left lifted)
    scene, view = canvas
    card = scene.card_item("tp_ad")
    home = card.pos()
    view.centerOn(card.sceneBoundingRect().center())
    QApplication.processEvents()
    at = QPointF(view.mapFromScene(card.sceneBoundingRect().center()))
    press(view, at)
    move(view, at + QPointF(60, 30))
    assert card.pos() != home
    press(view, at + QPointF(60, 30), button=Qt.MouseButton.RightButton)
    release(view, at + QPointF(60, 30), button=Qt.MouseButton.RightButton)
    QApplication.processEvents()
    assert card.pos() == home and card.zValue() == 0 and card.opacity() == 1.0
    assert stack.count() == 0 and doc.get("tp_ad")["stage"] == "st_0"
    release(view, at + QPointF(60, 30))  # the left button let go later: nothing happens
    assert stack.count() == 0
