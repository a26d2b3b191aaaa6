"""Comments: notes pinned on a touchpoint, friction, stage or the map."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from journeydesk_testkit import assert_consistent

from journeydesk import LoadError
from journeydesk.io import dumps, load_data, load_text
from journeydesk.model import FieldError


def test_add_and_query(sample):
    a = sample.add_comment("tp_3", "Is this the real cost?", author="Ana", created="2026-03-01T10:00:00Z")
    b = sample.add_comment("tp_3", "Yes", author="Ben", created="2026-03-01T09:00:00Z")
    m = sample.add_comment(None, "Whole map: check with sales")
    f = sample.add_comment("fr_1", "Seen in 12 surveys")
    s = sample.add_comment("st_1", "Rename?")
    assert sample.comments_on("tp_3") == (b, a)  # oldest first
    assert sample.comments_on(None) == (m,)
    assert set(sample.comments()) == {a, b, m, f, s}
    assert sample.kind_of(a) == "comment" and sample.count("comment") == 5
    got = sample.get(a)
    assert got == {
        "target": "tp_3",
        "author": "Ana",
        "created": "2026-03-01T10:00:00Z",
        "text": "Is this the real cost?",
        "resolved": False,
    }
    assert sample.get(m)["created"]  # defaults to now
    assert_consistent(sample)


@pytest.mark.parametrize("target", ["la_1", "pe_a", "ln_1", "ch_web", "nope"])
def test_only_touchpoints_frictions_stages_or_the_map(sample, target):
    with pytest.raises(FieldError, match="comment target"):
        sample.add_comment(target, "x")


@pytest.mark.parametrize(
    "values", [{"resolved": "yes"}, {"text": 5}, {"author": "x" * 501}, {"text": "x" * 20_001}, {"colour": 1}]
)
def test_fields_are_checked(sample, values):
    with pytest.raises(FieldError):
        values = dict(values)
        sample.add_comment("tp_1", values.pop("text", "ok"), **values)


def test_set_resolved(sample, events):
    c = sample.add_comment("tp_1", "fix the ad")
    events.clear()
    assert sample.set(c, resolved=True) == {"resolved": False}
    assert events[-1].action == "changed" and events[-1].fields == ("resolved",)
    with pytest.raises(FieldError):
        sample.set(c, target="tp_2")  # a comment stays where it was pinned


@pytest.mark.parametrize("removed", ["tp_3", "st_2", "fr_1", "ln_5", "la_1"])
def test_removal_takes_comments_along_and_restore_brings_them_back(sample, removed):
    sample.add_comment("tp_3", "on card", id="cm_tp")
    sample.add_comment("fr_1", "on friction", id="cm_fr")
    sample.add_comment("fr_3", "on link friction", id="cm_lf")
    sample.add_comment("st_2", "on stage", id="cm_st")
    sample.add_comment(None, "on map", id="cm_map")
    before = nx.MultiDiGraph(sample.graph)
    text = dumps(sample)
    r = sample.remove(removed)
    assert_consistent(sample)
    assert "cm_map" in sample
    for cm in sample.comments():
        target = sample.get(cm)["target"]
        assert target is None or target in sample
    sample.restore(r)
    assert nx.utils.graphs_equal(before, nx.MultiDiGraph(sample.graph))
    assert dumps(sample) == text
    assert_consistent(sample)


def test_remove_a_comment_alone(sample):
    c = sample.add_comment("tp_1", "x")
    r = sample.remove(c)
    assert c not in sample and sample.comments_on("tp_1") == ()
    sample.restore(r)
    assert sample.comments_on("tp_1") == (c,)


def test_file_round_trip_and_reference_errors(sample):
    sample.add_comment("tp_3", "Ünïcödé ok ✓", author="Siti", created="2026-03-01T10:00:00Z", id="cm_1")
    sample.add_comment(None, "map", created="2026-03-01T11:00:00Z", id="cm_2", resolved=True)
    text = dumps(sample)
    data = json.loads(text)
    assert [c["id"] for c in data["comments"]] == ["cm_1", "cm_2"]
    assert dumps(load_text(text)) == text
    data["comments"][0]["target"] = "la_1"
    data["comments"][1]["id"] = "tp_1"
    with pytest.raises(LoadError) as err:
        load_data(data, "m.json")
    text = "\n".join(err.value.lines())
    assert "comments[0].target: refers to 'la_1', which is one of the lanes" in text
    assert "comments[1].id: the id 'tp_1' is used twice" in text


def test_analysis_layout_and_exports_take_a_map_with_comments(sample, tmp_path):
    from journeydesk.analysis import analyze
    from journeydesk.export.csv import export_csv
    from journeydesk.layout import compute_layout

    sample.add_comment("tp_3", "x")
    sample.add_comment("fr_1", "y")
    sample.add_comment(None, "z")
    analyze(sample)
    compute_layout(sample)
    export_csv(sample, tmp_path / "m.csv")
