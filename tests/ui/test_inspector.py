"""The inspector edits every field of the selected item through undo commands,
shows a message beside a bad value, and follows the document (undo updates it)."""

from __future__ import annotations

import networkx as nx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication
from test_ui_helpers import EXAMPLE, assert_valid, open_window, snapshot

TP = "tp_checkout"  # "Checkout: account, address, delivery" in the online store example
FR = "fr_delivery_cost"


def select(w, item_id):
    w.scene.select_ids([item_id])
    QApplication.processEvents()
    assert w.inspector.page.item_id == item_id


def focus_and_clear(qtbot, widget):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def test_selection_shows_the_matching_page(qtbot):
    w = open_window(qtbot, EXAMPLE)
    select(w, TP)
    assert w.inspector.page.kind == "touchpoint"
    assert w.inspector.field("title").widget.text() == w.document.get(TP)["title"]
    w.scene.select_ids([])
    QApplication.processEvents()
    assert w.inspector.page.objectName() == "mapPage"
    assert w.inspector.field("title").widget.text() == w.document.meta["title"]


def test_typing_a_title_is_one_undo_step(qtbot):
    w = open_window(qtbot, EXAMPLE)
    before = snapshot(w.document)
    select(w, TP)
    edit = w.inspector.field("title").widget
    edit.setFocus()
    edit.end(False)
    count = w.undo_stack.count()
    qtbot.keyClicks(edit, " (new)")
    assert w.document.get(TP)["title"].endswith(" (new)")
    assert w.undo_stack.count() == count + 1  # six keys, one step
    assert w.isWindowModified()
    w.undo_stack.undo()
    assert nx.utils.graphs_equal(w.document.graph, before.graph)
    # Undo updates the inspector.
    assert edit.text() == before.get(TP)["title"]
    w.undo_stack.redo()
    assert edit.text().endswith(" (new)")


def test_leaving_a_field_starts_a_new_step(qtbot):
    w = open_window(qtbot, EXAMPLE)
    select(w, TP)
    title = w.inspector.field("title").widget
    owner = w.inspector.field("owner").widget
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "A")
    owner.setFocus()
    qtbot.keyClicks(owner, "B")
    title.setFocus()
    qtbot.keyClicks(title, "C")
    assert w.undo_stack.count() == 3


def test_metric_out_of_range_shows_message_and_keeps_document(qtbot):
    w = open_window(qtbot, EXAMPLE)
    select(w, TP)
    before = snapshot(w.document)
    field = w.inspector.field("metric_csat")
    focus_and_clear(qtbot, field.widget)
    qtbot.keyClicks(field.widget, "-5")
    assert field.error.isVisible() if w.isVisible() else field.error.text()
    assert "0 to 100" in field.error.text()
    assert nx.utils.graphs_equal(w.document.graph, before.graph)
    # Not a number at all.
    focus_and_clear(qtbot, field.widget)
    qtbot.keyClicks(field.widget, "lots")
    assert "number" in field.error.text()
    assert w.document.get(TP)["metrics"] == before.get(TP)["metrics"]
    # A good value clears the message and is written; empty means not measured.
    focus_and_clear(qtbot, field.widget)
    qtbot.keyClicks(field.widget, "72,5")
    assert not field.error.text()
    assert "csat" not in w.document.get(TP)["metrics"] or w.document.get(TP)["metrics"]["csat"] != 72.5
    qtbot.keyClick(field.widget, Qt.Key.Key_Return)  # written when the user finishes
    assert w.document.get(TP)["metrics"]["csat"] == 72.5
    assert field.widget.text() == "72,5"  # the inspector does not rewrite what you typed
    focus_and_clear(qtbot, field.widget)
    qtbot.keyClick(field.widget, Qt.Key.Key_Return)
    assert "csat" not in w.document.get(TP)["metrics"]
    assert_valid(w.document)


def test_typing_past_the_limit_keeps_the_last_good_value(qtbot):
    w = open_window(qtbot, EXAMPLE)
    select(w, TP)
    field = w.inspector.field("metric_nps")
    old = w.document.get(TP)["metrics"].get("nps")
    focus_and_clear(qtbot, field.widget)
    qtbot.keyClicks(field.widget, "150")
    assert "-100 to 100" in field.error.text()
    # Nothing is written while typing, so "15" never lands on the way to "150".
    assert w.document.get(TP)["metrics"].get("nps") == old
    qtbot.keyClick(field.widget, Qt.Key.Key_Return)
    assert w.document.get(TP)["metrics"].get("nps") == old  # "150" is refused
    assert field.widget.text() == "150"  # the refused text stays, beside its message


def test_too_long_title_is_refused(qtbot):
    w = open_window(qtbot, EXAMPLE)
    select(w, TP)
    field = w.inspector.field("title")
    old = w.document.get(TP)["title"]
    field.widget.setFocus()
    field.widget.setMaxLength(100_000)
    field.widget.setText("x" * 501)  # a paste of a long text
    assert "too long" in field.error.text().lower()
    assert w.document.get(TP)["title"] == old


def test_changing_stage_moves_the_card_and_undo_restores(qtbot):
    w = open_window(qtbot, EXAMPLE)
    select(w, TP)
    before = snapshot(w.document)
    old_stage = w.document.get(TP)["stage"]
    combo = w.inspector.field("stage").widget
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next stage, as a keyboard user would
    new_stage = w.document.get(TP)["stage"]
    assert new_stage != old_stage
    assert TP in w.document.cell(new_stage, w.document.get(TP)["lane"])
    assert combo.currentData() == new_stage
    w.undo_stack.undo()
    assert nx.utils.graphs_equal(w.document.graph, before.graph)
    assert w.document.cell(old_stage, before.get(TP)["lane"]) == before.cell(
        old_stage, before.get(TP)["lane"]
    )
    assert combo.currentData() == old_stage


def test_lane_channel_personas_emotion_and_flags(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc = w.document
    select(w, TP)
    insp = w.inspector
    lane = insp.field("lane").widget
    lane.setFocus()
    qtbot.keyClick(lane, Qt.Key.Key_Down)
    assert doc.get(TP)["lane"] == lane.currentData()
    # Channel: none.
    channel = insp.field("channel").widget
    channel.setFocus()
    channel.setCurrentIndex(0)
    channel.activated.emit(0)
    assert doc.get(TP)["channel"] is None
    # Personas: untick the first.
    lst = insp.field("personas").widget
    first = lst.item(0)
    persona = first.data(Qt.ItemDataRole.UserRole)
    was = persona in doc.get(TP)["personas"]
    first.setCheckState(Qt.CheckState.Unchecked if was else Qt.CheckState.Checked)
    assert (persona in doc.get(TP)["personas"]) != was
    # Emotion: step down with the keyboard.
    spin = insp.field(f"emotion_{persona}").widget
    spin.setFocus()
    old = doc.get(TP)["emotions"].get(persona)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert doc.get(TP)["emotions"].get(persona) == (old - 1 if old is not None else None)
    spin.setValue(3)
    assert doc.get(TP)["emotions"][persona] == 3
    spin.setValue(spin.minimum())  # "—": not recorded
    assert persona not in doc.get(TP)["emotions"]
    # Evidence status, moment of truth, notes.
    ev = insp.field("evidence").widget
    ev.setFocus()
    qtbot.keyClick(ev, Qt.Key.Key_Down)
    assert doc.get(TP)["evidence"] == ev.currentData()
    mot = insp.field("moment_of_truth").widget
    was = doc.get(TP)["moment_of_truth"]
    qtbot.mouseClick(mot, Qt.MouseButton.LeftButton, pos=QPoint(8, mot.height() // 2))  # on the box
    assert doc.get(TP)["moment_of_truth"] != was
    notes = insp.field("notes").widget
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, "Seen in the March interviews")
    assert doc.get(TP)["notes"].endswith("Seen in the March interviews")
    assert_valid(doc)
    # Everything undoes back to the file.
    while w.undo_stack.canUndo():
        w.undo_stack.undo()
    assert nx.utils.graphs_equal(doc.graph, snapshot_of_file().graph)


def snapshot_of_file():
    from journeydesk.io import load

    return load(EXAMPLE)


def test_new_channel_from_the_inspector(qtbot):
    w = open_window(qtbot, EXAMPLE)
    select(w, TP)
    page = w.inspector.page
    page.ask_text = lambda title, label: "Kiosk"
    combo = w.inspector.field("channel").widget
    index = combo.count() - 1
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    ch = w.document.get(TP)["channel"]
    assert w.document.get(ch)["name"] == "Kiosk"
    w.undo_stack.undo()  # one step: the channel and the card's use of it
    assert all(w.document.get(c)["name"] != "Kiosk" for c in w.document.channels())
    assert_valid(w.document)


def test_friction_fields(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc = w.document
    w.show_item(FR)
    insp = w.inspector
    assert insp.page.kind == "friction" and insp.page.item_id == FR
    sev = insp.field("severity").widget
    sev.setFocus()
    qtbot.keyClick(sev, Qt.Key.Key_Up)
    assert doc.get(FR)["severity"] == 3
    cat = insp.field("category").widget
    cat.setFocus()
    cat.lineEdit().selectAll()
    qtbot.keyClicks(cat.lineEdit(), "Hidden fee")
    assert doc.get(FR)["category"] == "Hidden fee"  # a custom category
    cat.setCurrentIndex(0)
    cat.activated.emit(0)
    assert doc.get(FR)["category"] == "waiting"
    count = insp.field("evidence_count").widget
    focus_and_clear(qtbot, count)
    qtbot.keyClicks(count, "-3")
    assert insp.field("evidence_count").error.text()
    focus_and_clear(qtbot, count)
    qtbot.keyClicks(count, "41")
    qtbot.keyClick(count, Qt.Key.Key_Return)
    assert doc.get(FR)["evidence"]["count"] == 41
    quote = insp.field("evidence_quote").widget
    quote.setFocus()
    quote.selectAll()
    qtbot.keyClicks(quote, "Ongkirnya mahal sekali")
    assert doc.get(FR)["evidence"]["quote"] == "Ongkirnya mahal sekali"
    status = insp.field("status").widget
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert doc.get(FR)["status"] == "resolved"
    opp = insp.field("opportunity").widget
    opp.setFocus()
    opp.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(opp, " Show it on the product page.")
    assert doc.get(FR)["opportunity"].endswith("Show it on the product page.")
    owner = insp.field("owner").widget
    owner.setFocus()
    owner.selectAll()
    qtbot.keyClicks(owner, "Pricing")
    assert doc.get(FR)["owner"] == "Pricing"
    assert_valid(doc)
    # "Show" goes to the friction's card.
    qtbot.mouseClick(insp.page.on.button, Qt.MouseButton.LeftButton)
    assert doc.get(FR)["target"] in w.scene.selected_ids()


def test_map_details_when_nothing_is_selected(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.scene.select_ids([])
    QApplication.processEvents()
    insp = w.inspector
    lang = insp.field("language").widget
    focus_and_clear(qtbot, lang)
    qtbot.keyClicks(lang, "id")
    assert w.document.meta["language"] == "id"
    qtbot.keyClicks(lang, "!!")
    assert insp.field("language").error.text()
    assert w.document.meta["language"] == "id"
    title = insp.field("title").widget
    title.setFocus()
    title.end(False)
    n = w.undo_stack.count()
    qtbot.keyClicks(title, " 2026")
    assert w.document.meta["title"].endswith(" 2026") and w.undo_stack.count() == n + 1


def test_stage_lane_persona_link_pages(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc = w.document
    stage = doc.stages()[0]
    w.inspector.show_ids([stage])
    name = w.inspector.field("name").widget
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, "!")
    assert doc.get(stage)["name"].endswith("!")
    lane = doc.lanes()[1]
    w.inspector.show_ids([lane])
    kind = w.inspector.field("kind").widget
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert doc.get(lane)["kind"] == kind.currentData()
    persona = doc.personas()[0]
    w.inspector.show_ids([persona])
    w.inspector.page.pick_colour = lambda current: "#123456"
    qtbot.mouseClick(w.inspector.field("colour").widget, Qt.MouseButton.LeftButton)
    assert doc.get(persona)["colour"] == "#123456"
    goals = w.inspector.field("goals").widget
    goals.setFocus()
    goals.selectAll()
    qtbot.keyClicks(goals, "Right size")
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    qtbot.keyClicks(goals, "Fast delivery")
    assert doc.get(persona)["goals"] == ("Right size", "Fast delivery")
    link = doc.links()[0]
    w.inspector.show_ids([link])
    label = w.inspector.field("label").widget
    label.setFocus()
    label.selectAll()
    qtbot.keyClicks(label, "then")
    assert doc.get(link)["label"] == "then"
    who = w.inspector.field("persona").widget
    who.setCurrentIndex(1)
    who.activated.emit(1)
    assert doc.get(link)["persona"] == doc.personas()[0]
    assert_valid(doc)


def test_inspector_follows_edits_made_elsewhere(qtbot):
    from journeydesk.commands import SetFields

    w = open_window(qtbot, EXAMPLE)
    select(w, TP)
    w.undo_stack.push(SetFields(w.document, TP, {"owner": "Somebody else"}))
    assert w.inspector.field("owner").widget.text() == "Somebody else"
    # A new persona appears in the checklist (after the event loop turns).
    w.document.add_persona("Sari")
    qtbot.waitUntil(lambda: w.inspector.field("personas").widget.count() == 3)
    # Deleting the shown item falls back to the map page.
    w.editor.delete_selected()
    QApplication.processEvents()
    assert w.inspector.page.objectName() == "mapPage"


def test_several_selected(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.scene.select_ids(list(w.document.touchpoints()[:3]))
    QApplication.processEvents()
    assert w.inspector.page.objectName() == "multiPage"
    assert "3 items" in w.inspector.multi.label.text()


def test_map_details_count_with_the_interface_languages_digit_grouping(qtbot):
    from make_map import make_document

    from journeydesk.i18n import use_language
    from journeydesk.ui.inspector import Inspector

    doc = make_document(1200, seed=1)
    with use_language("id"):
        insp = Inspector(doc, QUndoStack())
        qtbot.addWidget(insp)
        text = insp.pages[""].stats.text()
    assert "<b>1.200</b>" in text, text  # touchpoints
    insp.detach()
