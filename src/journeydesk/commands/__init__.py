"""Undoable edits: QUndoCommand subclasses that hold ids and values and change the
document only. The canvas and panels follow the document's change events.

Each command keeps what its undo needs (old values, ``Removed`` snapshots), so an
undo puts back order, links and frictions exactly, with no whole-graph copies.

A command whose redo fails changes nothing: it puts back what it had done, marks
itself obsolete (so QUndoStack drops it instead of stacking it, on push and on
redo alike) and keeps the error. (A command left on the stack after a failed redo
would make the next undo raise.) ``push`` and ``push_macro`` go further: they
apply the edit BEFORE it reaches the stack, so a failed one never touches it (a
plain ``stack.push`` of a failing command still discards the redo history, as
QUndoStack does on every push), and they raise the error to the caller.

Labels (what Edit > Undo says) are translated; a caller may pass its own.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import JourneyDocument, Removed, new_id

# ids for QUndoCommand.mergeWith
MERGE_SET_FIELDS = 1001
MERGE_NEW_TITLE = 1003
MERGE_META = 1004

_ADD = {
    "persona": QT_TRANSLATE_NOOP("Commands", "Add persona"),
    "stage": QT_TRANSLATE_NOOP("Commands", "Add stage"),
    "lane": QT_TRANSLATE_NOOP("Commands", "Add lane"),
    "channel": QT_TRANSLATE_NOOP("Commands", "Add channel"),
    "touchpoint": QT_TRANSLATE_NOOP("Commands", "Add touchpoint"),
    "link": QT_TRANSLATE_NOOP("Commands", "Add link"),
    "friction": QT_TRANSLATE_NOOP("Commands", "Add friction"),
    "comment": QT_TRANSLATE_NOOP("Commands", "Add comment"),
}
_MOVE = {
    "persona": QT_TRANSLATE_NOOP("Commands", "Move persona"),
    "stage": QT_TRANSLATE_NOOP("Commands", "Move stage"),
    "lane": QT_TRANSLATE_NOOP("Commands", "Move lane"),
    "channel": QT_TRANSLATE_NOOP("Commands", "Move channel"),
}


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


_log = logging.getLogger(__name__)


class Command(QUndoCommand):
    """Base of every edit: subclasses implement ``apply`` (all or nothing) and
    ``undo``. A failed ``apply`` leaves ``error`` set and the command obsolete."""

    error: Exception | None = None
    _applied = False  # applied by push(): the stack's first redo() is already done

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.error = None
        try:
            self.apply()
        except Exception as exc:  # noqa: BLE001 - kept for push(); Qt must not see it
            self.error = exc
            self.setObsolete(True)
            _log.warning("edit %r failed and was dropped: %s", self.text(), exc)

    def apply(self) -> None:
        raise NotImplementedError


def _apply_first(command: Command) -> None:
    command.redo()
    if command.error is not None:
        raise command.error
    command._applied = True


def push(stack: QUndoStack, command: Command) -> None:
    """Apply ``command``, then put it on the stack. If it fails, raise its error:
    the stack (redo history included) and the document are as they were."""
    _apply_first(command)
    stack.push(command)


def push_macro(stack: QUndoStack, text: str, commands: Iterable[Command]) -> None:
    """Several commands as one undo step, all or nothing: if one fails, the ones
    before it are undone, nothing reaches the stack, and the error is raised."""
    done: list[Command] = []
    try:
        for command in commands:
            _apply_first(command)
            done.append(command)
    except Exception:
        for command in reversed(done):
            command.undo()
        raise
    stack.beginMacro(text)
    try:
        for command in done:
            stack.push(command)
    finally:
        stack.endMacro()


class AddItem(Command):
    """Add one item of any kind. ``values`` are the keyword arguments of the
    document's ``add_<kind>`` method; the id is fixed on creation so redo after
    undo brings back the same item (later commands refer to it)."""

    def __init__(self, doc: JourneyDocument, kind: str, values: dict[str, Any], text: str = "") -> None:
        super().__init__(text or translate("Commands", _ADD[kind]))
        self.doc, self.kind = doc, kind
        self.values = dict(values)
        self.item_id = self.values.pop("id", None) or new_id(kind)
        # While a new card's title is being typed: the title merges into this
        # step (one undo takes the card back), and an untouched card can be taken
        # back without leaving a redo behind (``discard``).
        self.naming = False
        self._discarding = False

    def id(self) -> int:
        return MERGE_NEW_TITLE if self.naming else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (self.naming and isinstance(other, NameNewItem) and other.item_id == self.item_id):
            return False
        self.values.update(other.values)
        self.naming = False
        return True

    def apply(self) -> None:  # the document checks everything before it adds
        getattr(self.doc, f"add_{self.kind}")(id=self.item_id, **self.values)

    def undo(self) -> None:
        self.doc.remove(self.item_id)
        if self._discarding:
            self.setObsolete(True)  # QUndoStack deletes it: no redo brings it back

    def discard(self, stack) -> bool:
        """Take this add back as if it never happened (it must be the command
        just done on ``stack``); False when it is not."""
        if (
            stack.index() != stack.count()
            or stack.index() == 0
            or stack.command(stack.index() - 1) is not self
        ):
            return False
        self._discarding = True
        stack.undo()
        return True


class RemoveItems(Command):
    """Remove items with everything they take along (links, frictions, cards of a
    stage); undo restores them in place and order."""

    def __init__(self, doc: JourneyDocument, ids: Sequence[str], text: str = "") -> None:
        super().__init__(
            text
            or (
                translate("Commands", "Delete")
                if len(ids) == 1
                else translate("Commands", "Delete %Ln item(s)", None, len(ids))
            )
        )
        self.doc, self.ids = doc, tuple(ids)
        self.removed: list[Removed] = []

    def apply(self) -> None:
        removed: list[Removed] = []
        try:
            with self.doc.cells_renumbered_once():  # one renumbering per cell, not per card
                for item in self.doc.removal_order(self.ids):
                    if item in self.doc:  # an earlier removal may have taken it along
                        removed.append(self.doc.remove(item))
        except Exception:
            self.doc.restore_many(removed)
            raise
        self.removed = removed

    def undo(self) -> None:
        self.doc.restore_many(self.removed)
        self.removed = []


class SetFields(Command):
    """Set fields of one item. With ``merge=True`` consecutive edits of the same
    fields of the same item (typing in one box) become one undo step."""

    def __init__(
        self, doc: JourneyDocument, item_id: str, values: dict[str, Any], text: str = "", merge: bool = False
    ) -> None:
        super().__init__(text or translate("Commands", "Edit {fields}").format(fields=", ".join(values)))
        self.doc, self.item_id, self.values, self.merge = doc, item_id, dict(values), merge
        self.old: dict[str, Any] | None = None

    def id(self) -> int:
        return MERGE_SET_FIELDS if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetFields)
            and other.merge
            and other.item_id == self.item_id
            and other.values.keys() == self.values.keys()
        ):
            return False
        self.values = dict(other.values)
        return True

    def apply(self) -> None:  # set() checks every value before it changes one
        old = self.doc.set(self.item_id, **self.values)
        if self.old is None:
            self.old = old

    def undo(self) -> None:
        self.doc.set(self.item_id, **(self.old or {}))


class FieldEdit(SetFields):
    """SetFields that merges only with edits of the same inspector field in one
    sitting (typing in the CSAT box is one step; then NPS is another). ``tag``
    names the field and sitting."""

    def __init__(
        self, doc: JourneyDocument, item_id: str, values: dict[str, Any], tag: str, text: str = ""
    ) -> None:
        super().__init__(doc, item_id, values, text=text, merge=True)
        self.tag = tag

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.tag != self.tag:
            return False
        return super().mergeWith(other)


class NameNewItem(SetFields):
    """The first title typed into a card just added: merges into its AddItem."""

    def __init__(self, doc: JourneyDocument, item_id: str, values: dict[str, Any]) -> None:
        super().__init__(doc, item_id, values, text=translate("Commands", "Edit title"))

    def id(self) -> int:
        return MERGE_NEW_TITLE


class SetMeta(Command):
    """Change map metadata (title, description, language)."""

    def __init__(self, doc: JourneyDocument, values: dict[str, Any], text: str = "") -> None:
        super().__init__(text or translate("Commands", "Edit map details"))
        self.doc, self.values = doc, dict(values)
        self.old: dict[str, Any] | None = None

    def apply(self) -> None:
        old = self.doc.set_meta(**self.values)
        if self.old is None:
            self.old = old

    def undo(self) -> None:
        self.doc.set_meta(**(self.old or {}))


class MetaEdit(SetMeta):
    """SetMeta that merges with further typing in the same map-details field."""

    def __init__(self, doc: JourneyDocument, values: dict[str, Any], tag: str) -> None:
        super().__init__(doc, values)
        self.tag = tag

    def id(self) -> int:
        return MERGE_META

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, MetaEdit)
            or other.tag != self.tag
            or other.values.keys() != self.values.keys()
        ):
            return False
        self.values = dict(other.values)
        return True


class MoveTouchpoints(Command):
    """Move touchpoints to cells and positions: ``moves`` is a list of
    (touchpoint, stage, lane, index) applied in order; undo applies the inverses
    in reverse, which restores every cell's order exactly."""

    def __init__(
        self, doc: JourneyDocument, moves: Sequence[tuple[str, str, str, int | None]], text: str = ""
    ) -> None:
        super().__init__(
            text
            or (
                translate("Commands", "Move card")
                if len(moves) == 1
                else translate("Commands", "Move %Ln card(s)", None, len(moves))
            )
        )
        self.doc, self.moves = doc, list(moves)
        self.old: list[tuple[str, tuple[str, str, int]]] = []

    def apply(self) -> None:
        done: list[tuple[str, tuple[str, str, int]]] = []
        try:
            for tp, s, la, i in self.moves:
                done.append((tp, self.doc.move_touchpoint(tp, s, la, i)))
        except Exception:
            for tp, (s, la, i) in reversed(done):
                self.doc.move_touchpoint(tp, s, la, i)
            raise
        self.old = done

    def undo(self) -> None:
        for tp, (s, la, i) in reversed(self.old):
            self.doc.move_touchpoint(tp, s, la, i)


class Reorder(Command):
    """Move a stage, lane, persona or channel to a new position."""

    def __init__(self, doc: JourneyDocument, item_id: str, index: int, text: str = "") -> None:
        super().__init__(text or translate("Commands", _MOVE.get(doc.kind_of(item_id) or "", "Move")))
        self.doc, self.item_id, self.index = doc, item_id, index
        self.old = 0

    def apply(self) -> None:
        self.old = self.doc.reorder(self.item_id, self.index)

    def undo(self) -> None:
        self.doc.reorder(self.item_id, self.old)


__all__ = [
    "AddItem",
    "Command",
    "FieldEdit",
    "MetaEdit",
    "MoveTouchpoints",
    "NameNewItem",
    "RemoveItems",
    "Reorder",
    "SetFields",
    "SetMeta",
    "push",
    "push_macro",
]
