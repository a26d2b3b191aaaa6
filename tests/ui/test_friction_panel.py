"""Friction register: every friction, sortable and filterable; choosing a row
shows it on the canvas and in the inspector; follows the document."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from test_ui_helpers import EXAMPLE, assert_valid, open_window

from journeydesk.commands import SetFields
from journeydesk.ui.panels.frictions import COL


def column(panel, name):
    proxy = panel.proxy
    return [proxy.index(r, COL[name]).data() for r in range(proxy.rowCount())]


def click_row(qtbot, panel, row):
    table = panel.table
    rect = table.visualRect(panel.proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_lists_every_friction(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.friction_panel
    assert p.proxy.rowCount() == len(w.document.frictions()) == 10
    assert "Checkout: account, address, delivery" in column(p, "On")
    assert "10 frictions" in p.count_label.text()


def click_header(qtbot, panel, name):
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(COL[name]) + header.sectionSize(COL[name]) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sort_by_clicking_headers(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.friction_panel
    w.friction_dock.raise_()
    QApplication.processEvents()
    sev = lambda: [int(s.split(" ")[0]) for s in column(p, "Severity")]
    assert sev() == sorted(sev(), reverse=True)  # most severe first by default
    titles_before = column(p, "Friction")
    click_header(qtbot, p, "Friction")
    first = column(p, "Friction")
    assert first in (sorted(first, key=str.casefold), sorted(first, key=str.casefold, reverse=True))
    assert sorted(first) == sorted(titles_before)
    click_header(qtbot, p, "Friction")
    assert column(p, "Friction") == list(reversed(first))
    click_header(qtbot, p, "Severity")
    s = sev()
    assert s in (sorted(s), sorted(s, reverse=True))
    # Selection survives a sort.
    click_row(qtbot, p, 0)
    chosen = p.selected_ids()
    click_header(qtbot, p, "Stage")
    assert p.selected_ids() == chosen


def test_filters(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.friction_panel
    p.filter_edit.setFocus()
    qtbot.keyClicks(p.filter_edit, "delivery")
    shown = column(p, "Friction")
    assert shown and all(
        "delivery" in " ".join(str(p.proxy.index(r, c).data()) for c in range(8)).lower()
        for r in range(p.proxy.rowCount())
    )
    p.filter_edit.clear()
    p.severity_box.setCurrentIndex(p.severity_box.findData(4))
    assert set(column(p, "Severity")) == {"4 · Critical"}
    p.severity_box.setCurrentIndex(0)
    p.status_box.setCurrentIndex(p.status_box.findData("unresolved"))
    assert "Resolved" not in column(p, "Status") and p.proxy.rowCount() == 9
    p.status_box.setCurrentIndex(p.status_box.findData("resolved"))
    assert column(p, "Status") == ["Resolved"]
    assert "1 of 10" in p.count_label.text()


def test_choosing_a_row_centres_its_item(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.friction_panel
    p.set_filters("Delivery cost")
    assert p.proxy.rowCount() == 1
    w.friction_dock.raise_()
    QApplication.processEvents()
    click_row(qtbot, p, 0)
    fr = "fr_delivery_cost"
    assert w.inspector.page.item_id == fr
    # The canvas selects the friction's badge (or its card) and centres it.
    target = w.document.get(fr)["target"]
    assert set(w.scene.selected_ids()) & {fr, target}
    view = w.view
    centre = view.mapToScene(view.viewport().rect().center())
    card = w.scene.item_for(target).sceneBoundingRect()
    assert card.adjusted(-400, -300, 400, 300).contains(centre)


def test_follows_the_document(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.friction_panel
    fr = "fr_long_survey"
    w.undo_stack.push(SetFields(w.document, fr, {"title": "Survey has 40 questions"}))
    qtbot.waitUntil(lambda: "Survey has 40 questions" in column(p, "Friction"))
    # Renaming the card renames the "On" column.
    w.undo_stack.push(SetFields(w.document, "tp_csat_survey", {"title": "Survey after delivery"}))
    qtbot.waitUntil(lambda: "Survey after delivery" in column(p, "On"))
    w.undo_stack.undo()
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: "Survey is too long" in column(p, "Friction"))


def test_add_and_delete_from_the_register(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.friction_panel
    w.scene.select_ids(["tp_checkout"])
    qtbot.mouseClick(p.add_button, Qt.MouseButton.LeftButton)
    assert len(w.document.frictions()) == 11
    new = p.selected_ids()[0]
    assert w.document.get(new)["target"] == "tp_checkout"
    assert w.inspector.page.item_id == new
    p.table.setFocus()
    qtbot.mouseClick(p.remove_button, Qt.MouseButton.LeftButton)
    assert new not in w.document
    qtbot.waitUntil(lambda: p.proxy.rowCount() == 10)
    assert_valid(w.document)


def test_delete_key_in_the_register_deletes_frictions_only(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.friction_panel
    w.friction_dock.raise_()
    p.set_filters("Survey is too long")
    click_row(qtbot, p, 0)
    p.table.setFocus()
    cards = w.document.count("touchpoint")
    qtbot.keyClick(p.table, Qt.Key.Key_Delete)
    assert "fr_long_survey" not in w.document
    assert w.document.count("touchpoint") == cards


def test_editing_a_card_no_friction_names_reloads_nothing(qtbot):
    """On a big map a full reload per edit stalled typing: only changes a row
    shows reload the register (counted)."""
    w = open_window(qtbot, EXAMPLE)
    p, doc = w.friction_panel, w.document
    reloads = [0]
    real = p.model.reload

    def counting() -> None:
        reloads[0] += 1
        real()

    p.model.reload = counting
    named = {doc.get(f)["target"] for f in doc.frictions()}
    named |= {end for link in named if doc.kind_of(link) == "link" for end in doc.link_ends(link)}
    plain = next(t for t in doc.touchpoints() if t not in named)
    w.undo_stack.push(SetFields(doc, plain, {"title": "Nobody's friction"}))
    qtbot.wait(50)
    QApplication.processEvents()
    assert reloads[0] == 0
    w.undo_stack.push(SetFields(doc, "tp_csat_survey", {"title": "Survey after delivery"}))
    qtbot.waitUntil(lambda: "Survey after delivery" in column(p, "On"))
    assert reloads[0] == 1


def test_after_random_edits_the_rows_are_those_of_a_fresh_register(qtbot):
    """Friction edits update only their own rows; the result is the same as
    building the register again (and any other change builds it again)."""
    import random

    from make_map import make_document
    from PySide6.QtGui import QUndoStack

    from journeydesk.commands import AddItem, MoveTouchpoints, RemoveItems
    from journeydesk.ui.panels.frictions import FrictionModel, FrictionPanel

    doc = make_document(200, seed=4)
    stack = QUndoStack()
    panel = FrictionPanel(doc, stack)
    qtbot.addWidget(panel)
    rnd = random.Random(7)
    rebuilt = [0]
    real_reload = panel.model.reload
    panel.model.reload = lambda: (rebuilt.__setitem__(0, rebuilt[0] + 1), real_reload())
    for step in range(40):
        frictions, cards = doc.frictions(), doc.touchpoints()
        choice = rnd.choice(["add", "edit", "remove", "delete card", "move card", "undo"])
        if choice == "add":
            stack.push(AddItem(doc, "friction", {"target": rnd.choice(cards), "title": f"F{step}"}))
        elif choice == "edit" and frictions:
            f = rnd.choice(frictions)
            stack.push(SetFields(doc, f, {"severity": rnd.randint(1, 4), "title": f"Edited {step}"}))
        elif choice == "remove" and frictions:
            stack.push(RemoveItems(doc, rnd.sample(frictions, min(3, len(frictions)))))
        elif choice == "delete card":
            stack.push(RemoveItems(doc, rnd.sample(cards, 5)))
        elif choice == "move card":
            tp = rnd.choice(cards)
            stack.push(MoveTouchpoints(doc, [(tp, rnd.choice(doc.stages()), rnd.choice(doc.lanes()), 0)]))
        elif stack.canUndo():
            stack.undo()
        panel._refresh()
        fresh = FrictionModel(doc)
        fresh.sort_column, fresh.sort_order = panel.model.sort_column, panel.model.sort_order
        fresh.reload()
        # what shows, in the order shown (sort keys hold journey positions, which an
        # unrelated card's move shifts without changing their order)
        shown = [(r[0], r[1], r[3], r[4]) for r in panel.model.rows]
        assert shown == [(r[0], r[1], r[3], r[4]) for r in fresh.rows], f"step {step}: {choice}"
    assert rebuilt[0] < 40  # friction edits did not rebuild every row
