"""The friction register: every friction of the map in a sortable, filterable
table. Choosing a row shows the friction (and centres its card or link)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...commands import AddItem, RemoveItems
from ...layout import style
from ...model import Change, JourneyDocument
from ...model import labels as L
from ...model import vocabulary as V
from ..inspector.pages import item_title

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

COLUMNS = ("Friction", "On", "Stage", "Severity", "Category", "Status", "Owner", "Opportunity")
# The headers as shown (COLUMNS stay the columns' names in code).
HEADERS = (
    QT_TRANSLATE_NOOP("FrictionPanel", "Friction"),
    QT_TRANSLATE_NOOP("FrictionPanel", "On"),
    QT_TRANSLATE_NOOP("FrictionPanel", "Stage"),
    QT_TRANSLATE_NOOP("FrictionPanel", "Severity"),
    QT_TRANSLATE_NOOP("FrictionPanel", "Category"),
    QT_TRANSLATE_NOOP("FrictionPanel", "Status"),
    QT_TRANSLATE_NOOP("FrictionPanel", "Owner"),
    QT_TRANSLATE_NOOP("FrictionPanel", "Opportunity"),
)
COL = {name: i for i, name in enumerate(COLUMNS)}
ID_ROLE = Qt.ItemDataRole.UserRole
DEBOUNCE_MS = 50
_BOLD = QFont()
_BOLD.setBold(True)


class _Memo(dict):
    """``word(value)`` worded once per distinct value."""

    def __init__(self, word) -> None:
        super().__init__()
        self.word = word

    def __call__(self, value):
        text = self.get(value)
        if text is None:
            text = self[value] = self.word(value)
        return text


class FrictionModel(QAbstractTableModel):
    """One row per friction; rebuilt from the document (cheap: a few thousand rows)."""

    def __init__(self, document: JourneyDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.rows: list[
            tuple[str, tuple[Any, ...], tuple[Any, ...], int, str]
        ] = []  # id, display, sort keys, severity, status
        self.reload()

    def reload(self) -> None:
        """Every row again from the document."""
        self.beginResetModel()
        row = self._row_maker()
        self.rows = [row(fr) for fr in self.document.frictions()]
        self._sort_rows()
        self.endResetModel()

    def update(self, frictions: set[str]) -> None:
        """The rows of these frictions again (added, changed or gone) and the rest
        as they were: deleting 2,500 cards reworded all 3,000 rows before."""
        doc = self.document
        row = self._row_maker()
        self.beginResetModel()
        rows = []
        for r in self.rows:
            fr = r[0]
            if fr not in frictions:
                rows.append(r)
            elif fr in doc:
                rows.append(row(fr))
        known = {r[0] for r in rows}
        rows.extend(row(fr) for fr in doc.frictions() if fr in frictions and fr not in known)
        self.rows = rows
        self._sort_rows()
        self.endResetModel()

    def _row_maker(self):
        """``row(friction)``: (id, display, sort keys, severity, status), with the
        labels every row shares worded once (not a pass over the map per edit)."""
        doc = self.document
        nodes = doc.graph.nodes
        stage_index = {s: i for i, s in enumerate(doc.stages())}
        # a handful of distinct labels: worded once, not three times a row
        severity_text = _Memo(L.severity_choice)
        category_text = _Memo(L.category_label)
        status_text = _Memo(L.status_label)

        def row(fr: str) -> tuple:
            a = nodes[fr]
            target = a["target"]
            tp = doc.link_ends(target)[0] if doc.kind_of(target) == "link" else target
            stage = nodes[tp]["stage"] if tp in doc else None
            stage_name = nodes[stage]["name"] if stage else ""
            on = item_title(doc, target)
            display = (
                a["title"] or "(untitled)",
                on,
                stage_name,
                severity_text(a["severity"]),
                category_text(a["category"]),
                status_text(a["status"]),
                a["owner"],
                a["opportunity"].replace("\n", " "),
            )
            keys = (
                a["title"].casefold(),
                (doc.journey_key(tp) if tp in doc else (1 << 30,), on.casefold()),
                (stage_index.get(stage, 1 << 30), stage_name),
                a["severity"],
                display[4].casefold(),
                V.FRICTION_STATUSES.index(a["status"]) if a["status"] in V.FRICTION_STATUSES else 9,
                a["owner"].casefold(),
                display[7].casefold(),
            )
            return (fr, display, keys, a["severity"], a["status"])

        return row

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("FrictionPanel", HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        fr, display, _keys, severity, status = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return display[col] if col in (COL["Friction"], COL["On"], COL["Opportunity"]) else None
        if role == ID_ROLE:
            return fr
        if role == Qt.ItemDataRole.ForegroundRole:
            if status == "resolved":
                return QBrush(QColor(style.INK_FAINT))
            if col == COL["Severity"]:
                return QBrush(QColor(style.SEVERITY_COLOUR.get(severity, style.INK)))
        if (
            role == Qt.ItemDataRole.FontRole
            and col == COL["Severity"]
            and severity >= 3
            and status != "resolved"
        ):
            return _BOLD
        return None

    def row_of(self, friction: str) -> int:
        for i, row in enumerate(self.rows):
            if row[0] == friction:
                return i
        return -1

    # Sorting happens here, in one Python sort over precomputed keys: a proxy that
    # compares rows pair by pair would call back into Python thousands of times.
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.rows[i.row()][0] if 0 <= i.row() < len(self.rows) else None for i in old]
        self._sort_rows()
        pos = {r[0]: i for i, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old,
            [self.index(pos[fr], i.column()) if fr in pos else QModelIndex() for fr, i in zip(old_ids, old)],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = (
            getattr(self, "sort_column", -1),
            getattr(self, "sort_order", Qt.SortOrder.AscendingOrder),
        )
        if column < 0:
            return
        self.rows.sort(key=lambda r: (r[2][column], r[0]), reverse=order == Qt.SortOrder.DescendingOrder)


class FrictionFilter(QSortFilterProxyModel):
    """Filters by text, severity and status; sorting is left to the source model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.severity: int | None = None
        self.status: str | None = None
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_filters(self, text: str, severity: int | None, status: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self.text, self.severity, self.status = text.casefold().strip(), severity, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.text, self.severity, self.status = text.casefold().strip(), severity, status
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model: FrictionModel = self.sourceModel()
        _fr, display, _keys, severity, status = model.rows[row]
        if self.severity is not None and severity != self.severity:
            return False
        if self.status is not None:
            if self.status == "unresolved":
                if status == "resolved":
                    return False
            elif status != self.status:
                return False
        if self.text:
            return any(self.text in str(v).casefold() for v in display)
        return True


class FrictionPanel(QWidget):
    """``frictionChosen(id)``: the user chose a row."""

    frictionChosen = Signal(str)

    def __init__(
        self, document: JourneyDocument, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("frictionWidget")
        self.document = document
        self.undo_stack = undo_stack
        self._unsubscribe = None
        self.target_provider = lambda: None  # the selected card or link, for "Add"

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("frictionFilter")
        self.filter_edit.setAccessibleName(translate("FrictionPanel", "Filter frictions"))
        self.filter_edit.setPlaceholderText(translate("FrictionPanel", "Filter frictions…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.severity_box = QComboBox()
        self.severity_box.setObjectName("frictionSeverityFilter")
        self.severity_box.addItem(translate("FrictionPanel", "Any severity"), None)
        for s in range(V.SEVERITY_MAX, V.SEVERITY_MIN - 1, -1):
            self.severity_box.addItem(L.severity_choice(s), s)
        self.status_box = QComboBox()
        self.status_box.setObjectName("frictionStatusFilter")
        self.status_box.addItem(translate("FrictionPanel", "Any status"), None)
        self.status_box.addItem(translate("FrictionPanel", "Not resolved"), "unresolved")
        for s in V.FRICTION_STATUSES:
            self.status_box.addItem(L.status_label(s), s)
        self.count_label = QLabel()
        self.count_label.setObjectName("frictionCount")
        self.count_label.setStyleSheet("color: #52606D;")
        self.add_button = QToolButton()
        self.add_button.setObjectName("frictionAddButton")
        self.add_button.setText(translate("FrictionPanel", "+ Add"))
        self.add_button.setToolTip(translate("FrictionPanel", "Add a friction to the selected card or link"))
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self.add_friction)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("frictionRemoveButton")
        self.remove_button.setText(translate("FrictionPanel", "Delete"))
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(self.delete_selected)
        bar.addWidget(self.filter_edit, 2)
        bar.addWidget(self.severity_box)
        bar.addWidget(self.status_box)
        bar.addWidget(self.count_label)
        bar.addStretch(0)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        layout.addLayout(bar)

        self.model = FrictionModel(document, self)
        self.proxy = FrictionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("frictionTable")
        self.table.setAccessibleName(translate("FrictionPanel", "Friction register"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL["Severity"], Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._user_widths = False  # the user dragged a column edge: leave widths alone
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        self._fitting = False
        self._fit_columns()
        layout.addWidget(self.table, 1)

        self.filter_edit.textChanged.connect(self._filters_changed)
        self.severity_box.currentIndexChanged.connect(self._filters_changed)
        self.status_box.currentIndexChanged.connect(self._filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.clicked.connect(lambda index: self._row_changed(index, None))

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(DEBOUNCE_MS)
        self._later.timeout.connect(self._refresh)
        self._reloading = False
        self._whole = False  # every row is made again at the next refresh
        self._stale: set[str] = set()  # frictions whose rows are made again
        self.set_document(document, undo_stack)

    # ------------------------------------------------------------ column widths
    BASE_WIDTHS: ClassVar[dict[str, int]] = {
        "Friction": 220,
        "On": 160,
        "Stage": 110,
        "Severity": 96,
        "Category": 120,
        "Status": 90,
        "Owner": 90,
    }

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize and not self._user_widths:
            self._fit_columns()
        return super().eventFilter(obj, event)

    def _section_resized(self, *_args) -> None:
        if not self._fitting and self.table.horizontalHeader().underMouse():
            self._user_widths = True

    def _fit_columns(self) -> None:
        """Every column in view: the base widths shrink in proportion when the
        table is narrower than they need (Opportunity takes what is left)."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        base = self.BASE_WIDTHS
        # A column is never narrower than its heading in the interface's language
        # ("Tingkat keparahan" is twice "Severity").
        least = {name: max(56, header.sectionSizeHint(COL[name])) for name in base}
        need = sum(base.values()) + 120  # and a little for Opportunity
        k = min(1.0, room / need) if room > 0 else 1.0
        self._fitting = True
        try:
            for name, width in base.items():
                header.resizeSection(COL[name], max(least[name], int(width * k)))
        finally:
            self._fitting = False

    # ------------------------------------------------------------ document
    def set_document(self, document: JourneyDocument, undo_stack: QUndoStack | None = None) -> None:
        self.detach()
        self.document = document
        self.model.document = document
        if undo_stack is not None:
            self.undo_stack = undo_stack
        self._unsubscribe = document.subscribe(self._changed)
        self.reload()

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._later.stop()

    def _changed(self, change: Change) -> None:
        # A friction's own rows are made again; a change to the names and places
        # rows show (cards, links, stages) makes them all again.
        if change.kind == "friction" and change.action != "reset":
            self._stale.add(change.id)
        elif self._whole or not self._shows(change):
            return
        else:
            self._whole = True
        if not self._later.isActive():
            self._later.start()

    def _refresh(self) -> None:
        if self._whole:
            self.reload()
            return
        stale, self._stale = self._stale, set()
        self._keeping_selection(lambda: self.model.update(stale))

    def _shows(self, change: Change) -> bool:
        """The change can alter a row: a friction, a stage, or a card or link that
        a friction is on (a card's title and place also name its links). Editing
        any other card of a big map reloads nothing (it was a full reload)."""
        kind, item = change.kind, change.id
        if change.action == "reset" or kind in ("friction", "stage"):
            return True
        if kind not in ("touchpoint", "link"):
            return False
        doc = self.document
        if change.action in ("added", "removed") or item not in doc:
            # its frictions come and go with it, each with its own event; the
            # others' names and journey order stay (a big undo adds thousands)
            return False
        if doc.frictions_on(item):
            return True
        return kind == "touchpoint" and any(doc.frictions_on(link) for link in doc.links_of(item))

    def reload(self) -> None:
        """Rebuild the rows, keeping the chosen frictions chosen."""
        self._whole, self._stale = False, set()
        self._keeping_selection(self.model.reload)

    def _keeping_selection(self, rebuild) -> None:
        chosen = self.selected_ids()
        current = self.table.currentIndex().data(ID_ROLE)
        self._reloading = True
        try:
            rebuild()
            self.select_ids(chosen, current)
        finally:
            self._reloading = False
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            translate("FrictionPanel", "{shown} of {total}").format(shown=shown, total=total)
            if shown != total
            else translate("FrictionPanel", "%Ln friction(s)", None, total)
        )
        self.remove_button.setEnabled(bool(self.selected_ids()))

    # ------------------------------------------------------------ filters
    def _filters_changed(self, *_: Any) -> None:
        self.proxy.set_filters(
            self.filter_edit.text(), self.severity_box.currentData(), self.status_box.currentData()
        )
        self._update_count()

    def set_filters(self, text: str = "", severity: int | None = None, status: str | None = None) -> None:
        self.filter_edit.setText(text)
        self.severity_box.setCurrentIndex(max(0, self.severity_box.findData(severity)))
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(status)))

    # ------------------------------------------------------------ rows
    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def selected_ids(self) -> list[str]:
        sel = self.table.selectionModel()
        if sel is None:
            return []
        return [i.data(ID_ROLE) for i in sel.selectedRows(0)]

    def select_ids(self, ids, current: str | None = None) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        sel = self.table.selectionModel()
        selection = QItemSelection()
        for fr in ids:
            row = self.model.row_of(fr)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection.select(index, index.siblingAtColumn(len(COLUMNS) - 1))
        sel.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _row_changed(self, index, _previous) -> None:
        self._update_count()
        if self._reloading or index is None or not index.isValid():
            return
        fr = index.data(ID_ROLE)
        if fr and fr in self.document:
            self.frictionChosen.emit(fr)

    # ------------------------------------------------------------ editing
    def add_friction(self) -> None:
        target = self.target_provider()
        if target is None or self.document.kind_of(target) not in ("touchpoint", "link"):
            self.count_label.setText(translate("FrictionPanel", "Select a card or link first"))
            return
        cmd = AddItem(
            self.document,
            "friction",
            {"target": target, "title": translate("FrictionPanel", "New friction")},
            translate("FrictionPanel", "Add friction"),
        )
        self.undo_stack.push(cmd)
        self.reload()
        self.select_ids([cmd.item_id], cmd.item_id)
        self.frictionChosen.emit(cmd.item_id)

    def delete_selected(self) -> bool:
        ids = [i for i in self.selected_ids() if i in self.document]
        if not ids:
            return False
        self.undo_stack.push(
            RemoveItems(
                self.document, ids, translate("FrictionPanel", "Delete %Ln friction(s)", None, len(ids))
            )
        )
        return True


__all__ = ["COLUMNS", "FrictionModel", "FrictionPanel"]
