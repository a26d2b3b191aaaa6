"""Every piece of interface text goes through translation.

Under a pseudo-language (every translation answers ``⟦source⟧``) the main
window, its menus, every inspector page, docks and the dialogs are walked; a
word outside brackets is text that skipped translation: an Indonesian user
would read it in English. Map content, product names and key names are allowed.
"""

from __future__ import annotations

import re

import pytest

from journeydesk.ui import file_guard

# The real questions (the file_questions fixture answers them in other tests).
ASK_LOCKED, ASK_CHANGED = file_guard.ask_locked, file_guard.ask_changed_on_disk
from journeydesk_testkit import pseudo_language
from pseudo_language import Pseudo, untranslated, visible_texts
from PySide6.QtWidgets import QMenu, QMessageBox
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.io import dumps

# Names, not words: products, formats, metrics, and what Qt shows for keys.
ALLOWED = {
    "JourneyDesk",
    "CSAT",
    "NPS",
    "CES",
    "PDF",
    "PNG",
    "SVG",
    "CSV",
    "XLSX",
    "Excel",
    "json",
    "journey",  # file names: *.journey.json
    "csv",
    "tsv",
    "txt",
    "xlsx",
    "pdf",
    "png",
    "svg",
    "Ctrl",
    "Shift",
    "Alt",
    "Del",
    "English",
    "Bahasa",
    "Indonesia",
    "Melayu",
}


@pytest.fixture
def pseudo(qapp):
    translator = Pseudo(qapp)
    qapp.installTranslator(translator)  # after the app's own: it answers first
    with pseudo_language():
        yield
    qapp.removeTranslator(translator)


def _content_words(doc) -> set[str]:
    return set(re.findall(r"[A-Za-z]{3,}", dumps(doc)))


# Menus whose entries are content: maps and templates in their own language,
# files by name.
CONTENT_MENUS = ("QMenu#menuExamples>", "QMenu#menuTemplates>", "QMenu#menuOpenRecent>actionRecent_")


def _leftovers(root, allowed) -> list[str]:
    out = []
    for where, text in visible_texts(root):
        if where.startswith(CONTENT_MENUS):
            continue
        bad = untranslated(text, allowed)
        if bad:
            out.append(f"{where}: {text[:80]!r}")
    return sorted(set(out))


def test_the_main_window_menus_docks_and_every_inspector_page(qtbot, pseudo):
    w = open_window(qtbot, EXAMPLE)
    doc = w.document
    allowed = ALLOWED | _content_words(doc)
    for menu in w.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()
    leftovers = []
    tp = doc.touchpoints()[0]
    pick = [None, tp, doc.personas()[0], doc.stages()[0], doc.lanes()[0], doc.links()[0], doc.frictions()[0]]
    for item in pick:
        w.scene.select_ids([item] if item else [])
        qtbot.wait(20)
        leftovers += _leftovers(w, allowed)
    w.scene.select_ids(list(doc.touchpoints()[:3]))
    qtbot.wait(20)
    leftovers += _leftovers(w, allowed)
    assert not sorted(set(leftovers)), "\n".join(sorted(set(leftovers)))


def test_the_dialogs(qtbot, pseudo, tmp_path, monkeypatch):
    from journeydesk.ui import dialogs
    from journeydesk.ui.export_dialog import ExportDialog
    from journeydesk.ui.live.dialogs import JoinDialog

    w = open_window(qtbot, EXAMPLE)
    allowed = ALLOWED | _content_words(w.document) | {"workshop"}
    leftovers = []
    export = ExportDialog(w.document, w, path=str(EXAMPLE))
    qtbot.addWidget(export)
    leftovers += _leftovers(export, allowed)
    join = JoinDialog(w, browse=False)
    qtbot.addWidget(join)
    leftovers += _leftovers(join, allowed)
    csv = tmp_path / "workshop.csv"
    csv.write_text("Stage,Title\nAwareness,Sees an advert\n", "utf-8")
    imported = w.import_spreadsheet(str(csv))
    leftovers += _leftovers(imported, allowed | {"Stage", "Title", "Awareness", "Sees", "advert"})
    imported.reject()

    boxes = []

    def walk_and_cancel(box):
        boxes.append(box)
        leftovers.extend(_leftovers(box, allowed | {"map"}))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", walk_and_cancel)
    dialogs.ask_save(w, "map")
    dialogs.ask_recover(w, "map", "today", None)
    ASK_LOCKED(w, "map", None)
    ASK_CHANGED(w, "map", [], False)
    assert len(boxes) == 4
    assert not sorted(set(leftovers)), "\n".join(sorted(set(leftovers)))
