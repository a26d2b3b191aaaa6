"""How a map lives in a ``pycrdt.Doc``, and how to read it back.

Two root types, in the spirit of jupyter_ydoc's notebook (a ``meta`` Y.Map and one
Y.Map per cell), keyed by id rather than in an array:

- ``meta``: Y.Map, one entry per map field (title, description, language...).
- ``items``: Y.Map from item id to a Y.Map of that item's fields, one entry per
  field, plus ``type`` (its kind) and where it sits: ``pos`` (a position key, see
  ``positions``) for personas, channels, stages and lanes; ``place`` =
  ``[stage, lane, pos]`` for a touchpoint (one value, so a card never ends up
  half-moved); ``source``/``target`` for a link; ``target`` for a friction or a
  comment.

Every entry holds its value as JSON text: the CRDT's own numbers are all floats,
and a map must keep 80 and 80.0 apart. Edits to different fields of one item
merge; two edits of the same field end with one of them on every machine (the
CRDT's deterministic last-writer-wins). One root map for all kinds keeps ids
unique across kinds by construction.

Reading is forgiving and deterministic, so every peer reads the same state the
same way: a field value that fails the model's checks reads as the field's
default, an unknown key is ignored, an entry whose kind or place is malformed is
absent, and references follow the document's own removal rules (a card whose
stage is gone is absent, a channel that is gone reads as no channel...). The
host refuses such updates in the first place (``strict_problem``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..model import fields as F
from ..model.document import COMMENT_TARGETS, ORDERED_KINDS
from .positions import is_key

ROOT_META, ROOT_ITEMS = "meta", "items"
ROOTS = (ROOT_META, ROOT_ITEMS)
# Dependency order: an item only refers to kinds before its own.
KINDS = ("persona", "channel", "stage", "lane", "touchpoint", "link", "friction", "comment")
META_DEFAULTS = {
    "title": "Untitled journey",
    "description": "",
    "language": "en",
    "created": "",
    "modified": "",
}
STRUCTURE = {"type", "pos", "place", "source", "target"}
REFERENCE_KEYS = {
    "source",
    "target",
    "channel",
    "persona",
    "place",
    "personas",
    "emotions",
}  # see references()
MAX_VALUE = 200_000  # characters of JSON text in one entry (20,000 characters escaped)
BAD = object()  # an entry that does not decode


def encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode(text: Any) -> Any:
    """An entry's value, or ``BAD``."""
    if not isinstance(text, str) or len(text) > MAX_VALUE:
        return BAD
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return BAD


def plain(value: Any) -> Any:
    """A model value as JSON data (tuples as lists)."""
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class Spec:
    """One item as read from the CRDT: kind, checked fields and where it sits.
    References are not resolved yet (see ``resolve``)."""

    kind: str
    fields: dict[str, Any]
    pos: str | None = None
    stage: str | None = None
    lane: str | None = None
    source: str | None = None
    target: str | None = None


def _checked_fields(kind: str, raw: dict[str, Any]) -> dict[str, Any]:
    out = F.defaults(kind)
    for f in out:
        if f in raw and raw[f] is not BAD:
            try:
                out[f] = F.check(kind, f, raw[f])
            except (F.FieldError, TypeError, KeyError):
                pass
    return out


def _id(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 100


def read_spec(raw: dict[str, Any] | None) -> Spec | None:
    """An item from its decoded entries, or None if it cannot be one."""
    if not raw:
        return None
    kind = raw.get("type")
    if kind not in KINDS:
        return None
    fields = _checked_fields(kind, raw)
    if kind in ORDERED_KINDS:
        pos = raw.get("pos")
        return Spec(kind, fields, pos=pos) if is_key(pos) else None
    if kind == "touchpoint":
        place = raw.get("place")
        if not (isinstance(place, list) and len(place) == 3 and _id(place[0]) and _id(place[1])):
            return None
        return Spec(kind, fields, stage=place[0], lane=place[1], pos=place[2]) if is_key(place[2]) else None
    target = raw.get("target")
    if kind == "link":
        source = raw.get("source")
        ok = _id(source) and _id(target) and source != target
        return Spec(kind, fields, source=source, target=target) if ok else None
    if kind == "comment" and target is None:
        return Spec(kind, fields, target=None)
    return Spec(kind, fields, target=target) if _id(target) else None


def resolve(spec: Spec, kind_of) -> dict[str, Any] | None:
    """The item's fields with references resolved against a document's items
    (``kind_of(id)``), or None when it cannot be in the map (its stage, lane, ends
    or target are not there). Mirrors ``JourneyDocument.remove``'s rules."""
    fields = dict(spec.fields)
    kind = spec.kind
    if kind == "touchpoint":
        if kind_of(spec.stage) != "stage" or kind_of(spec.lane) != "lane":
            return None
        if fields["channel"] is not None and kind_of(fields["channel"]) != "channel":
            fields["channel"] = None
        fields["personas"] = tuple(p for p in fields["personas"] if kind_of(p) == "persona")
        fields["emotions"] = {p: e for p, e in fields["emotions"].items() if kind_of(p) == "persona"}
    elif kind == "link":
        if kind_of(spec.source) != "touchpoint" or kind_of(spec.target) != "touchpoint":
            return None
        if fields["persona"] is not None and kind_of(fields["persona"]) != "persona":
            fields["persona"] = None
    elif kind == "friction":
        if kind_of(spec.target) not in ("touchpoint", "link"):
            return None
    elif kind == "comment" and spec.target is not None and kind_of(spec.target) not in COMMENT_TARGETS:
        return None
    return fields


def references(raw: dict[str, Any] | None) -> set[str]:
    """Every id an entry refers to (to re-read it when one of them comes back)."""
    if not raw:
        return set()
    out: set[str] = set()
    for key in ("source", "target", "channel", "persona"):
        if isinstance(raw.get(key), str):
            out.add(raw[key])
    place = raw.get("place")
    if isinstance(place, list):
        out.update(p for p in place[:2] if isinstance(p, str))
    personas = raw.get("personas")
    if isinstance(personas, list):
        out.update(p for p in personas if isinstance(p, str))
    emotions = raw.get("emotions")
    if isinstance(emotions, dict):
        out.update(emotions)
    return out


def strict_problem(raw: Any) -> str | None:
    """Why an item entry is not one a JourneyDesk peer writes, or None. The host
    refuses updates that leave such an entry (``guard``)."""
    if not isinstance(raw, dict):
        return "an item is not a map of fields"
    decoded = {k: decode(v) for k, v in raw.items()}
    bad = [k for k, v in decoded.items() if v is BAD]
    if bad:
        return f"entry {bad[0][:40]!r} is not JSON text"
    spec = read_spec(decoded)
    if spec is None:
        return "kind or place is missing or malformed"
    known = set(F.FIELDS[spec.kind]) | STRUCTURE
    unknown = set(decoded) - known
    if unknown:
        return f"a {spec.kind} has no field {min(unknown)[:40]!r}"
    for f, v in decoded.items():
        if f in F.FIELDS[spec.kind]:
            try:
                F.check(spec.kind, f, v)
            except (F.FieldError, TypeError, KeyError) as exc:
                return f"{spec.kind} {exc}"
    return None


def read_meta(raw: dict[str, Any]) -> dict[str, str]:
    """The map fields from the ``meta`` entries (defaults where missing or bad)."""
    from ..model.document import _LANGUAGE

    out = dict(META_DEFAULTS)
    for f in out:
        v = decode(raw.get(f)) if f in raw else BAD
        if not isinstance(v, str):
            continue
        try:
            v = F.text(v) if f == "description" else F.name(v)
        except F.FieldError:
            continue
        if f == "language" and not _LANGUAGE.match(v):
            continue
        out[f] = v
    return out
