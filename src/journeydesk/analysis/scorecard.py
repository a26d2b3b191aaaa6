"""Stage scorecard: how each stage of the journey is doing, in one row.

Metric averages are plain means over the stage's touchpoints that carry the metric
(``None`` when none does: an absent metric is unknown, not zero). Emotion is
averaged per persona over the touchpoints that record an emotion for it. Frictions
count where they sit: on a touchpoint of the stage, or on a link starting in it;
unresolved ones by severity, resolved ones apart.
"""

from __future__ import annotations

from typing import Any

from ..model import JourneyDocument
from .channels import channel_switches
from .view import MapView

METRICS = ("csat", "nps", "ces")
SEVERITIES = ("4", "3", "2", "1")


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def stage_scorecard(
    doc: JourneyDocument, *, view: MapView | None = None, switches: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """One row per stage, in stage order (``switches``: a ``channel_switches`` result to reuse).

    One pass over the touchpoints gathers every stage's values (a pass per stage and
    metric re-read each card's fields a dozen times: on a big map, a cache miss each)."""
    view = view or MapView(doc)
    switches = switches or channel_switches(doc, view=view)
    switch_count = {row["id"]: row["switches"] for row in switches["per_stage"]}
    nodes = view.nodes
    count = dict.fromkeys(view.stages, 0)
    metrics: dict[str, dict[str, list[float]]] = {s: {m: [] for m in METRICS} for s in view.stages}
    emotions: dict[str, dict[str, list[int]]] = {s: {p: [] for p in view.personas} for s in view.stages}
    moments: dict[str, list[str]] = {s: [] for s in view.stages}
    for tp in view.touchpoints:  # journey order: each list keeps card order
        a = nodes[tp]
        stage = a["stage"]
        count[stage] += 1
        values = metrics[stage]
        for m, v in a["metrics"].items():
            if m in values:
                values[m].append(v)
        felt = emotions[stage]
        for p, e in a["emotions"].items():
            if p in felt:
                felt[p].append(e)
        if a["moment_of_truth"]:
            moments[stage].append(tp)
    frictions: dict[str, dict[str, int]] = {
        s: dict.fromkeys((*SEVERITIES, "resolved"), 0) for s in view.stages
    }
    for fr in view.frictions:
        attrs = nodes[fr]
        key = "resolved" if attrs["status"] == "resolved" else str(attrs["severity"])
        frictions[view.stage_of(attrs["target"])][key] += 1
    rows = []
    for stage in view.stages:
        row: dict[str, Any] = {**view.ref(stage), "touchpoints": count[stage]}
        for m in METRICS:
            row[m] = _mean(metrics[stage][m])
        row["emotion"] = [
            {"persona": view.ref(p), "average": _mean(vals), "touchpoints": len(vals)}
            for p, vals in emotions[stage].items()
        ]
        counts = frictions[stage]
        row["frictions_by_severity"] = {s: counts[s] for s in SEVERITIES}
        row["frictions_resolved"] = counts["resolved"]
        row["channel_switches"] = switch_count.get(stage, 0)
        row["moments_of_truth"] = [view.ref(tp) for tp in moments[stage]]
        rows.append(row)
    return rows
