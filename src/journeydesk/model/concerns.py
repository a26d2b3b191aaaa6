"""Which touchpoints and links make up a persona's journey: the one rule the
canvas's persona focus, the analysis, the persona PDF and exports all follow."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def touchpoint_concerns(attrs: Mapping[str, Any], persona: str | None) -> bool:
    """A touchpoint that names no persona is shared by everyone (a website, a
    store); one that names personas, or records an emotion for one, concerns
    those. With no persona (``None``) every touchpoint concerns the view."""
    if persona is None:
        return True
    return not attrs["personas"] or persona in attrs["personas"] or persona in attrs["emotions"]


def link_concerns(attrs: Mapping[str, Any], persona: str | None) -> bool:
    """A link without a persona is everyone's way forward; one with a persona
    is only theirs."""
    owner = attrs["persona"]
    return persona is None or owner is None or owner == persona


def persona_journey(doc, persona: str) -> tuple[set[str], set[str]]:
    """The touchpoints and links of ``persona``'s journey: the touchpoints it
    concerns, and the links it concerns between two of them (the canvas's focus
    asks this at each change of focus: one pass over the document's own data)."""
    cards = {tp for tp, a in doc.touchpoints_with_fields() if touchpoint_concerns(a, persona)}
    links = {
        k for k, u, v, a in doc.links_with_fields() if u in cards and v in cards and link_concerns(a, persona)
    }
    return cards, links
