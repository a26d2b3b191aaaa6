"""Per-person undo: A's undo takes back A's edit and never B's."""

from __future__ import annotations

import random

from journeydesk_testkit import build_sample
from test_binding import assert_same, deliver, make_room

from journeydesk.sync.undo import UndoStep


def step(peer, edit):
    s = UndoStep(peer.binding)
    s.run(edit)
    return s


def test_undo_takes_back_only_my_edit():
    peers = make_room(2, build_sample())
    a, b = peers
    mine = step(a, lambda: a.doc.set("tp_1", title="A's title"))
    deliver(peers, random.Random(0))
    step(b, lambda: b.doc.set("tp_1", owner="B's team"))  # same card, other field
    step(b, lambda: b.doc.add_touchpoint("B's card", "st_1", "la_1", id="tp_b"))
    deliver(peers, random.Random(0))
    mine.undo()
    deliver(peers, random.Random(0))
    for p in peers:
        assert p.doc.get("tp_1")["title"] == "Ad"  # A's edit is gone
        assert p.doc.get("tp_1")["owner"] == "B's team"  # B's stays
        assert "tp_b" in p.doc
    assert_same(peers)
    mine.redo()
    deliver(peers, random.Random(0))
    assert b.doc.get("tp_1")["title"] == "A's title"
    assert_same(peers)


def test_undo_of_my_field_edit_keeps_a_later_edit_of_the_same_field_by_someone_else():
    peers = make_room(2, build_sample())
    a, b = peers
    mine = step(a, lambda: a.doc.set("tp_2", title="A"))
    deliver(peers, random.Random(0))
    step(b, lambda: b.doc.set("tp_2", title="B"))
    deliver(peers, random.Random(0))
    mine.undo()
    deliver(peers, random.Random(0))
    assert a.doc.get("tp_2")["title"] == b.doc.get("tp_2")["title"] == "B"
    assert_same(peers)


def test_undo_of_a_deletion_brings_back_the_card_its_links_and_frictions():
    peers = make_room(2, build_sample())
    a, b = peers
    mine = step(a, lambda: a.doc.remove("tp_3"))
    deliver(peers, random.Random(0))
    assert "tp_3" not in b.doc and "fr_1" not in b.doc
    mine.undo()
    deliver(peers, random.Random(0))
    for p in peers:
        assert "tp_3" in p.doc and "fr_1" in p.doc and "ln_2" in p.doc
        assert p.doc.cell("st_2", "la_1") == ("tp_3",)
    assert_same(peers)


def test_steps_undo_in_reverse_and_absorb_merges_them():
    peers = make_room(2, build_sample())
    a, _ = peers
    first = step(a, lambda: a.doc.set("tp_1", title="T"))
    second = step(a, lambda: a.doc.set("tp_1", title="Ty"))
    first.absorb(second)
    assert second.empty
    first.undo()
    assert a.doc.get("tp_1")["title"] == "Ad"
    assert_same(peers)
