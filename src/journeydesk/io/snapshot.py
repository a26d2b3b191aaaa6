"""The canonical text of a live document, fast enough to take after every edit.

``SnapshotText`` keeps each touchpoint's, link's and friction's text from the last
snapshot and drops it when the document says the item changed, so a snapshot
costs the joining of cached strings plus the few items that changed. The text is
exactly ``dumps(doc)`` (a test holds them equal through random edits), so a
recovered map is exactly the map that was being edited.
"""

from __future__ import annotations

from ..model import JourneyDocument
from ..model.events import Change
from .save import dumps

_ITEM_ACTIONS = ("added", "removed", "changed", "moved")


class SnapshotText:
    """Follows one document; ``text()`` gives its canonical text."""

    def __init__(self, doc: JourneyDocument) -> None:
        self.doc = doc
        self.cache: dict[str, str] = {}
        self._unsubscribe = doc.subscribe(self._changed)

    def _changed(self, change: Change) -> None:
        if change.action in _ITEM_ACTIONS and change.id is not None:
            self.cache.pop(change.id, None)
        elif change.action == "reset":
            self.cache.clear()

    def fill(self) -> None:
        """Write every item now (e.g. right after loading, before the first edit)."""
        dumps(self.doc, self.cache)

    def text(self) -> str:
        return dumps(self.doc, self.cache)

    def close(self) -> None:
        self._unsubscribe()
        self.cache.clear()
