"""The keyboard on the canvas: the focus ring, arrows onto headers, Ctrl+arrows
and Ctrl+Space to pick several cards, Shift+arrows to extend, Home/End, and
Alt+arrows to move cards (one undo step each)."""

from __future__ import annotations

from canvas_helpers import card_centre, click, key, vpos
from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def ring(scene):
    return scene.keyboard_focus.ring


def test_the_ring_shows_after_keys_not_after_a_click(canvas):
    scene, view = canvas
    click(view, vpos(view, card_centre(scene, "tp_page")))
    assert scene.keyboard_focus.item_id == "tp_page"
    assert not ring(scene).isVisible()  # a click shows the selection, no ring
    key(view, Qt.Key.Key_Right)
    assert scene.keyboard_focus.item_id == "tp_fee" and ring(scene).isVisible()
    card = scene.card_item("tp_fee").scene_rect()
    assert ring(scene).ring_rect() == card
    assert ring(scene).sceneBoundingRect().contains(card)
    view.clearFocus()
    QApplication.processEvents()
    assert not ring(scene).isVisible()  # only while the canvas has the keyboard focus


def test_tabbing_into_the_canvas_shows_where_the_keys_start(canvas):
    scene, view = canvas
    view.clearFocus()
    scene.keyboard_focus.set(None)
    QApplication.sendEvent(view, QFocusEvent(QFocusEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert scene.keyboard_focus.item_id == "tp_ad"  # top left, nothing selected
    assert scene.selected_ids() == []
    assert ring(scene).isVisible()


def test_the_ring_is_drawn_on_screen(canvas):
    scene, view = canvas
    scene.select_ids(["tp_ad"])
    key(view, Qt.Key.Key_Right)  # to tp_review: ring on
    rect = view.mapFromScene(ring(scene).ring_rect()).boundingRect()
    image = view.viewport().grab().toImage()
    x, y = rect.center().x(), rect.top() - 5  # on the outer (dark) ring, above the card
    dark = [image.pixelColor(x, y - d).lightness() for d in range(4)]
    assert min(dark) < 90, dark
    view.clearFocus()
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    assert min(image.pixelColor(x, y - d).lightness() for d in range(4)) > 150


def test_arrows_reach_the_stage_and_lane_headers(canvas, doc):
    scene, view = canvas
    scene.select_ids(["tp_ad"])
    key(view, Qt.Key.Key_Up)  # the top card: its stage's header next
    assert scene.selected_ids() == ["st_0"]
    key(view, Qt.Key.Key_Right)
    assert scene.selected_ids() == ["st_1"]
    key(view, Qt.Key.Key_Down)  # the stage's first card
    assert scene.selected_ids() == ["tp_page"]
    scene.select_ids(["tp_ad"])
    key(view, Qt.Key.Key_Left)  # the left column: the lane's header
    assert scene.selected_ids() == ["la_touch"]
    key(view, Qt.Key.Key_Down)
    assert scene.selected_ids() == ["la_back"]
    key(view, Qt.Key.Key_Right)
    assert scene.selected_ids() == ["tp_fraud"]  # the backstage lane's first card


def test_ctrl_arrows_and_ctrl_space_pick_several_cards(canvas):
    scene, view = canvas
    scene.select_ids(["tp_ad"])
    key(view, Qt.Key.Key_Right, CTRL)
    key(view, Qt.Key.Key_Right, CTRL)
    assert scene.selected_ids() == ["tp_ad"]
    assert scene.keyboard_focus.item_id == "tp_page"
    key(view, Qt.Key.Key_Space, CTRL)
    assert scene.selected_ids() == ["tp_ad", "tp_page"]
    assert scene.keyboard_focus.item_id == "tp_page"
    key(view, Qt.Key.Key_Space, CTRL)  # again: out of the selection, the focus stays
    assert scene.selected_ids() == ["tp_ad"] and scene.keyboard_focus.item_id == "tp_page"
    assert not view._space  # Ctrl+Space is not the pan key


def test_shift_arrows_extend_the_selection(canvas):
    scene, view = canvas
    scene.select_ids(["tp_ad"])
    key(view, Qt.Key.Key_Right, SHIFT)
    key(view, Qt.Key.Key_Right, SHIFT)
    assert scene.selected_ids() == ["tp_ad", "tp_review", "tp_page"]


def test_home_and_end(canvas, doc):
    scene, view = canvas
    key(view, Qt.Key.Key_End)
    last = max(doc.touchpoints(), key=doc.journey_key)
    assert scene.selected_ids() == [last]
    key(view, Qt.Key.Key_Home)
    assert scene.selected_ids() == [min(doc.touchpoints(), key=doc.journey_key)]


def test_alt_arrows_move_cards_one_undo_step_each(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    scene.select_ids(["tp_fee"])
    key(view, Qt.Key.Key_Up, ALT)  # above tp_page in its cell
    assert doc.cell("st_1", "la_touch") == ("tp_fee", "tp_page")
    key(view, Qt.Key.Key_Right, ALT)  # to Purchase, first place kept
    assert doc.get("tp_fee")["stage"] == "st_2" and doc.cell("st_2", "la_touch")[0] == "tp_fee"
    key(view, Qt.Key.Key_Down, ALT | SHIFT)  # to the backstage lane
    assert doc.get("tp_fee")["lane"] == "la_back"
    assert scene.selected_ids() == ["tp_fee"] and scene.keyboard_focus.item_id == "tp_fee"
    assert stack.count() == 3
    key(view, Qt.Key.Key_Left, ALT)
    key(view, Qt.Key.Key_Left, ALT)
    key(view, Qt.Key.Key_Left, ALT)  # past the first stage: nothing
    assert doc.get("tp_fee")["stage"] == "st_0" and stack.count() == 5
    while stack.canUndo():
        stack.undo()
    assert before.same()


def test_alt_arrows_move_a_selected_block(canvas, doc):
    scene, view = canvas
    scene.select_ids(["tp_ad", "tp_review"])
    key(view, Qt.Key.Key_Right, ALT)
    assert doc.cell("st_1", "la_touch") == ("tp_ad", "tp_review", "tp_page", "tp_fee")
    assert scene.selected_ids() == ["tp_ad", "tp_review"]
