"""Merge conflicts in words: "Touchpoint 'Checkout' (tp_3): title: ours 'Pay now',
theirs 'Checkout'; kept ours"."""

from __future__ import annotations

from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..model import JourneyDocument
from ..model import labels as L
from .merge import Conflict, MergeResult
from .report import name_of


def _find(docs: list[JourneyDocument], item: str) -> JourneyDocument | None:
    return next((d for d in docs if item in d), None)


def _show(value: Any, docs: list[JourneyDocument]) -> str:
    if value is None:
        return translate("merge", "none")
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
        doc = _find(docs, value[0])
        if doc is not None and doc.kind_of(value[0]) == "stage":
            return f"{name_of(doc, value[0])} / {name_of(_find(docs, value[1]) or doc, value[1])}"
    if isinstance(value, str):
        doc = _find(docs, value)
        if doc is not None and doc.kind_of(value) is not None:
            return repr(name_of(doc, value))
        text = " ".join(value.split())
        return repr(text if len(text) <= 50 else text[:49] + "…")
    if isinstance(value, bool):
        return L.yes_no(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _field(f: str, docs: list[JourneyDocument]) -> str:
    if f.startswith("metrics."):
        return L.metric_label(f.split(".", 1)[1])
    if f.startswith("emotions."):
        persona = f.split(".", 1)[1]
        doc = _find(docs, persona)
        return translate("merge", "emotion ({persona})").format(
            persona=name_of(doc, persona) if doc else persona
        )
    return L.field_label(f)


# How a conflict was settled, each a whole sentence ({what}: the item; the rest: values).
_DELETED = {
    ("ours", "ours"): QT_TRANSLATE_NOOP(
        "merge", "{what}: deleted in ours, changed in theirs; it stays deleted"
    ),
    ("ours", "theirs"): QT_TRANSLATE_NOOP(
        "merge", "{what}: deleted in ours, changed in theirs; kept, with the changes"
    ),
    ("theirs", "theirs"): QT_TRANSLATE_NOOP(
        "merge", "{what}: deleted in theirs, changed in ours; it stays deleted"
    ),
    ("theirs", "ours"): QT_TRANSLATE_NOOP(
        "merge", "{what}: deleted in theirs, changed in ours; kept, with the changes"
    ),
}
_KEPT = {
    "ours": QT_TRANSLATE_NOOP("merge", "{what}: {field}: ours {ours}, theirs {theirs}; kept ours"),
    "theirs": QT_TRANSLATE_NOOP("merge", "{what}: {field}: ours {ours}, theirs {theirs}; kept theirs"),
}


def item_words(doc: JourneyDocument | None, kind: str, item: str) -> str:
    """An item in a conflict line: "touchpoint 'Checkout' (tp_3)"."""
    name = repr(name_of(doc, item)) if doc else repr(item)
    return translate("merge", "{kind} {name} ({id})").format(kind=L.kind_label(kind), name=name, id=item)


def conflict_line(result: MergeResult, docs: list[JourneyDocument], c: Conflict) -> str:
    """One line for one conflict (docs: base, ours, theirs)."""
    every = [result.document, docs[1], docs[2], docs[0]]
    doc = _find(every, c.id)
    what = translate("merge", "the map") if c.kind == "map" else item_words(doc, c.kind, c.id)
    if c.field == "deleted":
        how = _DELETED.get((c.note, c.kept), _DELETED[("ours", "ours")])
        return translate("merge", how).format(what=what)
    if c.field == "reference" and c.note == "cards":
        return translate(
            "merge", "{what}: deleted on one side, but cards kept from the other are in it; kept"
        ).format(what=what)
    if c.field == "reference":
        return translate(
            "merge", "{what}: added or changed on one side, but its card was deleted on the other; dropped"
        ).format(what=what)
    if c.field == "position":
        return translate("merge", "{what}: moved to different places on both sides; kept our place").format(
            what=what
        )
    return translate("merge", _KEPT.get(c.kept, _KEPT["ours"])).format(
        what=what, field=_field(c.field, every), ours=_show(c.ours, every), theirs=_show(c.theirs, every)
    )
