"""One read of a document that all analyses share.

Each analysis needs the same lookups (journey order, stage of a touchpoint, the
frictions on an item, the ends of a link). Building them once per ``analyze``
keeps a full analysis of a 2,000-touchpoint map well under the UI's budget.

Reports name items as ``{"id": ..., "title": ...}`` hundreds of thousands of times
on a big map (every touchpoint of every persona's sequence, every end of every
channel switch). ``ref`` hands out one such dict per item and view, shared by every
entry that names the item: the report is read-only data, and building (and having
the garbage collector walk) a fresh dict for each mention was a third of the time.
"""

from __future__ import annotations

from typing import Any

from ..model import JourneyDocument
from ..model.concerns import link_concerns, touchpoint_concerns
from .words import ALL_CUSTOMERS  # English in the results; words.persona_title shows it

# Lookups that fill themselves on first use (``__missing__``): a hit is a plain dict
# lookup with no Python call, and reports look items up by the hundred thousand.
# Each keeps what it needs as attributes, not a closure over the view: no reference
# cycle, so a view is freed as soon as the last analysis drops it.


class _Titles(dict):
    """Item -> title: nodes' titles or names, links named on first use."""

    def __init__(self, nodes: dict[str, dict[str, Any]], link_attrs: dict, ends: dict) -> None:
        super().__init__((n, a["title"] if "title" in a else a.get("name", "")) for n, a in nodes.items())
        self[None] = ALL_CUSTOMERS
        self.link_attrs, self.ends = link_attrs, ends

    def __missing__(self, link: str) -> str:
        title = self.link_attrs[link]["label"]
        if not title.strip():
            u, v = self.ends[link]
            title = f"{self[u]} → {self[v]}"
        self[link] = title
        return title


class _Refs(dict):
    """Item -> its shared ``{"id", "title"}``."""

    def __init__(self, titles: _Titles) -> None:
        super().__init__()
        self.titles = titles

    def __missing__(self, item: str | None) -> dict[str, Any]:
        ref = self[item] = {"id": item, "title": self.titles[item]}
        return ref


class _Placed(dict):
    """Touchpoint -> its shared ``{"id", "title", "stage": ref}``."""

    def __init__(self, refs: _Refs, nodes: dict[str, dict[str, Any]]) -> None:
        super().__init__()
        self.refs, self.nodes = refs, nodes

    def __missing__(self, tp: str) -> dict[str, Any]:
        entry = self[tp] = {**self.refs[tp], "stage": self.refs[self.nodes[tp]["stage"]]}
        return entry


class MapView:
    """Read-only lookups over a document at one moment; build a new one after edits."""

    def __init__(self, doc: JourneyDocument) -> None:
        g = doc.graph
        self.doc = doc
        # Plain dicts: a networkx node lookup through the frozen view costs ten times more.
        self.nodes: dict[str, dict[str, Any]] = dict(g.nodes(data=True))
        self.stages: list[str] = list(doc.stages())
        self.stage_index = {s: i for i, s in enumerate(self.stages)}
        self.personas: list[str] = list(doc.personas())
        self.touchpoints: list[str] = list(doc.touchpoints())
        self.position = {tp: i for i, tp in enumerate(self.touchpoints)}
        self.link_attrs: dict[str, dict[str, Any]] = {}
        self.ends: dict[str, tuple[str, str]] = {}
        pos = self.position
        keyed = []
        for u, v, link, attrs in g.edges(keys=True, data=True):
            self.link_attrs[link] = attrs
            self.ends[link] = (u, v)
            keyed.append((pos[u], pos[v], link))
        # Links in flow order (by source, then target, then id) so reports read top-down;
        # ``flow`` holds each as (source position, target position, id).
        keyed.sort()
        self.flow: list[tuple[int, int, str]] = keyed
        self.links: list[str] = [link for _, _, link in keyed]
        nodes = self.nodes
        self.titles: dict[str | None, str] = _Titles(nodes, self.link_attrs, self.ends)
        # ``refs[item]``, ``placed_refs[tp]``: shared report entries (``ref``, ``placed``).
        self.refs: dict[str | None, dict[str, Any]] = _Refs(self.titles)
        self.placed_refs: dict[str, dict[str, Any]] = _Placed(self.refs, nodes)
        self.frictions: list[str] = sorted(n for n, a in nodes.items() if a["type"] == "friction")
        self.frictions_on: dict[str, list[str]] = {}
        for fr in self.frictions:
            self.frictions_on.setdefault(nodes[fr]["target"], []).append(fr)
        for ids in self.frictions_on.values():
            ids.sort(key=lambda f: -nodes[f]["severity"])  # most severe first, then by id
        # The same, without resolved frictions (what still hurts); items with none left out.
        self.unresolved_on: dict[str, list[str]] = {}
        for item, ids in self.frictions_on.items():
            left = [f for f in ids if nodes[f]["status"] != "resolved"]
            if left:
                self.unresolved_on[item] = left

    # ------------------------------------------------------------------ naming
    def title(self, item: str | None) -> str:
        """What a person calls the item: a title, a name, or 'A → B' for an unlabelled link."""
        return self.titles[item]

    def ref(self, item: str | None) -> dict[str, Any]:
        """An item named for a report: ``{"id": ..., "title": ...}`` (one shared dict
        per item: never change it). ``refs[item]`` is the same, faster in a loop."""
        return self.refs[item]

    def placed(self, tp: str) -> dict[str, Any]:
        """A touchpoint named with its stage: ``{"id", "title", "stage": ref}`` (shared)."""
        return self.placed_refs[tp]

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
