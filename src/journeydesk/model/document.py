"""The live journey document: a networkx MultiDiGraph behind one class.

Every item of a map is a node of the graph with a ``type`` attribute (persona,
stage, lane, channel, touchpoint, friction, comment); links between touchpoints are the
graph's edges, keyed by their id. Map metadata and the order of stages, lanes,
personas and channels live in ``graph.graph``. The methods below are the only way
to change a map: they check every value, keep every reference valid, emit a
``Change`` for each thing that changed, and hand back what an undo needs.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import networkx as nx

from ..i18n import QT_TRANSLATE_NOOP, translate
from . import fields as F
from .events import Change, Emitter
from .fields import FieldError
from .removal import Removal
from .vocabulary import ORDERED_KINDS, PERSONA_COLOURS

ID_PREFIX = {
    "persona": "pe",
    "stage": "st",
    "lane": "la",
    "channel": "ch",
    "touchpoint": "tp",
    "link": "ln",
    "friction": "fr",
    "comment": "cm",
}
COMMENT_TARGETS = ("touchpoint", "friction", "stage")  # or None: the map itself
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
META_FIELDS = ("title", "description", "language", "created", "modified")
# A reference that names no item of the right kind, one whole sentence per kind.
_NOT_OF_THIS_MAP = {
    "persona": QT_TRANSLATE_NOOP("model.document", "{field} {id} is not a persona of this map"),
    "stage": QT_TRANSLATE_NOOP("model.document", "{field} {id} is not a stage of this map"),
    "lane": QT_TRANSLATE_NOOP("model.document", "{field} {id} is not a lane of this map"),
    "channel": QT_TRANSLATE_NOOP("model.document", "{field} {id} is not a channel of this map"),
    "touchpoint": QT_TRANSLATE_NOOP("model.document", "{field} {id} is not a touchpoint of this map"),
}


def new_id(kind: str) -> str:
    """A short, stable, unique id such as ``tp_3fa2b1c9d0``."""
    return f"{ID_PREFIX[kind]}_{uuid.uuid4().hex[:10]}"


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class JourneyDocument(Removal):
    """A customer journey map. Read through ``graph`` and the query methods; change
    only through the methods that change it."""

    def __init__(self, title: str = "Untitled journey", language: str = "en") -> None:
        self._g = nx.MultiDiGraph()
        self._view = nx.freeze(nx.graphviews.generic_graph_view(self._g))
        self._orders: dict[str, list[str]] = {k: [] for k in ORDERED_KINDS}
        self._cells: dict[tuple[str, str], list[str]] = {}
        self._links: dict[str, tuple[str, str]] = {}
        self._frictions_on: dict[str, list[str]] = {}
        self._index: dict[str, dict[str, int]] = {k: {} for k in ORDERED_KINDS}  # item -> place in its order
        self._comments_on: dict[str | None, list[str]] = {}
        self._events = Emitter()
        stamp = now_iso()
        self._g.graph.update(
            title=F.name(title),
            description="",
            language=self._check_language(language),
            created=stamp,
            modified=stamp,
        )
        self._sync_orders()

    @classmethod
    def assemble(
        cls,
        meta: dict[str, str],
        personas: Iterable[tuple[str, dict[str, Any]]],
        stages: Iterable[tuple[str, dict[str, Any]]],
        lanes: Iterable[tuple[str, dict[str, Any]]],
        channels: Iterable[tuple[str, dict[str, Any]]],
        touchpoints: Iterable[tuple[str, dict[str, Any]]],
        links: Iterable[tuple[str, str, str, dict[str, Any]]],
        frictions: Iterable[tuple[str, dict[str, Any]]],
        comments: Iterable[tuple[str, dict[str, Any]]] = (),
    ) -> JourneyDocument:
        """Build a whole document at once from values that are ALREADY checked.

        This is the file loader's fast path: the pydantic schema has checked every
        value and the loader every id and reference, so nothing is checked again
        here. Values must be in the model's normal form (every field present, lists
        as tuples, colours upper case, emotions sorted by persona id, metrics in
        ``vocabulary.METRICS`` order with floats for non-integer metrics). Items of
        each kind come in their order; touchpoints take their place in their cell in
        the order given; touchpoint attrs hold ``stage`` and ``lane``. Links are
        ``(id, source, target, attrs)``; friction and comment attrs hold ``target``
        (a comment's may be None: the map). Emits
        nothing. Anything else must use the checked ``add_*`` methods.
        """
        doc = cls(meta.get("title", "Untitled journey"), meta.get("language", "en"))
        g = doc._g
        g.graph.update(meta)
        for kind, items in (("persona", personas), ("stage", stages), ("lane", lanes), ("channel", channels)):
            order = doc._orders[kind]
            for item_id, attrs in items:
                attrs["type"] = kind
                g.add_node(item_id, **attrs)
                order.append(item_id)
        # The bulk of a map goes straight into networkx's adjacency dicts (the
        # documented layout: _node, _succ/_adj and _pred, key dicts shared by both
        # directions); add_node/add_edge cost twice as much per item.
        # tests/model/test_assemble.py holds this equal to the add_* build.
        node, succ, pred = g._node, g._succ, g._pred
        cells = doc._cells
        for item_id, attrs in touchpoints:
            attrs["type"] = "touchpoint"
            cell = cells.get((attrs["stage"], attrs["lane"]))
            if cell is None:
                cell = cells[(attrs["stage"], attrs["lane"])] = []
            attrs["order"] = len(cell)
            cell.append(item_id)
            node[item_id] = attrs
            succ[item_id] = {}
            pred[item_id] = {}
        ends = doc._links
        for item_id, u, v, attrs in links:
            attrs["type"] = "link"
            keys = succ[u].get(v)
            if keys is None:
                keys = succ[u][v] = pred[v][u] = {}
            keys[item_id] = attrs
            ends[item_id] = (u, v)
        on = doc._frictions_on
        for item_id, attrs in frictions:
            attrs["type"] = "friction"
            node[item_id] = attrs
            succ[item_id] = {}
            pred[item_id] = {}
            targets = on.get(attrs["target"])
            if targets is None:
                on[attrs["target"]] = [item_id]
            else:
                targets.append(item_id)
        for item_id, attrs in comments:
            attrs["type"] = "comment"
            node[item_id] = attrs
            succ[item_id] = {}
            pred[item_id] = {}
            doc._comments_on.setdefault(attrs["target"], []).append(item_id)
        clear_cache = getattr(nx, "_clear_cache", None)
        if clear_cache is not None:
            clear_cache(g)
        doc._sync_orders()
        return doc

    # ------------------------------------------------------------------ events
    def subscribe(self, listener):
        """Call ``listener(change)`` after every change; returns an unsubscribe."""
        return self._events.subscribe(listener)

    def _emit(self, action: str, kind: str = "", id: str | None = None, fields=()) -> None:
        self._events.emit(Change(action, kind, id, tuple(fields)))

    # ------------------------------------------------------------------ reading
    @property
    def graph(self) -> nx.MultiDiGraph:
        """The graph, frozen: structure changes raise. Treat attributes as read-only."""
        return self._view

    @property
    def meta(self) -> dict[str, str]:
        return {k: self._g.graph[k] for k in META_FIELDS}

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._g or item_id in self._links

    def known(self, ids) -> list[str]:
        """Those of ``ids`` the map has, in their order (one pass, no call per id:
        a selection of everything is 23,000 at 10,000 cards)."""
        nodes, links = self._g._node, self._links
        return [i for i in ids if i in nodes or i in links]

    def kind_counts(self, ids) -> dict[str, int]:
        """How many of ``ids`` are of each kind, in first-seen order; unknown ids
        are not counted."""
        nodes, links = self._g._node, self._links
        counts: dict[str, int] = {}
        for i in ids:
            node = nodes.get(i)
            kind = node["type"] if node is not None else "link" if i in links else None
            if kind is not None:
                counts[kind] = counts.get(kind, 0) + 1
        return counts

    def kind_of(self, item_id: str) -> str | None:
        if item_id in self._links:
            return "link"
        node = self._g.nodes.get(item_id)
        return node["type"] if node is not None else None

    def get(self, item_id: str) -> dict[str, Any]:
        """A copy of an item's fields (plus stage/lane/order, source/target, target)."""
        if item_id in self._links:
            u, v = self._links[item_id]
            data = dict(self._g.edges[u, v, item_id])
            data.pop("type", None)
            data.update(source=u, target=v)
            return data
        if item_id not in self._g:
            raise KeyError(item_id)
        data = dict(self._g.nodes[item_id])
        data.pop("type")
        for f in ("metrics", "emotions", "evidence"):  # no way to edit the map through a copy
            if isinstance(data.get(f), dict):
                data[f] = dict(data[f])
        return data

    def personas(self) -> tuple[str, ...]:
        return tuple(self._orders["persona"])

    def stages(self) -> tuple[str, ...]:
        return tuple(self._orders["stage"])

    def lanes(self) -> tuple[str, ...]:
        return tuple(self._orders["lane"])

    def channels(self) -> tuple[str, ...]:
        return tuple(self._orders["channel"])

    def cell(self, stage: str, lane: str) -> tuple[str, ...]:
        return tuple(self._cells.get((stage, lane), ()))

    def cell_count(self, stage: str, lane: str) -> int:
        """How many touchpoints a cell holds (no copy of the cell)."""
        cell = self._cells.get((stage, lane))
        return len(cell) if cell is not None else 0

    def position(self, kind: str, item: str) -> int:
        """An ordered item's place in its list (personas, stages, lanes, channels)."""
        return self._index[kind][item]

    def journey_key(self, tp: str) -> tuple[int, int, int]:
        """Where a touchpoint comes in journey order (stage, lane, place in
        cell): sorts like ``touchpoints()`` without listing them all."""
        a = self._g.nodes[tp]
        return self._index["stage"][a["stage"]], self._index["lane"][a["lane"]], a["order"]

    def touchpoints(self) -> tuple[str, ...]:
        """All touchpoints in journey order: stage, then lane, then place in cell."""
        out: list[str] = []
        for s in self._orders["stage"]:
            for la in self._orders["lane"]:
                out.extend(self._cells.get((s, la), ()))
        return tuple(out)

    def links(self) -> tuple[str, ...]:
        return tuple(self._links)

    def link_ends(self, link_id: str) -> tuple[str, str]:
        return self._links[link_id]

    def touchpoints_with_fields(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(id, stored fields) of every touchpoint: read only, not copies."""
        node = self._g._node
        for cell in self._cells.values():
            for tp in cell:
                yield tp, node[tp]

    def links_with_fields(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """(id, source, target, stored fields) of every link: read only, not copies."""
        succ = self._g._succ
        for k, (u, v) in self._links.items():
            yield k, u, v, succ[u][v][k]

    def links_of(self, tp: str) -> tuple[str, ...]:
        """Links into or out of a touchpoint (out first; straight from the
        graph's adjacency, a stage removal asks this for every card)."""
        out = [k for keys in self._g._succ[tp].values() for k in keys]
        seen = set(out)
        out += [k for keys in self._g._pred[tp].values() for k in keys if k not in seen]
        return tuple(out)

    def frictions(self) -> tuple[str, ...]:
        return tuple(n for n, k in self._g.nodes(data="type") if k == "friction")

    def friction_targets(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """(target, its friction ids) for every card or link that has frictions."""
        for target, ids in self._frictions_on.items():
            yield target, tuple(ids)

    def has_frictions(self, target: str) -> bool:
        return target in self._frictions_on

    def frictions_on(self, target: str) -> tuple[str, ...]:
        """Frictions on a touchpoint or link, most severe first."""
        ids = self._frictions_on.get(target, ())
        return tuple(sorted(ids, key=lambda f: (-self._g.nodes[f]["severity"], f)))

    def comments(self) -> tuple[str, ...]:
        """Every comment, oldest first."""
        ids = [c for ids in self._comments_on.values() for c in ids]
        return self._by_time(ids)

    def comments_on(self, target: str | None) -> tuple[str, ...]:
        """Comments on a touchpoint, friction or stage (None: on the map), oldest first."""
        return self._by_time(self._comments_on.get(target, ()))

    def _by_time(self, ids) -> tuple[str, ...]:
        nodes = self._g.nodes
        return tuple(sorted(ids, key=lambda c: (nodes[c]["created"], c)))

    def count(self, kind: str) -> int:
        if kind == "link":
            return len(self._links)
        if kind in ORDERED_KINDS:
            return len(self._orders[kind])
        # from the indexes the document keeps, not a pass over every node (the
        # status bar, the inspector and the analysis panel count after each edit)
        if kind == "touchpoint":
            return sum(len(c) for c in self._cells.values())
        if kind == "friction":
            return sum(len(ids) for ids in self._frictions_on.values())
        if kind == "comment":
            return sum(len(ids) for ids in self._comments_on.values())
        return sum(1 for _, k in self._g.nodes(data="type") if k == kind)

    # ------------------------------------------------------------------ checks
    @staticmethod
    def _check_language(value: Any) -> str:
        if not isinstance(value, str) or not _LANGUAGE.match(value):
            raise FieldError(
                translate(
                    "model.document", "language must be a language tag such as 'en' or 'id' (got {value})"
                ).format(value=repr(value))
            )
        return value

    def _require(self, item_id: Any, kind: str, what: str) -> str:
        """``item_id`` if it names a ``kind`` of this map; ``what`` is the field's
        label (already in words)."""
        if not isinstance(item_id, str) or self.kind_of(item_id) != kind:
            message = translate("model.document", _NOT_OF_THIS_MAP[kind])
            raise FieldError(message.format(field=what, id=repr(item_id)))
        return item_id

    def _new_id(self, kind: str, item_id: str | None) -> str:
        if item_id is None:
            item_id = new_id(kind)
            while item_id in self:
                item_id = new_id(kind)
            return item_id
        if not isinstance(item_id, str) or not item_id or len(item_id) > 100:
            raise FieldError(
                translate("model.document", "id must be text of 1 to 100 characters (got {id})").format(
                    id=repr(item_id)
                )
            )
        if item_id in self:
            raise FieldError(
                translate("model.document", "id {id} is already used in this map").format(id=repr(item_id))
            )
        return item_id

    def check(self, kind: str, values: dict[str, Any]) -> dict[str, Any]:
        """The values, checked and normalised as this document would store them
        for an item of ``kind`` (references must name items of this map); raises
        FieldError naming the field. The inspector and imports check here first,
        so what they refuse is exactly what the document refuses."""
        out = {f: F.check(kind, f, v) for f, v in values.items()}
        if kind == "touchpoint":
            if out.get("channel") is not None:
                self._require(out["channel"], "channel", translate("model.document", "channel"))
            for p in out.get("personas", ()):
                self._require(p, "persona", translate("model.document", "persona"))
            for p in out.get("emotions", {}):
                self._require(p, "persona", translate("model.document", "emotion persona"))
        elif kind == "link" and out.get("persona") is not None:
            self._require(out["persona"], "persona", translate("model.document", "persona"))
        return out

    def _sync_orders(self) -> None:
        for kind in ORDERED_KINDS:
            self._g.graph[f"{kind}_order"] = tuple(self._orders[kind])
            self._index[kind] = {item: i for i, item in enumerate(self._orders[kind])}

    # ------------------------------------------------------------------ adding
    def _add_ordered(self, kind: str, item_id: str | None, index: int | None, values) -> str:
        item_id = self._new_id(kind, item_id)
        attrs = F.defaults(kind)
        attrs.update(self.check(kind, values))
        order = self._orders[kind]
        index = len(order) if index is None else max(0, min(index, len(order)))
        self._g.add_node(item_id, type=kind, **attrs)
        order.insert(index, item_id)
        self._sync_orders()
        self._emit("added", kind, item_id)
        return item_id

    def add_persona(self, name: str, *, id: str | None = None, index: int | None = None, **values) -> str:
        if "colour" not in values:
            values["colour"] = PERSONA_COLOURS[len(self._orders["persona"]) % len(PERSONA_COLOURS)]
        return self._add_ordered("persona", id, index, {"name": name, **values})

    def add_stage(self, name: str, *, id: str | None = None, index: int | None = None, **values) -> str:
        return self._add_ordered("stage", id, index, {"name": name, **values})

    def add_lane(
        self,
        name: str,
        kind: str = "touchpoints",
        *,
        id: str | None = None,
        index: int | None = None,
        **values,
    ) -> str:
        return self._add_ordered("lane", id, index, {"name": name, "kind": kind, **values})

    def add_channel(self, name: str, *, id: str | None = None, index: int | None = None) -> str:
        return self._add_ordered("channel", id, index, {"name": name})

    def add_touchpoint(
        self, title: str, stage: str, lane: str, *, id: str | None = None, index: int | None = None, **values
    ) -> str:
        self._require(stage, "stage", translate("model.document", "stage"))
        self._require(lane, "lane", translate("model.document", "lane"))
        item_id = self._new_id("touchpoint", id)
        attrs = F.defaults("touchpoint")
        attrs.update(self.check("touchpoint", {"title": title, **values}))
        self._g.add_node(item_id, type="touchpoint", stage=stage, lane=lane, order=0, **attrs)
        self._insert_in_cell(item_id, stage, lane, index)
        self._emit("added", "touchpoint", item_id)
        return item_id

    def add_link(
        self, source: str, target: str, *, id: str | None = None, persona: str | None = None, label: str = ""
    ) -> str:
        self._require(source, "touchpoint", translate("model.document", "link source"))
        self._require(target, "touchpoint", translate("model.document", "link target"))
        if source == target:
            raise FieldError(translate("model.document", "a link must join two different touchpoints"))
        item_id = self._new_id("link", id)
        attrs = self.check("link", {"persona": persona, "label": label})
        self._g.add_edge(source, target, key=item_id, type="link", **attrs)
        self._links[item_id] = (source, target)
        self._emit("added", "link", item_id)
        return item_id

    def add_friction(self, target: str, title: str, *, id: str | None = None, **values) -> str:
        if self.kind_of(target) not in ("touchpoint", "link"):
            raise FieldError(
                translate(
                    "model.document", "friction target {id} is not a touchpoint or link of this map"
                ).format(id=repr(target))
            )
        item_id = self._new_id("friction", id)
        attrs = F.defaults("friction")
        attrs.update(self.check("friction", {"title": title, **values}))
        self._g.add_node(item_id, type="friction", target=target, **attrs)
        self._frictions_on.setdefault(target, []).append(item_id)
        self._emit("added", "friction", item_id)
        return item_id

    def add_comment(self, target: str | None, text: str, *, id: str | None = None, **values) -> str:
        """Pin a comment on a touchpoint, friction or stage, or on the map (None).
        ``created`` defaults to now; ``author`` to nobody in particular."""
        if target is not None and self.kind_of(target) not in COMMENT_TARGETS:
            raise FieldError(
                translate(
                    "model.document", "comment target {id} is not a touchpoint, friction or stage of this map"
                ).format(id=repr(target))
            )
        item_id = self._new_id("comment", id)
        attrs = F.defaults("comment")
        attrs["created"] = now_iso()
        attrs.update(self.check("comment", {"text": text, **values}))
        self._g.add_node(item_id, type="comment", target=target, **attrs)
        self._comments_on.setdefault(target, []).append(item_id)
        self._emit("added", "comment", item_id)
        return item_id

    # ------------------------------------------------------------------ cells
    def _insert_in_cell(self, tp: str, stage: str, lane: str, index: int | None) -> None:
        cell = self._cells.setdefault((stage, lane), [])
        index = len(cell) if index is None else max(0, min(index, len(cell)))
        cell.insert(index, tp)
        node = self._g.nodes[tp]
        node["stage"], node["lane"] = stage, lane
        self._renumber(cell, index, (stage, lane))

    def _take_from_cell(self, tp: str) -> tuple[str, str, int]:
        node = self._g.nodes[tp]
        key = (node["stage"], node["lane"])
        cell = self._cells[key]
        index = node["order"]
        if index >= len(cell) or cell[index] != tp:  # its order is stale (a bulk removal)
            index = cell.index(tp)
        del cell[index]
        if cell:
            self._renumber(cell, index, key)
        else:
            del self._cells[key]
        return key[0], key[1], index

    def _renumber(self, cell: list[str], start: int, key: tuple[str, str] | None = None) -> None:
        if self._stale_cells is not None and key is not None:  # renumbered once, later
            self._stale_cells[key] = min(start, self._stale_cells.get(key, start))
            return
        # The graph's own node dict: a NodeView lookup is a Python call per card.
        nodes = self._g._node
        for i in range(start, len(cell)):
            nodes[cell[i]]["order"] = i

    # ------------------------------------------------------------------ changing
    def set(self, item_id: str, **values) -> dict[str, Any]:
        """Set fields of an item; returns their previous values (for undo).

        Touchpoint position changes go through ``move_touchpoint``."""
        kind = self.kind_of(item_id)
        if kind is None:
            raise KeyError(item_id)
        checked = self.check(kind, values)
        if kind == "link":
            u, v = self._links[item_id]
            attrs = self._g.edges[u, v, item_id]
        else:
            attrs = self._g.nodes[item_id]
        old = {f: attrs[f] for f in checked}
        changed = [f for f in checked if checked[f] != old[f]]
        if changed:
            attrs.update({f: checked[f] for f in changed})
            self._emit("changed", kind, item_id, changed)
        return old

    def check_meta(self, values: dict[str, Any]) -> dict[str, str]:
        """Map metadata checked as ``set_meta`` would store it (FieldError if not)."""
        checks = {
            "title": F.name,
            "description": F.text,
            "language": self._check_language,
            "created": F.name,
            "modified": F.name,
        }
        for f in values:
            if f not in checks:
                raise FieldError(F.no_such_field("map", f))
        checked = {}
        for f, v in values.items():
            try:
                checked[f] = checks[f](v)
            except FieldError as exc:
                raise FieldError(F.about(f, str(exc))) from None
        return checked

    def set_meta(self, **values) -> dict[str, str]:
        """Set map metadata (title, description, language, created, modified)."""
        checked = self.check_meta(values)
        old = {f: self._g.graph[f] for f in checked}
        changed = [f for f in checked if checked[f] != old[f]]
        if changed:
            self._g.graph.update({f: checked[f] for f in changed})
            self._emit("meta", "", None, changed)
        return old

    def move_touchpoint(
        self, tp: str, stage: str, lane: str, index: int | None = None
    ) -> tuple[str, str, int]:
        """Put a touchpoint in a cell at a position; returns where it was."""
        self._require(tp, "touchpoint", translate("model.document", "touchpoint"))
        self._require(stage, "stage", translate("model.document", "stage"))
        self._require(lane, "lane", translate("model.document", "lane"))
        old = self._take_from_cell(tp)
        self._insert_in_cell(tp, stage, lane, index)
        self._emit("moved", "touchpoint", tp)
        return old

    def reorder(self, item_id: str, index: int) -> int:
        """Move a persona, stage, lane or channel to a position; returns the old one."""
        kind = self.kind_of(item_id)
        if kind not in ORDERED_KINDS:
            raise FieldError(
                translate("model.document", "{id} is not a persona, stage, lane or channel").format(
                    id=repr(item_id)
                )
            )
        order = self._orders[kind]
        old = order.index(item_id)
        order.pop(old)
        order.insert(max(0, min(index, len(order))), item_id)
        self._sync_orders()
        self._emit("reordered", kind, item_id)
        return old

    # ------------------------------------------------------------------ whole
    def replace_with(self, other: JourneyDocument) -> None:
        """Take over another document's content (File > Revert); listeners stay."""
        self._g, self._orders, self._cells = other._g, other._orders, other._cells
        self._links, self._frictions_on = other._links, other._frictions_on
        self._index = other._index
        self._comments_on = other._comments_on
        self._view = nx.freeze(nx.graphviews.generic_graph_view(self._g))
        self._emit("reset")

    def items(self, kind: str) -> Iterator[str]:
        """Ids of one kind, in their natural order."""
        if kind in ORDERED_KINDS:
            return iter(self._orders[kind])
        if kind == "touchpoint":
            return iter(self.touchpoints())
        if kind == "link":
            return iter(self.links())
        if kind == "comment":
            return iter(self.comments())
        return iter(self.frictions())
