"""Plain-Python change events: the document tells listeners what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Change:
    """One change to a document.

    action: "added", "removed", "changed", "moved" (touchpoint to another cell or
    position), "reordered" (stages, lanes, personas or channels), "meta" (map
    title, language...) or "reset" (the whole document was replaced).
    kind: item kind ("touchpoint", "link", ...), or "" for meta/reset.
    fields: for "changed" and "meta", the names of the fields that changed.
    """

    action: str
    kind: str = ""
    id: str | None = None
    fields: tuple[str, ...] = ()


Listener = Callable[[Change], None]


class Emitter:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call listener on every change; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def emit(self, change: Change) -> None:
        for listener in tuple(self._listeners):
            listener(change)
