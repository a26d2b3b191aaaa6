"""Analysis that stays cheap while a map is being edited.

The costly parts of ``analyze`` are centrality and the persona paths. Centrality
depends only on which touchpoints exist and which are linked; persona paths only
on the flow (touchpoints, their stage, order, personas, emotions and titles; links
and their personas; personas, stages and lanes). ``LiveAnalysis`` listens to the
document and keeps both until an edit can change them, so the most common edits
in a review (friction fields, metrics, owner, channel, notes) refresh without
either. The UI calls ``result()`` after a debounce; every result equals a fresh
``analyze(doc)``.
"""

from __future__ import annotations

from typing import Any

from ..model import Change, JourneyDocument
from .centrality import Centrality, flow_centrality

_SHAPE_KINDS = ("touchpoint", "link")
# Fields whose change leaves persona paths as they were.
_PATH_FREE_FIELDS = {
    "touchpoint": {"description", "channel", "owner", "metrics", "evidence", "moment_of_truth", "notes"},
    "link": {"label"},
    "channel": {"name"},
    "lane": {"name", "kind"},
    "persona": {"role", "goals", "needs", "frustrations", "quote", "colour", "notes"},
    "stage": {"description", "notes"},
}


def changes_paths(change: Change) -> bool:
    """Whether a change can alter a persona path report (conservative: when unsure, yes)."""
    if change.action == "meta" or change.kind in ("friction", "channel"):
        return False
    if change.action == "changed":
        return not set(change.fields) <= _PATH_FREE_FIELDS.get(change.kind, set())
    return True


def changes_centrality(change: Change) -> bool:
    """Whether a change can alter route shares: only touchpoints or links coming and going."""
    return change.action == "reset" or (change.action in ("added", "removed") and change.kind in _SHAPE_KINDS)


class LiveAnalysis:
    """``analyze(doc)`` for a document that keeps changing; call ``close()`` when done."""

    def __init__(self, doc: JourneyDocument) -> None:
        self.doc = doc
        self._centrality: Centrality | None = None
        self._paths: list[dict[str, Any]] | None = None
        self._unsubscribe = doc.subscribe(self._changed)

    def _changed(self, change: Change) -> None:
        if changes_centrality(change):
            self._centrality = None
        if changes_paths(change):
            self._paths = None

    @property
    def stale(self) -> tuple[str, ...]:
        """The costly parts the next ``result()`` must recompute."""
        return tuple(
            name for name, v in (("centrality", self._centrality), ("paths", self._paths)) if v is None
        )

    def result(self) -> dict[str, Any]:
        from . import analyze
        from .view import MapView

        view = MapView(self.doc)
        if self._centrality is None:
            self._centrality = flow_centrality(view)
        result = analyze(self.doc, centrality=self._centrality, paths=self._paths, view=view)
        self._paths = result["paths"]
        return result

    def close(self) -> None:
        self._unsubscribe()
