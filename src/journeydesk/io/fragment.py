"""Clipboard fragments (no Qt): some items of a map as JSON that paste safely anywhere.

A fragment carries the chosen touchpoints, links, frictions, stages, lanes and
personas, the links and frictions between and on them, and the *names* of
everything they refer to (stage, lane, channel, persona). ``paste_plan`` turns a
fragment into ``AddItem`` arguments for a target map with fresh ids and every
reference remapped, matched by name, or dropped, so a paste never breaks a
reference: within one map, between two windows, or from a hand-edited clipboard.

    frag = to_fragment(doc, ["tp_1", "tp_2"])       # JSON-ready dict
    text = dumps_fragment(frag)                      # for the clipboard
    plan = paste_plan(other, loads_fragment(text))   # [(kind, values), ...]
    for kind, values in plan:
        AddItem(other, kind, values)                 # or getattr(other, f"add_{kind}")(**values)

Rules of a paste, in order of preference:
- an item pasted along with its reference follows it (its new id);
- a stage or lane that is not pasted: the same item if the target map has it (same
  id and kind), else one with the same name, else the target cell given by the
  caller, else the target map's first one (a map with none gets one made);
- a channel: the same channel, else one with the same name, else a new channel of
  that name is added (so a card keeps its channel between maps);
- a persona: the same persona, else one with the same name, else dropped;
- a link needs both its ends among the pasted touchpoints; a friction needs its
  target pasted too (or the target still in the map, or the ``target`` given by the
  caller), else it is dropped.
Every field value is checked with the model's own checks; a bad value in a
fragment falls back to the field's default instead of failing the paste.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..i18n import translate, use_language
from ..model import JourneyDocument, new_id
from ..model import fields as F

FRAGMENT_FORMAT = "journeydesk-fragment"
FRAGMENT_VERSION = 1
MIME_TYPE = "application/x-journeydesk-fragment"

# Field names copied for each kind (the model's own editable fields).
_FIELDS = {kind: tuple(F.FIELDS[kind]) for kind in F.FIELDS}
_KINDS = ("persona", "stage", "lane", "touchpoint", "link", "friction")
_GROUP = {k: k + "s" for k in _KINDS}


class FragmentError(ValueError):
    """The data is not a JourneyDesk fragment."""


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _name_of(doc: JourneyDocument, item: str | None) -> str | None:
    if item is None or item not in doc:
        return None
    attrs = doc.graph.nodes[item]
    return attrs.get("name", attrs.get("title"))


# ---------------------------------------------------------------------- copying
def to_fragment(doc: JourneyDocument, ids: Iterable[str]) -> dict[str, Any]:
    """The items among ``ids`` (touchpoints, links, frictions, stages, lanes,
    personas), plus every link between two chosen touchpoints and every friction
    on a chosen touchpoint or link, as JSON-ready data. Unknown ids are ignored."""
    chosen = [i for i in dict.fromkeys(ids) if isinstance(i, str) and i in doc]
    by_kind: dict[str, list[str]] = {k: [] for k in _KINDS}
    for item in chosen:
        kind = doc.kind_of(item)
        if kind in by_kind:
            by_kind[kind].append(item)

    # Ordered kinds and touchpoints in the map's own order, so a paste keeps it.
    for kind in ("persona", "stage", "lane"):
        wanted = set(by_kind[kind])
        by_kind[kind] = [i for i in doc.items(kind) if i in wanted]
    tps = set(by_kind["touchpoint"])
    by_kind["touchpoint"] = [t for t in doc.touchpoints() if t in tps]

    links = set(by_kind["link"])
    for link in doc.links():
        u, v = doc.link_ends(link)
        if u in tps and v in tps:
            links.add(link)
    # A chosen link whose ends are not both copied still travels; paste drops it
    # unless both ends exist in the target map.
    by_kind["link"] = sorted(links)
    frictions = set(by_kind["friction"])
    for target in list(tps) + list(links):
        frictions.update(doc.frictions_on(target))
    by_kind["friction"] = sorted(frictions)

    names: dict[str, dict[str, str]] = {
        "stage": {},
        "lane": {},
        "channel": {},
        "persona": {},
        "touchpoint": {},
    }

    def remember(kind: str, item: str | None) -> None:
        name = _name_of(doc, item)
        if item is not None and name is not None:
            names[kind][item] = name

    out: dict[str, Any] = {
        "format": FRAGMENT_FORMAT,
        "format_version": FRAGMENT_VERSION,
        "source": {"title": doc.meta["title"], "language": doc.meta["language"]},
    }
    for kind in _KINDS:
        entries = []
        for item in by_kind[kind]:
            data = doc.get(item)
            entry: dict[str, Any] = {"id": item}
            for f in _FIELDS[kind]:
                entry[f] = _plain(data[f])
            if kind == "touchpoint":
                entry["stage"], entry["lane"] = data["stage"], data["lane"]
                remember("stage", data["stage"])
                remember("lane", data["lane"])
                remember("channel", data["channel"])
                for p in list(data["personas"]) + list(data["emotions"]):
                    remember("persona", p)
            elif kind == "link":
                entry["source"], entry["target"] = data["source"], data["target"]
                remember("persona", data["persona"])
                remember("touchpoint", data["source"])
                remember("touchpoint", data["target"])
            elif kind == "friction":
                entry["target"] = data["target"]
            entries.append(entry)
        out[_GROUP[kind]] = entries
    out["names"] = names
    return out


def dumps_fragment(fragment: dict[str, Any]) -> str:
    return json.dumps(fragment, ensure_ascii=False, indent=1)


def loads_fragment(text: str | bytes) -> dict[str, Any]:
    """Parse clipboard text; raises ``FragmentError`` if it is not a fragment."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise FragmentError(
            translate("io.fragment", "not a JourneyDesk fragment: {error}").format(error=exc)
        ) from None
    check_fragment(data)
    return data


def check_fragment(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FRAGMENT_FORMAT:
        raise FragmentError(
            translate("io.fragment", 'not a JourneyDesk fragment (expected "format": "journeydesk-fragment")')
        )
    version = data.get("format_version")
    if not isinstance(version, bool) and isinstance(version, int) and version > FRAGMENT_VERSION:
        raise FragmentError(
            translate(
                "io.fragment",
                "the items were copied from a newer JourneyDesk (fragment version {version}; "
                "this one reads version {current})",
            ).format(version=version, current=FRAGMENT_VERSION)
        )
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= FRAGMENT_VERSION:
        raise FragmentError(
            translate("io.fragment", "fragment version {version} is not one this JourneyDesk reads").format(
                version=repr(version)
            )
        )


def is_fragment(data: Any) -> bool:
    try:
        check_fragment(data)
    except FragmentError:
        return False
    return True


def fragment_ids(fragment: dict[str, Any]) -> list[str]:
    """The ids of the items a fragment carries (in the source map)."""
    out = []
    for kind in _KINDS:
        for entry in _entries(fragment, kind):
            out.append(entry["id"])
    return out


def _entries(fragment: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    group = fragment.get(_GROUP[kind], [])
    if not isinstance(group, list):
        return []
    return [e for e in group if isinstance(e, dict) and isinstance(e.get("id"), str)]


# ---------------------------------------------------------------------- pasting
class _Planner:
    def __init__(self, doc: JourneyDocument, fragment: dict[str, Any]) -> None:
        self.doc = doc
        self.fragment = fragment
        self.plan: list[tuple[str, dict[str, Any]]] = []
        self.new: dict[str, str] = {}  # fragment id -> new id
        self.used: set[str] = set()
        names = fragment.get("names")
        self.names: dict[str, dict[str, str]] = {}
        if isinstance(names, dict):
            for kind, table in names.items():
                if isinstance(table, dict):
                    self.names[kind] = {k: v for k, v in table.items() if isinstance(v, str)}
        self.channels_added: dict[str, str] = {}  # name -> new channel id

    def fresh(self, kind: str) -> str:
        while True:
            item = new_id(kind)
            if item not in self.doc and item not in self.used:
                self.used.add(item)
                return item

    def values(self, kind: str, entry: dict[str, Any]) -> dict[str, Any]:
        """The entry's fields that pass the model's checks (others take defaults)."""
        out: dict[str, Any] = {}
        for f in _FIELDS[kind]:
            if f not in entry:
                continue
            try:
                out[f] = F.check(kind, f, entry[f])
            except (F.FieldError, TypeError, ValueError, RecursionError):
                continue
        return out

    def name_of(self, kind: str, ref: Any) -> str | None:
        if not isinstance(ref, str):
            return None
        return self.names.get(kind, {}).get(ref)

    def match(self, kind: str, ref: Any) -> str | None:
        """A target-map item for a reference that was not pasted: same id (and, when
        the fragment knows it, same name), else the same name, else None."""
        if not isinstance(ref, str):
            return None
        if ref in self.new:
            return self.new[ref]
        doc = self.doc
        name = self.name_of(kind, ref)
        if doc.kind_of(ref) == kind and (name is None or _name_of(doc, ref) == name):
            return ref
        if name is not None:
            folded = name.casefold()
            for item in doc.items(kind):
                if (_name_of(doc, item) or "").casefold() == folded:
                    return item
        return None

    def add(self, kind: str, values: dict[str, Any], old: str | None) -> str:
        item = self.fresh(kind)
        values["id"] = item
        self.plan.append((kind, values))
        if old is not None:
            self.new[old] = item
        return item


def _first_or_make(p: _Planner, kind: str, preferred: str | None, name: str | None) -> str:
    if preferred is not None and p.doc.kind_of(preferred) == kind:
        return preferred
    planned = [values["id"] for k, values in p.plan if k == kind]
    existing = list(p.doc.items(kind)) + planned
    if existing:
        return existing[0]
    with use_language(p.doc.meta["language"]):  # a name in the map, in its language
        default = (
            translate("io.fragment", "Stage") if kind == "stage" else translate("io.fragment", "Touchpoints")
        )
    values: dict[str, Any] = {"name": name or default}
    if kind == "lane":
        values["kind"] = "touchpoints"
    return p.add(kind, values, None)


def paste_plan(
    doc: JourneyDocument,
    fragment: dict[str, Any],
    stage: str | None = None,
    lane: str | None = None,
    target: str | None = None,
) -> list[tuple[str, dict[str, Any]]]:
    """``AddItem`` arguments ``(kind, values)`` that paste ``fragment`` into ``doc``
    with fresh ids, in an order where each item's references exist before it.

    ``stage``/``lane``: the cell to use for touchpoints whose stage or lane is
    neither pasted nor found in the map. ``target``: a touchpoint or link of the map
    for frictions whose target is neither pasted nor in the map. Raises
    ``FragmentError`` if ``fragment`` is not a fragment; bad entries are skipped.
    """
    check_fragment(fragment)
    p = _Planner(doc, fragment)
    with use_language(doc.meta["language"]):  # names in the map, in its language
        named = (
            translate("io.fragment", "Persona"),
            translate("io.fragment", "Stage"),
            translate("io.fragment", "Lane"),
        )

    # Personas, stages and lanes chosen themselves: pasted as new items.
    for entry in _entries(fragment, "persona"):
        values = p.values("persona", entry)
        values.setdefault("name", named[0])
        p.add("persona", values, entry["id"])
    for kind in ("stage", "lane"):
        for entry in _entries(fragment, kind):
            values = p.values(kind, entry)
            values.setdefault("name", named[1] if kind == "stage" else named[2])
            p.add(kind, values, entry["id"])

    # Touchpoints.
    for entry in _entries(fragment, "touchpoint"):
        values = p.values("touchpoint", entry)
        values.setdefault("title", "")
        s = p.match("stage", entry.get("stage"))
        if s is None:
            s = _first_or_make(p, "stage", stage, p.name_of("stage", entry.get("stage")))
        la = p.match("lane", entry.get("lane"))
        if la is None:
            la = _first_or_make(p, "lane", lane, p.name_of("lane", entry.get("lane")))
        values["stage"], values["lane"] = s, la

        channel = values.get("channel")
        if channel is not None:
            found = p.match("channel", channel)
            if found is None:
                name = p.name_of("channel", channel)
                if name:
                    found = p.channels_added.get(name.casefold())
                    if found is None:
                        try:
                            checked = F.check("channel", "name", name)
                        except F.FieldError:
                            checked = None
                        if checked is not None:
                            found = p.add("channel", {"name": checked}, None)
                            p.channels_added[name.casefold()] = found
            values["channel"] = found
        if "personas" in values:
            mapped = [p.match("persona", x) for x in values["personas"]]
            values["personas"] = tuple(dict.fromkeys(m for m in mapped if m is not None))
        if "emotions" in values:
            emotions = {}
            for persona, value in values["emotions"].items():
                m = p.match("persona", persona)
                if m is not None:
                    emotions[m] = value
            values["emotions"] = emotions
        p.add("touchpoint", values, entry["id"])

    # Links: at least one end pasted; the other pasted too or still in the map.
    for entry in _entries(fragment, "link"):
        src, dst = entry.get("source"), entry.get("target")
        u = p.new.get(src) if isinstance(src, str) else None
        v = p.new.get(dst) if isinstance(dst, str) else None
        if u is None and v is None:
            continue  # a link between no pasted cards: nothing to attach it to
        if u is None:
            u = src if isinstance(src, str) and doc.kind_of(src) == "touchpoint" else None
        if v is None:
            v = dst if isinstance(dst, str) and doc.kind_of(dst) == "touchpoint" else None
        if u is None or v is None or u == v:
            continue
        values = p.values("link", entry)
        values["persona"] = p.match("persona", values.get("persona"))
        values["source"], values["target"] = u, v
        p.add("link", values, entry["id"])

    # Frictions.
    for entry in _entries(fragment, "friction"):
        old = entry.get("target")
        t = p.new.get(old) if isinstance(old, str) else None
        if t is None and isinstance(old, str) and doc.kind_of(old) in ("touchpoint", "link"):
            t = old
        if t is None and target is not None and doc.kind_of(target) in ("touchpoint", "link"):
            t = target
        if t is None:
            continue
        values = p.values("friction", entry)
        values.setdefault("title", "")
        values["target"] = t
        p.add("friction", values, entry["id"])
    return p.plan


def apply_plan(doc: JourneyDocument, plan: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Run a plan straight on a document (no undo); returns the new ids."""
    out = []
    for kind, values in plan:
        values = dict(values)
        getattr(doc, f"add_{kind}")(**values)
        out.append(values["id"])
    return out


def pasted_ids(plan: list[tuple[str, dict[str, Any]]], kinds: Iterable[str] | None = None) -> list[str]:
    """The new ids of a plan, optionally only of some kinds."""
    wanted = set(kinds) if kinds is not None else None
    return [values["id"] for kind, values in plan if wanted is None or kind in wanted]


__all__ = [
    "FRAGMENT_FORMAT",
    "FRAGMENT_VERSION",
    "MIME_TYPE",
    "FragmentError",
    "apply_plan",
    "check_fragment",
    "dumps_fragment",
    "fragment_ids",
    "is_fragment",
    "loads_fragment",
    "paste_plan",
    "pasted_ids",
    "to_fragment",
]
