"""Cut, Copy, Paste and Duplicate of map items through the system clipboard.

Items travel as a JSON fragment (``io.fragment``, mime type ``MIME_TYPE``) with
their titles as plain text beside it, so a paste into another JourneyDesk
window (or process) brings the items and a paste into a text editor brings
their titles. A paste is ONE undo step; a text field with the focus gets the
ordinary text clipboard instead.
"""

from __future__ import annotations

import atexit
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox
from shiboken6 import Shiboken

from ..commands import AddItem, RemoveItems, push_macro
from ..io.fragment import (
    MIME_TYPE,
    FragmentError,
    dumps_fragment,
    is_fragment,
    loads_fragment,
    paste_plan,
    to_fragment,
)

PASTE_KINDS = ("persona", "stage", "lane", "touchpoint", "link", "friction")


def release_clipboard_at_exit() -> None:
    """Hand the clipboard a copy made by Qt before Python goes away (issue 15, defect 12).

    A QMimeData made in Python and given to the clipboard belongs to Qt, but its
    C++ destructor calls back into Python. Qt's default clipboard (offscreen,
    minimal and other platforms without a clipboard of their own) keeps it in a
    global static that is destroyed after the interpreter has finished, so that
    callback met a finalized interpreter: a segfault at exit after any copy
    (``pytest tests/ui tests/qa`` died with SIGSEGV). At exit, while Python still
    runs, the copied text stays on the clipboard in a QMimeData that Qt itself
    makes, and the Python-made one is deleted now."""
    if QGuiApplication.instance() is None:
        return
    board = QGuiApplication.clipboard()
    mime = board.mimeData()
    if mime is None or not Shiboken.isValid(mime) or not Shiboken.createdByPython(mime):
        return
    text = mime.text() if mime.hasText() else ""
    if text:
        board.setText(text)  # Qt makes this QMimeData; the old one is deleted here
    else:
        board.clear()


atexit.register(release_clipboard_at_exit)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class MapClipboard:
    """The window's clipboard actions (``window.clipboard``)."""

    def __init__(self, window) -> None:
        self.w = window
        self.problem = ""  # why the last paste found nothing usable

    @property
    def _router(self):
        return self.w.focus_router

    def _text_target(self):
        """The text field that takes a text cut/copy/paste (spin boxes do not)."""
        text = self._router.text_focus()
        return None if isinstance(text, QAbstractSpinBox) else text

    # ------------------------------------------------------------ copying
    def cut(self) -> bool:
        if self._router.canvas_editing():
            return False
        text = self._text_target()
        if text is not None:
            text.cut()
            return True
        ids = self._router.selected_ids()
        if not self.copy_ids(ids):
            return False
        self.w.undo_stack.push(RemoveItems(self.w.document, ids, translate("Clipboard", "Cut")))
        return True

    def copy(self) -> bool:
        if self._router.canvas_editing():
            return False
        text = self._text_target()
        if text is not None:
            text.copy()
            return True
        return self.copy_ids(self._router.selected_ids())

    def copy_ids(self, ids: list[str]) -> bool:
        """Put items on the clipboard as a fragment (plus their titles as text)."""
        if not ids:
            return False
        fragment = to_fragment(self.w.document, ids)
        if not any(fragment.get(k + "s") for k in PASTE_KINDS):
            return False
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(dumps_fragment(fragment).encode("utf-8")))
        titles = [
            e.get("title") or e.get("name") or ""
            for k in PASTE_KINDS
            for e in fragment.get(k + "s", ())
            if k != "link"
        ]
        mime.setText("\n".join(t for t in titles if t))
        QGuiApplication.clipboard().setMimeData(mime)
        n = sum(len(fragment.get(k + "s", ())) for k in PASTE_KINDS)
        self.w.statusBar().showMessage(translate("Clipboard", "Copied %Ln item(s)", None, n), 3000)
        return True

    # ------------------------------------------------------------ pasting
    def fragment(self) -> dict | None:
        """The map items on the clipboard, or None (``problem`` then says why
        when the clipboard holds damaged or newer items)."""
        self.problem = ""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return None
        try:
            if mime.hasFormat(MIME_TYPE):
                return loads_fragment(bytes(mime.data(MIME_TYPE).data()))
            text = mime.text().strip() if mime.hasText() else ""
            if text.startswith("{") and '"journeydesk-fragment"' in text[:300]:
                return loads_fragment(text)
        except FragmentError as exc:
            self.problem = str(exc)
        return None

    def refresh_paste_action(self) -> None:
        """Paste is enabled for map items on the clipboard, or a text field."""
        mime = QGuiApplication.clipboard().mimeData()
        ok = mime is not None and (
            mime.hasFormat(MIME_TYPE) or (mime.hasText() and "journeydesk-fragment" in mime.text()[:300])
        )
        self.w.actions_.paste.setEnabled(bool(ok) or self._router.text_focus() is not None)

    def paste(self) -> list[str]:
        if self._router.canvas_editing():
            return []
        text = self._text_target()
        if text is not None:
            text.paste()
            return []
        fragment = self.fragment()
        bar = self.w.statusBar()
        if fragment is None:
            if self.problem:
                bar.showMessage(
                    translate("Clipboard", "Cannot paste: {problem}").format(problem=self.problem), 8000
                )
            else:
                bar.showMessage(
                    translate("Clipboard", "Nothing to paste: the clipboard holds no map items"), 3000
                )
            return []
        return self.paste_fragment(fragment, translate("Clipboard", "Paste"))

    def duplicate(self) -> list[str]:
        if self._router.canvas_editing():
            return []
        ids = self._router.selected_ids()
        if not ids:
            return []
        return self.paste_fragment(to_fragment(self.w.document, ids), translate("Clipboard", "Duplicate"))

    def _place(self) -> tuple[str | None, str | None, str | None]:
        """Where a paste goes: the selected card's cell, stage or lane; and the card
        or link for frictions pasted alone."""
        doc = self.w.document
        stage = lane = target = None
        for item in self._router.selected_ids():
            kind = doc.kind_of(item)
            if kind == "touchpoint":
                a = doc.get(item)
                stage, lane, target = stage or a["stage"], lane or a["lane"], target or item
            elif kind == "link":
                target = target or item
            elif kind == "stage":
                stage = stage or item
            elif kind == "lane":
                lane = lane or item
        return stage, lane, target

    def paste_fragment(self, fragment: dict[str, Any], label: str) -> list[str]:
        """Add a fragment's items as ONE undo step, select them, return their ids."""
        w = self.w
        if not is_fragment(fragment):
            return []
        try:
            plan = paste_plan(w.document, fragment, *self._place())
        except FragmentError:
            return []
        if not plan:
            w.statusBar().showMessage(translate("Clipboard", "Nothing to paste here"), 3000)
            return []
        n = sum(1 for kind, _ in plan if kind in PASTE_KINDS)
        summary = translate("Clipboard", "{action}: %Ln item(s)", None, n).format(action=label)
        commands = [AddItem(w.document, kind, values) for kind, values in plan]
        try:  # all or nothing: a paste that fails half way leaves no half
            push_macro(w.undo_stack, summary, commands)
        except Exception as exc:  # noqa: BLE001 - the map stays as it was; say why
            w.statusBar().showMessage(translate("Clipboard", "Cannot paste: {error}").format(error=exc), 8000)
            return []
        new = [values["id"] for kind, values in plan if kind in PASTE_KINDS and values["id"] in w.document]
        if w.scene is not None:
            w.scene.select_ids(new)
        w.statusBar().showMessage(summary, 3000)
        return new
