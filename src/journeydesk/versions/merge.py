"""A three-way merge of two edited copies of a map, by id and field.

Edits to different items, or to different fields of one item, combine; metrics
and emotions merge per key, a touchpoint's personas as a set. The same field
changed two ways is a ``Conflict``, settled by ``prefer`` ("ours" by default,
or "theirs"). An item deleted on one side and edited on the other is a conflict
too, never a silent loss. Orders (stages, lanes, personas, channels, the cards
of a cell) merge with ours as the backbone and theirs' additions and moves
placed after the item that precedes them in theirs.

Afterwards every reference is made whole: a stage, lane or channel one side
deleted while the other kept cards in it comes back; a link or friction whose
card is gone is dropped (and reported when a side had added or changed it). The
result is built through the model's checked ``add_*`` methods.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import JourneyDocument
from ..model import fields as F
from ..model import vocabulary as V
from ..model.document import ORDERED_KINDS
from .diff import KINDS, META, PLACE_FIELDS, SPLIT
from .sequences import merge_order, paused_gc

_MISSING = object()
TOUCHPOINT_FIELDS = tuple(F.FIELDS["touchpoint"])


@dataclass(frozen=True)
class Conflict:
    """One place both sides changed differently, and how it was settled.

    ``field`` is a field name ("title", "metrics.csat", "cell", "position"), or
    "deleted" when one side deleted the item the other changed, or "reference"
    when a reference had to be repaired. ``kept`` is "ours", "theirs", "kept"
    or "dropped"."""

    kind: str
    id: str
    field: str
    base: Any = None
    ours: Any = None
    theirs: Any = None
    kept: str = "ours"
    note: str = ""  # for "deleted": the side that deleted it; for "reference": why


@dataclass
class MergeResult:
    document: JourneyDocument
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def _tables(doc: JourneyDocument) -> dict[str, dict[str, dict[str, Any]]]:
    """kind -> id -> the item's fields as stored (read only), in one pass."""
    out: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in KINDS}
    for item, a in doc.graph.nodes(data=True):
        out[a["type"]][item] = a
    out["link"] = {k: {**a, "source": u, "target": v} for u, v, k, a in doc.graph.edges(keys=True, data=True)}
    return out


def _fields(kind: str) -> tuple[str, ...]:
    return tuple(F.FIELDS[kind]) + PLACE_FIELDS.get(kind, ())


_ANY_ORDER = {"order": 0}


def _same(kind: str, a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Equal in every field (a card's index in its cell aside: inserting a card
    renumbers the ones after it)."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    if kind == "touchpoint":
        return (a | _ANY_ORDER) == (b | _ANY_ORDER)
    return a == b


class _Merger:
    def __init__(
        self, base: JourneyDocument, ours: JourneyDocument, theirs: JourneyDocument, prefer: str
    ) -> None:
        self.docs = (base, ours, theirs)
        self.prefer = prefer
        self.conflicts: list[Conflict] = []
        self.items: dict[str, dict[str, dict[str, Any]]] = {}
        self.tables = [_tables(d) for d in self.docs]  # base, ours, theirs
        self.meta: dict[str, str] = {}

    # ---------------------------------------------------------------- values
    def value(self, kind: str, item: str, f: str, b: Any, o: Any, t: Any) -> Any:
        if o == b:
            return t
        if t == b or o == t:
            return o
        kept = self.prefer
        self.conflicts.append(Conflict(kind, item, f, b, o, t, kept))
        return o if kept == "ours" else t

    def split(self, kind: str, item: str, f: str, b: dict, o: dict, t: dict) -> dict:
        out = {}
        for key in list(o) + [k for k in t if k not in o] + [k for k in b if k not in o and k not in t]:
            v = self.value(
                kind, item, f"{f}.{key}", b.get(key, _MISSING), o.get(key, _MISSING), t.get(key, _MISSING)
            )
            if v is not _MISSING:
                out[key] = v
        if f == "metrics":  # the model's normal form: vocabulary order, personas sorted
            return {k: out[k] for k in V.METRICS if k in out}
        return {k: out[k] for k in sorted(out)}

    def fields(self, kind: str, item: str, b: dict | None, o: dict, t: dict) -> dict[str, Any]:
        b = b if b is not None else {}
        out: dict[str, Any] = {}
        for f in _fields(kind):
            if kind == "touchpoint" and f in ("stage", "lane"):
                continue
            bo, oo, to = b.get(f, _MISSING), o[f], t[f]
            if f in SPLIT:
                out[f] = self.split(kind, item, f, bo if bo is not _MISSING else {}, oo, to)
            elif f == "personas":
                base_set = set(bo) if bo is not _MISSING else set()
                gone = {p for p in base_set if p not in to or p not in oo}
                out[f] = tuple(
                    [p for p in oo if p not in gone] + [p for p in to if p not in oo and p not in gone]
                )
            else:
                out[f] = self.value(kind, item, f, bo, oo, to)
        if kind == "touchpoint":
            cell = self.value(
                kind,
                item,
                "cell",
                (b["stage"], b["lane"]) if b else _MISSING,
                (o["stage"], o["lane"]),
                (t["stage"], t["lane"]),
            )
            out["stage"], out["lane"] = cell
        return out

    # ---------------------------------------------------------------- items
    def item(self, kind: str, item: str, b: dict | None, o: dict | None, t: dict | None) -> dict | None:
        if o is None and t is None:
            return None
        if _same(kind, o, t):
            return o  # the same on both sides
        if b is not None and _same(kind, o, b):
            return t  # only theirs changed it (or deleted it: None)
        if b is not None and _same(kind, t, b):
            return o  # only ours changed it (or deleted it)
        if b is None:  # added on one side, or on both with the same id
            if o is None or t is None:
                return o if o is not None else t
            return self.fields(kind, item, None, o, t)
        if o is None or t is None:
            other, deleted_in = (t, "ours") if o is None else (o, "theirs")
            if _same(kind, b, other):
                return None  # deleted on one side, untouched on the other
            keep_other = (self.prefer == "theirs") == (deleted_in == "ours")
            self.conflicts.append(
                Conflict(
                    kind,
                    item,
                    "deleted",
                    kept="theirs" if (deleted_in == "ours") == keep_other else "ours",
                    note=deleted_in,
                )
            )
            return dict(other) if keep_other else None
        return self.fields(kind, item, b, o, t)

    def run(self) -> None:
        base, ours, theirs = self.docs
        self.meta = {f: self.value("map", "map", f, base.meta[f], ours.meta[f], theirs.meta[f]) for f in META}
        for kind in KINDS:
            bi, oi, ti = (table[kind] for table in self.tables)
            merged: dict[str, dict[str, Any]] = {}
            for item in (
                list(oi) + [i for i in ti if i not in oi] + [i for i in bi if i not in oi and i not in ti]
            ):
                value = self.item(kind, item, bi.get(item), oi.get(item), ti.get(item))
                if value is not None:
                    merged[item] = value
            self.items[kind] = merged

    # ---------------------------------------------------------------- references
    def _bring_back(self, kind: str, item: str, why: str) -> bool:
        for table in (self.tables[1], self.tables[2], self.tables[0]):
            if item in table[kind]:
                self.items[kind][item] = dict(table[kind][item])
                self.conflicts.append(Conflict(kind, item, "reference", kept="kept", note=why))
                return True
        return False

    def _whole(self) -> bool:
        """The quick check (sets): every reference of the merge points at an item of it."""
        items = self.items
        tps = items["touchpoint"].values()
        personas = set(items["persona"])
        if not (
            {a["stage"] for a in tps} <= set(items["stage"])
            and {a["lane"] for a in tps} <= set(items["lane"])
        ):
            return False
        if not {a["channel"] for a in tps} <= set(items["channel"]) | {None}:
            return False
        if any(not personas.issuperset(a["personas"]) or not personas.issuperset(a["emotions"]) for a in tps):
            return False
        links = items["link"].values()
        cards = items["touchpoint"]
        if any(
            a["source"] not in cards
            or a["target"] not in cards
            or (a["persona"] is not None and a["persona"] not in personas)
            for a in links
        ):
            return False
        return all(a["target"] in cards or a["target"] in items["link"] for a in items["friction"].values())

    def repair(self) -> None:
        if self._whole():
            return
        items = self.items
        why = "cards"
        for tp, a in list(items["touchpoint"].items()):
            for f in ("stage", "lane", "channel"):
                ref = a[f]
                if ref is None or ref in items[f] or self._bring_back(f, ref, why):
                    continue
                if f == "channel":
                    items["touchpoint"][tp] = a = {**a, "channel": None}
                else:
                    del items["touchpoint"][tp]
                    break
        personas = items["persona"]
        for tp, a in items["touchpoint"].items():
            if any(p not in personas for p in a["personas"]) or any(p not in personas for p in a["emotions"]):
                items["touchpoint"][tp] = {
                    **a,
                    "personas": tuple(p for p in a["personas"] if p in personas),
                    "emotions": {p: e for p, e in a["emotions"].items() if p in personas},
                }
        base_links = self.tables[0]["link"]
        for link, a in list(items["link"].items()):
            if a["persona"] is not None and a["persona"] not in personas:
                items["link"][link] = a = {**a, "persona": None}
            if a["source"] not in items["touchpoint"] or a["target"] not in items["touchpoint"]:
                self._drop("link", link, a, base_links.get(link))
        base_frictions = self.tables[0]["friction"]
        for fr, a in list(items["friction"].items()):
            if a["target"] not in items["touchpoint"] and a["target"] not in items["link"]:
                self._drop("friction", fr, a, base_frictions.get(fr))

    def _drop(self, kind: str, item: str, a: dict, base: dict | None) -> None:
        del self.items[kind][item]
        if base is None or not _same(kind, base, a):
            self.conflicts.append(Conflict(kind, item, "reference", kept="dropped", note="ends"))

    # ---------------------------------------------------------------- orders
    def order(self, kind: str) -> list[str]:
        base, ours, theirs = self.docs
        keep = set(self.items[kind])
        result, moved_both = merge_order(
            list(base.items(kind)), list(ours.items(kind)), list(theirs.items(kind)), keep
        )
        for item in sorted(moved_both):
            self.conflicts.append(Conflict(kind, item, "position", kept="ours"))
        return result

    def cell(self, stage: str, lane: str, cards: set[str]) -> list[str]:
        orders = [d.cell(stage, lane) if stage in d and lane in d else () for d in self.docs]
        result, moved_both = merge_order(*orders, cards)
        for item in sorted(moved_both):
            self.conflicts.append(Conflict("touchpoint", item, "position", kept="ours"))
        return result

    # ---------------------------------------------------------------- build
    def parts(self) -> tuple[dict[str, str], dict[str, list], list, list, list]:
        """Meta, ordered items, touchpoints in cell order, links and frictions, each
        as (id, fields) in the model's normal form."""
        ours, theirs = self.docs[1], self.docs[2]
        meta = dict(self.meta)
        meta["created"] = ours.meta["created"]
        meta["modified"] = max(ours.meta["modified"], theirs.meta["modified"])
        ordered = {}
        for kind in ORDERED_KINDS:
            ordered[kind] = [
                (i, {f: self.items[kind][i][f] for f in F.FIELDS[kind]}) for i in self.order(kind)
            ]
        cells: dict[tuple[str, str], set[str]] = {}
        for tp, a in self.items["touchpoint"].items():
            cells.setdefault((a["stage"], a["lane"]), set()).add(tp)
        touchpoints = []
        for stage, _ in ordered["stage"]:
            for lane, _ in ordered["lane"]:
                cards = cells.get((stage, lane))
                for tp in self.cell(stage, lane, cards) if cards else ():
                    a = self.items["touchpoint"][tp]
                    values = {f: a[f] for f in TOUCHPOINT_FIELDS}  # already in normal form
                    values["stage"], values["lane"] = stage, lane
                    touchpoints.append((tp, values))
        links = []
        for link in sorted(self.items["link"]):
            a = self.items["link"][link]
            links.append((link, a["source"], a["target"], {"persona": a["persona"], "label": a["label"]}))
        frictions = []
        for fr in sorted(self.items["friction"]):
            a = self.items["friction"][fr]
            frictions.append((fr, {**{f: a[f] for f in F.FIELDS["friction"]}, "target": a["target"]}))
        return meta, ordered, touchpoints, links, frictions

    def build(self, checked: bool = False) -> JourneyDocument:
        """The merged map. Every value comes from one of three valid maps and every
        reference was repaired, so it is assembled directly (the loader's fast path);
        ``checked=True`` builds it through the checked ``add_*`` methods instead
        (the tests hold the two equal)."""
        meta, ordered, touchpoints, links, frictions = self.parts()
        every = [i for items in ordered.values() for i, _ in items]
        every += [i for i, _ in touchpoints] + [k[0] for k in links] + [i for i, _ in frictions]
        if checked or len(set(every)) != len(every):  # one id on two kinds of item: let the model say
            return _build_checked(meta, ordered, touchpoints, links, frictions)
        return JourneyDocument.assemble(
            meta,
            ordered["persona"],
            ordered["stage"],
            ordered["lane"],
            ordered["channel"],
            [(i, dict(a)) for i, a in touchpoints],
            [(i, u, v, dict(a)) for i, u, v, a in links],
            [(i, dict(a)) for i, a in frictions],
        )


def _build_checked(meta, ordered, touchpoints, links, frictions) -> JourneyDocument:
    doc = JourneyDocument(meta["title"], meta["language"])
    doc.set_meta(description=meta["description"], created=meta["created"], modified=meta["modified"])
    for kind in ORDERED_KINDS:
        for item, values in ordered[kind]:
            getattr(doc, f"add_{kind}")(id=item, **values)
    for tp, values in touchpoints:
        doc.add_touchpoint(id=tp, **values)
    for link, u, v, values in links:
        doc.add_link(u, v, id=link, **values)
    for fr, values in frictions:
        doc.add_friction(id=fr, **values)
    return doc


def merge(
    base: JourneyDocument,
    ours: JourneyDocument,
    theirs: JourneyDocument,
    prefer: str = "ours",
    checked: bool = False,
) -> MergeResult:
    """Merge ``ours`` and ``theirs``, both edited from ``base``."""
    if prefer not in ("ours", "theirs"):
        raise ValueError("prefer must be 'ours' or 'theirs'")
    with paused_gc():
        m = _Merger(base, ours, theirs, prefer)
        m.run()
        m.repair()
        return MergeResult(m.build(checked), m.conflicts)
