"""Friction badges and emotion curves: where they sit, one target or one persona
at a time (the live layout redoes only those an edit touched)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import JourneyDocument
from . import style as S
from .geometry import polyline_midpoint
from .map_layout import Badge, CurvePoint, MapLayout, route


def badge_for(doc: JourneyDocument, out: MapLayout, target: str) -> Badge | None:
    """The badge of a card or link: how many frictions, how many open, and the
    worst open severity (else the worst of all); None when it has none."""
    ids = doc.frictions_on(target)
    if not ids:
        return None
    nodes = doc.graph.nodes
    open_count = worst_open = worst = 0
    for f in ids:
        a = nodes[f]
        sev = a["severity"]
        worst = max(worst, sev)
        if a["status"] != "resolved":
            open_count += 1
            worst_open = max(worst_open, sev)
    at = badge_spot(doc, out, target)
    if at is None:
        return None
    return Badge(target, at[0], at[1], len(ids), open_count, worst_open if open_count else worst)


def badge_spot(doc: JourneyDocument, out: MapLayout, target: str) -> tuple[float, float] | None:
    """Where a card's or link's badge sits: the card's top-right corner, or
    halfway along the link's route."""
    cards = out.cards
    if target in cards:
        r = cards[target]
        return r.right - 4, r.y + 4
    if target in out.links:
        return polyline_midpoint(out.links[target].points)
    if doc.kind_of(target) == "link":  # routes=False: route just this one
        u, v = doc.link_ends(target)
        return polyline_midpoint(route(cards[u], cards[v], out.clear_between(doc, u, v)))
    return None


def moved_badge(doc: JourneyDocument, out: MapLayout, b: Badge) -> Badge:
    """The same badge where its card or link is now (its frictions unchanged)."""
    x, y = badge_spot(doc, out, b.target)
    return Badge(b.target, x, y, b.count, b.open_count, b.severity)


def place_badges(doc: JourneyDocument, out: MapLayout, targets: Iterable[str] | None = None) -> None:
    """Badges of ``targets`` (all when None) in ``out.badges``."""
    badges = out.badges
    if targets is None:
        badges.clear()
        targets = [t for t, _ in doc.friction_targets()]
    for target in targets:
        b = badge_for(doc, out, target) if target in doc else None
        if b is None:
            badges.pop(target, None)
        else:
            badges[target] = b


def curve_offsets(doc: JourneyDocument, with_points: Iterable[str]) -> dict[str, float]:
    """How far above or below the value line each persona's curve sits (equal
    feelings would hide each other), for the personas that have a curve."""
    mine = set(with_points)
    order = [p for p in doc.personas() if p in mine]
    n = len(order)
    return {p: (i - (n - 1) / 2) * S.CURVE_SPACING for i, p in enumerate(order)}


def curve_for(doc: JourneyDocument, out: MapLayout, persona: str, tps: Iterable[str], dy: float) -> tuple:
    """A persona's curve through the touchpoints ``tps`` that record its emotion:
    left to right (journey order among equals); points of cards stacked in one
    card column fan out around the column's centre."""
    lane = out.emotion_lanes[0]
    nodes = doc.graph.nodes
    key = doc.journey_key
    pts = sorted(((out.cards[tp].cx, key(tp), tp) for tp in tps), key=lambda t: (t[0], t[1]))
    xs = spread([t[0] for t in pts])
    return tuple(
        CurvePoint(
            tp,
            x,
            out.emotion_y(lane, nodes[tp]["emotions"][persona]) + dy,
            nodes[tp]["emotions"][persona],
            nodes[tp]["moment_of_truth"],
        )
        for x, (_, _, tp) in zip(xs, pts)
    )


def emotion_points(doc: JourneyDocument) -> dict[str, set[str]]:
    """persona -> the touchpoints that record an emotion for it."""
    out: dict[str, set[str]] = {p: set() for p in doc.personas()}
    nodes = doc.graph.nodes
    for tp in doc.touchpoints():
        for p in nodes[tp]["emotions"]:
            if p in out:
                out[p].add(tp)
    return out


def place_curves(doc: JourneyDocument, out: MapLayout, points: dict[str, set[str]]) -> None:
    """Every persona's curve (those with points) in ``out.curves``."""
    out.curves.clear()
    if not out.emotion_lanes:
        return
    offsets = curve_offsets(doc, (p for p, tps in points.items() if tps))
    for p, dy in offsets.items():
        out.curves[p] = curve_for(doc, out, p, points[p], dy)


def spread(xs: list[float]) -> list[float]:
    """Display x of each point: runs of equal x fan out around it."""
    out = list(xs)
    i = 0
    while i < len(xs):
        j = i
        while j + 1 < len(xs) and xs[j + 1] == xs[i]:
            j += 1
        n = j - i + 1
        if n > 1:
            step = min(S.CURVE_SPREAD, (S.CARD_WIDTH - 24) / (n - 1))
            for k in range(n):
                out[i + k] = xs[i] + (k - (n - 1) / 2) * step
        i = j + 1
    return out
