"""File > Export: one dialog for PDF, PNG, SVG and CSV.

``run_export_dialog(main_window)`` is what File > Export (``actionExport``) calls:
it reads ``main_window.document``, ``main_window.path`` (for the suggested file
name) and ``main_window.scene`` (the heatmap default), shows ``ExportDialog``
modally and returns the written path, or None.

The PDF is written on a worker thread so the progress bar moves and Cancel
works; PNG, SVG and CSV are quick and are written on the GUI thread (the canvas
scene must be). Errors (a folder that is not writable, a full disk) appear in the
dialog in plain words and the dialog stays open; nothing half-written is left
(the exporters write to a temp file and rename it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..export import ExportCancelled, ExportError
from ..model import JourneyDocument
from . import preferences_store
from .preferences_store import PAGE_SIZES

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# Texts marked here, translated where shown (translate("ExportDialog", text)).
FORMATS = (
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF document (print, share)")),
    ("png", QT_TRANSLATE_NOOP("ExportDialog", "PNG image")),
    ("svg", QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV table of touchpoints")),
    ("slides", QT_TRANSLATE_NOOP("ExportDialog", "PDF slide deck (16:9, to hand out after presenting)")),
)
SECTIONS = (
    ("map", QT_TRANSLATE_NOOP("ExportDialog", "Map")),
    ("personas", QT_TRANSLATE_NOOP("ExportDialog", "Persona profiles")),
    ("frictions", QT_TRANSLATE_NOOP("ExportDialog", "Friction register")),
    ("scorecards", QT_TRANSLATE_NOOP("ExportDialog", "Stage scorecards")),
    ("hotspots", QT_TRANSLATE_NOOP("ExportDialog", "Friction hotspots")),
    ("comments", QT_TRANSLATE_NOOP("ExportDialog", "Comments")),
)
EXTENSIONS = {"slides": "pdf"}  # a format's file extension, when it is not its name
NOTES = (
    ("below", QT_TRANSLATE_NOOP("ExportDialog", "Below each slide")),
    ("annotations", QT_TRANSLATE_NOOP("ExportDialog", "As PDF annotations (a note icon to open)")),
    ("none", QT_TRANSLATE_NOOP("ExportDialog", "Left out")),
)
FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF (*.pdf)"),
    "slides": QT_TRANSLATE_NOOP("ExportDialog", "PDF (*.pdf)"),
    "png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image (*.png)"),
    "svg": QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing (*.svg)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (*.csv)"),
}


@dataclass
class ExportRequest:
    """What the dialog asks for: a format, a path and that format's options."""

    format: str
    path: str
    options: dict[str, Any]


class _PdfWorker(QThread):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self, doc: JourneyDocument, path: str, options: dict[str, Any], parent=None, slides: bool = False
    ) -> None:
        super().__init__(parent)
        self.doc, self.path, self.options = doc, path, options
        self.slides = slides
        self.cancelled = False

    def _progress(self, fraction: float, message: str) -> bool:
        self.progressed.emit(fraction, message)
        return not self.cancelled

    def run(self) -> None:
        from ..export.pdf import PdfOptions, export_pdf
        from ..export.slides import SlideOptions, export_slides

        try:
            if self.slides:
                result = export_slides(
                    self.doc, self.path, SlideOptions(**self.options, progress=self._progress)
                )
            else:
                result = export_pdf(self.doc, self.path, PdfOptions(**self.options, progress=self._progress))
        except ExportCancelled:
            self.failed.emit("Export cancelled; nothing was written.")
        except ExportError as err:
            self.failed.emit(str(err))
        except MemoryError:
            self.failed.emit("There is not enough memory for this export.")
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, never a crash of the app
            self.failed.emit(f"The export failed: {type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)


class ExportDialog(QDialog):
    """Export a map: format, file, page size, orientation, fit or tile, sections,
    persona filter, image resolution and heatmap, CSV options; a progress bar and
    clear errors. Widgets carry stable objectNames (``exportFormat``...)."""

    exported = Signal(str)

    def __init__(
        self,
        doc: JourneyDocument,
        parent: QWidget | None = None,
        *,
        path: str | None = None,
        heatmap: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export map"))
        self.doc = doc
        self.result_path: str | None = None
        self._worker: _PdfWorker | None = None
        self._base = self._suggested_base(doc, path)

        self.format = QComboBox(objectName="exportFormat")
        for key, text in FORMATS:
            self.format.addItem(translate("ExportDialog", text), key)
        self.path_edit = QLineEdit(objectName="exportPath")
        browse = QPushButton(translate("ExportDialog", "Browse…"), objectName="exportBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        top = QFormLayout()
        top.addRow(translate("ExportDialog", "&Format:"), self.format)
        save_label = QLabel(translate("ExportDialog", "&Save as:"))
        save_label.setBuddy(self.path_edit)
        top.addRow(save_label, row)

        self.persona = QComboBox(objectName="exportPersona")
        self.persona.addItem(translate("ExportDialog", "All personas"), None)
        for p in doc.personas():
            self.persona.addItem(
                doc.graph.nodes[p]["name"] or translate("ExportDialog", "(unnamed persona)"), p
            )
        top.addRow(translate("ExportDialog", "&Persona:"), self.persona)

        # PDF
        self.pdf_box = QGroupBox(translate("ExportDialog", "Paper"), objectName="exportPdfOptions")
        pdf = QFormLayout(self.pdf_box)
        self.page_size = QComboBox(objectName="exportPageSize")
        for size in PAGE_SIZES:  # ISO names are the same everywhere; Letter and Tabloid are words
            self.page_size.addItem(translate("ExportDialog", size), size)
        preferred = preferences_store.get("export/page_size")  # Edit > Preferences
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(preferred)))
        self.orientation = QComboBox(objectName="exportOrientation")
        self.orientation.addItem(translate("ExportDialog", "Landscape"), "landscape")
        self.orientation.addItem(translate("ExportDialog", "Portrait"), "portrait")
        self.fit = QRadioButton(translate("ExportDialog", "Fit the map on one page"), objectName="exportFit")
        self.tile = QRadioButton(
            translate("ExportDialog", "Tile at full size across sheets (to assemble)"),
            objectName="exportTile",
        )
        self.fit.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.fit)
        group.addButton(self.tile)
        self.margins = QDoubleSpinBox(objectName="exportMargins")
        self.margins.setRange(0, 40)
        self.margins.setValue(10)
        self.margins.setSuffix(translate("ExportDialog", " mm"))
        modes = QVBoxLayout()
        modes.addWidget(self.fit)
        modes.addWidget(self.tile)
        pdf.addRow(translate("ExportDialog", "Page &size:"), self.page_size)
        pdf.addRow(translate("ExportDialog", "&Orientation:"), self.orientation)
        pdf.addRow(translate("ExportDialog", "Map:"), modes)
        pdf.addRow(translate("ExportDialog", "&Margins:"), self.margins)
        self.sections: dict[str, QCheckBox] = {}
        sections = QVBoxLayout()
        for key, text in SECTIONS:
            box = QCheckBox(translate("ExportDialog", text), objectName=f"exportSection_{key}")
            box.setChecked(key != "comments")  # workshop notes: printed when asked for
            self.sections[key] = box
            sections.addWidget(box)
        pdf.addRow(translate("ExportDialog", "Sections:"), sections)
        self.readable = QCheckBox(
            translate(
                "ExportDialog", "When the map would print too small to read, use larger paper or tile it"
            ),
            objectName="exportReadable",
        )
        self.readable.setChecked(True)
        self.readable.setToolTip(
            translate(
                "ExportDialog",
                "Card titles under 6 pt: a larger paper of the same family, else full size across sheets",
            )
        )
        pdf.addRow("", self.readable)
        self.reproducible = QCheckBox(
            translate("ExportDialog", "Reproducible file (same map, same bytes)"),
            objectName="exportReproducible",
        )
        pdf.addRow("", self.reproducible)

        # Slides
        self.slides_box = QGroupBox(translate("ExportDialog", "Slides"), objectName="exportSlidesOptions")
        slides = QFormLayout(self.slides_box)
        self.notes = QComboBox(objectName="exportNotes")
        for key, text in NOTES:
            self.notes.addItem(QCoreApplication.translate("ExportDialog", text), key)
        slides.addRow(translate("ExportDialog", "Speaker &notes:"), self.notes)
        slides.addRow(
            "",
            QLabel(
                translate(
                    "ExportDialog",
                    "A title slide, one per stage, one per persona's path and the top hotspots, "
                    "as the presentation (View > Present) steps through them.",
                ),
                wordWrap=True,
            ),
        )
        self.slides_reproducible = QCheckBox(
            translate("ExportDialog", "Reproducible file (same map, same bytes)"),
            objectName="exportSlidesReproducible",
        )
        slides.addRow("", self.slides_reproducible)

        # PNG / SVG
        self.image_box = QGroupBox(translate("ExportDialog", "Image"), objectName="exportImageOptions")
        img = QFormLayout(self.image_box)
        self.dpi = QSpinBox(objectName="exportDpi")
        self.dpi.setRange(10, 1200)
        self.dpi.setValue(144)
        self.dpi.setSuffix(translate("ExportDialog", " dpi"))
        self.dpi.setToolTip(
            translate("ExportDialog", "1 map unit = 1 pt, as in the PDF: 72 dpi is the editor at 100 %")
        )
        self.heatmap = QCheckBox(
            translate("ExportDialog", "With the friction heatmap"), objectName="exportHeatmap"
        )
        self.heatmap.setChecked(heatmap)
        img.addRow(translate("ExportDialog", "&Resolution:"), self.dpi)
        img.addRow("", self.heatmap)

        # CSV
        self.csv_box = QGroupBox(translate("ExportDialog", "Table"), objectName="exportCsvOptions")
        csv = QVBoxLayout(self.csv_box)
        self.bom = QCheckBox(
            translate("ExportDialog", "Byte-order mark (helps Excel read UTF-8)"), objectName="exportBom"
        )
        self.guard = QCheckBox(
            translate("ExportDialog", "Protect against spreadsheet formulas (= + - @)"),
            objectName="exportFormulaGuard",
        )
        self.guard.setChecked(True)
        csv.addWidget(self.bom)
        csv.addWidget(self.guard)

        self.progress = QProgressBar(objectName="exportProgress")
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.status = QLabel(objectName="exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(objectName="exportButtons")
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportRun")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("exportCancel")
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pdf_box)
        layout.addWidget(self.slides_box)
        layout.addWidget(self.image_box)
        layout.addWidget(self.csv_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    # ------------------------------------------------------------ state
    @staticmethod
    def _suggested_base(doc: JourneyDocument, path: str | None) -> str:
        if path:
            p = Path(path)
            name = p.name
            for suffix in (".journey.json", ".json"):
                if name.endswith(suffix):
                    name = name[: -len(suffix)]
                    break
            return str(p.with_name(name))
        title = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in doc.meta["title"]).strip()
        return os.path.join(os.path.expanduser("~"), "-".join(title.split())[:60] or "journey-map")

    def current_format(self) -> str:
        return self.format.currentData()

    def _format_changed(self) -> None:
        fmt = self.current_format()
        self.pdf_box.setVisible(fmt == "pdf")
        self.slides_box.setVisible(fmt == "slides")
        self.image_box.setVisible(fmt in ("png", "svg"))
        self.csv_box.setVisible(fmt == "csv")
        self.persona.setEnabled(fmt in ("pdf", "csv", "slides"))
        self.dpi.setEnabled(fmt == "png")
        text = self.path_edit.text().strip()
        stem = str(Path(text).with_suffix("")) if text else self._base
        self.path_edit.setText(f"{stem}.{self.extension()}")
        self.status.clear()
        self.adjustSize()

    def extension(self) -> str:
        fmt = self.current_format()
        return EXTENSIONS.get(fmt, fmt)

    def browse(self) -> None:
        fmt = self.current_format()
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Export map"),
            self.path_edit.text(),
            translate("ExportDialog", FILTERS[fmt]),
        )
        if path:
            if not path.lower().endswith(f".{self.extension()}"):
                path += f".{self.extension()}"
            self.path_edit.setText(path)

    def request(self) -> ExportRequest:
        """The export the dialog's fields describe."""
        fmt = self.current_format()
        path = self.path_edit.text().strip()
        persona = self.persona.currentData() if fmt in ("pdf", "csv", "slides") else None
        if fmt == "slides":
            options: dict[str, Any] = {
                "notes": self.notes.currentData(),
                "persona": persona,
                "invariant": self.slides_reproducible.isChecked(),
            }
        elif fmt == "pdf":
            options = {
                "page_size": self.page_size.currentData(),
                "orientation": self.orientation.currentData(),
                "mode": "tile" if self.tile.isChecked() else "fit",
                "margins_mm": self.margins.value(),
                "sections": tuple(k for k, box in self.sections.items() if box.isChecked()),
                "persona": persona,
                "invariant": self.reproducible.isChecked(),
                "readable": self.readable.isChecked(),
            }
        elif fmt == "csv":
            options = {
                "bom": self.bom.isChecked(),
                "formula_guard": self.guard.isChecked(),
                "persona": persona,
            }
        elif fmt == "png":
            options = {"dpi": float(self.dpi.value()), "heatmap": self.heatmap.isChecked()}
        else:
            options = {"heatmap": self.heatmap.isChecked()}
        return ExportRequest(fmt, path, options)

    # ------------------------------------------------------------ running
    def show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #B3001B;")
        self.status.setText(message)

    def _busy(self, on: bool) -> None:
        for w in (
            self.format,
            self.path_edit,
            self.persona,
            self.pdf_box,
            self.slides_box,
            self.image_box,
            self.csv_box,
            self.export_button,
        ):
            w.setEnabled(not on)
        if not on:
            self._format_changed_enablement()
        self.progress.setVisible(on)
        self.cancel_button.setText(
            translate("ExportDialog", "Cancel export") if on else translate("ExportDialog", "Cancel")
        )

    def _format_changed_enablement(self) -> None:
        fmt = self.current_format()
        self.persona.setEnabled(fmt in ("pdf", "csv", "slides"))
        self.dpi.setEnabled(fmt == "png")

    def start(self) -> None:
        """Run the export the fields describe (PDF on a worker thread)."""
        req = self.request()
        self.status.setStyleSheet("")
        self.status.clear()
        if not req.path:
            self.show_error(translate("ExportDialog", "Choose where to save the export."))
            return
        ext = self.extension()
        if not req.path.lower().endswith(f".{ext}"):
            self.show_error(
                translate("ExportDialog", "The file name must end in .{ext} for a {format} export.").format(
                    ext=ext, format=ext.upper()
                )
            )
            return
        if req.format == "pdf" and not req.options["sections"]:
            self.show_error(translate("ExportDialog", "Choose at least one section to print."))
            return
        if req.format in ("pdf", "slides"):
            self._busy(True)
            self.progress.setValue(0)
            self._worker = _PdfWorker(self.doc, req.path, req.options, self, slides=req.format == "slides")
            self._worker.progressed.connect(self._on_progress)
            self._worker.succeeded.connect(self._on_done)
            self._worker.failed.connect(self._on_failed)
            self._worker.finished.connect(self._worker_finished)
            self._worker.start()
            return
        QApplication.setOverrideCursor(self.cursor())
        try:
            self._run_quick(req)
        except ExportError as err:
            self.show_error(str(err))
            return
        except Exception as exc:  # noqa: BLE001 - shown, never a crash
            self.show_error(
                translate("ExportDialog", "The export failed: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._finish(req.path)

    def _run_quick(self, req: ExportRequest):
        if req.format == "csv":
            from ..export.csv import CsvOptions, export_csv

            return export_csv(self.doc, req.path, CsvOptions(**req.options))
        from .canvas import render as raster

        if req.format == "png":
            return raster.export_png(self.doc, req.path, **req.options)
        return raster.export_svg(self.doc, req.path, **req.options)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(f"{message} \u2013 %p%")

    def _on_done(self, result) -> None:
        # What the paper rule chose instead of what was asked is said first.
        note = getattr(result, "paper_note", "")
        warnings = ([note] if note else []) + list(getattr(result, "warnings", []))
        self._busy(False)
        self._finish(result.path, warnings)

    def _on_failed(self, message: str) -> None:
        self._busy(False)
        self.show_error(message)

    def _worker_finished(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
            self._worker = None

    def _finish(self, path: str, warnings: list[str] | None = None) -> None:
        self.result_path = path
        self.exported.emit(path)
        if warnings:  # written, but worth a look: say so and let the person choose
            self.status.setStyleSheet("color: #52606D;")
            self.status.setText(
                translate("ExportDialog", "Exported to {path}. Note: {notes}.").format(
                    path=path, notes="; ".join(warnings)
                )
            )
            self.export_button.setText(translate("ExportDialog", "Export again"))
            self.cancel_button.setText(translate("ExportDialog", "Close"))
            return
        self.accept()

    def cancel(self) -> None:
        if self._worker is not None and self._worker.isRunning():
            self._worker.cancelled = True
            self.status.setText(translate("ExportDialog", "Cancelling…"))
            return
        if self.result_path:
            self.accept()
        else:
            self.reject()

    def is_running(self) -> bool:
        """Until the worker's outcome is shown: its thread may end a moment before
        its last signal (done, failed, cancelled) reaches the dialog."""
        return self._worker is not None

    def done(self, r: int) -> None:  # closing while a PDF is being written: wait for the thread
        if self._worker is not None and self._worker.isRunning():
            self._worker.cancelled = True
            self._worker.wait(30_000)
        super().done(r)


def run_export_dialog(main_window) -> str | None:
    """File > Export (``actionExport``): show the dialog for the window's map.

    Returns the path written, or None when nothing was exported."""
    scene = main_window.scene
    heat = scene is not None and scene.heatmap_enabled()
    dialog = ExportDialog(main_window.document, main_window, path=main_window.path, heatmap=heat)
    try:
        dialog.exec()
        path = dialog.result_path
    finally:
        dialog.deleteLater()
    if path:
        main_window.statusBar().showMessage(main_window.tr("Exported {path}").format(path=path), 5000)
    return path
