"""Keeping a copy of a document in another process, change by change.

The editor's document stays where it is; a worker process holds a replica. The
UI thread notes which items each change touched (``ChangeLog.note``, a set add),
and on demand turns the log into a *patch*: the current state of just those
items, plus the orders and map details when they changed. Building a patch
costs what the edits touched, never the whole map, so analysing a 10,000-card
map after an edit costs the UI thread a few milliseconds.

``apply_patch`` brings the replica to the same state through the document's own
methods; the replica then saves to the same bytes as the original
(tests/workers holds them equal through random edits).
"""

from __future__ import annotations

from typing import Any

from ..model import Change, JourneyDocument
from ..model.document import META_FIELDS, ORDERED_KINDS

_REFERENCE_ORDER = {
    "persona": 0,
    "stage": 0,
    "lane": 0,
    "channel": 0,
    "touchpoint": 1,
    "link": 2,
    "friction": 3,
    "comment": 4,
}


class ChangeLog:
    """The items changed since the last patch (cheap to keep up: set adds)."""

    def __init__(self) -> None:
        self.reset = True  # the next patch is a whole snapshot
        self.touched: set[str] = set()
        self.kinds: dict[str, str] = {}  # item -> its kind (for items that may be gone)
        self.orders: set[str] = set()
        self.meta = False

    def note(self, change: Change) -> None:
        action, kind, item = change.action, change.kind, change.id
        if action == "reset":
            self.reset = True
        elif action == "meta":
            self.meta = True
        elif item is not None:
            self.touched.add(item)
            self.kinds[item] = kind
            if kind in ORDERED_KINDS and action in ("added", "removed", "reordered"):
                self.orders.add(kind)

    def take(self) -> ChangeLog:
        """What was noted, leaving this log empty."""
        out = ChangeLog()
        out.reset, out.touched, out.kinds, out.orders, out.meta = (
            self.reset,
            self.touched,
            self.kinds,
            self.orders,
            self.meta,
        )
        self.reset, self.touched, self.kinds, self.orders, self.meta = False, set(), {}, set(), False
        return out

    def __bool__(self) -> bool:
        return bool(self.reset or self.touched or self.orders or self.meta)


def patch_of(doc: JourneyDocument, log: ChangeLog) -> dict[str, Any]:
    """The state of the items ``log`` names, as plain data (picklable)."""
    upsert, delete = [], []
    for item in log.touched:
        kind = doc.kind_of(item)
        if kind is None:
            delete.append((log.kinds.get(item, ""), item))
        else:
            upsert.append((kind, item, doc.get(item)))
    cells = {(a["stage"], a["lane"]) for kind, _item, a in upsert if kind == "touchpoint"}
    return {
        "meta": dict(doc.meta) if log.meta else None,
        "orders": {k: list(doc.items(k)) for k in log.orders},
        "upsert": upsert,
        "delete": delete,
        # the order of the cells touched cards are in now (the cells they left
        # keep the order of the cards that stayed)
        "cells": {key: list(doc.cell(*key)) for key in cells},
    }


def apply_patch(doc: JourneyDocument, patch: dict[str, Any]) -> None:
    """Bring ``doc`` (the replica) to the state a patch describes."""
    # Frictions, links and cards that went go first; stages, lanes, personas and
    # channels that went go last, after the cards that moved out of them (a
    # stage's removal takes the cards still in it along).
    deletes = sorted(patch["delete"], key=lambda d: -_REFERENCE_ORDER.get(d[0], 0))
    for kind, item in deletes:
        if kind not in ORDERED_KINDS and item in doc:
            doc.remove(item)
    for kind, item, attrs in sorted(patch["upsert"], key=_upsert_key):
        _upsert(doc, kind, item, dict(attrs))
    for (stage, lane), ids in patch["cells"].items():
        for index, tp in enumerate(ids):
            a = doc.graph.nodes[tp]
            if (a["stage"], a["lane"], a["order"]) != (stage, lane, index):
                doc.move_touchpoint(tp, stage, lane, index)
    for kind, item in deletes:
        if item in doc:
            doc.remove(item)
    for kind, order in patch["orders"].items():
        for index, item in enumerate(order):
            if item in doc and doc.position(kind, item) != index:
                doc.reorder(item, index)
    if patch["meta"] is not None:
        doc.set_meta(**{k: v for k, v in patch["meta"].items() if k in META_FIELDS})


def _upsert_key(entry) -> tuple:
    kind, _item, attrs = entry
    if kind == "touchpoint":  # in each cell from first to last, so indexes hold
        return (1, attrs["stage"], attrs["lane"], attrs["order"])
    return (_REFERENCE_ORDER[kind], "", "", 0)


def _upsert(doc: JourneyDocument, kind: str, item: str, attrs: dict[str, Any]) -> None:
    if kind == "touchpoint":
        stage, lane, order = attrs.pop("stage"), attrs.pop("lane"), attrs.pop("order")
        if item in doc:
            doc.set(item, **attrs)
            doc.move_touchpoint(item, stage, lane, order)
        else:
            doc.add_touchpoint(attrs.pop("title"), stage, lane, id=item, index=order, **attrs)
    elif kind == "link":
        source, target = attrs.pop("source"), attrs.pop("target")
        if item in doc:
            doc.set(item, **attrs)
        else:
            doc.add_link(source, target, id=item, **attrs)
    elif kind == "friction":
        target = attrs.pop("target")
        if item in doc:
            doc.set(item, **attrs)
        else:
            doc.add_friction(target, attrs.pop("title"), id=item, **attrs)
    elif kind == "comment":
        target = attrs.pop("target")
        if item in doc:
            doc.set(item, **attrs)
        else:
            doc.add_comment(target, attrs.pop("text"), id=item, **attrs)
    elif item in doc:
        doc.set(item, **attrs)
    else:
        getattr(doc, f"add_{kind}")(id=item, **attrs)
