"""Lint: every rule, its level, and the order of findings."""

from __future__ import annotations

from journey_builder import MapBuilder

from journeydesk.analysis import lint
from journeydesk.analysis.lint import RULES


def test_every_rule():
    m = MapBuilder(personas=("P", "Lonely"))
    m.tp("ok", "S1", channel="Web", personas=["P"])
    m.tp("nochan", "S1", personas=["P"])
    m.tp("noowner", "S3", channel="Web", owner="  ", personas=["P"])
    m.link("ok", "nochan")
    m.friction("ok", "crit", severity=4)  # open critical, has an opportunity
    m.friction("ok", "crit-wip", severity=4, status="in_progress")  # not open: no error
    m.friction("ok>nochan", "nofix", severity=2, opportunity="")
    m.friction("noowner", "nofix-done", severity=1, status="resolved", opportunity=" ")
    m.friction("nochan", "crit-nofix", severity=4, opportunity="")
    found = [(f["level"], f["rule"], f["id"]) for f in lint(m.doc)]
    assert found == [
        ("error", "open-critical-friction", "crit"),
        ("error", "open-critical-friction", "crit-nofix"),
        ("warning", "touchpoint-no-channel", "nochan"),
        ("warning", "touchpoint-no-owner", "noowner"),
        ("warning", "stage-empty", "S2"),
        ("warning", "persona-no-touchpoints", "Lonely"),
        ("warning", "friction-no-opportunity", "nofix"),
        ("warning", "friction-no-opportunity", "crit-nofix"),
        ("info", "friction-no-opportunity", "nofix-done"),
    ]
    assert {rule for _, rule, _ in found} == set(RULES)


def test_findings_name_the_item():
    m = MapBuilder(stages=("Awareness", "Purchase"), personas=("Dina",))
    m.tp("t", "Awareness", personas=["Dina"], owner="Marketing")
    m.friction("t", "f", severity=4, opportunity="")
    by_rule = {f["rule"]: f for f in lint(m.doc)}
    assert by_rule["stage-empty"] | {} == {
        "level": "warning",
        "rule": "stage-empty",
        "id": "Purchase",
        "title": "Purchase",
        "kind": "stage",
        "message": "stage has no touchpoints",
    }
    crit = by_rule["open-critical-friction"]
    assert (crit["id"], crit["title"], crit["kind"]) == ("f", "F f", "friction")
    assert "'T t'" in crit["message"]
    assert by_rule["touchpoint-no-channel"]["title"] == "T t"


def test_shared_touchpoints_concern_every_persona():
    m = MapBuilder(stages=("S1",), personas=("P", "Q"))
    m.tp("shared", "S1", channel="Web")  # names no persona: everyone's
    assert lint(m.doc) == []


def test_clean_map_has_no_findings():
    m = MapBuilder(stages=("S1",), personas=("P",))
    m.tp("t", "S1", channel="Web", personas=["P"])
    m.friction("t", "f", severity=4, status="resolved")
    assert lint(m.doc) == []
