"""File > Import...: a spreadsheet (CSV or .xlsx) into a new map or the open one.

The dialog previews the first rows with a field chooser above each column,
prefilled from the headers (``io.tabular``) or from what was chosen last time for
a header of that name (remembered in the settings). Importing into the open map
pushes every new item as ONE undo step (``AddItem`` commands inside a macro, as a
paste does). Bad rows are listed in the dialog, which asks whether to skip them.
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..commands import AddItem
from ..io import LoadError
from ..io.tabular import (
    EMOTION_PREFIX,
    FIELDS,
    ImportResult,
    Table,
    detect_shape,
    guess_fields,
    headers,
    import_table,
    read_table,
)
from ..io.tabular.values import fold
from . import settings as S

PREVIEW_ROWS = 8
SETTINGS_KEY = "import/mapping"


def file_filter() -> str:
    return translate("ImportDialog", "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def field_label(field: str | None) -> str:
    if not field or field == "ignore":
        return translate("ImportDialog", "(not imported)")
    if field.startswith(EMOTION_PREFIX):
        return translate("ImportDialog", "Emotion of {persona}").format(persona=field[len(EMOTION_PREFIX) :])
    labels = {
        "title": translate("ImportDialog", "Title"),
        "description": translate("ImportDialog", "Description"),
        "stage": translate("ImportDialog", "Stage"),
        "lane": translate("ImportDialog", "Lane"),
        "channel": translate("ImportDialog", "Channel"),
        "owner": translate("ImportDialog", "Owner"),
        "personas": translate("ImportDialog", "Personas"),
        "emotion": translate("ImportDialog", "Emotion"),
        "csat": translate("ImportDialog", "CSAT %"),
        "nps": translate("ImportDialog", "NPS"),
        "ces": translate("ImportDialog", "CES"),
        "volume": translate("ImportDialog", "Volume"),
        "conversion": translate("ImportDialog", "Conversion %"),
        "friction": translate("ImportDialog", "Friction"),
        "severity": translate("ImportDialog", "Friction severity"),
        "category": translate("ImportDialog", "Friction category"),
        "status": translate("ImportDialog", "Friction status"),
        "evidence": translate("ImportDialog", "Evidence"),
        "moment_of_truth": translate("ImportDialog", "Moment of truth"),
        "notes": translate("ImportDialog", "Notes"),
        "id": translate("ImportDialog", "Id"),
    }
    return labels.get(field, field)


def remembered() -> dict[str, str]:
    try:
        data = json.loads(str(S.settings().value(SETTINGS_KEY, "{}") or "{}"))
    except (TypeError, ValueError):
        return {}
    return (
        {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
        if isinstance(data, dict)
        else {}
    )


def remember(names: list[str], fields: list[str | None]) -> None:
    data = remembered()
    for name, field in zip(names, fields):
        if name:
            data[fold(name) or name] = field or "ignore"
    s = S.settings()
    s.setValue(SETTINGS_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))
    s.sync()


class ImportDialog(QDialog):
    """``imported(result, into_open)`` when the user imports."""

    imported = Signal(object, bool)

    def __init__(self, parent: QWidget | None, path: str, table: Table, open_map_title: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(translate("ImportDialog", "Import {file}").format(file=os.path.basename(path)))
        self.path, self.table = path, table
        self.result_: ImportResult | None = None
        self.open_map_title = open_map_title
        self.combos: list[QComboBox] = []
        self._build()
        self._fill()
        self.resize(900, 560)
        self.import_button.setFocus()

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sheet = QComboBox(objectName="importSheet")
        self.sheet.currentTextChanged.connect(self._sheet_changed)
        self.shape = QComboBox(objectName="importShape")
        for key, text in (
            ("auto", translate("ImportDialog", "Detect from the header row")),
            ("long", translate("ImportDialog", "One touchpoint per row")),
            ("grid", translate("ImportDialog", "Grid: stages across, lanes down")),
        ):
            self.shape.addItem(text, key)
        self.shape.currentIndexChanged.connect(self._shape_changed)
        self.source = QLabel(objectName="importSource")
        form.addRow(translate("ImportDialog", "File:"), self.source)
        form.addRow(translate("ImportDialog", "Sheet:"), self.sheet)
        form.addRow(translate("ImportDialog", "Layout:"), self.shape)
        target = QHBoxLayout()
        self.into_new = QRadioButton(translate("ImportDialog", "A new map"), objectName="importIntoNew")
        self.into_open = QRadioButton(objectName="importIntoOpen")
        self.into_new.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.into_new)
        group.addButton(self.into_open)
        if self.open_map_title is not None:
            self.into_open.setText(
                translate("ImportDialog", "The open map, “{title}” (one undo step)").format(
                    title=self.open_map_title
                )
            )
        else:
            self.into_open.hide()
        target.addWidget(self.into_new)
        target.addWidget(self.into_open)
        target.addStretch(1)
        form.addRow(translate("ImportDialog", "Import into:"), target)
        layout.addLayout(form)
        self.hint = QLabel(objectName="importHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.preview = QTableWidget(objectName="importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.setWordWrap(False)
        layout.addWidget(self.preview, 3)
        self.problems_label = QLabel(objectName="importProblemsLabel")
        self.problems = QListWidget(objectName="importProblems")
        self.problems_label.hide()
        self.problems.hide()
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            translate("ImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        t = self.table
        self.source.setText(
            f"{os.path.basename(self.path)} — "
            + (
                translate("ImportDialog", "CSV, {delimiter} separated, {encoding}").format(
                    delimiter={
                        "\t": translate("ImportDialog", "tab"),
                        ",": translate("ImportDialog", "comma"),
                        ";": translate("ImportDialog", "semicolon"),
                        "|": translate("ImportDialog", "pipe"),
                    }.get(t.delimiter, repr(t.delimiter)),
                    encoding=t.encoding,
                )
                if t.source == "csv"
                else translate("ImportDialog", "Excel workbook")
            )
            + " — "
            + translate("ImportDialog", "%Ln row(s)", None, max(0, len(t.rows) - 1))
        )
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(t.sheets) or [translate("ImportDialog", "(CSV: one sheet)")])
        if t.sheet:
            self.sheet.setCurrentText(t.sheet)
        self.sheet.setEnabled(t.source == "xlsx" and len(t.sheets) > 1)
        self.sheet.blockSignals(False)
        self._fill_preview()

    def _guessed(self) -> list[str | None]:
        names = headers(self.table)
        memory = remembered()
        out = []
        for name, guess in zip(names, guess_fields(self.table)):
            chosen = memory.get(fold(name) or name)
            out.append(chosen if chosen is not None else guess)
        return out + [None] * (self.table.width - len(out))

    def _fill_preview(self) -> None:
        t = self.table
        names = headers(t) + [""] * (t.width - len(headers(t)))
        fields = self._guessed()
        rows = t.rows[1 : 1 + PREVIEW_ROWS]
        p = self.preview
        p.clear()
        p.setColumnCount(t.width)
        p.setRowCount(1 + len(rows))
        p.setHorizontalHeaderLabels([n or f"#{i + 1}" for i, n in enumerate(names)])
        self.combos = []
        for col in range(t.width):
            combo = QComboBox()
            combo.setObjectName(f"importField_{col}")
            options = list(FIELDS)
            if fields[col] and fields[col] not in options:
                options.insert(-1, fields[col])  # an emotion:NAME column
            for f in options:
                combo.addItem(field_label(f), f)
            combo.setCurrentIndex(options.index(fields[col] or "ignore"))
            combo.currentIndexChanged.connect(self._update_hint)
            p.setCellWidget(0, col, combo)
            self.combos.append(combo)
            for r, row in enumerate(rows, start=1):
                value = row[col] if col < len(row) else ""
                text = " ⏎ ".join(str(value).splitlines()) if value != "" else ""
                item = QTableWidgetItem(text)
                item.setToolTip(str(value))
                p.setItem(r, col, item)
        p.resizeColumnsToContents()
        for col in range(t.width):
            p.setColumnWidth(col, min(max(p.columnWidth(col), self.combos[col].sizeHint().width() + 8), 260))
        p.setRowHeight(0, self.combos[0].sizeHint().height() + 6 if self.combos else 30)
        self._update_hint()

    # ---------------------------------------------------------------- state
    def fields(self) -> list[str | None]:
        return [c.currentData() if c.currentData() != "ignore" else None for c in self.combos]

    def chosen_shape(self) -> str:
        shape = self.shape.currentData()
        return detect_shape(self.table, self.fields()) if shape == "auto" else shape

    def _update_hint(self, *_args) -> None:
        grid = self.chosen_shape() == "grid"
        fields = self.fields()
        for col, c in enumerate(self.combos):
            c.setEnabled(not grid)
            used = grid or fields[col] is not None
            colour = (
                self.palette()
                .color(self.foregroundRole() if used else self.backgroundRole())
                .darker(100 if used else 160)
            )
            for r in range(1, self.preview.rowCount()):
                item = self.preview.item(r, col)
                if item is not None:
                    item.setForeground(colour)
        if grid:
            self.hint.setText(
                translate(
                    "ImportDialog",
                    "Read as a grid: stage names across the first row, lane names down the first column, "
                    "card texts in the cells (several cards in a cell separated by blank lines or bullets).",
                )
            )
        elif "title" not in self.fields():
            self.hint.setText(translate("ImportDialog", "Choose which column holds the touchpoint titles."))
        else:
            self.hint.setText(
                translate(
                    "ImportDialog",
                    "One touchpoint per row. Choose what each column holds; columns left “not imported” are skipped.",
                )
            )
        self.import_button.setEnabled(grid or "title" in self.fields())

    def _sheet_changed(self, name: str) -> None:
        if self.table.source != "xlsx" or not name or name == self.table.sheet:
            return
        try:
            self.table = read_table(self.path, name)
        except LoadError as exc:
            self._show_problems([str(exc)], translate("ImportDialog", "This sheet cannot be read:"))
            return
        self._fill()

    def _shape_changed(self, _index: int) -> None:
        self._update_hint()

    def _show_problems(self, lines: list[str], heading: str) -> None:
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems_label.setText(heading)
        self.problems_label.show()
        self.problems.show()

    # ---------------------------------------------------------------- importing
    def target_document(self):
        window = self.parent()
        return window.document if self.into_open.isChecked() and window is not None else None

    def ask_skip(self, bad_rows: int) -> bool:
        """Import the good rows and skip the bad ones? (Tests replace this.)"""
        box = QMessageBox(self)
        box.setObjectName("importSkipQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ImportDialog", "Some rows cannot be imported"))
        box.setText(
            translate("ImportDialog", "%Ln row(s) cannot be imported (listed in the dialog).", None, bad_rows)
        )
        box.setInformativeText(translate("ImportDialog", "Skip them and import the other rows?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def do_import(self) -> None:
        fields = self.fields()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_table(
                self.table,
                into=self.target_document(),
                fields=fields,
                shape=self.chosen_shape(),
                file=self.path,
            )
        except LoadError as exc:
            self._show_problems(
                [p.format(os.path.basename(self.path)) for p in exc.problems],
                translate("ImportDialog", "Nothing imported:"),
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result.problems:
            name = os.path.basename(self.path)
            self._show_problems(
                [p.format(name) for p in result.problems],
                translate("ImportDialog", "%Ln row(s) cannot be imported:", None, result.bad_rows),
            )
            if not self.ask_skip(result.bad_rows):
                return
        if not result.plan:
            self._show_problems(
                [translate("ImportDialog", "There is nothing to import in this file.")],
                translate("ImportDialog", "Nothing imported:"),
            )
            return
        if result.shape == "long":
            remember(headers(self.table), fields)
        self.result_ = result
        self.imported.emit(result, self.into_open.isChecked())
        self.accept()


def ask_import_path(parent: QWidget, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ImportDialog", "Import a spreadsheet"), folder, file_filter()
    )
    return path or None


def apply_import(window, result: ImportResult, into_open: bool) -> list[str]:
    """Put an import in the window: the open map (one undo step) or a new map."""
    counts = result.counts()
    n = counts.get("touchpoint", 0)
    if into_open:
        stack = window.undo_stack
        stack.beginMacro(translate("ImportDialog", "Import %Ln touchpoint(s)", None, n))
        try:
            for kind, values in result.plan:
                stack.push(AddItem(window.document, kind, values))
        finally:
            stack.endMacro()
        new = [values["id"] for kind, values in result.plan if kind == "touchpoint"]
        if window.scene is not None:
            window.scene.select_ids(new)
    else:
        if not window.maybe_save():
            return []
        window._install(result.document, None)
        window.undo_stack.resetClean()  # an imported map is not saved anywhere yet
        window.setWindowModified(True)
        new = list(result.document.touchpoints())
    window.statusBar().showMessage(translate("ImportDialog", "Imported %Ln touchpoint(s)", None, n), 5000)
    return new


def import_spreadsheet(window, path: str | None = None) -> ImportDialog | None:
    """File > Import...: ask for the file, then show the (window-modal) dialog."""
    if path is None:
        path = ask_import_path(window, os.path.dirname(window.path) if window.path else "")
        if not path:
            return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big workbook takes seconds
    try:
        table = read_table(path)
    except LoadError as exc:
        QGuiApplication.restoreOverrideCursor()
        window._show_error(
            "importErrorDialog", translate("ImportDialog", "Could not import the spreadsheet"), str(exc)
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    dialog = ImportDialog(window, path, table, window.document.meta["title"])
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(lambda result, into: apply_import(window, result, into))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
