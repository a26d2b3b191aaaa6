"""Arrow-key navigation between cards (pure geometry over the layout, no Qt).

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
