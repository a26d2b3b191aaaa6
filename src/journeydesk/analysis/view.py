"""One read of a document that all analyses share.

Each analysis needs the same lookups (journey order, stage of a touchpoint, the
frictions on an item, the ends of a link). Building them once per ``analyze``
keeps a full analysis of a 2,000-touchpoint map well under the UI's budget.
"""

from __future__ import annotations

from typing import Any

from ..model import JourneyDocument
from ..model.concerns import link_concerns, touchpoint_concerns
from .words import ALL_CUSTOMERS  # English in the results; words.persona_title shows it


class MapView:
    """Read-only lookups over a document at one moment; build a new one after edits."""

    def __init__(self, doc: JourneyDocument) -> None:
        g = doc.graph
        self.doc = doc
        # Plain dicts: a networkx node lookup through the frozen view costs ten times more.
        self.nodes: dict[str, dict[str, Any]] = dict(g.nodes(data=True))
        self._titles: dict[str | None, str] = {
            n: a["title"] if "title" in a else a.get("name", "") for n, a in self.nodes.items()
        }
        self._titles[None] = ALL_CUSTOMERS
        self.stages: list[str] = list(doc.stages())
        self.stage_index = {s: i for i, s in enumerate(self.stages)}
        self.personas: list[str] = list(doc.personas())
        self.touchpoints: list[str] = list(doc.touchpoints())
        self.position = {tp: i for i, tp in enumerate(self.touchpoints)}
        self.link_attrs: dict[str, dict[str, Any]] = {}
        self.ends: dict[str, tuple[str, str]] = {}
        for u, v, link, attrs in g.edges(keys=True, data=True):
            self.link_attrs[link] = attrs
            self.ends[link] = (u, v)
        # Links in flow order (by source, then target, then id) so reports read top-down.
        pos = self.position
        self.links: list[str] = sorted(
            self.ends, key=lambda ln: (pos[self.ends[ln][0]], pos[self.ends[ln][1]], ln)
        )
        self.frictions: list[str] = sorted(doc.frictions())
        self.frictions_on: dict[str, list[str]] = {}
        for fr in self.frictions:
            self.frictions_on.setdefault(self.nodes[fr]["target"], []).append(fr)
        for ids in self.frictions_on.values():
            ids.sort(key=lambda f: -self.nodes[f]["severity"])  # most severe first, then by id

    # ------------------------------------------------------------------ naming
    def title(self, item: str | None) -> str:
        """What a person calls the item: a title, a name, or 'A → B' for an unlabelled link."""
        try:
            return self._titles[item]
        except KeyError:  # a link: named on first use
            title = self.link_attrs[item]["label"]
            if not title.strip():
                u, v = self.ends[item]
                title = f"{self._titles[u]} → {self._titles[v]}"
            self._titles[item] = title
            return title

    def ref(self, item: str | None) -> dict[str, Any]:
        """An item named for a report: ``{"id": ..., "title": ...}``."""
        try:
            return {"id": item, "title": self._titles[item]}
        except KeyError:
            return {"id": item, "title": self.title(item)}

    def stage_of(self, item: str) -> str:
        """The stage of a touchpoint, or of a link's source (where the step starts)."""
        if item in self.ends:
            item = self.ends[item][0]
        return self.nodes[item]["stage"]

    def concerns(self, tp: str, persona: str | None) -> bool:
        """Whether a touchpoint is part of a persona's journey (``model.concerns``)."""
        return touchpoint_concerns(self.nodes[tp], persona)

    def link_concerns(self, link: str, persona: str | None) -> bool:
        """Whether a link is a persona's way forward (``model.concerns``)."""
        return link_concerns(self.link_attrs[link], persona)
