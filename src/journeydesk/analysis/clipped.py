"""An analysis result cut down to what a findings list shows.

The analysis of 10,000 touchpoints is 2.7 MB of plain data (every dead end,
unreachable card and channel switch, with titles). The editor's panel shows the
first entries of each list and "… and N more"; sending it the whole result from
the worker process cost 30-45 ms of unpickling on the UI thread after every edit.
``clip`` keeps the first ``limit`` entries of each long list and their full
length (``total_of``), so counts read the same.
"""

from __future__ import annotations

from typing import Any


class Clipped(list):
    """The first entries of a longer list; ``total`` is the full list's length."""

    def __init__(self, entries: list, total: int) -> None:
        super().__init__(entries)
        self.total = total


def total_of(entries) -> int:
    """How many entries a (possibly clipped) list stands for."""
    return entries.total if isinstance(entries, Clipped) else len(entries or ())


def _clip(entries: list | None, limit: int) -> list:
    entries = entries or []
    return Clipped(entries[:limit], len(entries)) if len(entries) > limit else entries


def switch_order(link: dict[str, Any]) -> tuple[bool, bool]:
    """Channel-switch links as a findings list shows them: flagged first, then
    channel breaks (a stable sort keeps the analysis order within each)."""
    return (not link.get("flagged"), not link.get("channel_break"))


# a path's per-step lists no findings list reads (the persona walk analyses in process)
_PATH_UNSHOWN = ("entries", "sequence")


def clip(result: dict[str, Any], limit: int) -> dict[str, Any]:
    """A copy of ``analyze()``'s result for a list showing ``limit`` rows per list."""
    out = dict(result)
    out["hotspots"] = _clip(result.get("hotspots"), limit)
    paths = []
    for p in result.get("paths") or []:
        p = {k: v for k, v in p.items() if k not in _PATH_UNSHOWN}
        for key in ("dead_ends", "unreachable", "loops"):
            p[key] = _clip(p.get(key), limit)
        paths.append(p)
    out["paths"] = paths
    sw = dict(result.get("channel_switches") or {})
    sw["links"] = _clip(sorted(sw.get("links") or [], key=switch_order), limit)
    out["channel_switches"] = sw
    stages = []
    for s in result.get("stages") or []:
        s = dict(s)
        s["moments_of_truth"] = _clip(s.get("moments_of_truth"), limit)
        stages.append(s)
    out["stages"] = stages
    return out
