"""Channel switches: which links change channel, per stage, and which hurt."""

from __future__ import annotations

from journey_builder import MapBuilder

from journeydesk.analysis import channel_switches


def test_hand_worked_switches():
    m = MapBuilder(personas=("P",))
    m.tp("ad", "S1", channel="Social")
    m.tp("site", "S1", channel="Web")
    m.tp("cart", "S2", channel="Web")
    m.tp("call", "S2", channel="Phone")
    m.tp("mail", "S3", channel="Email")
    m.tp("nowhere", "S3")  # no channel: not judged
    m.link("ad", "site")  # switch in S1, no friction
    m.link("site", "cart")  # same channel
    m.link("cart", "call", persona="P")  # switch in S2; channel-break friction on its target
    m.link("call", "mail")  # switch in S2; friction on the link itself, but resolved
    m.link("mail", "nowhere")
    m.friction("call", "fb", category="channel_break", severity=3)
    m.friction("call>mail", "fr", status="resolved")
    result = channel_switches(m.doc)
    links = {s["id"]: s for s in result["links"]}
    assert list(links) == ["ad>site", "cart>call", "call>mail"]
    assert result["total"] == 3 and result["flagged"] == 1

    hurt = links["cart>call"]
    assert hurt["stage"] == {"id": "S2", "title": "S2"}
    assert hurt["from_channel"] == {"id": "Web", "title": "Web"}
    assert hurt["to_channel"] == {"id": "Phone", "title": "Phone"}
    assert hurt["source"]["id"] == "cart" and hurt["target"]["id"] == "call"
    assert hurt["persona"] == {"id": "P", "title": "P"}
    assert hurt["flagged"] and hurt["channel_break"]
    assert [(f["id"], f["on"], f["category"]) for f in hurt["frictions"]] == [("fb", "call", "channel_break")]
    assert hurt["title"] == "T cart → T call"

    assert not links["ad>site"]["flagged"] and links["ad>site"]["persona"] is None
    assert not links["call>mail"]["flagged"]  # resolved friction does not flag

    per_stage = {s["id"]: (s["switches"], s["flagged"], s["channel_breaks"]) for s in result["per_stage"]}
    assert per_stage == {"S1": (1, 0, 0), "S2": (2, 1, 1), "S3": (0, 0, 0)}


def test_friction_on_the_link_flags_without_channel_break():
    m = MapBuilder()
    m.tp("a", "S1", channel="Web")
    m.tp("b", "S1", channel="Store")
    m.link("a", "b", label="Pick up in store")
    m.friction("a>b", "f", category="waiting")
    m.friction("a", "on-source", category="channel_break")  # the source does not count
    (sw,) = channel_switches(m.doc)["links"]
    assert sw["title"] == "Pick up in store"
    assert sw["flagged"] and not sw["channel_break"]
    assert [f["id"] for f in sw["frictions"]] == ["f"]


def test_no_links_no_switches():
    m = MapBuilder()
    m.tp("a", "S1", channel="Web")
    result = channel_switches(m.doc)
    assert result["total"] == 0 and result["links"] == []
    assert [s["switches"] for s in result["per_stage"]] == [0, 0, 0]
