"""File > Import..., File > New from Template and File > Compare With... in the app."""

from __future__ import annotations

import networkx as nx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QListWidget, QMenu, QMessageBox, QPlainTextEdit
from test_ui_helpers import EXAMPLE, assert_valid, open_window

from journeydesk.io import load, save
from journeydesk.io.templates import TEMPLATES
from journeydesk.ui.compare_overlay import Ghost, Ring
from journeydesk.ui.import_dialog import SETTINGS_KEY, ImportDialog, remembered
from journeydesk.ui.settings import settings

CSV = (
    "Tahap,Judul,Saluran,Kepuasan,Emosi,Persona,Catatan tim\n"
    'Kesadaran,Melihat iklan,Instagram,"78,5",senang,Dina,dari workshop\n'
    "Pertimbangan,Membaca ulasan,Marketplace,80%,+1,Dina,\n"
    "Pembelian,Membayar,Aplikasi,91,kecewa,Budi,\n"
)


@pytest.fixture(autouse=True)
def forget_mappings():
    s = settings()
    s.remove(SETTINGS_KEY)
    s.sync()
    yield
    s.remove(SETTINGS_KEY)
    s.sync()


def dialog_for(qtbot, w, tmp_path, text=CSV, name="workshop.csv"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    dialog = w.import_spreadsheet(str(path))
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def combo_fields(dialog):
    return [c.currentData() for c in dialog.combos]


def test_actions_have_stable_names(qtbot):
    w = open_window(qtbot)
    for name in ("actionImport", "actionNewFromTemplate", "actionCompare"):
        assert w.action(name).objectName() == name
    menu = w.findChild(QMenu, "menuTemplates")
    assert [a.objectName() for a in menu.actions()] == [f"actionTemplate_{n}" for n in TEMPLATES]


def test_import_dialog_prefills_the_mapping_and_imports_a_new_map(qtbot, tmp_path):
    w = open_window(qtbot)
    dialog = dialog_for(qtbot, w, tmp_path)
    assert combo_fields(dialog) == ["stage", "title", "channel", "csat", "emotion", "personas", "ignore"]
    assert dialog.preview.item(1, 1).text() == "Melihat iklan"
    dialog.combos[6].setCurrentIndex(dialog.combos[6].findData("notes"))  # "Catatan tim" -> notes
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    doc = w.document
    g = doc.graph
    assert [g.nodes[s]["name"] for s in doc.stages()] == ["Kesadaran", "Pertimbangan", "Pembelian"]
    tps = doc.touchpoints()
    assert [g.nodes[t]["title"] for t in tps] == ["Melihat iklan", "Membaca ulasan", "Membayar"]
    assert g.nodes[tps[0]]["notes"] == "dari workshop" and g.nodes[tps[0]]["metrics"] == {"csat": 78.5}
    assert doc.meta["language"] == "id"
    assert w.isWindowModified() and w.path is None  # not saved anywhere yet
    assert_valid(doc)
    # The choice is remembered for the next file with that header.
    assert remembered()["catatan tim"] == "notes"
    again = dialog_for(qtbot, w, tmp_path, name="next.csv")
    assert combo_fields(again)[6] == "notes"
    again.reject()


def test_import_into_the_open_map_is_one_undo_step(qtbot, tmp_path):
    w = open_window(qtbot, EXAMPLE)
    before = nx.MultiDiGraph(w.document.graph)
    cards = w.document.count("touchpoint")
    steps = w.undo_stack.count()
    dialog = dialog_for(qtbot, w, tmp_path)
    dialog.into_open.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert w.undo_stack.count() == steps + 1
    titles = {w.document.graph.nodes[t]["title"] for t in w.document.touchpoints()}
    assert {"Melihat iklan", "Membaca ulasan", "Membayar"} <= titles
    assert w.document.count("touchpoint") == cards + 3
    assert len(w.scene.selected_ids()) == 3  # the imported cards are selected
    assert_valid(w.document)
    w.undo_stack.undo()
    assert nx.utils.graphs_equal(w.document.graph, before)
    assert w.document.graph.graph == before.graph
    w.undo_stack.redo()
    assert {"Melihat iklan", "Membayar"} <= {
        w.document.graph.nodes[t]["title"] for t in w.document.touchpoints()
    }


def test_bad_rows_are_listed_and_the_dialog_asks(qtbot, tmp_path, monkeypatch):
    w = open_window(qtbot)
    text = CSV + "Pembelian,Ulasan buruk,Aplikasi,120,,,\nPembelian,,Aplikasi,5,,,\n"
    dialog = dialog_for(qtbot, w, tmp_path, text)
    asked = []
    monkeypatch.setattr(dialog, "ask_skip", lambda n: asked.append(n) or False)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert asked == [2] and dialog.isVisible()  # said no: nothing imported, dialog stays
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert lines == [
        "workshop.csv: line 5: column 'Kepuasan': CSAT % must be from 0 to 100 (got 120)",
        "workshop.csv: line 6: column 'Judul': the touchpoint has no title",
    ]
    assert w.document.count("touchpoint") == 0
    monkeypatch.setattr(dialog, "ask_skip", lambda n: True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert w.document.count("touchpoint") == 3


def test_grid_layout_and_unreadable_files(qtbot, tmp_path):
    w = open_window(qtbot)
    grid = ',Before,After\nCustomer,"Sees ad\n\nAsks friend",Gets parcel\n'
    dialog = dialog_for(qtbot, w, tmp_path, grid, "grid.csv")
    assert dialog.chosen_shape() == "grid" and not dialog.combos[0].isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert w.document.count("touchpoint") == 3
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 4)
    assert w.import_spreadsheet(str(junk)) is None
    box = w.findChild(QMessageBox, "importErrorDialog")
    assert box is not None and "binary data" in box.text()


@pytest.mark.parametrize("name", TEMPLATES)
def test_each_template_opens(qtbot, name):
    w = open_window(qtbot)
    w.findChild(QAction, f"actionTemplate_{name}").trigger()
    doc = w.document
    assert doc.count("touchpoint") >= 10 and w.path is None
    assert w.scene is not None and set(w.scene.layout.cards) == set(doc.touchpoints())
    assert_valid(doc)


def edited_copy(tmp_path):
    """The example as it was (saved to a file) and the window's map edited."""
    old = load(EXAMPLE)
    path = tmp_path / "old.journey.json"
    save(old, path)
    return path


def test_compare_lists_changes_highlights_and_steps(qtbot, tmp_path):
    w = open_window(qtbot, EXAMPLE)
    old_path = edited_copy(tmp_path)
    doc = w.document
    tps = doc.touchpoints()
    removed_title = doc.graph.nodes[tps[3]]["title"]
    doc.remove(tps[3])
    doc.set(tps[0], title="Renamed first card")
    stage = doc.stages()[0]
    new = doc.add_touchpoint("Brand new card", stage, doc.lanes()[0])
    comparison = w.compare_with(str(old_path))
    dock = w.findChild(QDockWidget, "compareDock")
    assert dock is not None and dock.isVisible()
    lst = w.findChild(QListWidget, "compareList")
    texts = [lst.item(i).text() for i in range(lst.count())]
    assert any(t.startswith("+  Card: Brand new card") for t in texts)
    assert any(t.startswith(f"−  Card: {removed_title}") for t in texts)
    assert any("Renamed first card" in t and "title:" in t for t in texts)
    report = w.findChild(QPlainTextEdit, "compareReport").toPlainText()
    from journeydesk.versions import diff
    from journeydesk.versions import report as text_report

    assert report == text_report(diff(load(old_path), doc), "old.journey.json", w.display_name)
    rings = [i for i in w.scene.items() if isinstance(i, Ring)]
    ghosts = [i for i in w.scene.items() if isinstance(i, Ghost)]
    assert {r.item_id for r in rings} >= {new, tps[0]} and [g.item_id for g in ghosts] == [tps[3]]
    ring = next(r for r in rings if r.item_id == new)
    card = w.scene.layout.cards[new]
    assert ring.path().boundingRect().contains(card.x + 1, card.y + 1)
    # Choosing an entry selects and centres the item.
    row = next(i for i, t in enumerate(texts) if "Brand new card" in t)
    lst.setCurrentRow(row)
    assert w.scene.selected_ids() == [new]
    w.findChild(type(comparison.panel.next_button), "compareNext").click()
    assert lst.currentRow() == (row + 1) % lst.count()
    # Closing removes every highlight.
    comparison.panel.close_button.click()
    assert w.comparison is None
    assert not [i for i in w.scene.items() if isinstance(i, (Ring, Ghost))]


def test_compare_with_itself_and_a_bad_file(qtbot, tmp_path):
    w = open_window(qtbot, EXAMPLE)
    c = w.compare_with(str(EXAMPLE))
    assert c.panel.list.count() == 0 and "No differences" in c.panel.heading.text()
    bad = tmp_path / "bad.journey.json"
    bad.write_text("{", "utf-8")
    assert w.compare_with(str(bad)) is None
    # Opening another map closes the comparison.
    w.compare_with(str(EXAMPLE))
    w.new_document()
    assert w.comparison is None
    qtbot.waitUntil(lambda: w.findChild(QDockWidget, "compareDock") is None)
    assert not [i for i in w.scene.items() if isinstance(i, (Ring, Ghost))]


def test_ring_follows_a_card_moved_after_the_comparison(qtbot, tmp_path):
    w = open_window(qtbot, EXAMPLE)
    old_path = edited_copy(tmp_path)
    doc = w.document
    tp = doc.touchpoints()[0]
    doc.set(tp, owner="Someone new")
    c = w.compare_with(str(old_path))
    doc.move_touchpoint(tp, doc.stages()[-1], doc.lanes()[0])
    qtbot.waitUntil(
        lambda: (
            c.overlay.rings[tp]
            .path()
            .boundingRect()
            .contains(w.scene.layout.cards[tp].x + 1, w.scene.layout.cards[tp].y + 1)
        )
    )


def test_closing_the_window_ends_the_comparison(qtbot, tmp_path):
    w = open_window(qtbot, EXAMPLE)
    c = w.compare_with(str(edited_copy(tmp_path)))
    overlay = c.overlay
    w.close()
    assert w.comparison is None and c.overlay is None
    assert overlay._unsubscribe is None  # no longer listening to the document
