"""The canvas's keys: one table (``CANVAS_KEYS``) that both runs them and lists
them (Help > Keyboard Shortcuts and the user guide read it), so the list cannot
go stale.

The arrow keys move the keyboard focus (``keyboard_focus.py``) between cards
and headers; plain arrows select where they land, Shift adds to the selection,
Ctrl moves the focus alone (Ctrl+Space then picks the focused card), Alt moves
the selected cards themselves.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from ...commands import MoveTouchpoints
from . import nav
from .gestures import plan_moves

if TYPE_CHECKING:
    from .input import CanvasInput

_PORTABLE = QKeySequence.SequenceFormat.PortableText
_ARROWS = ("Left", "Right", "Up", "Down")


@dataclass(frozen=True)
class CanvasKey:
    keys: tuple[str, ...]  # Qt's portable key names: "Left", "Ctrl+Space", "Shift+F10"
    text: str  # what it does (translated when shown: context "CanvasKeys")
    handler: str  # the CanvasKeys method that runs it


def _with(modifier: str, keys=_ARROWS) -> tuple[str, ...]:
    return tuple(f"{modifier}+{k}" if modifier else k for k in keys)


CANVAS_KEYS: tuple[CanvasKey, ...] = (
    CanvasKey(_ARROWS, QT_TRANSLATE_NOOP("CanvasKeys", "Go to the next card or header and select it"), "go"),
    CanvasKey(
        _with("Shift"),
        QT_TRANSLATE_NOOP("CanvasKeys", "Add the next card or header to the selection"),
        "extend",
    ),
    CanvasKey(
        _with("Ctrl"), QT_TRANSLATE_NOOP("CanvasKeys", "Move the focus without selecting"), "focus_only"
    ),
    CanvasKey(
        ("Ctrl+Space",), QT_TRANSLATE_NOOP("CanvasKeys", "Select or deselect the focused item"), "toggle"
    ),
    CanvasKey(
        ("Home", "End"),
        QT_TRANSLATE_NOOP("CanvasKeys", "Go to the first or last card of the journey"),
        "ends",
    ),
    CanvasKey(
        ("Alt+Left", "Alt+Right"),
        QT_TRANSLATE_NOOP("CanvasKeys", "Move the selected cards to the previous or next stage"),
        "move_stage",
    ),
    CanvasKey(
        ("Alt+Up", "Alt+Down"),
        QT_TRANSLATE_NOOP("CanvasKeys", "Move the selected cards up or down their cell"),
        "move_order",
    ),
    CanvasKey(
        ("Alt+Shift+Up", "Alt+Shift+Down"),
        QT_TRANSLATE_NOOP("CanvasKeys", "Move the selected cards to the lane above or below"),
        "move_lane",
    ),
    CanvasKey(
        ("F2", "Return", "Enter"),
        QT_TRANSLATE_NOOP("CanvasKeys", "Rename the selected card, stage or lane"),
        "edit",
    ),
    CanvasKey(
        ("Del", "Backspace"),
        QT_TRANSLATE_NOOP("CanvasKeys", "Delete the selection, with its links and frictions"),
        "delete",
    ),
    CanvasKey(
        ("Esc",), QT_TRANSLATE_NOOP("CanvasKeys", "Stop drawing a link, else clear the selection"), "escape"
    ),
    CanvasKey(
        ("Menu", "Shift+F10"), QT_TRANSLATE_NOOP("CanvasKeys", "Open the focused item's context menu"), "menu"
    ),
)

_BY_KEY: dict[str, tuple[CanvasKey, str]] = {}
for _binding in CANVAS_KEYS:
    for _key in _binding.keys:
        _BY_KEY[QKeySequence(_key).toString(_PORTABLE)] = (_binding, _key)


def key_name(event: QKeyEvent) -> str:
    """The portable name of a key press ("Ctrl+Left"), keypad marks dropped."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Backtab:
        mods &= ~Qt.KeyboardModifier.ShiftModifier
    return QKeySequence(event.key() | mods.value).toString(_PORTABLE)


class CanvasKeys:
    """Runs ``CANVAS_KEYS`` for one canvas input handler."""

    def __init__(self, input_: CanvasInput) -> None:
        self.input = input_
        self.editor = input_.editor
        self.scene = input_.scene

    def handle(self, event: QKeyEvent) -> bool:
        found = _BY_KEY.get(key_name(event))
        if found is None:
            return False
        binding, key = found
        done = getattr(self, binding.handler)(key.rsplit("+", 1)[-1].lower())
        if done is not False:
            event.accept()
            return True
        return False

    # ------------------------------------------------------------ focus and selection
    @property
    def focus(self):
        return self.scene.keyboard_focus

    def current(self) -> str | None:
        """Where the arrows start: the keyboard focus, else the last selected card."""
        if self.focus.item_id is not None:
            return self.focus.item_id
        cards = [i for i in self.scene.selected_ids() if self.scene.doc.kind_of(i) == "touchpoint"]
        return cards[-1] if cards else None

    def _step(self, direction: str) -> str | None:
        scene = self.scene
        scene.flush()
        current = self.current()
        target = nav.step(scene.layout, scene.doc, current, direction)
        if target is None and current is None:
            target = nav.neighbour(scene.layout, None, direction)
        return target

    def _land(self, target: str | None, select: str) -> None:
        """Focus ``target``; ``select``: "only" (select it alone), "add", or "" (none)."""
        if target is None:
            return
        scene = self.scene
        if select == "only":
            scene.select_ids([target])
        elif select == "add":
            scene.select_ids([*scene.selected_ids(), target])
        self.focus.set(target)
        self.reveal(target)

    def reveal(self, item_id: str) -> None:
        view = self.scene.first_view()
        rect = self.focus.scene_rect(item_id)
        if view is not None and rect is not None:
            view.reveal(rect)

    def go(self, direction: str) -> None:
        self._land(self._step(direction), "only")

    def extend(self, direction: str) -> None:
        current = self.current()
        if current is not None and current not in self.scene.selected_ids():
            self.scene.select_ids([*self.scene.selected_ids(), current])
        self._land(self._step(direction), "add")

    def focus_only(self, direction: str) -> None:
        self._land(self._step(direction), "")

    def toggle(self, _key: str) -> None:
        scene, current = self.scene, self.current()
        if current is None:
            return
        ids = scene.selected_ids()
        scene.select_ids([i for i in ids if i != current] if current in ids else [*ids, current])
        self.focus.set(current)

    def ends(self, key: str) -> None:
        doc = self.scene.doc
        cards = sorted((t for t in self.scene.store.cards if t in doc), key=doc.journey_key)
        if cards:
            self._land(cards[0] if key == "home" else cards[-1], "only")

    # ------------------------------------------------------------ moving cards
    def _moving(self) -> list[str]:
        doc = self.scene.doc
        cards = [i for i in self.scene.selected_ids() if doc.kind_of(i) == "touchpoint"]
        if not cards and doc.kind_of(self.current()) == "touchpoint":
            cards = [self.current()]
        return cards

    def _move_to(self, cards: list[str], stage: str, lane: str, index: int) -> None:
        cell = self.scene.doc.cell(stage, lane)
        moves = plan_moves(cell, cards, stage, lane, index)
        if moves:
            self.editor.push(MoveTouchpoints(self.scene.doc, moves))
            self.scene.select_ids(cards)
            focus = self.current() if self.current() in cards else cards[0]
            self.focus.set(focus)
            self.reveal(focus)

    def _place(self, cards: list[str]) -> tuple[str, str, int]:
        """The first card's cell and its place among the cell's other cards."""
        a = self.scene.doc.graph.nodes[cards[0]]
        cell = self.scene.doc.cell(a["stage"], a["lane"])
        others = [t for t in cell if t not in cards]
        before = sum(1 for t in cell[: cell.index(cards[0])] if t in others)
        return a["stage"], a["lane"], before

    def move_stage(self, key: str) -> None:
        cards = self._moving()
        if cards:
            stage, lane, before = self._place(cards)
            stages = self.scene.doc.stages()
            i = stages.index(stage) + (1 if key == "right" else -1)
            if 0 <= i < len(stages):
                self._move_to(cards, stages[i], lane, before)

    def move_lane(self, key: str) -> None:
        cards = self._moving()
        if cards:
            stage, lane, before = self._place(cards)
            lanes = self.scene.doc.lanes()
            i = lanes.index(lane) + (1 if key == "down" else -1)
            if 0 <= i < len(lanes):
                self._move_to(cards, stage, lanes[i], before)

    def move_order(self, key: str) -> None:
        cards = self._moving()
        if not cards:
            return
        stage, lane, before = self._place(cards)
        nodes = self.scene.doc.graph.nodes
        if any((nodes[t]["stage"], nodes[t]["lane"]) != (stage, lane) for t in cards):
            return  # cards in several cells have no one order to move in
        others = len(self.scene.doc.cell(stage, lane)) - len(cards)
        index = before + (1 if key == "down" else -1)
        if 0 <= index <= others:
            self._move_to(cards, stage, lane, index)

    # ------------------------------------------------------------ the rest
    def edit(self, _key: str) -> bool:
        return self.editor.edit_selected_title()

    def delete(self, _key: str) -> bool:
        if not self.scene.selected_ids():
            return False
        self.editor.delete_selected()
        return True

    def escape(self, _key: str) -> None:
        if not self.input.cancel_gesture():
            self.scene.select_ids([])

    def menu(self, _key: str) -> None:
        """The context menu of the focused item (else the selection's first),
        under its top-left corner, as a right-click on it would open."""
        scene = self.scene
        target = self.current() or next(iter(scene.selected_ids()), None)
        view = scene.first_view()
        if target is None or view is None:
            return
        if target not in scene.selected_ids():
            scene.select_ids([target])
        rect = self.focus.scene_rect(target)
        if rect is None:
            item = scene.item_for(target)
            rect = item.sceneBoundingRect() if item is not None else None
        if rect is None:
            return
        self.reveal(target)
        at = view.viewport().mapToGlobal(view.mapFromScene(rect.bottomLeft()) + QPoint(8, -8))
        menu = self.editor.context_menu_for(target, QPointF(rect.center()))
        if not menu.isEmpty():
            popup_menu(menu, at)


def popup_menu(menu, at: QPoint) -> None:
    """Run a context menu at a screen point (tests replace this)."""
    menu.exec(at)


def link_selected(editor) -> list[str]:
    """Edit > Link Selected Cards: a link from each selected card to the next in
    journey order (one undo step; links that exist already are kept). The new
    links are selected. The keyboard's way to draw links."""
    from ...commands import AddItem

    scene, doc = editor.scene, editor.doc
    cards = sorted((i for i in scene.selected_ids() if doc.kind_of(i) == "touchpoint"), key=doc.journey_key)
    pairs = [(u, v) for u, v in itertools.pairwise(cards) if scene.find_link(u, v) is None]
    if not pairs:
        return []
    stack = editor.undo_stack
    stack.beginMacro(QCoreApplication.translate("CanvasKeys", "Link %Ln card(s)", None, len(cards)))
    made = []
    try:
        for u, v in pairs:
            cmd = AddItem(doc, "link", {"source": u, "target": v}, text="Add link")
            stack.push(cmd)
            made.append(cmd.item_id)
    finally:
        stack.endMacro()
    scene.flush()
    scene.select_ids(made)
    return made
