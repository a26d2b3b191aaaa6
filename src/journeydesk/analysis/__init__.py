"""Journey analysis: pure functions over a document's graph (no Qt).

``analyze(doc)`` runs every analysis on one shared read of the map and returns plain
JSON-ready data (dicts, lists, strings, numbers; it pickles and crosses to another
process unchanged, and a map loaded from its canonical JSON gives the same result);
the ``journeydesk analyze`` command and the app's analysis panel both show it. The
result is read-only: entries naming the same item share one ``{"id", "title"}``
dict. Every part is linear in the map's size. Each part is also callable alone: ``hotspots``, ``persona_paths``,
``channel_switches``, ``stage_scorecard``, ``lint``. For a panel that refreshes
after every edit, ``LiveAnalysis`` keeps the costly part (centrality) until the
flow's shape changes.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import Any

from ..model import JourneyDocument
from .centrality import Centrality, flow_centrality, flow_graph
from .channels import channel_switches
from .hotspots import hotspots
from .incremental import LiveAnalysis
from .lint import lint
from .paths import persona_paths
from .scorecard import stage_scorecard
from .view import MapView

KEYS = ("hotspots", "paths", "channel_switches", "stages", "lint")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building a report.

    An analysis allocates a few hundred thousand small dicts and lists and no
    reference cycles, so the collector can free nothing; yet the allocations trigger
    its full passes, each walking the whole heap (the document and, in the app, the
    scene): at 50,000 touchpoints four passes took 40% of ``analyze``. Reference
    counting still frees everything as usual. The previous state comes back after,
    so nesting (or a caller that paused it already) is fine."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyze(
    doc: JourneyDocument,
    *,
    centrality: Centrality | None = None,
    paths: list[dict[str, Any]] | None = None,
    view: MapView | None = None,
) -> dict[str, Any]:
    """Every analysis of the map, keyed by ``KEYS``; every entry names items by id and title.

    ``centrality`` and ``paths`` computed earlier for the same flow skip recomputing
    them (``LiveAnalysis`` knows when that holds); ``view`` must be of ``doc`` as it is now.
    """
    with collector_paused():
        view = view or MapView(doc)
        switches = channel_switches(doc, view=view)
        return {
            "hotspots": hotspots(doc, view=view, centrality=centrality or flow_centrality(view)),
            "paths": paths if paths is not None else persona_paths(doc, view=view),
            "channel_switches": switches,
            "stages": stage_scorecard(doc, view=view, switches=switches),
            "lint": lint(doc, view=view),
        }


__all__ = [
    "KEYS",
    "Centrality",
    "LiveAnalysis",
    "MapView",
    "analyze",
    "channel_switches",
    "collector_paused",
    "flow_centrality",
    "flow_graph",
    "hotspots",
    "lint",
    "persona_paths",
    "stage_scorecard",
]
