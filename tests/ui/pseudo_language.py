"""A pseudo-language for finding text that skips translation.

``Pseudo`` answers every lookup with the source text in brackets (⟦Save⟧), in
Qt and in the headless half alike; ``visible_texts`` gathers what a window shows
(action and menu texts, labels, buttons, tooltips, headers, tabs, combo items);
whatever is not bracketed was never translated."""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from journeydesk import i18n

OPEN, CLOSE = "⟦", "⟧"


def bracket(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}" if text else text


class Pseudo(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        text = i18n.plural_english(source, n) if n >= 0 else source
        return bracket(text)

    def isEmpty(self) -> bool:
        return False


class PseudoCatalog:
    language = "xx"

    def lookup(self, context, source, disambiguation, n):
        return bracket(i18n.plural_english(source, n) if n >= 0 else source)


_WORD = re.compile(r"[A-Za-z]{3,}")


def untranslated(text: str, allowed: set[str]) -> list[str]:
    """The English words of ``text`` outside brackets (and not allowed)."""
    outside, before = text, None
    while outside != before:  # innermost brackets first: translations nest
        before, outside = outside, re.sub(rf"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", outside)
    outside = re.sub(r"<[^>]+>", " ", outside)  # rich-text tags
    return [w for w in _WORD.findall(outside) if w not in allowed and w.lower() not in allowed]


def _item_texts(view) -> list[str]:
    out = []
    if isinstance(view, QTreeWidget):
        h = view.headerItem()
        out += [h.text(c) for c in range(h.columnCount())]
    model = view.model()
    if model is not None:
        from PySide6.QtCore import QModelIndex, Qt

        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model keeps its column count private
            columns = 1
        for c in range(columns):
            out.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text under ``root``."""
    out: list[tuple[str, str]] = []

    def add(where, text):
        if text:
            out.append((where, text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        add(name + ".toolTip", w.toolTip())
        add(name + ".accessibleName", w.accessibleName())
        if isinstance(w, (QMainWindow, QDockWidget)) or w.isWindow():
            add(name + ".windowTitle", w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(name, w.text())
        elif isinstance(w, QGroupBox):
            add(name, w.title())
        elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(name + ".placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name}[{i}]", w.itemText(i))
        elif isinstance(w, (QTabBar, QTabWidget)):
            for i in range(w.count()):
                add(f"{name}.tab{i}", w.tabText(i))
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            for t in _item_texts(w):
                add(name + ".header", t)
        if isinstance(w, QMenu):
            add(name + ".title", w.title())
        for a in w.actions():
            add(f"{name}>{a.objectName() or 'action'}", a.text())
            add(
                f"{name}>{a.objectName() or 'action'}.toolTip", a.toolTip() if a.toolTip() != a.text() else ""
            )
            if a.menu() is not None:
                add(f"{name}>{a.objectName()}.menu", a.menu().title())
    return out
