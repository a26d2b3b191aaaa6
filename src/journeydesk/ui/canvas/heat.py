"""Friction load per stage-lane cell, for the heatmap overlay (pure, no Qt)."""

from __future__ import annotations

from ...model import JourneyDocument


def cell_loads(doc: JourneyDocument) -> dict[tuple[str, str], int]:
    """Sum of the severities of unresolved frictions per (stage, lane) cell.

    A friction on a touchpoint counts in the touchpoint's cell; a friction on a
    link counts in the cell of the link's source (the step out of that cell).
    """
    nodes = doc.graph.nodes
    out: dict[tuple[str, str], int] = {}
    for f in doc.frictions():
        attrs = nodes[f]
        if attrs["status"] == "resolved":
            continue
        target = attrs["target"]
        if doc.kind_of(target) == "link":
            target = doc.link_ends(target)[0]
        tp = nodes[target]
        key = (tp["stage"], tp["lane"])
        out[key] = out.get(key, 0) + attrs["severity"]
    return out
