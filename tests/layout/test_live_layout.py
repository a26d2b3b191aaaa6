"""The live layout equals a fresh full layout after any sequence of edits, and
its delta names everything that changed (the canvas moves only those items)."""

from __future__ import annotations

import random

import pytest
from make_map import make_document

from journeydesk.layout import compute_layout
from journeydesk.layout.live import LiveLayout
from journeydesk.model import FieldError


def same_layout(a, b) -> list[str]:
    """The fields in which two layouts differ."""
    out = []
    for name in (
        "width",
        "height",
        "title",
        "grid",
        "stage_headers",
        "stage_columns",
        "lane_headers",
        "lane_rows",
        "cells",
        "cards",
        "badges",
        "curves",
        "emotion_lanes",
        "slot_columns",
        "stage_index",
    ):
        if getattr(a, name) != getattr(b, name):
            out.append(name)
    return out


def random_edit(doc, rng: random.Random) -> None:
    tps, stages, lanes, personas = doc.touchpoints(), doc.stages(), doc.lanes(), doc.personas()
    roll = rng.random()
    try:
        if roll < 0.25 or not tps:
            doc.add_touchpoint("New", rng.choice(stages), rng.choice(lanes), index=rng.randint(0, 3))
        elif roll < 0.40:
            doc.move_touchpoint(rng.choice(tps), rng.choice(stages), rng.choice(lanes), rng.randint(0, 5))
        elif roll < 0.50:
            doc.remove(rng.choice(tps))
        elif roll < 0.60 and len(tps) > 1:
            doc.add_link(*rng.sample(tps, 2))
        elif roll < 0.68:
            doc.add_friction(rng.choice(tps), "Slow", severity=rng.randint(1, 4))
        elif roll < 0.72 and doc.frictions():
            f = rng.choice(doc.frictions())
            doc.set(f, status=rng.choice(("open", "resolved")), severity=rng.randint(1, 4))
        elif roll < 0.80 and personas:
            tp = rng.choice(tps)
            doc.set(
                tp, emotions={rng.choice(personas): rng.randint(-3, 3)}, moment_of_truth=rng.random() < 0.3
            )
        elif roll < 0.84:
            doc.add_persona("Someone")
        elif roll < 0.86 and len(personas) > 1:
            doc.reorder(rng.choice(personas), 0)
        elif roll < 0.88 and personas:
            doc.remove(rng.choice(personas))
        elif roll < 0.90 and doc.links():
            doc.remove(rng.choice(doc.links()))
        elif roll < 0.92:
            doc.reorder(rng.choice(stages), rng.randint(0, len(stages)))
        elif roll < 0.94:
            doc.add_lane("Extra", rng.choice(("touchpoints", "emotions")), index=rng.randint(0, len(lanes)))
        elif roll < 0.96 and len(stages) > 2:
            doc.remove(rng.choice(stages))
        else:
            doc.set(rng.choice(tps), title="Renamed")
    except FieldError:
        pass  # e.g. a link that already exists


@pytest.mark.parametrize("seed", range(12))
def test_live_layout_equals_the_full_layout_through_random_edits(seed):
    rng = random.Random(seed)
    doc = make_document(rng.choice((30, 80, 200)), seed=seed)
    live = LiveLayout(doc)
    doc.subscribe(live.note)
    for _ in range(40):
        before = compute_layout(doc, routes=False)
        for _ in range(rng.randint(1, 4)):
            random_edit(doc, rng)
        delta = live.update()
        full = compute_layout(doc, routes=False)
        assert same_layout(live.layout, full) == []
        if delta.full:
            continue
        # every card, badge and curve that changed is named in the delta
        moved = {t for t, r in full.cards.items() if before.cards.get(t) != r}
        assert moved <= delta.cards
        assert set(before.cards) - set(full.cards) <= delta.gone
        changed = {
            t for t in set(before.badges) | set(full.badges) if before.badges.get(t) != full.badges.get(t)
        }
        assert changed <= delta.badges
        curves = {
            p for p in set(before.curves) | set(full.curves) if before.curves.get(p) != full.curves.get(p)
        }
        assert curves <= delta.curves


def test_an_edit_in_one_cell_places_only_that_cell(monkeypatch):
    from journeydesk.layout import live as live_module

    doc = make_document(2000, seed=1)
    live = LiveLayout(doc)
    doc.subscribe(live.note)
    placed = []
    real = live_module.place_cell
    monkeypatch.setattr(
        live_module,
        "place_cell",
        lambda cards, fr, s, la, ids: (placed.append(len(ids)), real(cards, fr, s, la, ids)),
    )
    stage, lane = doc.stages()[3], doc.lanes()[1]
    doc.set(doc.cell(stage, lane)[0], title="Only words changed")
    assert not live.update() and placed == []  # no geometry changes: nothing placed
    doc.add_touchpoint("One more", stage, lane, index=0)
    delta = live.update()
    assert not delta.full
    assert sum(placed) <= doc.cell_count(stage, lane) + 1  # that cell's cards, not the map's 2,000
