"""The binding keeps a JourneyDocument equal to a pycrdt.Doc, both ways."""

from __future__ import annotations

import random

import pytest
from journeydesk_testkit import assert_consistent, build_sample
from live_edits import random_edit, seed_map
from pycrdt import Doc

from journeydesk.io import dumps
from journeydesk.model import JourneyDocument
from journeydesk.sync import Binding, build_document, copy_doc


class Peer:
    """A document, its CRDT and the updates it has not sent yet (a fake network)."""

    def __init__(self, doc: JourneyDocument, ydoc: Doc, populate: bool) -> None:
        self.doc, self.ydoc = doc, ydoc
        self.outbox: list[bytes] = []
        self._receiving = False
        ydoc.observe(self._sent)
        self.binding = Binding(doc, ydoc, populate=populate)

    def _sent(self, event) -> None:
        if not self._receiving:
            self.outbox.append(event.update)

    def receive(self, update: bytes) -> None:
        self._receiving = True
        try:
            self.ydoc.apply_update(update)
        finally:
            self._receiving = False
        self.binding.catch_up()


def crdt_dump(ydoc: Doc) -> str:
    return dumps(build_document(copy_doc(ydoc)))


def make_room(n: int, doc: JourneyDocument) -> list[Peer]:
    host = Peer(doc, Doc(), populate=True)
    peers = [host]
    for _ in range(n - 1):
        ydoc = Doc()
        ydoc.apply_update(host.ydoc.get_update())
        peers.append(Peer(JourneyDocument(), ydoc, populate=False))
    for p in peers:
        p.outbox.clear()  # every peer has the start already
    return peers


def deliver(peers: list[Peer], rng: random.Random, share: float = 1.0) -> None:
    """Send some (or all) outstanding updates to every other peer, in any order."""
    for sender in peers:
        keep = []
        for update in sender.outbox:
            if rng.random() < share:
                targets = [p for p in peers if p is not sender]
                rng.shuffle(targets)
                for p in targets:
                    p.receive(update)
            else:
                keep.append(update)
        sender.outbox = keep


def converge(peers: list[Peer]) -> None:
    rng = random.Random(0)
    for _ in range(3):
        deliver(peers, rng)
    for p in peers[1:]:  # full state exchange too, as a reconnect does
        p.receive(peers[0].ydoc.get_update(p.ydoc.get_state()))
        peers[0].receive(p.ydoc.get_update(peers[0].ydoc.get_state()))
    deliver(peers, rng)
    for p in peers:  # what a client does after a sync step 2
        p.binding.stale = True
        p.binding.catch_up()


def assert_same(peers: list[Peer]) -> None:
    expected = crdt_dump(peers[0].ydoc)
    for p in peers:
        assert_consistent(p.doc)
        assert dumps(p.doc) == expected
        assert crdt_dump(p.ydoc) == expected


def test_populate_then_read_back_is_the_same_map():
    doc = build_sample()
    doc.add_comment("tp_3", "Check", author="Ana", created="2026-01-01T00:00:00Z")
    doc.add_comment(None, "Whole map", created="2026-01-02T00:00:00Z")
    peers = make_room(2, doc)
    assert dumps(peers[1].doc) == dumps(doc)
    assert_same(peers)


def test_a_remote_edit_arrives_through_the_document_methods():
    peers = make_room(2, build_sample())
    a, b = peers
    seen = []
    b.doc.subscribe(seen.append)
    with a.binding.step():
        a.doc.set("tp_1", title="New ad")
        a.doc.move_touchpoint("tp_2", "st_2", "la_1", 0)
    deliver(peers, random.Random(0))
    assert b.doc.get("tp_1")["title"] == "New ad"
    assert b.doc.cell("st_2", "la_1")[0] == "tp_2"
    assert {(c.action, c.id) for c in seen} >= {("changed", "tp_1"), ("moved", "tp_2")}
    assert a.outbox == [] and b.outbox == []  # nothing echoed back
    assert_same(peers)


def test_one_command_is_one_update():
    a, _b = make_room(2, build_sample())
    with a.binding.step():
        a.doc.remove("st_2")  # cards, links, frictions go along
    assert len(a.outbox) == 1


def random_session(seed: int, in_order: bool) -> list[Peer]:
    rng = random.Random(seed)
    doc = JourneyDocument("Room")
    seed_map(doc)
    peers = make_room(4, doc)
    for _ in range(150):
        p = rng.choice(peers)
        with p.binding.step():
            random_edit(p.doc, rng, f"p{peers.index(p)}")
        if rng.random() < 0.3:
            deliver(peers, rng, share=1.0 if in_order else rng.random())
    return peers


@pytest.mark.parametrize("seed", range(10))
def test_random_concurrent_edits_converge(seed):
    """Updates arrive as through the host: each peer's in the order it made them."""
    peers = random_session(seed, in_order=True)
    deliver(peers, random.Random(seed))
    assert_same(peers)


@pytest.mark.parametrize("seed", range(10))
def test_random_edits_delivered_out_of_order_converge_after_a_sync(seed):
    """Updates that arrive before what they build on wait in the CRDT; yrs then
    raises no event for some of them, and the rescan after a sync catches them."""
    peers = random_session(seed, in_order=False)
    converge(peers)
    assert_same(peers)


def test_concurrent_moves_of_one_card_end_in_one_place():
    peers = make_room(3, build_sample())
    for p, (s, la) in zip(peers, [("st_1", "la_2"), ("st_2", "la_2"), ("st_3", "la_1")], strict=True):
        with p.binding.step():
            p.doc.move_touchpoint("tp_1", s, la, 0)
    converge(peers)
    assert_same(peers)
    assert (
        sum("tp_1" in peers[0].doc.cell(s, la) for s in peers[0].doc.stages() for la in peers[0].doc.lanes())
        == 1
    )


def test_a_card_added_to_a_stage_deleted_meanwhile_is_absent_everywhere():
    a, b = peers = make_room(2, build_sample())
    with a.binding.step():
        a.doc.remove("st_3")
    with b.binding.step():
        b.doc.add_touchpoint("Late card", "st_3", "la_1", id="tp_late")
    converge(peers)
    assert_same(peers)
    assert "tp_late" not in a.doc and "tp_late" not in b.doc


def test_concurrent_inserts_at_one_spot_keep_both_and_later_inserts_land_between():
    a, b = peers = make_room(2, build_sample())
    with a.binding.step():
        a.doc.add_touchpoint("A", "st_3", "la_2", id="tp_a")
    with b.binding.step():
        b.doc.add_touchpoint("B", "st_3", "la_2", id="tp_b")
    converge(peers)
    assert a.doc.cell("st_3", "la_2") == ("tp_a", "tp_b")  # same key: ordered by id
    with b.binding.step():
        b.doc.add_touchpoint("C", "st_3", "la_2", id="tp_c", index=1)  # between the tied two
    converge(peers)
    assert_same(peers)
    assert a.doc.cell("st_3", "la_2") == ("tp_a", "tp_c", "tp_b")


def test_replace_with_rewrites_the_crdt():
    a, b = peers = make_room(2, build_sample())
    other = JourneyDocument("Reverted")
    seed_map(other)
    a.doc.replace_with(other)
    converge(peers)
    assert_same(peers)
    assert b.doc.meta["title"] == "Reverted"
