"""Every control a screen reader can land on has a name: the main window with
each inspector page, its docks and toolbars, and the dialogs of this area
(Preferences, About, Keyboard Shortcuts, User Guide), read through the
accessibility API (QAccessible.queryAccessibleInterface), as Orca would."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QToolBar,
    QWidget,
)
from test_ui_helpers import EXAMPLE, open_window

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None and iface.isValid() else ""


def unnamed(root: QWidget) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the combo box's or spin box's own editor: the parent is named
        if isinstance(widget, (QHeaderView, QScrollBar)):
            continue  # parts of a named view (column titles name themselves)
        if isinstance(widget, (*CONTROLS, QDockWidget, QToolBar)) and not name_of(widget):
            out.append(f"{type(widget).__name__}#{widget.objectName() or '?'}")
    return sorted(set(out))


def test_every_control_of_the_window_and_its_inspector_pages_has_a_name(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.live.participants_dock.show()  # the live session's docks too
    w.live.comments_dock.show()
    doc = w.document
    missing = unnamed(w)
    picks = [doc.touchpoints()[0], doc.personas()[0], doc.stages()[0], doc.lanes()[0]]
    picks += [doc.links()[0], doc.frictions()[0]]
    for item in picks:
        w.scene.select_ids([item])
        qtbot.wait(20)
        missing += [f"{doc.kind_of(item)}: {m}" for m in unnamed(w)]
    assert not missing, "\n".join(sorted(set(missing)))
    assert name_of(w.view)  # the canvas itself


@pytest.mark.parametrize("which", ["preferences", "about", "shortcuts", "guide"])
def test_every_control_of_the_help_and_preferences_dialogs_has_a_name(qtbot, which):
    from journeydesk.ui.about_dialog import AboutDialog
    from journeydesk.ui.guide_dialog import show_guide
    from journeydesk.ui.preferences_dialog import PreferencesDialog
    from journeydesk.ui.shortcuts_dialog import ShortcutsDialog

    w = open_window(qtbot)
    make = {
        "preferences": lambda: PreferencesDialog(w),
        "about": lambda: AboutDialog(w),
        "shortcuts": lambda: ShortcutsDialog(w),
        "guide": lambda: show_guide(w),
    }
    dialog = make[which]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not unnamed(dialog)
