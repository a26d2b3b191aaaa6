"""What changed between two versions of a map, matched by id, field by field.

``diff(old, new)`` compares personas, stages, lanes, channels, touchpoints,
links and frictions: added, removed, changed. A touchpoint's stage and lane are
fields ("moved" when either changed); its place in a cell, and the place of a
stage, lane, persona or channel in its order, is ``position``, reported only
for the items that really moved (not every card after an inserted one).
Metrics and emotions compare per key (``metrics.csat``, ``emotions.<persona>``)
with the direction of the change. The map's created/modified stamps are not
compared: two saves of one map are equal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import JourneyDocument
from ..model import fields as F
from ..model.document import ORDERED_KINDS
from .sequences import moved, paused_gc

KINDS = ("persona", "stage", "lane", "channel", "touchpoint", "link", "friction")
META = ("title", "description", "language")
# Fields beyond the model's editable ones that place an item.
PLACE_FIELDS = {"touchpoint": ("stage", "lane"), "link": ("source", "target"), "friction": ("target",)}
SPLIT = ("metrics", "emotions")  # dict fields compared per key


@dataclass(frozen=True)
class FieldChange:
    field: str  # "title", "metrics.csat", "emotions.pe_1", "stage", "position"...
    old: Any
    new: Any

    @property
    def delta(self) -> float | None:
        """new - old for numbers (None when either side is missing)."""
        if _number(self.old) and _number(self.new):
            return self.new - self.old
        return None

    @property
    def direction(self) -> str | None:
        """'up' or 'down' for numbers; None otherwise."""
        d = self.delta
        if d is None or self.field == "position":
            return None
        return "up" if d > 0 else "down" if d < 0 else None


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


@dataclass(frozen=True)
class ItemChange:
    kind: str
    id: str
    status: str  # "added", "removed", "changed"
    fields: tuple[FieldChange, ...] = ()

    def field(self, name: str) -> FieldChange | None:
        return next((f for f in self.fields if f.field == name), None)

    @property
    def moved(self) -> bool:
        """A touchpoint put in another stage or lane."""
        return self.kind == "touchpoint" and any(f.field in ("stage", "lane") for f in self.fields)

    @property
    def reordered(self) -> bool:
        return any(f.field == "position" for f in self.fields)


@dataclass
class MapDiff:
    old: JourneyDocument
    new: JourneyDocument
    meta: tuple[FieldChange, ...] = ()
    items: list[ItemChange] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not self.meta and not self.items

    def of(self, kind: str, status: str | None = None) -> list[ItemChange]:
        return [c for c in self.items if c.kind == kind and (status is None or c.status == status)]

    def summary(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for c in self.items:
            row = out.setdefault(c.kind, {"added": 0, "removed": 0, "changed": 0, "moved": 0, "reordered": 0})
            row[c.status] += 1
            row["moved"] += c.moved
            row["reordered"] += c.reordered
        return out


def _attrs(doc: JourneyDocument, kind: str, item: str) -> dict[str, Any]:
    if kind == "link":
        u, v = doc.link_ends(item)
        return {**doc.graph.edges[u, v, item], "source": u, "target": v}
    return doc.graph.nodes[item]


def _fields_of(kind: str) -> tuple[str, ...]:
    return tuple(F.FIELDS[kind]) + PLACE_FIELDS.get(kind, ())


def _compare(kind: str, a: dict[str, Any], b: dict[str, Any]) -> list[FieldChange]:
    out = []
    for f in _fields_of(kind):
        va, vb = a.get(f), b.get(f)
        if va == vb:
            continue
        if f in SPLIT:
            for key in sorted(set(va) | set(vb)):
                if va.get(key) != vb.get(key):
                    out.append(FieldChange(f"{f}.{key}", va.get(key), vb.get(key)))
        elif f == "evidence" and isinstance(va, dict):
            for key in ("quote", "source", "count"):
                if va.get(key) != vb.get(key):
                    out.append(FieldChange(f"evidence.{key}", va.get(key), vb.get(key)))
        else:
            out.append(FieldChange(f, va, vb))
    return out


def _positions(old: JourneyDocument, new: JourneyDocument, kind: str) -> dict[str, FieldChange]:
    """Items of an ordered kind, or touchpoints within a cell, that changed place."""
    out: dict[str, FieldChange] = {}
    if kind in ORDERED_KINDS:
        a, b = list(old.items(kind)), list(new.items(kind))
        ia, ib = {x: i for i, x in enumerate(a)}, {x: i for i, x in enumerate(b)}
        for item in moved(a, b):
            out[item] = FieldChange("position", ia[item] + 1, ib[item] + 1)
        return out
    gn, go = new.graph.nodes, old.graph.nodes
    for s in new.stages():
        for la in new.lanes():
            cell_new = new.cell(s, la)
            if len(cell_new) < 2:
                continue
            cell_old = old.cell(s, la) if s in old and la in old else ()
            stayed_old = [t for t in cell_old if t in gn and gn[t]["stage"] == s and gn[t]["lane"] == la]
            stayed_new = [t for t in cell_new if t in go and go[t]["stage"] == s and go[t]["lane"] == la]
            for tp in moved(stayed_old, stayed_new):
                out[tp] = FieldChange("position", go[tp]["order"] + 1, gn[tp]["order"] + 1)
    return out


def diff(old: JourneyDocument, new: JourneyDocument) -> MapDiff:
    """Every difference between ``old`` and ``new``, in the new map's order (removed
    items in the old map's order, after)."""
    with paused_gc():
        return _diff(old, new)


def _diff(old: JourneyDocument, new: JourneyDocument) -> MapDiff:
    result = MapDiff(old, new)
    mo, mn = old.meta, new.meta
    result.meta = tuple(FieldChange(f, mo[f], mn[f]) for f in META if mo[f] != mn[f])
    for kind in KINDS:
        order_new = list(new.items(kind)) if kind != "friction" else sorted(new.frictions())
        order_old = list(old.items(kind)) if kind != "friction" else sorted(old.frictions())
        positions = _positions(old, new, kind) if kind in (*ORDERED_KINDS, "touchpoint") else {}
        for item in order_new:
            if old.kind_of(item) != kind:
                result.items.append(ItemChange(kind, item, "added"))
                continue
            changes = _compare(kind, _attrs(old, kind, item), _attrs(new, kind, item))
            if item in positions:
                changes.append(positions[item])
            if changes:
                result.items.append(ItemChange(kind, item, "changed", tuple(changes)))
        for item in order_old:
            if new.kind_of(item) != kind:
                result.items.append(ItemChange(kind, item, "removed"))
    return result
