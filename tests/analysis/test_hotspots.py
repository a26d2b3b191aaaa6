"""Friction hotspots: the documented score, worked out by hand."""

from __future__ import annotations

import math

import pytest
from journey_builder import MapBuilder

from journeydesk.analysis import hotspots
from journeydesk.analysis.hotspots import centrality_factor, volume_factor


def chain():
    # a -> b -> c -> d, x -> b: route shares b 4/9, c 3/9, link b->c 6/9 (see test_centrality).
    m = MapBuilder(stages=("S1", "S2"))
    m.tp("a", "S1")
    m.tp("x", "S1")
    m.tp("b", "S1")
    m.tp("c", "S2")
    m.tp("d", "S2")
    m.link("a", "b")
    m.link("b", "c")
    m.link("c", "d")
    m.link("x", "b")
    return m


def test_equal_friction_ranks_by_centrality():
    m = chain()
    for t in "dcb":
        m.friction(t, f"f{t}", severity=2)
    m.friction("a", "fa", severity=4, status="resolved")  # resolved only: not a hotspot
    rows = hotspots(m.doc)
    assert [r["id"] for r in rows] == ["b", "c", "d"]
    assert [r["rank"] for r in rows] == [1, 2, 3]
    # score = 2 (severity) x 1 (no volume) x (1 + 2 x share)
    assert [r["score"] for r in rows] == [round(2 * (1 + 8 / 9), 2), round(2 * (1 + 6 / 9), 2), 2.0]
    assert rows[0]["reason"] == "1 open friction (max severity 2); volume unknown; on 44% of shortest routes"
    assert rows[2]["reason"] == "1 open friction (max severity 2); volume unknown; on 0% of shortest routes"
    assert rows[0]["stage"] == {"id": "S1", "title": "S1"}
    assert rows[0]["title"] == "T b" and rows[0]["kind"] == "touchpoint"


def test_severity_status_and_volume():
    m = MapBuilder(stages=("S1",))
    m.tp("p", "S1", metrics={"volume": 9_999})
    m.tp("q", "S1", metrics={"volume": 12_000})
    m.friction("p", "p4", severity=4)
    m.friction("p", "p2", severity=2, status="in_progress")
    m.friction("p", "p3", severity=3, status="resolved")
    m.friction("q", "q4", severity=4)
    m.friction("q", "q1", severity=1)
    rows = {r["id"]: r for r in hotspots(m.doc)}
    # p: 4 + 0.5 x 2 = 5; volume 9,999 -> 1 + log10(10,000)/4 = 2; no links -> no centrality.
    assert rows["p"]["severity_load"] == 5.0
    assert rows["p"]["score"] == 10.0
    assert (rows["p"]["open"], rows["p"]["in_progress"], rows["p"]["resolved"]) == (1, 1, 1)
    assert rows["p"]["reason"] == (
        "1 open friction (max severity 4); 1 in progress friction (max severity 2); 1 resolved; "
        "9,999 customers; on 0% of shortest routes"
    )
    assert (
        rows["q"]["reason"] == "2 open frictions (max severity 4); 12,000 customers; on 0% of shortest routes"
    )
    assert rows["q"]["score"] == pytest.approx(5 * (1 + math.log10(12_001) / 4), abs=0.01)
    assert [f["id"] for f in rows["p"]["frictions"]] == ["p4", "p3", "p2"]  # most severe first


def test_link_hotspot_uses_edge_share_and_smaller_end_volume():
    m = chain()
    m.doc.set("b", metrics={"volume": 999})
    m.doc.set("c", metrics={"volume": 5_000})
    m.friction("b>c", "step", severity=3, category="channel_break")
    (row,) = hotspots(m.doc)
    assert row["kind"] == "link" and row["id"] == "b>c"
    assert row["title"] == "T b → T c"
    assert row["source"] == {"id": "b", "title": "T b"} and row["target"] == {"id": "c", "title": "T c"}
    assert row["volume"] == 999
    assert row["route_share"] == pytest.approx(6 / 9, abs=1e-4)
    assert row["score"] == round(3 * 1.75 * (1 + 12 / 9), 2)
    assert row["stage"]["id"] == "S1"  # a link's stage is its source's


def test_factors():
    assert volume_factor(None) == 1.0
    assert volume_factor(99) == pytest.approx(1.5)
    assert volume_factor(999_999) == pytest.approx(2.5)
    assert centrality_factor(0.5) == 2.0


def test_ties_break_by_severity_then_journey_order():
    m = MapBuilder(stages=("S1", "S2"))
    m.tp("late", "S2")
    m.tp("early", "S1")
    m.tp("mid", "S1")
    m.friction("late", "f1", severity=2)
    m.friction("late", "f2", severity=2)
    m.friction("mid", "f3", severity=4)  # same load (4) but more severe
    m.friction("early", "f4", severity=4)
    assert [r["id"] for r in hotspots(m.doc)] == ["early", "mid", "late"]


def test_no_frictions_no_hotspots():
    m = chain()
    assert hotspots(m.doc) == []
