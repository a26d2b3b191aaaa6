"""LiveAnalysis: after any edit, its result equals a fresh analyze()."""

from __future__ import annotations

import pytest
from journey_builder import MapBuilder

from journeydesk.analysis import LiveAnalysis, analyze
from journeydesk.analysis.incremental import changes_centrality, changes_paths
from journeydesk.model import Change


def fresh_map():
    m = MapBuilder(personas=("P", "Q"))
    m.tp("a", "S1", channel="Web", personas=["P"])
    m.tp("b", "S2", channel="Phone")
    m.tp("c", "S2", channel="Web", personas=["Q"])
    m.tp("d", "S3", channel="Email")
    m.link("a", "b")
    m.link("b", "d")
    m.link("c", "d", persona="Q")
    m.friction("b", "f", severity=3)
    return m


EDITS = {
    "friction severity": lambda d: d.set("f", severity=4),
    "friction added": lambda d: d.add_friction("a>b", "New", id="g"),
    "friction removed": lambda d: d.remove("f"),
    "metrics": lambda d: d.set("b", metrics={"volume": 500}),
    "channel": lambda d: d.set("a", channel="Phone"),
    "title": lambda d: d.set("b", title="Renamed"),
    "personas of a touchpoint": lambda d: d.set("b", personas=["Q"]),
    "emotion": lambda d: d.set("d", emotions={"P": -3}),
    "link added": lambda d: d.add_link("d", "a", id="back"),
    "link removed": lambda d: d.remove("b>d"),
    "link persona": lambda d: d.set("a>b", persona="Q"),
    "touchpoint moved": lambda d: d.move_touchpoint("c", "S1", "L", 0),
    "touchpoint removed": lambda d: d.remove("b"),
    "stage reordered": lambda d: d.reorder("S3", 0),
    "stage renamed": lambda d: d.set("S2", name="Middle"),
    "persona removed": lambda d: d.remove("Q"),
    "persona renamed": lambda d: d.set("P", name="Dina"),
    "channel renamed": lambda d: d.set("Web", name="Website"),
    "meta": lambda d: d.set_meta(title="Other"),
}


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_result_matches_fresh_analysis_after_edit(edit):
    doc = fresh_map().doc
    live = LiveAnalysis(doc)
    assert live.result() == analyze(doc)
    EDITS[edit](doc)
    assert live.result() == analyze(doc)
    live.close()


def test_friction_edits_keep_the_costly_parts():
    doc = fresh_map().doc
    live = LiveAnalysis(doc)
    assert live.stale == ("centrality", "paths")
    live.result()
    assert live.stale == ()
    doc.set("f", severity=1)
    doc.set("b", metrics={"csat": 50})
    assert live.stale == ()
    doc.set("b", title="x")
    assert live.stale == ("paths",)
    live.result()
    doc.add_link("d", "a")
    assert live.stale == ("centrality", "paths")
    live.close()
    doc.remove("f")
    assert live.stale == ("centrality", "paths")  # closed: no longer listening


def test_replaced_document_invalidates_everything():
    doc = fresh_map().doc
    live = LiveAnalysis(doc)
    live.result()
    other = MapBuilder(stages=("X",)).doc
    doc.replace_with(other)
    assert live.stale == ("centrality", "paths")
    assert live.result() == analyze(doc)


def test_change_rules():
    assert not changes_paths(Change("changed", "friction", "f", ("severity",)))
    assert not changes_paths(Change("changed", "touchpoint", "t", ("metrics", "owner")))
    assert changes_paths(Change("changed", "touchpoint", "t", ("metrics", "personas")))
    assert changes_paths(Change("reordered", "lane", "l"))
    assert changes_paths(Change("reset"))
    assert changes_centrality(Change("added", "link", "l"))
    assert not changes_centrality(Change("changed", "link", "l", ("persona",)))
    assert not changes_centrality(Change("moved", "touchpoint", "t"))
