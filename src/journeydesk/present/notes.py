"""Speaker notes for the steps, from the notes fields the format already has:
a stage's notes, its touchpoints' notes, a persona's notes. Nothing is
invented: a step whose items carry no notes has none."""

from __future__ import annotations

from collections.abc import Iterable

from ..i18n import translate
from ..model import JourneyDocument


def _title(doc: JourneyDocument, tp: str) -> str:
    return doc.graph.nodes[tp]["title"].strip() or translate("present", "Untitled")


def overview_notes(doc: JourneyDocument) -> str:
    """The map's description (the map itself has no notes field)."""
    return doc.meta["description"].strip()


def stage_notes(doc: JourneyDocument, stage: str, shown: Iterable[str], first: bool = True) -> str:
    """A stage's notes (on its first part), then the notes of the touchpoints
    the step shows, each after its title."""
    nodes = doc.graph.nodes
    parts = []
    own = nodes[stage]["notes"].strip()
    if own and first:
        parts.append(own)
    for tp in shown:
        text = nodes[tp]["notes"].strip()
        if text:
            parts.append(f"{_title(doc, tp)}: {text}")
    return "\n".join(parts)


def item_notes(doc: JourneyDocument, item: str) -> str:
    """A card's notes; for a link, the notes of the card it starts from."""
    if doc.kind_of(item) == "link":
        item = doc.link_ends(item)[0]
    return doc.graph.nodes[item]["notes"].strip() if doc.kind_of(item) == "touchpoint" else ""
