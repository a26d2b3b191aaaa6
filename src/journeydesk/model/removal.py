"""Taking items out of a journey document and putting them back.

``remove`` gathers everything an item takes along (a stage its cards, a card its
links, frictions and comments, a persona the references to it) into one
``Removed`` record, and ``restore`` puts exactly that back: undo of a delete is
one call, whatever it took. ``JourneyDocument`` inherits these methods.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .vocabulary import ORDERED_KINDS


@dataclass(frozen=True)
class Removed:
    """Everything one removal took out of the document, for ``restore``.

    nodes are in the order they go back in; ``cells`` keeps each touchpoint's
    stage, lane and index; ``patches`` are references that were cleared on items
    that stay (a touchpoint's persona, a link's persona).
    """

    id: str
    kind: str
    nodes: tuple[tuple[str, dict[str, Any]], ...]
    order_index: int | None
    links: tuple[tuple[str, str, str, dict[str, Any]], ...]
    patches: tuple[tuple[str, str, Any], ...] = field(default=())


class Removal:
    """The removing half of ``JourneyDocument`` (it holds the graph and indexes)."""

    # Cells whose cards' "order" is renumbered at the end of a bulk change
    # (cell -> lowest index touched); None: renumbered as each change happens.
    _stale_cells: dict[tuple[str, str], int] | None = None

    @contextlib.contextmanager
    def cells_renumbered_once(self) -> Iterator[None]:
        """Removing or putting back thousands of cards renumbers each cell they
        touch once, at the end, not once per card (that was cards x cell size).
        Inside, cards go last-in-cell first (``removal_order``) and come back in
        reverse, so the orders each step reads are still right."""
        if self._stale_cells is not None:
            yield
            return
        self._stale_cells = {}
        try:
            yield
        finally:
            self._renumber_stale()
            self._stale_cells = None

    def _renumber_stale(self) -> None:
        stale, self._stale_cells = self._stale_cells, None
        for key, start in stale.items():
            cell = self._cells.get(key)
            if cell:
                self._renumber(cell, start)
        self._stale_cells = {}

    def removal_order(self, ids: Iterable[str]) -> list[str]:
        """``ids`` in the order a bulk removal takes them: cards from the end of
        their cells first (removing one leaves the orders before it right), then
        the rest as given."""
        ids = list(dict.fromkeys(ids))
        nodes = self._g._node
        cards = [i for i in ids if self.kind_of(i) == "touchpoint"]
        cards.sort(key=lambda t: -nodes[t]["order"])
        return cards + [i for i in ids if self.kind_of(i) != "touchpoint"]

    def remove(self, item_id: str) -> Removed:
        """Remove an item and everything that depends on it; returns it all."""
        kind = self.kind_of(item_id)
        if kind is None:
            raise KeyError(item_id)
        nodes: list[tuple[str, dict[str, Any]]] = []
        links: list[tuple[str, str, str, dict[str, Any]]] = []
        patches: list[tuple[str, str, Any]] = []
        seen: set[str] = set()  # links already gathered: a link between two removed cards goes once
        order_index = None

        if kind == "link":
            self._gather_link(item_id, nodes, links, seen)
        else:
            if kind in ORDERED_KINDS:
                order_index = self._orders[kind].index(item_id)
            nodes.append((item_id, dict(self._g.nodes[item_id])))
            if kind in ("stage", "friction"):
                self._gather_comments(item_id, nodes)
            if kind in ("stage", "lane"):
                if self._stale_cells:  # its cards' orders are recorded: make them right first
                    self._renumber_stale()
                pos = 0 if kind == "stage" else 1
                tps = [tp for key, cell in self._cells.items() if key[pos] == item_id for tp in cell]
                tps.sort(key=lambda t: self._g.nodes[t]["order"])  # put back lowest index first
                for tp in tps:
                    self._gather_touchpoint(tp, nodes, links, seen)
            elif kind == "touchpoint":
                nodes.pop()
                self._gather_touchpoint(item_id, nodes, links, seen)
            elif kind == "persona":
                self._gather_persona_refs(item_id, patches)
            elif kind == "channel":
                for tp in self.touchpoints():
                    if self._g.nodes[tp]["channel"] == item_id:
                        patches.append((tp, "channel", item_id))

        removed = Removed(item_id, kind, tuple(nodes), order_index, tuple(links), tuple(patches))
        self._apply_removal(removed)
        return removed

    def _gather_frictions(self, target: str, nodes) -> None:
        for fr in self._frictions_on.get(target, ()):
            nodes.append((fr, dict(self._g.nodes[fr])))
            self._gather_comments(fr, nodes)

    def _gather_comments(self, target: str, nodes) -> None:
        for cm in self._comments_on.get(target, ()):
            nodes.append((cm, dict(self._g.nodes[cm])))

    def _gather_link(self, link: str, nodes, links, seen: set[str]) -> None:
        seen.add(link)
        u, v = self._links[link]
        links.append((link, u, v, dict(self._g.edges[u, v, link])))
        self._gather_frictions(link, nodes)

    def _gather_touchpoint(self, tp: str, nodes, links, seen: set[str]) -> None:
        nodes.append((tp, dict(self._g.nodes[tp])))
        self._gather_comments(tp, nodes)
        for link in self.links_of(tp):
            if link not in seen:
                self._gather_link(link, nodes, links, seen)
        self._gather_frictions(tp, nodes)

    def _gather_persona_refs(self, persona: str, patches) -> None:
        for tp in self.touchpoints():
            node = self._g.nodes[tp]
            if persona in node["personas"]:
                patches.append((tp, "personas", node["personas"]))
            if persona in node["emotions"]:
                patches.append((tp, "emotions", dict(node["emotions"])))
        for link, (u, v) in self._links.items():
            if self._g.edges[u, v, link]["persona"] == persona:
                patches.append((link, "persona", persona))

    def _apply_removal(self, r: Removed) -> None:
        # Clear references on items that stay, then drop frictions, links, nodes.
        for item, f, old in r.patches:
            if f == "personas":
                new: Any = tuple(p for p in old if p != r.id)
            elif f == "emotions":
                new = {p: e for p, e in old.items() if p != r.id}
            else:
                new = None
            self._raw_set(item, f, new)
        for node_id, attrs in reversed(r.nodes):
            if attrs["type"] == "comment":
                on = self._comments_on[attrs["target"]]
                on.remove(node_id)
                if not on:
                    del self._comments_on[attrs["target"]]
                self._g.remove_node(node_id)
                self._emit("removed", "comment", node_id)
        for node_id, attrs in reversed(r.nodes):
            if attrs["type"] == "friction":
                self._frictions_on[attrs["target"]].remove(node_id)
                if not self._frictions_on[attrs["target"]]:
                    del self._frictions_on[attrs["target"]]
                self._g.remove_node(node_id)
                self._emit("removed", "friction", node_id)
        for link, u, v, _ in r.links:
            self._g.remove_edge(u, v, key=link)
            del self._links[link]
            self._emit("removed", "link", link)
        for node_id, attrs in reversed(r.nodes):
            kind = attrs["type"]
            if kind in ("friction", "comment"):
                continue
            if kind == "touchpoint":
                self._take_from_cell(node_id)
            elif kind in ORDERED_KINDS:
                self._orders[kind].remove(node_id)
                self._sync_orders()
            self._g.remove_node(node_id)
            self._emit("removed", kind, node_id)

    def _raw_set(self, item: str, f: str, value: Any) -> None:
        if item in self._links:
            u, v = self._links[item]
            self._g.edges[u, v, item][f] = value
        else:
            self._g.nodes[item][f] = value
        self._emit("changed", self.kind_of(item), item, (f,))

    def restore(self, r: Removed) -> None:
        """Put back exactly what ``remove`` took: items, order, links, frictions."""
        for node_id, attrs in r.nodes:
            attrs = dict(attrs)
            kind = attrs["type"]
            if kind in ("friction", "comment"):
                continue
            if kind == "touchpoint":
                stage, lane, index = attrs["stage"], attrs["lane"], attrs["order"]
                self._g.add_node(node_id, **attrs)
                self._insert_in_cell(node_id, stage, lane, index)
            else:
                self._g.add_node(node_id, **attrs)
                if kind in ORDERED_KINDS:
                    self._orders[kind].insert(r.order_index, node_id)
                    self._sync_orders()
            self._emit("added", kind, node_id)
        for link, u, v, attrs in r.links:
            self._g.add_edge(u, v, key=link, **attrs)
            self._links[link] = (u, v)
            self._emit("added", "link", link)
        for node_id, attrs in r.nodes:
            if attrs["type"] == "friction":
                self._g.add_node(node_id, **dict(attrs))
                self._frictions_on.setdefault(attrs["target"], []).append(node_id)
                self._emit("added", "friction", node_id)
        for node_id, attrs in r.nodes:
            if attrs["type"] == "comment":
                self._g.add_node(node_id, **dict(attrs))
                self._comments_on.setdefault(attrs["target"], []).append(node_id)
                self._emit("added", "comment", node_id)
        for item, f, old in r.patches:
            self._raw_set(item, f, old)

    def remove_many(self, ids: Iterable[str]) -> list[Removed]:
        """Remove several items (skipping ones an earlier removal took along)."""
        out = []
        for item in ids:
            if item in self:
                out.append(self.remove(item))
        return out

    def restore_many(self, removals: list[Removed]) -> None:
        with self.cells_renumbered_once():
            for r in reversed(removals):
                self.restore(r)
