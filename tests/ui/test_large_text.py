"""A larger system font (as at 125 % and 200 % text scaling) clips no label or
button of the Preferences, About and Keyboard Shortcuts dialogs nor of the
window's toolbar and palette: each is given at least the room its text asks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_ui_helpers import open_window


@pytest.fixture(params=[1.25, 2.0])
def larger_text(request, qapp):
    before = QApplication.font()
    bigger = QApplication.font()
    bigger.setPointSizeF(before.pointSizeF() * request.param)
    QApplication.setFont(bigger)
    yield request.param
    QApplication.setFont(before)


def clipped(root: QWidget) -> list[str]:
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not isinstance(w, (QLabel, QAbstractButton)):
            continue
        if isinstance(w, QLabel) and (w.wordWrap() or not w.text()):
            continue  # wraps to the width it gets
        need = w.minimumSizeHint() if isinstance(w, QLabel) else w.sizeHint()
        if w.width() + 1 < need.width() or w.height() + 1 < need.height():
            out.append(
                f"{type(w).__name__}#{w.objectName()} {w.text()!r}: {w.size().toTuple()} < {need.toTuple()}"
            )
    return out


def test_dialogs_and_toolbar_make_room_for_larger_text(qtbot, larger_text):
    from journeydesk.ui.about_dialog import AboutDialog
    from journeydesk.ui.preferences_dialog import PreferencesDialog
    from journeydesk.ui.shortcuts_dialog import ShortcutsDialog

    w = open_window(qtbot)
    problems = []
    for make in (PreferencesDialog, AboutDialog, ShortcutsDialog):
        dialog = make(w)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__}: {p}" for p in clipped(dialog)]
        dialog.close()
    problems += [f"palette: {p}" for p in clipped(w.palette)]
    assert not problems, "\n".join(problems)
