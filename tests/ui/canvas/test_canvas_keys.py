"""Keyboard and in-place editing on the canvas: F2 / double-click titles, workshop
quick entry, arrow keys, Delete with links and frictions, context menu."""

from __future__ import annotations

from canvas_helpers import card_centre, double_click, key, type_text, vpos
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_f2_edits_the_title_in_place(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    scene.select_ids(["tp_page"])
    key(view, Qt.Key.Key_F2)
    assert scene.is_editing()
    type_text(view, "Compares prices in the app")  # replaces the selected title
    key(view, Qt.Key.Key_Return)
    assert not scene.is_editing()
    assert doc.get("tp_page")["title"] == "Compares prices in the app"
    assert stack.count() == 1
    assert scene.selected_ids() == ["tp_page"]
    stack.undo()
    assert before.same()


def test_escape_leaves_the_editor_keeping_what_was_typed(canvas, doc, stack):
    # As Miro and Figma do: Esc ends the editing, it does not throw the words away.
    scene, view = canvas
    scene.select_ids(["tp_page"])
    key(view, Qt.Key.Key_F2)
    type_text(view, "Something else")
    key(view, Qt.Key.Key_Escape)
    assert not scene.is_editing()
    assert doc.get("tp_page")["title"] == "Something else"
    assert stack.count() == 1
    stack.undo()
    assert doc.get("tp_page")["title"] == "Compares prices on the product page"


def test_escape_without_typing_changes_nothing(canvas, doc, stack):
    scene, view = canvas
    scene.select_ids(["tp_page"])
    key(view, Qt.Key.Key_F2)
    key(view, Qt.Key.Key_Escape)
    assert not scene.is_editing()
    assert stack.count() == 0


def test_double_click_edits_and_click_elsewhere_commits(editor, canvas, doc, stack):
    scene, view = canvas
    double_click(view, vpos(view, card_centre(scene, "tp_cart")))
    assert scene.is_editing() and editor.title_editor().item_id == "tp_cart"
    type_text(view, "Fills the basket")
    # clicking another card commits the edit
    from canvas_helpers import click

    click(view, vpos(view, card_centre(scene, "tp_pay")))
    QApplication.processEvents()
    assert not scene.is_editing()
    assert doc.get("tp_cart")["title"] == "Fills the basket"
    assert scene.selected_ids() == ["tp_pay"]


def test_double_click_on_a_stage_header_renames_it(canvas, doc, stack):
    scene, view = canvas
    h = scene.layout.stage_headers["st_2"]
    from PySide6.QtCore import QPointF

    double_click(view, vpos(view, QPointF(h.cx, h.cy)))
    assert scene.is_editing()
    type_text(view, "Checkout")
    key(view, Qt.Key.Key_Enter)
    assert doc.get("st_2")["name"] == "Checkout"
    assert len(doc.stages()) == 5  # Enter on a header adds nothing


def test_workshop_quick_entry(editor, canvas, doc, stack):
    scene, view = canvas
    scene.select_ids(["tp_pick"])  # Delivery, backstage
    first = editor.add_touchpoint_here()
    assert scene.is_editing() and editor.title_editor().item_id == first
    type_text(view, "Packs the cold items")
    key(view, Qt.Key.Key_Return)
    # Enter added the next card right after it, and edits it
    assert scene.is_editing()
    second = editor.title_editor().item_id
    assert second != first
    type_text(view, "Hands the bags to the courier")
    key(view, Qt.Key.Key_Return)
    third = editor.title_editor().item_id
    key(view, Qt.Key.Key_Escape)  # Esc on the untouched next card takes it back
    assert not scene.is_editing()
    assert third not in doc
    cell = doc.cell("st_3", "la_back")
    assert cell == ("tp_pick", first, second)
    titles = [doc.get(t)["title"] for t in cell[1:]]
    assert titles == ["Packs the cold items", "Hands the bags to the courier"]
    # undo walks back: title, add, title, add
    for _ in range(4):
        stack.undo()
    assert doc.cell("st_3", "la_back") == ("tp_pick",)


def test_enter_on_an_empty_new_title_stops_quick_entry(editor, canvas, doc, stack):
    scene, view = canvas
    scene.select_ids(["tp_crm"])
    tp = editor.add_touchpoint_here()
    key(view, Qt.Key.Key_Backspace)  # clear the selected default title
    key(view, Qt.Key.Key_Return)
    assert not scene.is_editing()
    assert tp not in doc
    assert stack.index() == 0


def test_arrow_keys_move_between_cards(canvas, doc):
    scene, view = canvas
    scene.select_ids(["tp_ad"])
    key(view, Qt.Key.Key_Right)
    assert scene.selected_ids() == ["tp_review"]
    key(view, Qt.Key.Key_Right)  # across the stage boundary
    assert scene.selected_ids() == ["tp_page"]
    key(view, Qt.Key.Key_Down)  # nothing below in this column
    assert scene.selected_ids() == ["tp_page"]
    for _ in range(2):
        key(view, Qt.Key.Key_Right)
    assert scene.selected_ids() == ["tp_cart"]
    key(view, Qt.Key.Key_Down)  # within the column: the backstage card below
    assert scene.selected_ids() == ["tp_fraud"]
    key(view, Qt.Key.Key_Up)
    assert scene.selected_ids() == ["tp_cart"]
    key(view, Qt.Key.Key_Left)
    assert scene.selected_ids() == ["tp_fee"]


def test_arrow_key_with_nothing_selected_starts_top_left(canvas, doc):
    scene, view = canvas
    scene.select_ids([])
    key(view, Qt.Key.Key_Down)
    assert scene.selected_ids() == ["tp_ad"]


def test_delete_removes_links_and_frictions_in_one_step(canvas, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    assert doc.frictions_on("tp_late") and doc.links_of("tp_late")
    scene.select_ids(["tp_late", "tp_fee"])
    key(view, Qt.Key.Key_Delete)
    for gone in ("tp_late", "tp_fee", "fr_late", "fr_fee", "fr_fee2", "ln_07", "ln_08", "ln_09", "fr_chat"):
        assert gone not in doc
        assert scene.item_for(gone) is None if gone in doc else True
    assert scene.card_item("tp_late") is None and scene.link_item("ln_09") is None
    assert scene.badge_item("ln_09") is None
    assert stack.count() == 1
    stack.undo()
    assert before.same()
    # the items are back, where the layout puts them
    assert scene.card_item("tp_late").scene_rect().x() == scene.layout.cards["tp_late"].x
    assert scene.link_item("ln_09") is not None and scene.badge_item("ln_09") is not None


def test_delete_a_selected_friction_badge(editor, canvas, doc, stack, snapshot):
    scene, _view = canvas
    before = snapshot(doc)
    scene.select_ids(["fr_fee2"])
    assert scene.selected_ids() == ["fr_fee2"]
    editor.delete_selected()
    assert "fr_fee2" not in doc and "fr_fee" in doc and "tp_fee" in doc
    stack.undo()
    assert before.same()


def test_context_menu_actions(editor, canvas, doc, stack):
    scene, view = canvas
    menu = editor.context_menu_for("tp_cart")
    names = [a.text() for a in menu.actions() if a.text()]
    assert names == ["Edit title", "Add friction", "Add link from here", "Delete"]
    action_type = type(menu.actions()[0])
    menu.findChild(action_type, "actionCardAddFriction").trigger()
    assert len(doc.frictions_on("tp_cart")) == 1
    assert scene.selected_ids() == list(doc.frictions_on("tp_cart"))
    # Add link from here: the arrow follows the pointer until a click on a card
    menu = editor.context_menu_for("tp_cart")  # (held: the actions live in it)
    menu.findChild(action_type, "actionCardAddLink").trigger()
    from canvas_helpers import click

    click(view, vpos(view, card_centre(scene, "tp_chat")))
    assert ("tp_cart", "tp_chat") in [doc.link_ends(k) for k in doc.links()]
    scene.select_ids(["tp_cart"])
    menu = editor.context_menu_for("tp_cart")
    menu.findChild(action_type, "actionCardDelete").trigger()
    assert "tp_cart" not in doc


def test_select_all_and_escape(canvas, doc):
    scene, view = canvas
    scene.select_all()
    ids = scene.selected_ids()
    assert set(doc.touchpoints()) <= set(ids) and set(doc.links()) <= set(ids)
    key(view, Qt.Key.Key_Escape)
    assert scene.selected_ids() == []


def test_selection_signal(canvas, doc, qtbot):
    scene, view = canvas
    seen = []
    scene.selectionIdsChanged.connect(seen.append)
    scene.select_ids(["tp_page", "ln_02"])
    assert seen[-1] == ["tp_page", "ln_02"]
    key(view, Qt.Key.Key_Right)
    assert seen[-1] == ["tp_fee"]


def test_double_click_on_a_badge_activates_its_friction(canvas, doc, qtbot):
    scene, view = canvas
    badge = scene.badge_item("tp_late")
    with qtbot.waitSignal(scene.itemActivated) as sig:
        double_click(view, vpos(view, badge.scenePos()))
    assert sig.args == ["fr_late"]


def test_editing_far_out_zooms_in_to_read(canvas, doc):
    scene, view = canvas
    view.set_zoom(0.2)
    scene.select_ids(["tp_loyal"])
    key(view, Qt.Key.Key_F2)
    assert scene.is_editing()
    assert view.zoom() == 1.0
    key(view, Qt.Key.Key_Escape)


def test_editor_closes_quietly_when_its_card_goes(editor, canvas, doc, stack):
    from journeydesk.commands import RemoveItems

    scene, _view = canvas
    tp = editor.add_touchpoint_here()
    assert scene.is_editing()
    stack.push(RemoveItems(doc, ["tp_ad"]))  # an unrelated edit: the editor stays
    assert scene.is_editing()
    stack.push(RemoveItems(doc, [tp]))  # its card goes (say, from another panel)
    assert not scene.is_editing()
    assert stack.count() == 3  # nothing was taken back or added behind the user's back
    QApplication.processEvents()


def test_a_title_past_the_limit_is_flagged_while_editing(canvas, doc):
    from journeydesk.model.vocabulary import MAX_NAME

    scene, view = canvas
    scene.select_ids(["tp_page"])
    key(view, Qt.Key.Key_F2)
    editor = scene.text_editor
    assert not editor.over_limit() and not editor.toolTip()
    editor.setPlainText("x" * (MAX_NAME + 20))  # a long paste
    assert editor.over_limit()
    assert str(MAX_NAME) in editor.toolTip()  # the user is told before anything is cut
    key(view, Qt.Key.Key_Return)
    assert doc.get("tp_page")["title"] == "x" * MAX_NAME
