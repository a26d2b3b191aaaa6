"""Clipboard fragments: copy items out of a map, paste them into any map, and the
result is always a valid map (checked by a save/load round trip)."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from journeydesk.io import dumps, load_text
from journeydesk.io.fragment import (
    FRAGMENT_FORMAT,
    FragmentError,
    apply_plan,
    dumps_fragment,
    fragment_ids,
    loads_fragment,
    paste_plan,
    pasted_ids,
    to_fragment,
)
from journeydesk.model import JourneyDocument


def sample() -> tuple[JourneyDocument, dict[str, str]]:
    doc = JourneyDocument("Shop")
    ids = {}
    ids["dina"] = doc.add_persona("Dina")
    ids["budi"] = doc.add_persona("Budi")
    ids["aware"] = doc.add_stage("Awareness")
    ids["buy"] = doc.add_stage("Purchase")
    ids["lane"] = doc.add_lane("Touchpoints")
    ids["back"] = doc.add_lane("Backstage", "backstage")
    ids["web"] = doc.add_channel("Website")
    ids["mail"] = doc.add_channel("Email")
    ids["ad"] = doc.add_touchpoint(
        "Sees ad",
        ids["aware"],
        ids["lane"],
        channel=ids["web"],
        personas=[ids["dina"], ids["budi"]],
        emotions={ids["dina"]: 2, ids["budi"]: -1},
        metrics={"csat": 80, "volume": 1200},
    )
    ids["cart"] = doc.add_touchpoint(
        "Checkout", ids["buy"], ids["lane"], channel=ids["mail"], personas=[ids["dina"]]
    )
    ids["ship"] = doc.add_touchpoint("Ships", ids["buy"], ids["back"])
    ids["l1"] = doc.add_link(ids["ad"], ids["cart"], persona=ids["dina"], label="clicks")
    ids["l2"] = doc.add_link(ids["cart"], ids["ship"])
    ids["f1"] = doc.add_friction(
        ids["cart"], "Slow form", severity=3, evidence={"quote": "so slow", "source": "", "count": 4}
    )
    ids["f2"] = doc.add_friction(ids["l1"], "Link broken", severity=4)
    ids["f3"] = doc.add_friction(ids["ship"], "Late", severity=2)
    return doc, ids


def roundtrip(doc: JourneyDocument) -> JourneyDocument:
    again = load_text(dumps(doc))
    assert nx.utils.graphs_equal(doc.graph, again.graph)
    return again


def test_fragment_header_and_content():
    doc, ids = sample()
    frag = to_fragment(doc, [ids["ad"], ids["cart"], "nonsense"])
    assert frag["format"] == FRAGMENT_FORMAT
    assert [t["id"] for t in frag["touchpoints"]] == [ids["ad"], ids["cart"]]
    # The link between the two cards and the frictions on cards and link come along.
    assert [k["id"] for k in frag["links"]] == [ids["l1"]]
    assert sorted(f["id"] for f in frag["frictions"]) == sorted([ids["f1"], ids["f2"]])
    assert frag["names"]["stage"][ids["aware"]] == "Awareness"
    assert frag["names"]["channel"][ids["web"]] == "Website"
    # JSON-ready, and survives the clipboard text round trip.
    again = loads_fragment(dumps_fragment(frag))
    assert again == json.loads(json.dumps(frag))
    assert set(fragment_ids(again)) == {ids["ad"], ids["cart"], ids["l1"], ids["f1"], ids["f2"]}


def test_paste_same_map_fresh_ids_and_references():
    doc, ids = sample()
    before = {i for i in list(doc.graph.nodes) + list(doc.links())}
    plan = paste_plan(doc, to_fragment(doc, [ids["ad"], ids["cart"]]))
    new = apply_plan(doc, plan)
    assert not set(new) & before
    kinds = [k for k, _ in plan]
    assert kinds.count("touchpoint") == 2 and kinds.count("link") == 1 and kinds.count("friction") == 2
    # Same map: same stage, lane, channel and personas as the originals.
    copy_ad = pasted_ids(plan, ["touchpoint"])[0]
    a = doc.get(copy_ad)
    assert (a["stage"], a["lane"], a["channel"]) == (ids["aware"], ids["lane"], ids["web"])
    assert a["personas"] == (ids["dina"], ids["budi"])
    assert a["emotions"] == {ids["dina"]: 2, ids["budi"]: -1}
    assert a["metrics"] == {"csat": 80.0, "volume": 1200}
    link = pasted_ids(plan, ["link"])[0]
    assert doc.link_ends(link) == tuple(pasted_ids(plan, ["touchpoint"]))
    assert doc.get(link)["persona"] == ids["dina"]
    # The friction on the copied link sits on the new link.
    fr_targets = {doc.get(f)["target"] for f in pasted_ids(plan, ["friction"])}
    assert link in fr_targets
    roundtrip(doc)


def test_paste_into_other_map_matches_by_name_or_drops():
    doc, ids = sample()
    other = JourneyDocument("Other")
    pe = other.add_persona("dina")  # matched case-insensitively by name
    st = other.add_stage("Purchase")
    first = other.add_stage("Zero")
    la = other.add_lane("Somewhere")
    cell_lane = other.add_lane("Cell lane")
    frag = json.loads(dumps_fragment(to_fragment(doc, [ids["ad"], ids["cart"], ids["ship"]])))
    plan = paste_plan(other, frag, stage=first, lane=cell_lane)
    apply_plan(other, plan)
    tps = pasted_ids(plan, ["touchpoint"])
    ad, cart, ship = (other.get(t) for t in tps)
    # "Awareness" is not in the target: the target cell's stage; "Purchase" is matched by name.
    assert ad["stage"] == first and cart["stage"] == st
    # No lane of that name: the target cell's lane.
    assert ad["lane"] == cell_lane and ship["lane"] == cell_lane
    # Personas by name; Budi is dropped (from personas and emotions).
    assert ad["personas"] == (pe,) and ad["emotions"] == {pe: 2}
    # Channels by name, added when missing.
    assert {other.get(c)["name"] for c in other.channels()} == {"Website", "Email"}
    assert other.get(ad["channel"])["name"] == "Website"
    assert la in other.lanes()
    assert other.count("link") == 2 and other.count("friction") == 3
    roundtrip(other)


def test_paste_into_empty_map_makes_a_stage_and_lane():
    doc, ids = sample()
    empty = JourneyDocument()
    plan = paste_plan(empty, to_fragment(doc, [ids["cart"]]))
    apply_plan(empty, plan)
    assert empty.count("stage") == 1 and empty.count("lane") == 1
    assert empty.get(empty.stages()[0])["name"] == "Purchase"
    roundtrip(empty)


def test_paste_stage_and_persona_themselves():
    doc, ids = sample()
    plan = paste_plan(doc, to_fragment(doc, [ids["aware"], ids["ad"], ids["budi"]]))
    apply_plan(doc, plan)
    new_stage = pasted_ids(plan, ["stage"])[0]
    new_persona = pasted_ids(plan, ["persona"])[0]
    copy = doc.get(pasted_ids(plan, ["touchpoint"])[0])
    assert copy["stage"] == new_stage  # follows the pasted stage
    assert new_persona in copy["personas"] and ids["dina"] in copy["personas"]
    assert doc.count("stage") == 3 and doc.count("persona") == 3
    roundtrip(doc)


def test_friction_alone_pastes_on_same_target_or_given_target():
    doc, ids = sample()
    frag = to_fragment(doc, [ids["f1"]])
    plan = paste_plan(doc, frag)
    apply_plan(doc, plan)
    assert doc.get(pasted_ids(plan)[0])["target"] == ids["cart"]
    other = JourneyDocument()
    s, la = other.add_stage("S"), other.add_lane("L")
    tp = other.add_touchpoint("T", s, la)
    assert paste_plan(other, frag) == []  # nowhere to attach it
    plan = paste_plan(other, frag, target=tp)
    apply_plan(other, plan)
    assert other.get(pasted_ids(plan)[0])["target"] == tp
    roundtrip(other)


def test_bad_values_and_references_in_a_fragment_never_break_the_map():
    doc, ids = sample()
    frag = to_fragment(doc, [ids["ad"], ids["cart"]])
    tp = frag["touchpoints"][0]
    tp["title"] = "x" * 10_000  # too long: default
    tp["metrics"] = {"csat": 900}  # out of range: default
    tp["channel"] = "ch_missing"  # unknown and unnamed: dropped
    tp["personas"] = ["pe_missing", 7]
    tp["stage"] = None
    frag["links"].append({"id": "ln_x", "source": ids["ad"], "target": "tp_missing"})
    frag["links"].append({"id": "ln_y", "source": ids["cart"], "target": ids["cart"]})
    frag["frictions"].append({"id": "fr_x", "target": "nowhere", "title": "lost"})
    frag["touchpoints"].append("not a dict")
    other = JourneyDocument()
    plan = paste_plan(other, frag)
    apply_plan(other, plan)
    a = other.get(pasted_ids(plan, ["touchpoint"])[0])
    assert a["title"] == "" and a["metrics"] == {} and a["channel"] is None and a["personas"] == ()
    roundtrip(other)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"format": "journeydesk"},
        {"format": FRAGMENT_FORMAT, "format_version": 99},
        {"format": FRAGMENT_FORMAT},
    ],
)
def test_not_a_fragment(data):
    with pytest.raises(FragmentError):
        paste_plan(JourneyDocument(), data)


def test_loads_fragment_rejects_text():
    with pytest.raises(FragmentError):
        loads_fragment("hello")
    with pytest.raises(FragmentError):
        loads_fragment(b"\xff\xfe")


def test_paste_twice_gives_distinct_ids():
    doc, ids = sample()
    frag = to_fragment(doc, [ids["ad"]])
    a = apply_plan(doc, paste_plan(doc, frag))
    b = apply_plan(doc, paste_plan(doc, frag))
    assert not set(a) & set(b)
    roundtrip(doc)
