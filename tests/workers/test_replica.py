"""A replica kept by patches saves to the same bytes as the document it copies,
through any edits; a patch costs what the edits touched."""

from __future__ import annotations

import random

import pytest
from make_map import make_document

from journeydesk.io import dumps, load_text
from journeydesk.model import FieldError
from journeydesk.workers.replica import ChangeLog, apply_patch, patch_of


def edit(doc, rng: random.Random) -> None:
    tps, stages, lanes, personas = doc.touchpoints(), doc.stages(), doc.lanes(), doc.personas()
    roll = rng.random()
    try:
        if roll < 0.2 or not tps:
            doc.add_touchpoint("New", rng.choice(stages), rng.choice(lanes), index=rng.randint(0, 4))
        elif roll < 0.32:
            doc.move_touchpoint(rng.choice(tps), rng.choice(stages), rng.choice(lanes), rng.randint(0, 6))
        elif roll < 0.4:
            doc.remove(rng.choice(tps))
        elif roll < 0.48 and len(tps) > 1:
            doc.add_link(*rng.sample(tps, 2), label=rng.choice(("", "then")))
        elif roll < 0.54:
            doc.add_friction(rng.choice(tps), "Slow", severity=rng.randint(1, 4))
        elif roll < 0.6 and doc.frictions():
            doc.set(rng.choice(doc.frictions()), status="resolved", title="Fixed")
        elif roll < 0.66 and personas:
            doc.set(
                rng.choice(tps), emotions={rng.choice(personas): rng.randint(-3, 3)}, metrics={"csat": 70.5}
            )
        elif roll < 0.7:
            doc.add_persona("Someone", index=0)
        elif roll < 0.73 and personas:
            doc.remove(rng.choice(personas))
        elif roll < 0.76:
            doc.reorder(rng.choice(stages), rng.randint(0, len(stages)))
        elif roll < 0.79:
            doc.add_stage("Extra", index=rng.randint(0, len(stages)))
        elif roll < 0.81 and len(stages) > 2:
            doc.remove(rng.choice(stages))
        elif roll < 0.83:
            doc.add_lane("Row", rng.choice(("touchpoints", "emotions")))
        elif roll < 0.85 and doc.channels():
            doc.remove(rng.choice(doc.channels()))
        elif roll < 0.87:
            doc.set_meta(title=f"Renamed {rng.randint(0, 99)}")
        elif roll < 0.9 and doc.links():
            doc.remove(rng.choice(doc.links()))
        elif roll < 0.93:
            target = rng.choice((None, rng.choice(tps), rng.choice(stages)))
            doc.add_comment(target, "Is this right?", author="Siti")
        elif roll < 0.95 and doc.comments():
            doc.set(rng.choice(doc.comments()), resolved=True)
        else:
            doc.set(rng.choice(tps), title=rng.choice(("A", "B c", "")), owner="Ops")
    except FieldError:
        pass


@pytest.mark.parametrize("seed", range(10))
def test_a_replica_kept_by_patches_equals_the_document(seed):
    rng = random.Random(seed)
    doc = make_document(rng.choice((20, 60, 150)), seed=seed)
    log = ChangeLog()
    doc.subscribe(log.note)
    replica = load_text(dumps(doc))
    log.take()  # the snapshot
    for _ in range(30):
        for _ in range(rng.randint(1, 6)):
            edit(doc, rng)
        apply_patch(replica, patch_of(doc, log.take()))
        assert dumps(replica) == dumps(doc)


def test_a_patch_holds_only_what_an_edit_touched():
    doc = make_document(2000, seed=2)
    log = ChangeLog()
    doc.subscribe(log.note)
    log.take()
    doc.set(doc.touchpoints()[7], title="Renamed")
    patch = patch_of(doc, log.take())
    assert len(patch["upsert"]) == 1 and not patch["delete"] and not patch["orders"] and patch["meta"] is None
