"""Arrow-key navigation between cards and headers (pure geometry over the layout, no Qt).

Left / right move to the nearest card in the next card column to that side
(across cells and stages); up / down move to the next card in the same column.
"""

from __future__ import annotations

from ...layout import MapLayout

_EPS = 0.5


def neighbour(layout: MapLayout, current: str | None, direction: str) -> str | None:
    """The card to select after pressing an arrow key, or None to stay."""
    cards = layout.cards
    if not cards:
        return None
    if current not in cards:
        # Nothing selected yet: start at the top-left card.
        return min(cards, key=lambda t: (cards[t].x, cards[t].y))
    here = cards[current]
    if direction in ("left", "right"):
        sign = 1 if direction == "right" else -1
        columns = [r.x for r in cards.values() if sign * (r.x - here.x) > _EPS]
        if not columns:
            return None
        col_x = min(columns) if sign > 0 else max(columns)
        candidates = [t for t, r in cards.items() if abs(r.x - col_x) <= _EPS]
        return min(candidates, key=lambda t: (abs(cards[t].cy - here.cy), cards[t].y))
    sign = 1 if direction == "down" else -1
    candidates = [t for t, r in cards.items() if abs(r.x - here.x) <= _EPS and sign * (r.y - here.y) > _EPS]
    if not candidates:
        return None
    return min(candidates, key=lambda t: abs(cards[t].y - here.y))


def step(layout: MapLayout, doc, current: str | None, direction: str) -> str | None:
    """Where an arrow key goes from a card or a stage or lane header (None: stay).

    Past the top card of a column the stage's header comes next, past the left
    column the lane's header; from a stage header, left and right go along the
    stages and down to the stage's first card; from a lane header, up and down
    go along the lanes and right to the lane's first card."""
    kind = doc.kind_of(current) if current else None
    if kind == "stage":
        return _along_headers(doc.stages(), current, direction, "left", "right") or (
            _first_card(layout, doc, "stage", current) if direction == "down" else None
        )
    if kind == "lane":
        return _along_headers(doc.lanes(), current, direction, "up", "down") or (
            _first_card(layout, doc, "lane", current) if direction == "right" else None
        )
    target = neighbour(layout, current, direction)
    if target is not None or kind != "touchpoint":
        return target
    attrs = doc.graph.nodes[current]
    if direction == "up" and attrs["stage"] in layout.stage_headers:
        return attrs["stage"]
    if direction == "left" and attrs["lane"] in layout.lane_headers:
        return attrs["lane"]
    return None


def _along_headers(order: tuple[str, ...], current: str, direction: str, back: str, on: str) -> str | None:
    if direction not in (back, on):
        return None
    i = order.index(current) + (1 if direction == on else -1)
    return order[i] if 0 <= i < len(order) else None


def _first_card(layout: MapLayout, doc, field: str, band: str) -> str | None:
    """The top-left card of a stage (column) or the left-top card of a lane (row)."""
    nodes = doc.graph.nodes
    cards = [t for t in layout.cards if nodes[t][field] == band]
    if not cards:
        return None
    rects = layout.cards
    if field == "stage":
        return min(cards, key=lambda t: (rects[t].y, rects[t].x))
    return min(cards, key=lambda t: (rects[t].x, rects[t].y))
