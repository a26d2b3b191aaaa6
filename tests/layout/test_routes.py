"""Links along a card row: straight when no card sits between their cards."""

from __future__ import annotations

import itertools
import random

import pytest
from make_map import make_document

from journeydesk.layout import compute_layout, route


@pytest.mark.parametrize("seed", range(4))
def test_clear_between_says_whether_a_card_sits_between_in_the_row(seed):
    doc = make_document(random.Random(seed).choice((40, 120, 300)), seed=seed)
    L = compute_layout(doc, routes=False)
    rows: dict[float, list[str]] = {}
    for tp, r in L.cards.items():
        rows.setdefault(r.y, []).append(tp)
    pairs = 0
    for ids in rows.values():
        ids.sort(key=lambda t: L.cards[t].x)
        for i, j in itertools.combinations(range(len(ids)), 2):
            u, v = ids[i], ids[j]
            expected = j == i + 1  # nothing between them in the row
            assert L.clear_between(doc, u, v) == expected == L.clear_between(doc, v, u), (u, v)
            pairs += 1
    assert pairs > 10
    # cards in different rows are never "clear"
    a, b = next((t, u) for t in L.cards for u in L.cards if L.cards[t].y != L.cards[u].y)
    assert not L.clear_between(doc, a, b)


def test_a_straight_route_along_a_clear_row():
    doc = make_document(60, seed=3)
    L = compute_layout(doc)
    for k, r in L.links.items():
        u, v = doc.link_ends(k)
        if L.clear_between(doc, u, v) and L.cards[v].x > L.cards[u].right:
            assert len(r.points) == 2 and r.points == route(L.cards[u], L.cards[v], True)
