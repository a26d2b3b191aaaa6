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
    nodes = view.nodes
    out = []
    for link in view.links:
        u, v = view.ends[link]
        cu, cv = nodes[u]["channel"], nodes[v]["channel"]
        if cu is None or cv is None or cu == cv:
            continue
        frictions = [
            f
            for item in (link, v)
            for f in view.frictions_on.get(item, ())
            if nodes[f]["status"] != "resolved"
        ]
        out.append(
            {
                **view.ref(link),
                "stage": view.ref(nodes[u]["stage"]),
                "source": view.ref(u),
                "target": view.ref(v),
                "from_channel": view.ref(cu),
                "to_channel": view.ref(cv),
                "persona": view.ref(view.link_attrs[link]["persona"])
                if view.link_attrs[link]["persona"]
                else None,
                "flagged": bool(frictions),
                "channel_break": any(nodes[f]["category"] == CHANNEL_BREAK for f in frictions),
                "frictions": [
                    {
                        **view.ref(f),
                        "on": nodes[f]["target"],
                        "severity": nodes[f]["severity"],
                        "category": nodes[f]["category"],
                    }
                    for f in frictions
                ],
            }
        )
    return out


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
