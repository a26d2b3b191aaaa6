"""Stage scorecard: averages, emotion per persona, frictions, moments of truth."""

from __future__ import annotations

from journey_builder import MapBuilder

from journeydesk.analysis import stage_scorecard


def test_hand_worked_scorecard():
    m = MapBuilder(personas=("P", "Q"))
    m.tp("t1", "S1", channel="Web", metrics={"csat": 80, "nps": 10}, emotions={"P": -1})
    m.tp(
        "t2",
        "S1",
        channel="Phone",
        metrics={"csat": 90, "ces": 2.5},
        emotions={"P": 2, "Q": 3},
        moment_of_truth=True,
    )
    m.tp("t3", "S1", channel="Web")
    m.tp("t4", "S3", metrics={"nps": -20, "csat": 50.5}, emotions={"Q": -3})
    m.link("t1", "t2")  # a channel switch in S1
    m.link("t3", "t4")
    m.friction("t1", "f4", severity=4)
    m.friction("t2", "f2", severity=2, status="in_progress")
    m.friction("t2", "f3", severity=3, status="resolved")
    m.friction("t3>t4", "f1", severity=1)  # on a link: counts in its source's stage
    s1, s2, s3 = stage_scorecard(m.doc)

    assert (s1["id"], s1["title"], s1["touchpoints"]) == ("S1", "S1", 3)
    assert (s1["csat"], s1["nps"], s1["ces"]) == (85.0, 10.0, 2.5)
    assert s1["emotion"] == [
        {"persona": {"id": "P", "title": "P"}, "average": 0.5, "touchpoints": 2},
        {"persona": {"id": "Q", "title": "Q"}, "average": 3.0, "touchpoints": 1},
    ]
    assert s1["frictions_by_severity"] == {"4": 1, "3": 0, "2": 1, "1": 1}
    assert s1["frictions_resolved"] == 1
    assert s1["moments_of_truth"] == [{"id": "t2", "title": "T t2"}]
    assert s1["channel_switches"] == 1

    # An empty stage: nothing is known, nothing is zero by pretence.
    assert s2["touchpoints"] == 0
    assert (s2["csat"], s2["nps"], s2["ces"]) == (None, None, None)
    assert [e["average"] for e in s2["emotion"]] == [None, None]
    assert s2["frictions_by_severity"] == {"4": 0, "3": 0, "2": 0, "1": 0}
    assert s2["moments_of_truth"] == []

    assert (s3["csat"], s3["nps"], s3["ces"]) == (50.5, -20.0, None)
    assert [e["average"] for e in s3["emotion"]] == [None, -3.0]


def test_averages_round_to_two_places():
    m = MapBuilder(stages=("S1",))
    for i, csat in enumerate((70, 70, 71)):
        m.tp(f"t{i}", "S1", metrics={"csat": csat})
    (s1,) = stage_scorecard(m.doc)
    assert s1["csat"] == 70.33
