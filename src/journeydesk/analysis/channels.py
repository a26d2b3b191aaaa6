"""Channel switches: links where the customer has to change channel mid-journey.

A switch is a link whose two touchpoints both have a channel and the channels
differ (a link with an end on no channel is not judged; lint reports the missing
channel). A switch belongs to the stage of its source touchpoint. It is *flagged*
when unresolved friction sits on the link or on its target touchpoint (where the
customer lands after switching), and marked ``channel_break`` when any of that
friction has the channel-break category: the switch is known to hurt.
"""

from __future__ import annotations

from typing import Any

from ..model import JourneyDocument
from .view import MapView

CHANNEL_BREAK = "channel_break"


def switch_links(view: MapView) -> list[dict[str, Any]]:
    """Every channel-switching link, in flow order."""
    nodes, ends, link_attrs, refs = view.nodes, view.ends, view.link_attrs, view.refs
    unresolved = view.unresolved_on
    out = []
    for link in view.links:
        u, v = ends[link]
        source = nodes[u]
        cu, cv = source["channel"], nodes[v]["channel"]
        if cu is None or cv is None or cu == cv:
            continue
        frictions = [*unresolved.get(link, ()), *unresolved.get(v, ())]
        persona = link_attrs[link]["persona"]
        out.append(
            {
                **refs[link],
                "stage": refs[source["stage"]],
                "source": refs[u],
                "target": refs[v],
                "from_channel": refs[cu],
                "to_channel": refs[cv],
                "persona": refs[persona] if persona else None,
                "flagged": bool(frictions),
                "channel_break": bool(frictions)
                and any(nodes[f]["category"] == CHANNEL_BREAK for f in frictions),
                "frictions": [_friction(view, f) for f in frictions] if frictions else [],
            }
        )
    return out


def _friction(view: MapView, f: str) -> dict[str, Any]:
    a = view.nodes[f]
    return {**view.refs[f], "on": a["target"], "severity": a["severity"], "category": a["category"]}


def channel_switches(doc: JourneyDocument, *, view: MapView | None = None) -> dict[str, Any]:
    """Switching links, plus their count per stage (every stage, in order)."""
    view = view or MapView(doc)
    links = switch_links(view)
    per_stage = {s: {**view.ref(s), "switches": 0, "flagged": 0, "channel_breaks": 0} for s in view.stages}
    for sw in links:
        row = per_stage[sw["stage"]["id"]]
        row["switches"] += 1
        row["flagged"] += sw["flagged"]
        row["channel_breaks"] += sw["channel_break"]
    return {
        "total": len(links),
        "flagged": sum(sw["flagged"] for sw in links),
        "per_stage": list(per_stage.values()),
        "links": links,
    }
