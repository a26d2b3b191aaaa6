"""Merge conflicts in words: 'touchpoint "Checkout" (tp_3): title: ours 'Pay now',
theirs 'Checkout' -> kept ours'."""

from __future__ import annotations

from typing import Any

from ..i18n import translate
from ..model import JourneyDocument
from ..model import vocabulary as V
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
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _field(f: str, docs: list[JourneyDocument]) -> str:
    if f.startswith("metrics."):
        return V.METRICS[f.split(".", 1)[1]][0]
    if f.startswith("emotions."):
        persona = f.split(".", 1)[1]
        doc = _find(docs, persona)
        return translate("merge", "emotion ({persona})").format(
            persona=name_of(doc, persona) if doc else persona
        )
    return f.replace("_", " ")


def conflict_line(result: MergeResult, docs: list[JourneyDocument], c: Conflict) -> str:
    """One line for one conflict (docs: base, ours, theirs)."""
    every = [result.document, docs[1], docs[2], docs[0]]
    doc = _find(every, c.id)
    if c.kind == "map":
        what = translate("merge", "the map")
    else:
        what = f"{c.kind} {name_of(doc, c.id) if doc else c.id!r} ({c.id})"
    if c.field == "deleted":
        other = "theirs" if c.note == "ours" else "ours"
        if c.kept == c.note:
            how = translate("merge", "deleted in {side}, changed in {other}; it stays deleted")
        else:
            how = translate("merge", "deleted in {side}, changed in {other}; kept, with the changes")
        return f"{what}: " + how.format(side=c.note, other=other)
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
    return translate("merge", "{what}: {field}: ours {ours}, theirs {theirs}; kept {kept}").format(
        what=what,
        field=_field(c.field, every),
        ours=_show(c.ours, every),
        theirs=_show(c.theirs, every),
        kept=c.kept,
    )
