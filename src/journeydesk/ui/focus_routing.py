"""Where Edit-menu actions go: to the text field being typed in, to the friction
register or personas list when they have the focus, else to the canvas.

Cut, Copy, Paste, Delete and Select All are window-wide shortcuts, so the same
keystroke means "delete the selected characters" in a text box and "delete the
selected cards" on the map. FocusRouter answers which one is meant.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class FocusRouter:
    def __init__(self, window) -> None:
        self.w = window

    def focus_in(self, widget: QWidget) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is widget or widget.isAncestorOf(focus))

    def text_focus(self) -> QWidget | None:
        """The window's text field that has the keyboard focus, if any."""
        focus = QApplication.focusWidget()
        if isinstance(focus, _TEXT_WIDGETS) and self.w.isAncestorOf(focus):
            return focus
        if isinstance(focus, QComboBox) and focus.isEditable() and self.w.isAncestorOf(focus):
            return focus.lineEdit()
        return None

    def canvas_editing(self) -> bool:
        """A title is being edited in place on the canvas: map-level edit actions wait."""
        scene = self.w.scene
        return scene is not None and scene.is_editing()

    def selected_ids(self) -> list[str]:
        """What Cut/Copy/Delete act on: the friction register's rows when it has the
        focus, else the canvas selection."""
        w = self.w
        if self.focus_in(w.friction_panel):
            ids = w.friction_panel.selected_ids()
            if ids:
                return ids
        if w.scene is None:
            return []
        return [i for i in w.scene.selected_ids() if i in w.document]

    def delete(self) -> None:
        w = self.w
        if self.canvas_editing():
            return
        text = self.text_focus()
        if text is not None:
            if isinstance(text, QLineEdit):
                text.del_()
            return
        if self.focus_in(w.friction_panel) and w.friction_panel.delete_selected():
            return
        if self.focus_in(w.personas_panel) and w.personas_panel.current_persona():
            w.personas_panel.delete_persona()
            return
        if w.editor is not None:
            w.editor.delete_selected()

    def select_all(self) -> None:
        w = self.w
        if self.canvas_editing():
            return
        text = self.text_focus()
        if text is not None:
            text.selectAll()
            return
        if w.scene is not None:
            w.scene.select_all()
