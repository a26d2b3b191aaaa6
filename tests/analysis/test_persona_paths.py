"""Persona paths: sequence, entries, dead ends, unreachable touchpoints and loops."""

from __future__ import annotations

import pytest
from journey_builder import MapBuilder

from journeydesk.analysis import persona_paths
from journeydesk.analysis.paths import MAX_LOOPS, cyclic_core


def ids(refs):
    return [r["id"] for r in refs]


def journey():
    """Persona P: a (S1) -> b, c (S2); b <-> d (S3) is a loop; c goes nowhere; u (S3)
    has no link in. Persona Q's own touchpoint and link must not show in P's path."""
    m = MapBuilder(personas=("P", "Q"))
    m.tp("a", "S1", personas=["P"])
    m.tp("b", "S2", personas=["P"])
    m.tp("c", "S2")  # names no persona: everyone's
    m.tp("q", "S2", personas=["Q"])
    m.tp("d", "S3", personas=["P", "Q"])
    m.tp("u", "S3", personas=["P"])
    m.link("a", "b")
    m.link("a", "c", persona="P")
    m.link("b", "d")
    m.link("d", "b")
    m.link("c", "u", persona="Q")  # Q's way only: u stays unreachable for P
    m.link("a", "q")
    return m


def test_hand_worked_persona_path():
    m = journey()
    p, _ = persona_paths(m.doc)
    assert (p["id"], p["title"]) == ("P", "P")
    assert p["touchpoints"] == 5 and p["links"] == 4
    assert ids(p["entries"]) == ["a"]
    assert [(s["stage"]["id"], ids(s["touchpoints"])) for s in p["sequence"]] == [
        ("S1", ["a"]),
        ("S2", ["b", "c"]),
        ("S3", ["d", "u"]),
    ]
    assert ids(p["dead_ends"]) == ["c"]
    assert p["dead_ends"][0]["stage"] == {"id": "S2", "title": "S2"}
    assert ids(p["unreachable"]) == ["u"]
    assert [ids(loop) for loop in p["loops"]] == [["b", "d"]]
    assert p["loops_truncated"] is False


def test_other_persona_sees_its_own_flow():
    m = journey()
    m.link("c", "q", persona="Q")
    _, q = persona_paths(m.doc)
    # Q: c (shared), q, d, and u: u names only P, but the team drew Q's link c -> u.
    # a -> q starts at P's card, so for Q nothing leads to d; q has no link on.
    assert q["touchpoints"] == 4 and q["links"] == 2
    assert ids(q["entries"]) == ["c", "q"]
    assert [ids(s["touchpoints"]) for s in q["sequence"]] == [["c", "q"], ["d", "u"]]
    assert ids(q["unreachable"]) == ["d"]
    assert ids(q["dead_ends"]) == ["q"]
    assert q["loops"] == []


def test_a_link_drawn_for_a_persona_brings_its_ends_into_the_path():
    m = MapBuilder(personas=("P", "Q"))
    m.tp("a", "S1", personas=["P"])
    m.tp("plan", "S2", personas=["Q"])  # forgot to name P
    m.tp("b", "S3", personas=["P"])
    m.link("a", "plan")
    m.link("plan", "b", persona="P")
    p, _ = persona_paths(m.doc)
    assert [ids(s["touchpoints"]) for s in p["sequence"]] == [["a"], ["plan"], ["b"]]
    assert p["unreachable"] == [] and p["dead_ends"] == []


def test_inside_a_stage_links_set_the_order():
    m = MapBuilder(stages=("S1", "S2"), personas=("P",))
    m.tp("x", "S1")
    m.tp("y", "S1")
    m.tp("z", "S2")
    m.link("y", "x")
    m.link("x", "z")
    (p,) = persona_paths(m.doc)
    assert [ids(s["touchpoints"]) for s in p["sequence"]] == [["y", "x"], ["z"]]
    assert ids(p["entries"]) == ["x", "y"]  # every card of the first stage is an entry
    assert p["dead_ends"] == [] and p["unreachable"] == []


def test_loop_inside_a_stage_keeps_every_card_once():
    m = MapBuilder(stages=("S1",))
    for t in "abc":
        m.tp(t, "S1")
    m.link("c", "b")
    m.link("b", "c")
    m.link("a", "b")
    (p,) = persona_paths(m.doc)
    assert ids(p["sequence"][0]["touchpoints"]) == ["a", "b", "c"]
    assert [ids(loop) for loop in p["loops"]] == [["b", "c"]]


def test_loops_are_bounded():
    m = MapBuilder(stages=("S1",))
    names = [f"t{i}" for i in range(8)]
    for t in names:
        m.tp(t, "S1")
    for u in names:  # every pair linked both ways: thousands of cycles
        for v in names:
            if u != v:
                m.link(u, v)
    (p,) = persona_paths(m.doc)
    assert len(p["loops"]) == MAX_LOOPS
    assert p["loops_truncated"] is True
    assert all(loop[0]["id"] == "t0" or len(loop) >= 2 for loop in p["loops"])
    assert len(p["loops"][0]) == 2  # shortest first


def test_cyclic_core_peels_acyclic_parts():
    succ = {"a": ["b"], "b": ["c"], "c": ["b", "d"], "d": [], "e": ["a"]}
    assert cyclic_core(list(succ), succ) == ["b", "c"]
    assert cyclic_core(["a", "d"], {"a": ["d"], "d": []}) == []


def test_no_personas_gives_one_path_for_everyone():
    m = MapBuilder()
    m.tp("a", "S1")
    m.tp("b", "S2")
    m.link("a", "b")
    (p,) = persona_paths(m.doc)
    assert p["id"] is None and p["title"] == "All customers"
    assert p["dead_ends"] == [] and p["unreachable"] == []


def test_persona_without_links_or_touchpoints():
    m = MapBuilder(personas=("P", "Q"))
    m.tp("a", "S1", personas=["P"])
    m.tp("b", "S2", personas=["P"])
    p, q = persona_paths(m.doc)
    assert p["dead_ends"] == [] and p["unreachable"] == []
    assert "no links" in p["note"]
    assert q["touchpoints"] == 0 and q["sequence"] == [] and "no touchpoints" in q["note"]


@pytest.mark.parametrize("stage_of_end", ["S2", "S3"])
def test_dead_end_is_judged_against_the_personas_last_stage(stage_of_end):
    m = MapBuilder(personas=("P",))
    m.tp("a", "S1")
    m.tp("end", stage_of_end)
    m.tp("stop", "S1")
    m.link("a", "end")
    m.link("stop", "a")
    (p,) = persona_paths(m.doc)
    assert ids(p["dead_ends"]) == []  # "end" sits in P's last stage, whichever it is
