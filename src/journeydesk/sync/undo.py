"""Per-person undo in a shared session, through pycrdt's ``UndoManager``.

Each local edit (one undo command of the window, or one ``step`` of a script) is
written in a transaction with an origin of its own, and an ``UndoStep`` holds an
undo manager that tracks only that origin. Undoing a step asks its manager to
undo: the CRDT takes back exactly that person's change (a field goes back to
what it was before THEIR edit, a card they added goes, one they deleted comes
back with its fields), whatever the others did since; the binding then brings
the document to the CRDT's new state. Nobody else's edits are ever undone.

One manager per step, not one for the whole session: yrs's manager skips stack
entries whose change others already overwrote, so one shared stack would drift
out of line with the window's list of undo steps.
"""

from __future__ import annotations

from pycrdt import UndoManager

from .binding import Binding, LocalOrigin


class UndoStep:
    """One person's edit that can be undone and redone in a shared session."""

    def __init__(self, binding: Binding, label: str = "step") -> None:
        self.binding = binding
        self.origin = LocalOrigin(label)
        self._managers = [self._manager(self.origin)]

    def _manager(self, origin: LocalOrigin) -> UndoManager:
        manager = UndoManager(scopes=[self.binding.items, self.binding.meta], capture_timeout_millis=0)
        manager.include_origin(origin)
        return manager

    def run(self, edit) -> None:
        """Make the edit (a callable changing the document) as this step."""
        with self.binding.step(self.origin):
            edit()

    def absorb(self, later: UndoStep) -> None:
        """Take a later step into this one (typing in one box is one undo step)."""
        self._managers.extend(later._managers)
        later._managers = []

    @property
    def empty(self) -> bool:
        """True when the step changed nothing in the CRDT."""
        return not any(m.can_undo() or m.can_redo() for m in self._managers)

    def undo(self) -> None:
        for manager in reversed(self._managers):
            manager.undo()
        self.binding.catch_up()

    def redo(self) -> None:
        for manager in self._managers:
            manager.redo()
        self.binding.catch_up()

    def close(self) -> None:
        for manager in self._managers:
            manager.clear()
        self._managers = []


__all__ = ["UndoStep"]
