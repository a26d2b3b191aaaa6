"""Help > Keyboard Shortcuts: every menu command with its keys and every canvas
key, grouped by menu, with a filter. Made from the actions each time it opens
(``shortcuts.all_rows``), so it shows what the keys are now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .shortcuts import all_rows

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ShortcutsDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ShortcutsDialog",
                "Tab and Shift+Tab move between the panels and the map; F6 jumps to the next panel. "
                "On the map, the arrow keys move between cards and headers.",
            ),
            objectName="shortcutsIntro",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit(objectName="shortcutsFilter")
        self.filter.setPlaceholderText(translate("ShortcutsDialog", "Find a command or a key"))
        self.filter.setAccessibleName(translate("ShortcutsDialog", "Find a command or a key"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget(objectName="shortcutsTree")
        self.tree.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [translate("ShortcutsDialog", "Command"), translate("ShortcutsDialog", "Keys")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("ShortcutsDialog", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill(window)
        self.resize(self._good_size())

    def fill(self, window) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for row in all_rows(window):
            group = groups.get(row.menu)
            if group is None:
                group = groups[row.menu] = QTreeWidgetItem(self.tree, [row.menu, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(group, [row.command, ", ".join(row.keys)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.name)
            item.setToolTip(1, ", ".join(row.keys))
        self.tree.expandAll()
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def rows_shown(self) -> list[tuple[str, str, str]]:
        """(menu, command, keys) of every row the filter leaves visible."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if not item.isHidden():
                    out.append((group.text(0), item.text(0), item.text(1)))
        return out

    def apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                item = group.child(j)
                haystack = f"{group.text(0)} {item.text(0)} {item.text(1)}".casefold()
                hide = any(w not in haystack for w in words)
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)

    def _good_size(self):
        # both columns whole (the keys column holds up to three bindings)
        width = self.tree.header().sectionSize(0) + self.tree.sizeHintForColumn(1) + 60
        screen = self.screen().availableGeometry() if self.screen() else None
        w = max(560, width)
        h = 620
        if screen is not None:
            w, h = min(w, screen.width() - 80), min(h, screen.height() - 80)
        return QSize(w, h).expandedTo(self.minimumSizeHint())


def show_shortcuts(window) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
