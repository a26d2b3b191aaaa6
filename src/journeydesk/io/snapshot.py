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
from .save import friction_texts, head_parts, join_parts, link_texts, tail_parts, touchpoint_texts

_ITEM_ACTIONS = ("added", "removed", "changed", "moved")
_SECTIONS = {"touchpoint": "touchpoints", "link": "links", "friction": "frictions"}


class SnapshotText:
    """Follows one document; ``text()`` gives its canonical text."""

    def __init__(self, doc: JourneyDocument) -> None:
        self.doc = doc
        self.cache: dict[str, str] = {}  # item id -> its text
        self.sections: dict[str, list[str]] = {}  # "touchpoints" -> its items' texts, in order
        self._unsubscribe = doc.subscribe(self._changed)

    def _changed(self, change: Change) -> None:
        if change.action in _ITEM_ACTIONS and change.id is not None:
            self.cache.pop(change.id, None)
            self.sections.pop(_SECTIONS.get(change.kind, ""), None)
            if change.kind in ("stage", "lane"):  # the journey order of the cards
                self.sections.pop("touchpoints", None)
        elif change.action == "reordered" and change.kind in ("stage", "lane"):
            self.sections.pop("touchpoints", None)
        elif change.action == "reset":
            self.cache.clear()
            self.sections.clear()

    def fill(self) -> None:
        """Write every item now (e.g. right after loading, before the first edit)."""
        self.parts()

    def parts(self) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
        """What the text is made of, cheap to take: ``join_parts(*parts)`` gives
        the text (on the writer thread). Lists are made anew, never changed."""
        s, doc, cache = self.sections, self.doc, self.cache
        if "touchpoints" not in s:
            s["touchpoints"] = touchpoint_texts(doc, cache)
        if "links" not in s:
            s["links"] = link_texts(doc, cache)
        if "frictions" not in s:
            s["frictions"] = friction_texts(doc, cache)
        return head_parts(doc), s["touchpoints"], s["links"], s["frictions"], tail_parts(doc)

    def text(self) -> str:
        return join_parts(*self.parts())

    def close(self) -> None:
        self._unsubscribe()
        self.cache.clear()
        self.sections.clear()
