"""Every key the app answers, read from the app itself: the window's actions in
menu order (``action_rows``) and the canvas's own keys (``canvas_rows``, from
``canvas/keyboard.CANVAS_KEYS``). Help > Keyboard Shortcuts shows them and
``docs/make_shortcuts.py`` writes the user guide's table from them, so neither
can go stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from .canvas.keyboard import CANVAS_KEYS

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class ShortcutRow:
    menu: str  # "Edit", "File › Open Recent", or "Canvas"
    command: str  # the menu text without its & marks
    keys: tuple[str, ...]
    name: str = ""  # the action's objectName ("" for canvas keys)


def plain(text: str) -> str:
    """A menu text without its mnemonic marks ("Save &As…" -> "Save As…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _common(sequence: QKeySequence) -> bool:
    """Keys most keyboards have: not the dedicated Open, Save or Zoom buttons
    nor F13 to F35 (old Unix keyboards' Undo, Copy, Paste keys)."""
    if sequence.isEmpty():
        return False
    key = sequence[0].key().value
    return key < Qt.Key.Key_Back.value and not Qt.Key.Key_F13.value <= key <= Qt.Key.Key_F35.value


def key_texts(action, fmt=NATIVE) -> tuple[str, ...]:
    return tuple(s.toString(fmt) for s in action.shortcuts() if _common(s))


def menu_places(window) -> dict[int, str]:
    """id(action) -> the menu path it sits in ("File › Open Recent"), in menu order."""
    places: dict[int, str] = {}

    def walk(menu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if sub is not None:
                walk(sub, f"{path} › {plain(sub.title())}")
            elif not action.isSeparator():
                places.setdefault(id(action), path)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), plain(top.menu().title()))
    return places


def action_rows(window, fmt=NATIVE, with_keys_only: bool = True) -> list[ShortcutRow]:
    """The window's actions (``window.actions_.all``) in menu order, each with its keys."""
    places = menu_places(window)
    order = {key: n for n, key in enumerate(places)}
    actions = sorted(window.actions_.all.values(), key=lambda a: order.get(id(a), len(order)))
    rows = [
        ShortcutRow(places.get(id(a), "(no menu)"), plain(a.text()), key_texts(a, fmt), a.objectName())
        for a in actions
    ]
    return [r for r in rows if r.keys or not with_keys_only]


def canvas_rows(fmt=NATIVE) -> list[ShortcutRow]:
    """The keys that work on the canvas itself (arrows, Ctrl+Space...)."""
    menu = QCoreApplication.translate("Shortcuts", "Canvas")
    return [
        ShortcutRow(
            menu,
            QCoreApplication.translate("CanvasKeys", binding.text),
            tuple(QKeySequence(k).toString(fmt) for k in binding.keys),
        )
        for binding in CANVAS_KEYS
    ]


def all_rows(window, fmt=NATIVE) -> list[ShortcutRow]:
    return action_rows(window, fmt) + canvas_rows(fmt)


def clashes(rows: list[ShortcutRow]) -> dict[str, list[str]]:
    """Keys bound to two commands of the menus (Qt then runs neither)."""
    seen: dict[str, list[str]] = {}
    for row in rows:
        if row.name:  # canvas keys only act on the canvas, after the menus had their turn
            for key in row.keys:
                seen.setdefault(key, []).append(row.command)
    return {k: c for k, c in seen.items() if len(c) > 1}
