"""A map diff as a readable report (translated) and as JSON (language-neutral)."""

from __future__ import annotations

from typing import Any

from ..i18n import translate
from ..model import JourneyDocument
from ..model import labels as L
from .diff import KINDS, FieldChange, ItemChange, MapDiff

DIFF_FORMAT = "journeydesk-diff"
DIFF_VERSION = 1
_REFS = {"stage": "stage", "lane": "lane", "channel": "channel", "source": "touchpoint", "target": None}


def _kind_title(kind: str) -> str:
    return {
        "persona": translate("diff", "Personas"),
        "stage": translate("diff", "Stages"),
        "lane": translate("diff", "Lanes"),
        "channel": translate("diff", "Channels"),
        "touchpoint": translate("diff", "Touchpoints"),
        "link": translate("diff", "Links"),
        "friction": translate("diff", "Frictions"),
    }[kind]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def name_of(doc: JourneyDocument, item: str | None, none: str = "") -> str:
    """A readable name for any item of ``doc`` ("Checkout", "Ad → Blog");
    ``none`` for no item (a report passes its word for it)."""
    if item is None:
        return none
    kind = doc.kind_of(item)
    if kind is None:
        return item
    if kind == "link":
        u, v = doc.link_ends(item)
        return f"{name_of(doc, u, none)} → {name_of(doc, v, none)}"
    a = doc.graph.nodes[item]
    return _short(a.get("title", a.get("name", item)), 50) or item


def label(d: MapDiff, change: ItemChange) -> str:
    """The item's name in the map that has it (the new one if both)."""
    doc = d.old if change.status == "removed" else d.new
    text = name_of(doc, change.id)
    if change.kind == "friction":
        target = doc.graph.nodes[change.id]["target"]
        text = translate("diff", "{friction} on {target}").format(
            friction=text, target=repr(name_of(doc, target))
        )
    return text


def field_label(d: MapDiff, f: str) -> str:
    if f.startswith("metrics."):
        return L.metric_label(f.split(".", 1)[1])
    if f.startswith("emotions."):
        persona = f.split(".", 1)[1]
        doc = d.new if persona in d.new else d.old
        return translate("diff", "emotion ({persona})").format(persona=name_of(doc, persona))
    return L.field_label(f)


def _value(d: MapDiff, f: FieldChange, side: str) -> str:
    value = f.old if side == "old" else f.new
    doc = d.old if side == "old" else d.new
    name = f.field
    if value is None or value == "":
        return translate("diff", "(empty)") if value == "" else translate("diff", "none")
    if name in ("stage", "lane", "channel", "source", "target", "persona") or (
        name == "personas" and isinstance(value, tuple)
    ):
        if isinstance(value, tuple):
            return ", ".join(name_of(doc, p) for p in value) or translate("diff", "none")
        return repr(name_of(doc, value))
    if name.startswith("emotions."):
        return f"{value:+d}"
    if isinstance(value, bool):
        return L.yes_no(value)
    words = L.value_label(name, value)
    if words is not None:
        return words
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return repr(_short(value))
    if isinstance(value, tuple):
        return "[" + ", ".join(repr(_short(v, 30)) for v in value) + "]"
    return str(value)


def _delta(f: FieldChange) -> str:
    d = f.delta
    if f.direction is None or d is None:
        return ""
    shown = str(int(abs(d))) if float(d).is_integer() else f"{abs(d):g}"
    if f.direction == "up":
        return " " + translate("diff", "(up {by})").format(by=shown)
    return " " + translate("diff", "(down {by})").format(by=shown)


def field_line(d: MapDiff, change: ItemChange, f: FieldChange) -> str:
    if f.field == "position":
        return translate("diff", "position: {old} -> {new}").format(old=f.old, new=f.new)
    return f"{field_label(d, f.field)}: {_value(d, f, 'old')} -> {_value(d, f, 'new')}{_delta(f)}"


def _cell(doc: JourneyDocument, tp: str) -> str:
    a = doc.graph.nodes[tp]
    return f"{name_of(doc, a['stage'])} / {name_of(doc, a['lane'])}"


def change_lines(d: MapDiff, change: ItemChange) -> list[str]:
    """The lines for one item: its headline and, when changed, one per field."""
    name = label(d, change)
    if change.status == "added":
        where = f" ({_cell(d.new, change.id)})" if change.kind == "touchpoint" else ""
        return [f"+ {name}{where}"]
    if change.status == "removed":
        where = f" ({_cell(d.old, change.id)})" if change.kind == "touchpoint" else ""
        return [f"- {name}{where}"]
    lines = [f"~ {name}"]
    fields = list(change.fields)
    if change.moved:
        lines.append(
            "    "
            + translate("diff", "moved: {old} -> {new}").format(
                old=_cell(d.old, change.id), new=_cell(d.new, change.id)
            )
        )
        fields = [f for f in fields if f.field not in ("stage", "lane")]
    lines += ["    " + field_line(d, change, f) for f in fields]
    return lines


def _counts(row: dict[str, int]) -> str:
    parts = []
    for key, text in (
        ("added", translate("diff", "{n} added")),
        ("removed", translate("diff", "{n} removed")),
        ("changed", translate("diff", "{n} changed")),
        ("moved", translate("diff", "{n} moved")),
        ("reordered", translate("diff", "{n} reordered")),
    ):
        if row.get(key):
            parts.append(text.format(n=row[key]))
    return ", ".join(parts)


def report(d: MapDiff, old_name: str = "OLD", new_name: str = "NEW") -> str:
    """The whole diff as text, one section per kind."""
    if d.equal:
        return translate("diff", "{old} and {new}: no differences").format(old=old_name, new=new_name) + "\n"
    total = len(d.items) + (1 if d.meta else 0)
    lines = [
        translate("diff", "{old} -> {new}: %Ln item(s) differ", None, total).format(
            old=old_name, new=new_name
        )
    ]
    if d.meta:
        lines += ["", translate("diff", "Map")]
        for f in d.meta:
            lines.append(f"~ {L.field_label(f.field)}: {_value(d, f, 'old')} -> {_value(d, f, 'new')}")
    summary = d.summary()
    for kind in KINDS:
        if kind not in summary:
            continue
        lines += ["", f"{_kind_title(kind)}: {_counts(summary[kind])}"]
        for change in d.of(kind):
            lines += ["  " + line for line in change_lines(d, change)]
    return "\n".join(lines) + "\n"


def _plain(v: Any) -> Any:
    return list(v) if isinstance(v, tuple) else v


def to_json(d: MapDiff) -> dict[str, Any]:
    """The diff as JSON-ready data (ids and raw values; names only as labels)."""
    items = []
    for c in d.items:
        doc = d.old if c.status == "removed" else d.new
        entry: dict[str, Any] = {"kind": c.kind, "id": c.id, "status": c.status, "name": name_of(doc, c.id)}
        if c.status == "changed":
            entry["moved"] = c.moved
            entry["reordered"] = c.reordered
            entry["fields"] = []
            for f in c.fields:
                fj: dict[str, Any] = {"field": f.field, "old": _plain(f.old), "new": _plain(f.new)}
                if f.direction:
                    fj["direction"] = f.direction
                    fj["delta"] = f.delta
                entry["fields"].append(fj)
        items.append(entry)
    return {
        "format": DIFF_FORMAT,
        "format_version": DIFF_VERSION,
        "equal": d.equal,
        "meta": [{"field": f.field, "old": f.old, "new": f.new} for f in d.meta],
        "summary": d.summary(),
        "items": items,
    }
