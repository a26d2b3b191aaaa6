"""Friction hotspots: the touchpoints and links where fixing friction matters most.

Score of an item (a touchpoint or a link) with unresolved friction::

    score = severity_load * volume_factor * centrality_factor

    severity_load     = sum of severity (1-4) over its frictions, weighted by status:
                        open 1.0, in progress 0.5 (a fix is under way), resolved 0
    volume_factor     = 1 + log10(1 + volume) / 4   where volume is known, else 1
                        (100 customers -> 1.5, 10,000 -> 2.0, 1,000,000 -> 2.5);
                        a link's volume is the smaller known volume of its two ends
    centrality_factor = 1 + 2 * route_share   (see ``centrality``: the share of routes
                        through the map whose shortest paths pass through the item;
                        an item on half of all routes counts double)

Severity leads, so a lone critical friction outranks many small ones only when it
sits where customers are and where the flow goes. Items whose frictions are all
resolved are not hotspots. Ties break by highest severity, then journey order.
"""

from __future__ import annotations

import math
from typing import Any

from ..model import JourneyDocument
from .centrality import Centrality, flow_centrality
from .view import MapView
from .words import hotspot_reason, in_source_language

STATUS_WEIGHT = {"open": 1.0, "in_progress": 0.5, "resolved": 0.0}
VOLUME_DECADES = 4.0
CENTRALITY_WEIGHT = 2.0


def volume_factor(volume: int | None) -> float:
    return 1.0 if volume is None else 1.0 + math.log10(1 + volume) / VOLUME_DECADES


def centrality_factor(share: float) -> float:
    return 1.0 + CENTRALITY_WEIGHT * share


def severity_load(view: MapView, frictions: list[str]) -> float:
    return sum(STATUS_WEIGHT[view.nodes[f]["status"]] * view.nodes[f]["severity"] for f in frictions)


def _volume(view: MapView, item: str) -> int | None:
    if item in view.ends:
        known = [
            v for v in (view.nodes[tp]["metrics"].get("volume") for tp in view.ends[item]) if v is not None
        ]
        return min(known) if known else None
    return view.nodes[item]["metrics"].get("volume")


def hotspots(
    doc: JourneyDocument, *, view: MapView | None = None, centrality: Centrality | None = None
) -> list[dict[str, Any]]:
    """Touchpoints and links with unresolved friction, highest score first."""
    view = view or MapView(doc)
    centrality = centrality or flow_centrality(view)
    nodes, refs = view.nodes, view.refs
    rows = []
    for item, frictions in view.frictions_on.items():
        load = severity_load(view, frictions)
        if load <= 0:
            continue
        volume = _volume(view, item)
        share = centrality.of(view, item)
        score = load * volume_factor(volume) * centrality_factor(share)
        attrs = [nodes[f] for f in frictions]
        statuses = [a["status"] for a in attrs]
        is_link = item in view.ends
        entry: dict[str, Any] = {
            "id": item,
            "title": view.title(item),
            "kind": "link" if is_link else "touchpoint",
            "score": round(score, 2),
            "stage": refs[view.stage_of(item)],
            "severity_load": round(load, 2),
            "max_severity": max(a["severity"] for a in attrs if a["status"] != "resolved"),
            "open": statuses.count("open"),
            "in_progress": statuses.count("in_progress"),
            "resolved": statuses.count("resolved"),
            "volume": volume,
            "route_share": round(share, 4),
            "route_share_exact": centrality.exact,
            "frictions": [
                {**refs[f], "severity": a["severity"], "status": a["status"], "category": a["category"]}
                for f, a in zip(frictions, attrs, strict=True)
            ],
        }
        # In English, as all the results: words.hotspot_reason(entry) in the reader's language.
        entry["reason"] = in_source_language(hotspot_reason, {**entry, "route_share": share})
        if is_link:
            u, v = view.ends[item]
            entry["source"], entry["target"] = refs[u], refs[v]
        order = view.position[view.ends[item][0] if is_link else item]
        rows.append((-score, -entry["max_severity"], order, is_link, item, entry))
    rows.sort(key=lambda r: r[:5])
    return [{"rank": rank, **row[-1]} for rank, row in enumerate(rows, 1)]
