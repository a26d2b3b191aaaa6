"""The binding: one ``JourneyDocument`` kept equal to one ``pycrdt.Doc``.

The networkx document stays the live model: the canvas, panels and undo commands
work on it as always. The binding listens to both sides:

- Local changes (every ``model.events.Change``) become CRDT writes, in
  transactions whose origin is a ``LocalOrigin``; a command's writes share one
  transaction (``step``), so one command is one CRDT change and one undo step.
- Remote transactions (any other origin: a peer's update, or the CRDT undo
  manager undoing one of our steps) are read back item by item and applied to
  the document through the same methods the undo commands use (``add_*``,
  ``set``, ``set_meta``, ``move_touchpoint``, ``reorder``, ``remove``), so the
  canvas follows exactly as it does for undo.

No echo: the binding skips transactions it wrote, and ignores the document's
changes while it applies remote ones.

yrs (0.14) sometimes integrates a concurrent overwrite of a field without telling
any observer (seen in the random-edit tests: the value changes, no event fires).
The binding therefore notices a remote transaction that changed the CRDT but
raised no event, and then compares every item's entries with what it last read
(``rescan``: one JSON read of the whole CRDT, ~0.1 s for 2,000 cards); callers
that apply a many-change update (a sync after reconnecting) rescan after it too. No drift: it applies the CRDT's state of
every item a transaction touched (not the transaction's steps), by the same
reading rules as ``build_document``, so the document always reads as the CRDT
does; items that a removal took along are read again, and items that wait for a
reference (a card whose stage was deleted while it was added) come back with it.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from pycrdt import Doc, Map

from ..model import JourneyDocument
from ..model import fields as F
from ..model.document import ORDERED_KINDS
from ..model.events import Change
from ..model.removal import Removed
from .layout import (
    BAD,
    KINDS,
    REFERENCE_KEYS,
    ROOT_ITEMS,
    ROOT_META,
    STRUCTURE,
    decode,
    encode,
    plain,
    read_meta,
    read_spec,
    references,
    resolve,
)
from .positions import key_between, spread

log = logging.getLogger(__name__)
_MISSING = object()


class LocalOrigin:
    """The origin of the transactions a binding writes for local edits. Each
    instance is its own origin (identity hash), so an undo step can track one."""

    __slots__ = ("label",)

    def __init__(self, label: str = "local") -> None:
        self.label = label

    def __repr__(self) -> str:
        return f"LocalOrigin({self.label!r})"


class Binding:
    """Keep ``doc`` and ``ydoc`` equal. With ``populate=True`` the (empty) ``ydoc``
    is filled from ``doc``; otherwise ``doc`` is brought to the CRDT's state
    (``Binding(JourneyDocument(), ydoc)`` reads a joined map)."""

    def __init__(self, doc: JourneyDocument, ydoc: Doc, *, populate: bool = False) -> None:
        self.doc, self.ydoc = doc, ydoc
        self.meta: Map = ydoc.get(ROOT_META, type=Map)
        self.items: Map = ydoc.get(ROOT_ITEMS, type=Map)
        self.origin = LocalOrigin()
        self.read_only = False  # local edits snap back (a presenting host said so)
        self.on_remote: list[Callable[[], None]] = []  # after each remote change reached the doc
        self.on_blocked: Callable[[], None] | None = None  # a read-only edit waits for revert_blocked()
        self._mirror: dict[str, dict[str, Any]] = {}  # id -> decoded entries, as in the CRDT
        self._texts: dict[str, dict[str, str]] = {}  # id -> the entries' JSON text (for rescan)
        self._specs: dict[str, Any] = {}  # id -> read_spec of its entries (cache)
        self._placed: set[str] = set()  # ids whose position key changed since the last reconcile
        self._writing = 0
        self._saw_event = False
        self.stale = False  # a remote change may not have reached the document: catch_up()
        self._refs: dict[str, set[str]] = {}  # id -> ids of entries that refer to it
        self._applying = False
        self._outer: LocalOrigin | None = None
        self._blocked: set[str] = set()
        self._blocked_meta = False
        self._closed = False
        if populate:
            self._write_all()
        else:
            for item_id, texts in self._read_all().items():
                self._store(item_id, self._decode_texts(texts), texts)
            self._apply_meta(set(read_meta({})))
            self._reconcile(set(self._mirror) | {i for k in KINDS for i in doc.items(k)})
        self._unsubscribe = doc.subscribe(self._local)
        self._subs = [self.items.observe_deep(self._on_items), self.meta.observe(self._on_meta)]
        self._txn_sub = ydoc.observe(self._on_transaction)

    def close(self) -> None:
        """Stop following either side (the document stays as it is)."""
        if self._closed:
            return
        self._closed = True
        self._unsubscribe()
        self.items.unobserve(self._subs[0])
        self.meta.unobserve(self._subs[1])
        self.ydoc.unobserve(self._txn_sub)

    # ------------------------------------------------------------ local -> CRDT
    @contextlib.contextmanager
    def step(self, origin: LocalOrigin | None = None) -> Iterator[LocalOrigin]:
        """Group every local write inside the block into one CRDT transaction."""
        origin = origin or self.origin
        if self._outer is not None:
            yield self._outer
            return
        self._outer = origin
        self._writing += 1
        try:
            with self.ydoc.transaction(origin=origin):
                yield origin
        finally:
            self._outer = None
            self._writing -= 1
        if self._blocked or self._blocked_meta:
            self.revert_blocked()  # read-only: the step's changes snap back now

    def _local(self, change: Change) -> None:
        if self._applying or self._closed:
            return
        if self.read_only:
            self._block(change)
            return
        self._writing += 1
        try:
            with self.ydoc.transaction(origin=self._outer or self.origin):
                self._write_change(change)
        finally:
            self._writing -= 1

    def _write_change(self, change: Change) -> None:
        action, item_id = change.action, change.id
        if action == "reset":
            self._write_all()
        elif action == "meta":
            meta = self.doc.meta
            for f in change.fields:
                self.meta[f] = encode(meta[f])
        elif action == "added":
            self._write_item(item_id)
        elif action == "removed":
            if item_id in self.items:
                del self.items[item_id]
            self._store(item_id, None)
        elif action == "changed":
            if item_id not in self._mirror or item_id not in self.items:  # not (or no longer) there
                self._write_item(item_id)
                return
            data = self.doc.get(item_id)
            entry = self.items[item_id]
            raw = dict(self._mirror[item_id])
            for f in change.fields:
                raw[f] = plain(data[f])
                entry[f] = encode(raw[f])
            self._store(item_id, raw)
        elif action in ("moved", "reordered"):
            self._write_position(change.kind, item_id)

    def _entry(self, item_id: str) -> dict[str, Any]:
        """An item's entries (before positions), as JSON data."""
        kind = self.doc.kind_of(item_id)
        data = self.doc.get(item_id)
        raw: dict[str, Any] = {"type": kind}
        raw.update({f: plain(data[f]) for f in F.FIELDS[kind]})
        if kind == "link":
            raw["source"], raw["target"] = data["source"], data["target"]
        elif kind in ("friction", "comment"):
            raw["target"] = data["target"]
        elif kind == "touchpoint":
            raw["place"] = [data["stage"], data["lane"], None]
        return raw

    def _write_item(self, item_id: str) -> None:
        raw = self._entry(item_id)
        kind = raw["type"]
        if kind in ORDERED_KINDS or kind == "touchpoint":
            raw = self._with_key(kind, item_id, raw)
        self.items[item_id] = Map({k: encode(v) for k, v in raw.items()})
        self._store(item_id, raw)

    def _order(self, kind: str, item_id: str) -> tuple[str, ...]:
        if kind == "touchpoint":
            node = self.doc.graph.nodes[item_id]
            return self.doc.cell(node["stage"], node["lane"])
        return tuple(self.doc.items(kind))

    def _key(self, item_id: str) -> str | None:
        raw = self._mirror.get(item_id)
        if raw is None:
            return None
        if raw.get("type") == "touchpoint":
            return raw["place"][2]
        return raw.get("pos")

    def _with_key(self, kind: str, item_id: str, raw: dict[str, Any]) -> dict[str, Any]:
        """``raw`` with a position key that puts the item where the document has it;
        re-keys the whole order when its neighbours leave no room (a tie)."""
        order = self._order(kind, item_id)
        i = order.index(item_id)
        lo = self._key(order[i - 1]) if i > 0 else None
        hi = self._key(order[i + 1]) if i + 1 < len(order) else None
        if lo is not None and hi is not None and not lo < hi:
            keys = dict(zip(order, spread(len(order)), strict=True))
            for other, other_key in keys.items():
                if other != item_id and other in self._mirror:
                    self._set_key(other, other_key)
            key = keys[item_id]
        else:
            key = key_between(lo, hi)
        raw = dict(raw)
        if kind == "touchpoint":
            raw["place"] = [raw["place"][0], raw["place"][1], key]
        else:
            raw["pos"] = key
        return raw

    def _set_key(self, item_id: str, key: str) -> None:
        if item_id not in self.items:
            return
        raw = dict(self._mirror[item_id])
        if raw["type"] == "touchpoint":
            raw["place"] = [raw["place"][0], raw["place"][1], key]
            self.items[item_id]["place"] = encode(raw["place"])
        else:
            raw["pos"] = key
            self.items[item_id]["pos"] = encode(key)
        self._store(item_id, raw)

    def _write_position(self, kind: str, item_id: str) -> None:
        if item_id not in self._mirror or item_id not in self.items:
            self._write_item(item_id)
            return
        raw = self._mirror[item_id]
        if kind == "touchpoint":
            node = self.doc.graph.nodes[item_id]
            raw = dict(raw, place=[node["stage"], node["lane"], None])
        raw = self._with_key(kind, item_id, raw)
        field = "place" if kind == "touchpoint" else "pos"
        self.items[item_id][field] = encode(raw[field])
        self._store(item_id, raw)

    def _write_all(self) -> None:
        """Make the CRDT hold exactly the document (start of hosting, File > Revert)."""
        doc = self.doc
        self._writing += 1
        try:
            self._write_all_entries(doc)
        finally:
            self._writing -= 1

    def _write_all_entries(self, doc: JourneyDocument) -> None:
        with self.ydoc.transaction(origin=self._outer or self.origin):
            meta = doc.meta
            for f, v in meta.items():
                if self.meta.get(f) != encode(v):
                    self.meta[f] = encode(v)
            wanted: dict[str, dict[str, Any]] = {}
            for kind in KINDS:
                if kind in ORDERED_KINDS:
                    ids = tuple(doc.items(kind))
                    for item_id, key in zip(ids, spread(len(ids)), strict=True):
                        wanted[item_id] = dict(self._entry(item_id), pos=key)
                elif kind != "touchpoint":
                    for item_id in doc.items(kind):
                        wanted[item_id] = self._entry(item_id)
            for stage in doc.stages():
                for lane in doc.lanes():
                    cell = doc.cell(stage, lane)
                    for item_id, key in zip(cell, spread(len(cell)), strict=True):
                        wanted[item_id] = dict(self._entry(item_id), place=[stage, lane, key])
            for item_id in [i for i in self.items if i not in wanted]:
                del self.items[item_id]
                self._store(item_id, None)
            for item_id, raw in wanted.items():
                if self._mirror.get(item_id) != raw:
                    self.items[item_id] = Map({k: encode(v) for k, v in raw.items()})
                    self._store(item_id, raw)

    # ------------------------------------------------------------ read-only
    def _block(self, change: Change) -> None:
        if change.action == "meta":
            self._blocked_meta = True
        elif change.action == "reset":
            self._blocked.update(self._mirror)
            self._blocked.update(i for k in KINDS for i in self.doc.items(k))
        elif change.id is not None:
            self._blocked.add(change.id)
        if self._outer is None and self.on_blocked is not None:
            self.on_blocked()

    def revert_blocked(self) -> bool:
        """Put back what local edits changed while read-only; True if there were any."""
        ids, meta = self._blocked, self._blocked_meta
        self._blocked, self._blocked_meta = set(), False
        if meta:
            self._apply_meta(set(read_meta({})))
        if ids:
            self._reconcile(ids)
        return bool(ids or meta)

    # ------------------------------------------------------------ CRDT -> local
    @staticmethod
    def _texts_of(value: Any) -> dict[str, Any] | None:
        """An item's entries as text, in one read (pycrdt's own JSON of the map)."""
        if not isinstance(value, Map):
            return None
        data = json.loads(str(value))
        return data if isinstance(data, dict) else None

    def _decode_texts(
        self, texts: dict[str, Any] | None, item_id: str | None = None
    ) -> dict[str, Any] | None:
        """Decoded entries; those unchanged since the last read are not decoded again."""
        if texts is None:
            return None
        old_texts = self._texts.get(item_id) if item_id is not None else None
        old = self._mirror.get(item_id) if old_texts is not None else None
        if old is None:
            return {k: decode(v) for k, v in texts.items()}
        return {k: old[k] if old_texts.get(k) == v and k in old else decode(v) for k, v in texts.items()}

    def _spec(self, item_id: str):
        spec = self._specs.get(item_id, _MISSING)
        if spec is _MISSING:
            spec = self._specs[item_id] = read_spec(self._mirror.get(item_id))
        return spec

    def _read_all(self) -> dict[str, dict[str, Any]]:
        """Every item's entries as JSON text, in one read of the CRDT."""
        data = json.loads(str(self.items))
        return {k: v for k, v in data.items() if isinstance(v, dict)}

    def rescan(self) -> int:
        """Compare every item with what the binding last read and apply the
        differences (after a many-change update, or one that raised no event);
        returns how many items differed."""
        current = self._read_all()
        touched = {i for i in self._texts if i not in current}
        touched.update(i for i, texts in current.items() if self._texts.get(i) != texts)
        for item_id in touched:
            texts = current.get(item_id)
            self._store(item_id, self._decode_texts(texts, item_id), texts)
        if touched:
            self._reconcile(touched)
        self._apply_meta(set(read_meta({})))
        return len(touched)

    def _on_transaction(self, _event) -> None:
        """After every transaction: one that is not ours and raised no event may
        still have changed an item (see the module notes); ``catch_up`` then
        re-reads (the CRDT cannot be read while it commits)."""
        saw, self._saw_event = self._saw_event, False
        if not (self._writing or self._closed or saw):
            self.stale = True

    def catch_up(self) -> int:
        """Re-read everything if a remote change may have gone unseen; the code
        that applies remote updates calls this after each one. Returns how many
        items it found changed."""
        if not self.stale or self._closed:
            return 0
        self.stale = False
        found = 0
        try:
            found = self.rescan()
        except Exception:
            log.exception("could not re-read the map after a remote change")
        if found:
            for callback in tuple(self.on_remote):
                callback()
        return found

    def _store(self, item_id: str, raw: dict[str, Any] | None, texts: dict[str, Any] | None = None) -> None:
        """Record an item's entries (None: gone) and the references they make;
        ``texts`` are the entries as the CRDT holds them (made from ``raw`` if not given)."""
        old = self._mirror.get(item_id)
        old_texts = self._texts.get(item_id)
        if raw is not None:
            texts = texts if texts is not None else {k: encode(v) for k, v in raw.items()}
        changed = None
        if old is not None and raw is not None and old_texts is not None:
            changed = {k for k in texts.keys() | old_texts.keys() if texts.get(k) != old_texts.get(k)}
        if changed is None or changed & {"pos", "place", "type"}:
            self._placed.add(item_id)  # its order needs a look
        self._refresh_spec(item_id, raw, changed)
        if changed is not None and not changed & REFERENCE_KEYS:
            self._mirror[item_id], self._texts[item_id] = raw, texts
            return  # the same references as before
        for ref in references(old):
            dependents = self._refs.get(ref)
            if dependents is not None:
                dependents.discard(item_id)
                if not dependents:
                    del self._refs[ref]
        if raw is None:
            self._mirror.pop(item_id, None)
            self._texts.pop(item_id, None)
            return
        self._mirror[item_id], self._texts[item_id] = raw, texts
        for ref in references(raw):
            self._refs.setdefault(ref, set()).add(item_id)

    def _refresh_spec(self, item_id: str, raw, changed: set[str] | None) -> None:
        """Keep the cached reading of an item: when only its fields changed, check
        just those again (most remote edits change one field)."""
        spec = self._specs.pop(item_id, _MISSING)
        if spec is _MISSING or spec is None or raw is None or changed is None or changed & STRUCTURE:
            return
        fields = dict(spec.fields)
        kind = spec.kind
        for f in changed:
            if f in fields:
                value = raw.get(f, BAD)
                try:
                    fields[f] = F.check(kind, f, value) if value is not BAD else F.defaults(kind)[f]
                except (F.FieldError, TypeError, KeyError):
                    fields[f] = F.defaults(kind)[f]
        self._specs[item_id] = replace(spec, fields=fields)

    def _remote_origin(self, origin: Any) -> bool:
        return not isinstance(origin, LocalOrigin)

    def _on_items(self, events) -> None:
        self._saw_event = True
        if self._closed or not events or not self._remote_origin(events[0].transaction.origin):
            return
        touched: set[str] = set()
        for event in events:
            path = event.path
            if path:
                touched.add(path[0])
            else:
                touched.update(event.keys)
        for item_id in touched:
            texts = self._texts_of(self.items.get(item_id))
            self._store(item_id, self._decode_texts(texts, item_id), texts)
        self._guarded(self._reconcile, touched)

    def _on_meta(self, event) -> None:
        self._saw_event = True
        if self._closed or not self._remote_origin(event.transaction.origin):
            return
        self._guarded(self._apply_meta, set(event.keys))

    def _guarded(self, fn, arg) -> None:
        """Apply a remote change; a failure is logged, never raised into the CRDT's
        commit (which would stop the transport)."""
        try:
            fn(arg)
        except Exception:
            log.exception("could not apply a remote change to the map")
        for callback in tuple(self.on_remote):
            callback()

    def _apply_meta(self, keys: set[str]) -> None:
        wanted = read_meta({k: self.meta.get(k) for k in self.meta})
        current = self.doc.meta
        changed = {f: wanted[f] for f in keys if f in wanted and current[f] != wanted[f]}
        if changed:
            self._applying = True
            try:
                self.doc.set_meta(**changed)
            finally:
                self._applying = False

    def _reconcile(self, touched: Iterable[str]) -> None:
        """Bring the document's items ``touched`` (and whatever depends on them) to
        the CRDT's state, kind by kind in dependency order."""
        pending: dict[str, set[str]] = {k: set() for k in KINDS}
        for item_id in touched:
            self._queue(item_id, pending)
        cells: set[tuple[str, str]] = set()
        orders: set[str] = set()
        self._applying = True
        try:
            for kind in KINDS:
                while pending[kind]:
                    self._settle(kind, pending[kind].pop(), pending, cells, orders)
            self._fix_orders(orders, cells)
        finally:
            self._applying = False
            self._placed.clear()

    def _queue(self, item_id: str, pending: dict[str, set[str]]) -> None:
        spec = self._spec(item_id)
        if spec is not None:
            pending[spec.kind].add(item_id)
        held = self.doc.kind_of(item_id)
        if held is not None and (spec is None or held != spec.kind):
            pending[held].add(item_id)

    def _settle(self, kind: str, item_id: str, pending, cells, orders) -> None:
        doc = self.doc
        spec = self._spec(item_id)
        fields = resolve(spec, doc.kind_of) if spec is not None and spec.kind == kind else None
        held = doc.kind_of(item_id)
        if held is not None and (fields is None or held != kind):
            if held == kind or fields is not None:
                self._cascade(doc.remove(item_id), pending)
            held = doc.kind_of(item_id)
        if fields is None:
            return
        if held is None or item_id in self._placed:
            if kind in ORDERED_KINDS:
                orders.add(kind)
            elif kind == "touchpoint":
                cells.add((spec.stage, spec.lane))
        if held is None:
            self._add(kind, item_id, spec, fields)
            for dependent in self._refs.get(item_id, ()):
                self._queue(dependent, pending)
            return
        current = doc.get(item_id)
        diff = {f: v for f, v in fields.items() if current[f] != v}
        if diff:
            doc.set(item_id, **diff)
        if kind == "touchpoint" and (current["stage"], current["lane"]) != (spec.stage, spec.lane):
            cells.add((current["stage"], current["lane"]))
            doc.move_touchpoint(item_id, spec.stage, spec.lane)

    def _cascade(self, removed: Removed, pending) -> None:
        """Read again everything a removal took along or patched: the CRDT may
        still hold it elsewhere."""
        for node_id, _ in removed.nodes:
            self._queue(node_id, pending)
        for link, *_ in removed.links:
            self._queue(link, pending)
        for item, _, _ in removed.patches:
            self._queue(item, pending)

    def _add(self, kind: str, item_id: str, spec, fields: dict[str, Any]) -> None:
        doc = self.doc
        values = dict(fields)
        if kind == "persona":
            doc.add_persona(values.pop("name"), id=item_id, **values)
        elif kind == "stage":
            doc.add_stage(values.pop("name"), id=item_id, **values)
        elif kind == "lane":
            doc.add_lane(values["name"], values["kind"], id=item_id)
        elif kind == "channel":
            doc.add_channel(values["name"], id=item_id)
        elif kind == "touchpoint":
            doc.add_touchpoint(values.pop("title"), spec.stage, spec.lane, id=item_id, **values)
        elif kind == "link":
            doc.add_link(spec.source, spec.target, id=item_id, **values)
        elif kind == "friction":
            doc.add_friction(spec.target, values.pop("title"), id=item_id, **values)
        elif kind == "comment":
            doc.add_comment(spec.target, values.pop("text"), id=item_id, **values)

    def _fix_orders(self, orders: set[str], cells: set[tuple[str, str]]) -> None:
        """Put items in ``(key, id)`` order with as few moves as it takes."""
        doc = self.doc

        def rank(item_id: str) -> tuple[str, str]:
            return (self._key(item_id) or "", item_id)

        for kind in sorted(orders):
            wanted = sorted(doc.items(kind), key=rank)
            for index, item_id in enumerate(wanted):
                if tuple(doc.items(kind))[index] != item_id:
                    doc.reorder(item_id, index)
        for stage, lane in sorted(cells):
            if doc.kind_of(stage) != "stage" or doc.kind_of(lane) != "lane":
                continue
            wanted = sorted(doc.cell(stage, lane), key=rank)
            for index, item_id in enumerate(wanted):
                if doc.cell(stage, lane)[index] != item_id:
                    doc.move_touchpoint(item_id, stage, lane, index)


def build_document(ydoc: Doc) -> JourneyDocument:
    """A new document holding what ``ydoc`` holds, read by the binding's rules."""
    doc = JourneyDocument()
    Binding(doc, ydoc).close()
    return doc


def copy_doc(ydoc: Doc) -> Doc:
    """An independent copy of a CRDT document's state."""
    other = Doc()
    other.apply_update(ydoc.get_update())
    return other


__all__ = ["Binding", "LocalOrigin", "build_document", "copy_doc"]
