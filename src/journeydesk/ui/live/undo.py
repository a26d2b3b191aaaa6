"""Undo and Redo in a shared session: each person undoes only their own edits.

Outside a session the window's ``QUndoStack`` runs the commands of
``journeydesk.commands`` as always. In a session, every command pushed is wrapped
in a ``SharedCommand``: its first ``redo`` runs the command as one CRDT step
(``sync.undo.UndoStep``, an undo manager tracking only that step's origin); Undo
and Redo then ask the CRDT to take back or redo exactly that step. So the Edit
menu, the shortcuts and the step names stay as they were, Undo never reverses a
neighbour's edit, and a step that someone else already changed undoes only what
is still this person's (a field they set that nobody set since goes back; a card
they added goes even if others edited it; one they deleted comes back).

Starting or joining a session starts a new undo history (commands from before
work by position and cannot be replayed under other people's edits); ending it
clears the history again. In a read-only session a command's changes snap back
at once and the command leaves no undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...sync.undo import UndoStep


class SharedCommand(QUndoCommand):
    def __init__(self, command: QUndoCommand, session, on_refused) -> None:
        super().__init__(command.text())
        self.command, self.session, self.on_refused = command, session, on_refused
        self.step: UndoStep | None = None

    def id(self) -> int:
        return self.command.id()

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SharedCommand) or self.step is None or other.step is None:
            return False
        if not self.command.mergeWith(other.command):
            return False
        self.step.absorb(other.step)
        return True

    def redo(self) -> None:
        binding = self.session.client.binding
        if self.step is None:
            self.step = UndoStep(binding, self.command.text() or "edit")
            self.step.run(self.command.redo)
            if binding.read_only:
                self.setObsolete(True)
                self.on_refused()
        else:
            self.step.redo()

    def undo(self) -> None:
        if self.step is not None:
            self.step.undo()


class SharedUndo:
    """Routes a window's undo stack through the CRDT while a session runs."""

    def __init__(self, stack: QUndoStack, session, on_refused) -> None:
        self.stack, self.session, self.on_refused = stack, session, on_refused
        modified = not stack.isClean()
        stack.clear()
        if modified:
            stack.resetClean()
        self._push = QUndoStack.push
        stack.push = self.push  # every caller of stack.push (scene, panels, window) now shares

    def push(self, command: QUndoCommand) -> None:
        if isinstance(command, SharedCommand):
            self._push(self.stack, command)
            return
        self._push(self.stack, SharedCommand(command, self.session, self.on_refused))

    def close(self) -> None:
        """Back to the plain stack (the session's steps go with it)."""
        try:
            del self.stack.push
        except AttributeError:
            pass
        modified = not self.stack.isClean()
        self.stack.clear()
        if modified:
            self.stack.resetClean()


def refused_message() -> str:
    return QCoreApplication.translate("Live", "The host is presenting: this session is read-only for now")
