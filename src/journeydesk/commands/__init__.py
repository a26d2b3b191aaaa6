"""Undoable edits: QUndoCommand subclasses that hold ids and values and change the
document only. The canvas and panels follow the document's change events.

Each command keeps what its undo needs (old values, ``Removed`` snapshots), so an
undo puts back order, links and frictions exactly, with no whole-graph copies.
Labels (what Edit > Undo says) are translated; a caller may pass its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

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
}
_MOVE = {
    "persona": QT_TRANSLATE_NOOP("Commands", "Move persona"),
    "stage": QT_TRANSLATE_NOOP("Commands", "Move stage"),
    "lane": QT_TRANSLATE_NOOP("Commands", "Move lane"),
    "channel": QT_TRANSLATE_NOOP("Commands", "Move channel"),
}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Commands", text, None, n)


class AddItem(QUndoCommand):
    """Add one item of any kind. ``values`` are the keyword arguments of the
    document's ``add_<kind>`` method; the id is fixed on creation so redo after
    undo brings back the same item (later commands refer to it)."""

    def __init__(self, doc: JourneyDocument, kind: str, values: dict[str, Any], text: str = "") -> None:
        super().__init__(text or tr(_ADD[kind]))
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

    def redo(self) -> None:
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


class RemoveItems(QUndoCommand):
    """Remove items with everything they take along (links, frictions, cards of a
    stage); undo restores them in place and order."""

    def __init__(self, doc: JourneyDocument, ids: Sequence[str], text: str = "") -> None:
        super().__init__(text or (tr("Delete") if len(ids) == 1 else tr("Delete %n item(s)", len(ids))))
        self.doc, self.ids = doc, tuple(ids)
        self.removed: list[Removed] = []

    def redo(self) -> None:
        self.removed = self.doc.remove_many(self.ids)

    def undo(self) -> None:
        self.doc.restore_many(self.removed)
        self.removed = []


class SetFields(QUndoCommand):
    """Set fields of one item. With ``merge=True`` consecutive edits of the same
    fields of the same item (typing in one box) become one undo step."""

    def __init__(
        self, doc: JourneyDocument, item_id: str, values: dict[str, Any], text: str = "", merge: bool = False
    ) -> None:
        super().__init__(text or tr("Edit {fields}").format(fields=", ".join(values)))
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

    def redo(self) -> None:
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
        super().__init__(doc, item_id, values, text=tr("Edit title"))

    def id(self) -> int:
        return MERGE_NEW_TITLE


class SetMeta(QUndoCommand):
    """Change map metadata (title, description, language)."""

    def __init__(self, doc: JourneyDocument, values: dict[str, Any], text: str = "") -> None:
        super().__init__(text or tr("Edit map details"))
        self.doc, self.values = doc, dict(values)
        self.old: dict[str, Any] | None = None

    def redo(self) -> None:
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


class MoveTouchpoints(QUndoCommand):
    """Move touchpoints to cells and positions: ``moves`` is a list of
    (touchpoint, stage, lane, index) applied in order; undo applies the inverses
    in reverse, which restores every cell's order exactly."""

    def __init__(
        self, doc: JourneyDocument, moves: Sequence[tuple[str, str, str, int | None]], text: str = ""
    ) -> None:
        super().__init__(text or (tr("Move card") if len(moves) == 1 else tr("Move %n card(s)", len(moves))))
        self.doc, self.moves = doc, list(moves)
        self.old: list[tuple[str, tuple[str, str, int]]] = []

    def redo(self) -> None:
        self.old = [(tp, self.doc.move_touchpoint(tp, s, la, i)) for tp, s, la, i in self.moves]

    def undo(self) -> None:
        for tp, (s, la, i) in reversed(self.old):
            self.doc.move_touchpoint(tp, s, la, i)


class Reorder(QUndoCommand):
    """Move a stage, lane, persona or channel to a new position."""

    def __init__(self, doc: JourneyDocument, item_id: str, index: int, text: str = "") -> None:
        super().__init__(text or tr(_MOVE.get(doc.kind_of(item_id) or "", "Move")))
        self.doc, self.item_id, self.index = doc, item_id, index
        self.old = 0

    def redo(self) -> None:
        self.old = self.doc.reorder(self.item_id, self.index)

    def undo(self) -> None:
        self.doc.reorder(self.item_id, self.old)


__all__ = [
    "AddItem",
    "FieldEdit",
    "MetaEdit",
    "MoveTouchpoints",
    "NameNewItem",
    "RemoveItems",
    "Reorder",
    "SetFields",
    "SetMeta",
]
