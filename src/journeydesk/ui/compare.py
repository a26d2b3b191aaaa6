"""File > Compare With...: what changed between the open map and another version.

A dock lists the added, removed and changed items (step through them with the
list, or Previous / Next); choosing one selects and centres it on the canvas
(``MainWindow.show_item``), or shows where a removed card was. The report tab
holds the same text as ``journeydesk diff``. The canvas highlights come from
``compare_overlay``; closing the comparison (or opening another map) removes them.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import io
from ..model import JourneyDocument
from ..versions import MapDiff, diff, report
from ..versions.report import change_lines, field_line, label
from .compare_overlay import ADDED, CHANGED, MOVED, REMOVED, CompareOverlay

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _kind(kind: str) -> str:
    return {
        "persona": translate("Compare", "Persona"),
        "stage": translate("Compare", "Stage"),
        "lane": translate("Compare", "Lane"),
        "channel": translate("Compare", "Channel"),
        "touchpoint": translate("Compare", "Card"),
        "link": translate("Compare", "Link"),
        "friction": translate("Compare", "Friction"),
    }.get(kind, kind)


class ComparePanel(QWidget):
    """``itemChosen(id)`` for an item of the open map; ``ghostChosen(id)`` for a
    removed card; ``closeRequested`` from the Close button."""

    itemChosen = Signal(str)
    ghostChosen = Signal(str)
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.heading = QLabel(objectName="compareHeading")
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.prev_button = QPushButton(translate("Compare", "Previous"), objectName="comparePrevious")
        self.next_button = QPushButton(translate("Compare", "Next"), objectName="compareNext")
        self.close_button = QPushButton(translate("Compare", "Close Comparison"), objectName="compareClose")
        for b in (self.prev_button, self.next_button, self.close_button):
            top.addWidget(b)
        layout.addLayout(top)
        self.tabs = QTabWidget(objectName="compareTabs")
        self.list = QListWidget(objectName="compareList")
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)  # a changed card's fields are read in full, not scrolled to
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.report = QPlainTextEdit(objectName="compareReport")
        self.report.setReadOnly(True)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.report.setFont(mono)
        self.tabs.addTab(self.list, translate("Compare", "Changes"))
        self.tabs.addTab(self.report, translate("Compare", "Report"))
        layout.addWidget(self.tabs, 1)
        self.list.currentItemChanged.connect(self._current_changed)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.closeRequested)

    def show_diff(self, d: MapDiff, old_name: str, new_name: str) -> None:
        self.list.clear()
        summary = d.summary()
        n = len(d.items)
        if d.equal:
            self.heading.setText(translate("Compare", "No differences from {old}.").format(old=old_name))
        else:
            parts = []
            for kind in ("touchpoint", "stage", "lane", "friction", "link", "persona", "channel"):
                row = summary.get(kind)
                if row:
                    counts = [
                        f"{mark}{row[key]}"
                        for key, mark in (("added", "+"), ("removed", "−"), ("changed", "~"))
                        if row[key]
                    ]
                    parts.append(f"{_kind(kind)} {' '.join(counts)}")
            self.heading.setText(
                translate("Compare", "Compared with {old}: %Ln change(s)", None, n).format(old=old_name)
                + "\n"
                + " · ".join(parts)
            )
        colours = {"added": ADDED, "removed": REMOVED, "changed": CHANGED}
        marks = {"added": "+", "removed": "−", "changed": "~"}
        for change in d.items:
            text = f"{marks[change.status]}  {_kind(change.kind)}: {label(d, change)}"
            if change.status == "changed":
                details = [
                    field_line(d, change, f) for f in change.fields if f.field not in ("stage", "lane")
                ]
                if change.moved:
                    details.insert(0, translate("Compare", "moved"))
                text += "  — " + "; ".join(details)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, change.id)
            item.setData(STATUS_ROLE, change.status)
            item.setForeground(QColor(MOVED if change.moved else colours[change.status]))
            item.setToolTip("\n".join(change_lines(d, change)))
            self.list.addItem(item)
        self.report.setPlainText(report(d, old_name, new_name))
        self.prev_button.setEnabled(n > 0)
        self.next_button.setEnabled(n > 0)

    def step(self, by: int) -> None:
        count = self.list.count()
        if not count:
            return
        row = self.list.currentRow()
        self.list.setCurrentRow((row + by) % count if row >= 0 else (0 if by > 0 else count - 1))

    def _current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None:
            return
        item_id = item.data(ID_ROLE)
        if item.data(STATUS_ROLE) == "removed":
            self.ghostChosen.emit(item_id)
        else:
            self.itemChosen.emit(item_id)


class Comparison:
    """One open comparison in a window: the dock, the panel and the overlay."""

    def __init__(self, window, other_path: str, other: JourneyDocument) -> None:
        self.window = window
        self.closed = False
        self.path = other_path
        self.diff = diff(other, window.document)
        self.panel = ComparePanel()
        self.dock = QDockWidget(translate("Compare", "Compare"), window)
        self.dock.setObjectName("compareDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        if window.friction_dock.isVisible():
            window.tabifyDockWidget(window.friction_dock, self.dock)
        self.dock.show()
        self.dock.raise_()
        window.resizeDocks([self.dock], [max(220, window.height() // 3)], Qt.Orientation.Vertical)
        self.overlay = CompareOverlay(window.scene, self.diff) if window.scene is not None else None
        self.panel.show_diff(self.diff, os.path.basename(other_path), window.display_name)
        self.panel.itemChosen.connect(self._show)
        self.panel.ghostChosen.connect(self._show_ghost)
        self.panel.closeRequested.connect(self.close)
        self.dock.visibilityChanged.connect(self._dock_visibility)

    def _show(self, item_id: str) -> None:
        if item_id in self.window.document:
            self.window.show_item(item_id)

    def _show_ghost(self, item_id: str) -> None:
        rect = self.overlay.ghost_rect(item_id) if self.overlay is not None else None
        if rect is not None and self.window.view is not None:
            if self.window.scene is not None:
                self.window.scene.select_ids([])
            self.window.view.centerOn(rect.center())

    def _dock_visibility(self, visible: bool) -> None:
        # Closed with the dock's own button (hidden), not just tabbed behind another.
        if not visible and self.dock.isHidden() and not self.closed:
            self.close()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.overlay is not None:
            self.overlay.remove()
            self.overlay = None
        if self.window.comparison is self:
            self.window.comparison = None
        self.dock.hide()
        self.window.removeDockWidget(self.dock)
        self.dock.deleteLater()


def ask_compare_path(parent: QWidget, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Compare", "Compare with another version"),
        folder,
        translate("Compare", "Journey maps (*.journey.json *.json);;All files (*)"),
    )
    return path or None


def compare_with(window, path: str | None = None) -> Comparison | None:
    """Compare the open map (the newer version) with the map at ``path``."""
    if path is None:
        path = ask_compare_path(window, os.path.dirname(window.path) if window.path else "")
        if not path:
            return None
    try:
        other = io.load(path)
    except io.LoadError as exc:
        window._show_error("compareErrorDialog", translate("Compare", "Could not compare"), str(exc))
        return None
    if window.comparison is not None:
        window.comparison.close()
    window.comparison = Comparison(window, path, other)
    return window.comparison
