"""File > Export's dialog, driven like a person would (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from export_maps import build_store
from pypdf import PdfReader
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMainWindow

QStandardPaths.setTestModeEnabled(True)

from journeydesk.ui.export_dialog import ExportDialog, run_export_dialog


@pytest.fixture
def dialog(qtbot, tmp_path):
    d = ExportDialog(build_store(), path=str(tmp_path / "shop.journey.json"))
    qtbot.addWidget(d)
    return d


def test_fields_and_names(dialog, tmp_path):
    for name in (
        "exportFormat",
        "exportPath",
        "exportPersona",
        "exportPageSize",
        "exportOrientation",
        "exportFit",
        "exportTile",
        "exportMargins",
        "exportProgress",
        "exportStatus",
        "exportRun",
        "exportCancel",
        "exportSection_map",
        "exportSection_hotspots",
        "exportDpi",
        "exportHeatmap",
        "exportBom",
    ):
        assert dialog.findChild(object, name) is not None, name
    assert dialog.path_edit.text() == str(tmp_path / "shop.pdf")
    assert dialog.persona.count() == 3  # all, Dina, Budi
    dialog.format.setCurrentIndex(3)  # CSV
    assert dialog.path_edit.text() == str(tmp_path / "shop.csv")
    assert dialog.csv_box.isVisibleTo(dialog) and not dialog.pdf_box.isVisibleTo(dialog)
    req = dialog.request()
    assert req.format == "csv" and req.options == {"bom": False, "formula_guard": True, "persona": None}


def test_pdf_export_with_progress(dialog, qtbot, tmp_path):
    seen = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.page_size.setCurrentText("A4")
    dialog.tile.setChecked(True)
    dialog.sections["hotspots"].setChecked(False)
    dialog.persona.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    out = tmp_path / "shop.pdf"
    assert dialog.result_path == str(out) and out.exists()
    assert seen and max(seen) == 1000
    reader = PdfReader(out)
    assert len(reader.pages) > 2
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Friction hotspots" not in titles and "Friction register" in titles


def test_errors_are_shown_and_the_dialog_stays(dialog, qtbot, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "missing" / "shop.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(dialog.status.text()), timeout=30_000)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert "does not exist" in dialog.status.text()
    assert dialog.result() == 0 and dialog.result_path is None
    for box in dialog.sections.values():
        box.setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "shop.pdf"))
    dialog.export_button.click()
    assert "at least one section" in dialog.status.text()
    dialog.path_edit.setText(str(tmp_path / "shop.txt"))
    dialog.export_button.click()
    assert ".pdf" in dialog.status.text()


def test_csv_and_png(dialog, qtbot, tmp_path):
    dialog.format.setCurrentIndex(3)
    dialog.bom.setChecked(True)
    dialog.export_button.click()
    assert (tmp_path / "shop.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")
    d2 = ExportDialog(build_store(), path=str(tmp_path / "shop.journey.json"))
    qtbot.addWidget(d2)
    d2.format.setCurrentIndex(1)
    d2.dpi.setValue(50)
    d2.export_button.click()
    assert (tmp_path / "shop.png").stat().st_size > 1000 and d2.result_path


def test_cancel_leaves_nothing(qtbot, tmp_path):
    import sys

    from journeydesk_testkit import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from make_map import make_document
    except ImportError:
        pytest.skip("benchmarks/make_map.py not there yet")
    finally:
        sys.path.pop(0)
    d = ExportDialog(make_document(300, seed=1), path=str(tmp_path / "big.journey.json"))
    qtbot.addWidget(d)
    d.export_button.click()
    d.cancel()
    qtbot.waitUntil(lambda: not d.is_running(), timeout=60_000)
    out = tmp_path / "big.pdf"
    if d.result_path is None:
        assert "cancelled" in d.status.text() and not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_run_export_dialog_from_the_main_window(qtbot, tmp_path, monkeypatch):
    win = QMainWindow()
    qtbot.addWidget(win)
    win.document = build_store()
    win.path = str(tmp_path / "w.journey.json")
    win.scene = None

    def run_modal(self):
        self.format.setCurrentIndex(3)
        self.export_button.click()
        return 1

    monkeypatch.setattr(ExportDialog, "exec", run_modal)
    assert run_export_dialog(win) == str(tmp_path / "w.csv")
    assert "Exported" in win.statusBar().currentMessage()


def test_slides_from_the_dialog(dialog, qtbot, tmp_path):
    dialog.format.setCurrentIndex(dialog.format.findData("slides"))
    assert dialog.path_edit.text() == str(tmp_path / "shop.pdf")
    assert dialog.slides_box.isVisibleTo(dialog) and not dialog.pdf_box.isVisibleTo(dialog)
    dialog.notes.setCurrentIndex(dialog.notes.findData("annotations"))
    req = dialog.request()
    assert req.format == "slides" and req.options == {
        "notes": "annotations",
        "persona": None,
        "invariant": False,
    }
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    reader = PdfReader(tmp_path / "shop.pdf")
    box = reader.pages[0].mediabox
    assert (float(box[2]), float(box[3])) == (960.0, 540.0)


def test_the_dialog_says_which_paper_it_chose(qtbot, tmp_path):
    from export_maps import ROOT

    from journeydesk.io import load

    d = ExportDialog(
        load(ROOT / "examples" / "online-store.journey.json"), path=str(tmp_path / "s.journey.json")
    )
    qtbot.addWidget(d)
    assert d.readable.isChecked() and d.request().options["readable"] is True
    with qtbot.waitSignal(d.exported, timeout=60_000):
        d.export_button.click()
    qtbot.waitUntil(lambda: not d.is_running(), timeout=10_000)
    assert "card titles would print at 5.8 pt on A3: printed on A2 instead" in d.status.text()
    assert d.export_button.text() == "Export again"  # the dialog stayed open to say so
