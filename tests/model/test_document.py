"""JourneyDocument: every change keeps the invariants, emits events, and can be undone."""

from __future__ import annotations

import copy

import networkx as nx
import pytest
from journeydesk_testkit import assert_consistent, build_sample
from networkx.utils import graphs_equal

from journeydesk import JourneyDocument
from journeydesk.io import dumps
from journeydesk.model import Change, FieldError, Removed
from journeydesk.model.vocabulary import LANE_KINDS


def snapshot(doc: JourneyDocument):
    return copy.deepcopy(doc.graph.copy()), dumps(doc)


def assert_same(doc: JourneyDocument, snap) -> None:
    graph, text = snap
    assert graphs_equal(doc.graph, graph)
    assert dumps(doc) == text
    assert_consistent(doc)


# ----------------------------------------------------------------- reading
def test_sample_is_consistent(sample):
    assert_consistent(sample)


def test_touchpoints_come_in_journey_order(sample):
    # stage, then lane, then place in the cell
    assert sample.touchpoints() == ("tp_1", "tp_2", "tp_3", "tp_4", "tp_5", "tp_6")
    sample.reorder("la_2", 0)
    assert sample.touchpoints() == ("tp_1", "tp_2", "tp_4", "tp_3", "tp_5", "tp_6")


def test_graph_is_read_only(sample):
    with pytest.raises(nx.NetworkXError):
        sample.graph.add_node("x")
    with pytest.raises(nx.NetworkXError):
        sample.graph.remove_edge("tp_1", "tp_2", "ln_1")


def test_get_returns_a_copy(sample):
    data = sample.get("tp_1")
    data["title"] = "changed"
    assert sample.get("tp_1")["title"] == "Ad"
    data["metrics"]["csat"] = 1000.0  # nested values are copies too
    data["emotions"]["pe_a"] = 99
    sample.get("fr_1")["evidence"]["count"] = -5
    assert sample.get("tp_1")["metrics"]["csat"] == 80.0
    assert sample.get("tp_1")["emotions"]["pe_a"] == 1
    assert sample.get("fr_1")["evidence"]["count"] == 12
    assert sample.get("ln_3") == {"persona": "pe_b", "label": "direct", "source": "tp_1", "target": "tp_3"}
    with pytest.raises(KeyError):
        sample.get("nope")


def test_queries(sample):
    assert sample.kind_of("tp_1") == "touchpoint" and sample.kind_of("ln_1") == "link"
    assert sample.kind_of("missing") is None
    assert "ln_1" in sample and "tp_1" in sample and "zz" not in sample
    assert sample.frictions_on("tp_3") == ("fr_1", "fr_2")  # most severe first
    assert set(sample.links_of("tp_3")) == {"ln_2", "ln_3", "ln_4", "ln_5", "ln_6"}
    assert sample.count("touchpoint") == 6 and sample.count("link") == 6 and sample.count("friction") == 4
    assert sample.count("persona") == 2
    assert sample.cell("st_1", "la_1") == ("tp_1", "tp_2")
    assert list(sample.items("link")) == list(sample.links())
    assert sample.meta["title"] == "Sample"


# ----------------------------------------------------------------- adding
def test_add_each_kind_emits_added():
    doc = JourneyDocument()
    seen: list[Change] = []
    doc.subscribe(seen.append)
    p = doc.add_persona("P")
    s = doc.add_stage("S")
    la = doc.add_lane("L", "backstage")
    c = doc.add_channel("C")
    t1 = doc.add_touchpoint("T1", s, la, channel=c, personas=[p], emotions={p: 3})
    t2 = doc.add_touchpoint("T2", s, la)
    ln = doc.add_link(t1, t2, persona=p, label="next")
    fr = doc.add_friction(ln, "F", severity=1)
    assert [(e.action, e.kind, e.id) for e in seen] == [
        ("added", "persona", p),
        ("added", "stage", s),
        ("added", "lane", la),
        ("added", "channel", c),
        ("added", "touchpoint", t1),
        ("added", "touchpoint", t2),
        ("added", "link", ln),
        ("added", "friction", fr),
    ]
    assert p.startswith("pe_") and t1.startswith("tp_") and ln.startswith("ln_") and fr.startswith("fr_")
    assert_consistent(doc)


def test_add_at_index_and_defaults():
    doc = JourneyDocument()
    a = doc.add_stage("A")
    b = doc.add_stage("B", index=0)
    c = doc.add_stage("C", index=99)
    assert doc.stages() == (b, a, c)
    la = doc.add_lane("L")
    assert doc.get(la)["kind"] == "touchpoints"
    t1 = doc.add_touchpoint("1", a, la)
    t0 = doc.add_touchpoint("0", a, la, index=0)
    assert doc.cell(a, la) == (t0, t1)
    tp = doc.get(t0)
    assert tp["evidence"] == "observed" and tp["metrics"] == {} and tp["channel"] is None
    assert tp["order"] == 0 and doc.get(t1)["order"] == 1
    p1, p2 = doc.add_persona("1"), doc.add_persona("2")
    assert doc.get(p1)["colour"] != doc.get(p2)["colour"]  # colours cycle


def test_metric_values_are_normalised(sample):
    sample.set("tp_2", metrics={"nps": 10, "csat": 80, "volume": 12.0})
    m = sample.get("tp_2")["metrics"]
    assert m == {"csat": 80.0, "nps": 10.0, "volume": 12}
    assert list(m) == ["csat", "nps", "volume"]  # canonical order
    assert type(m["csat"]) is float and type(m["volume"]) is int
    sample.set("tp_2", metrics={"csat": None})
    assert sample.get("tp_2")["metrics"] == {}


BAD_ADDS = [
    ("persona", {"name": 5}),
    ("persona", {"name": "x" * 501}),
    ("persona", {"name": "P", "colour": "red"}),
    ("persona", {"name": "P", "goals": "one string"}),
    ("persona", {"name": "P", "quote": "x" * 20_001}),
    ("persona", {"name": "P", "shoe_size": 42}),
    ("persona", {"name": "P", "role": "\ud800"}),
    ("stage", {"name": None}),
    ("lane", {"name": "L", "kind": "swimlane"}),
    ("touchpoint", {"metrics": {"csat": 101}}),
    ("touchpoint", {"metrics": {"nps": -101}}),
    ("touchpoint", {"metrics": {"ces": 0.5}}),
    ("touchpoint", {"metrics": {"volume": 1.5}}),
    ("touchpoint", {"metrics": {"volume": -1}}),
    ("touchpoint", {"metrics": {"volume": 10**30}}),
    ("touchpoint", {"metrics": {"csat": 10**400}}),
    ("touchpoint", {"metrics": {"csat": float("nan")}}),
    ("touchpoint", {"metrics": {"csat": float("inf")}}),
    ("touchpoint", {"metrics": {"csat": "80"}}),
    ("touchpoint", {"metrics": {"csat": True}}),
    ("touchpoint", {"metrics": {"happiness": 3}}),
    ("touchpoint", {"emotions": {"pe_a": 4}}),
    ("touchpoint", {"emotions": {"pe_a": -4}}),
    ("touchpoint", {"emotions": {"pe_a": 1.5}}),
    ("touchpoint", {"emotions": {"pe_zz": 1}}),
    ("touchpoint", {"emotions": {1: 1}}),
    ("touchpoint", {"personas": ["pe_zz"]}),
    ("touchpoint", {"personas": "pe_a"}),
    ("touchpoint", {"channel": "ch_zz"}),
    ("touchpoint", {"channel": "st_1"}),
    ("touchpoint", {"evidence": "rumour"}),
    ("touchpoint", {"moment_of_truth": 1}),
    ("touchpoint", {"order": 3}),
    ("friction", {"severity": 5}),
    ("friction", {"severity": 0}),
    ("friction", {"severity": True}),
    ("friction", {"status": "done"}),
    ("friction", {"evidence_status": "maybe"}),
    ("friction", {"category": ""}),
    ("friction", {"category": "   "}),
    ("friction", {"evidence": {"quote": "q", "page": 3}}),
    ("friction", {"evidence": {"count": -1}}),
    ("friction", {"evidence": {"count": 10**16}}),
    ("friction", {"evidence": "a quote"}),
]


@pytest.mark.parametrize("kind,values", BAD_ADDS, ids=[f"{k}-{list(v)[-1]}" for k, v in BAD_ADDS])
def test_invalid_values_are_rejected(sample, events, kind, values):
    before = snapshot(sample)
    values = dict(values)
    with pytest.raises(FieldError) as err:
        if kind == "persona":
            sample.add_persona(values.pop("name"), **values)
        elif kind == "stage":
            sample.add_stage(values.pop("name"), **values)
        elif kind == "lane":
            sample.add_lane(values.pop("name"), values.pop("kind"), **values)
        elif kind == "touchpoint":
            sample.add_touchpoint("T", "st_1", "la_1", **values)
        elif kind == "friction":
            sample.add_friction("tp_1", "F", **values)
    assert str(err.value)  # a message in words
    assert events == []
    assert_same(sample, before)
    # the same values through set() are refused too, and change nothing
    target = {"persona": "pe_a", "stage": "st_1", "lane": "la_1", "touchpoint": "tp_1", "friction": "fr_1"}[
        kind
    ]
    if "name" in values or kind in ("touchpoint", "friction") or values:
        with pytest.raises(FieldError):
            sample.set(target, **({"name": 5} if not values else values))
        assert events == []
        assert_same(sample, before)


def test_invalid_structure_is_rejected(sample, events):
    before = snapshot(sample)
    with pytest.raises(FieldError):
        sample.add_touchpoint("T", "st_zz", "la_1")
    with pytest.raises(FieldError):
        sample.add_touchpoint("T", "st_1", "st_2")  # a stage is not a lane
    with pytest.raises(FieldError):
        sample.add_link("tp_1", "tp_1")
    with pytest.raises(FieldError):
        sample.add_link("tp_1", "zz")
    with pytest.raises(FieldError):
        sample.add_link("tp_1", "st_1")
    with pytest.raises(FieldError):
        sample.add_link("tp_1", "tp_2", persona="pe_zz")
    with pytest.raises(FieldError):
        sample.add_friction("st_1", "F")
    with pytest.raises(FieldError):
        sample.add_friction("fr_1", "F")
    for used in ("tp_1", "ln_1", "pe_a", "fr_1"):
        with pytest.raises(FieldError):
            sample.add_stage("S", id=used)
    with pytest.raises(FieldError):
        sample.add_stage("S", id="")
    with pytest.raises(FieldError):
        sample.add_stage("S", id="x" * 101)
    with pytest.raises(FieldError):
        JourneyDocument(language="english please")
    with pytest.raises(FieldError):
        sample.set_meta(language="")
    with pytest.raises(FieldError):
        sample.set_meta(colour="#FFFFFF")
    with pytest.raises(FieldError):
        sample.reorder("tp_1", 0)
    with pytest.raises(KeyError):
        sample.set("zz", title="x")
    with pytest.raises(KeyError):
        sample.remove("zz")
    assert events == []
    assert_same(sample, before)


def test_parallel_links_are_separate(sample):
    extra = sample.add_link("tp_1", "tp_2", label="second path")
    assert sample.link_ends(extra) == ("tp_1", "tp_2")
    assert sample.graph.number_of_edges("tp_1", "tp_2") == 2
    r = sample.remove(extra)
    assert sample.graph.number_of_edges("tp_1", "tp_2") == 1
    sample.restore(r)
    assert_consistent(sample)


# ----------------------------------------------------------------- changing
def test_set_returns_old_values_and_emits_changed_fields(sample, events):
    old = sample.set("tp_1", title="Banner", owner="Marketing", moment_of_truth=False)
    assert old == {"title": "Ad", "owner": "Marketing", "moment_of_truth": True}
    assert events == [Change("changed", "touchpoint", "tp_1", ("title", "moment_of_truth"))]
    events.clear()
    assert sample.set("tp_1", title="Banner") == {"title": "Banner"}
    assert events == []  # nothing changed, nothing emitted
    sample.set(item_id="tp_1", **old)
    assert sample.get("tp_1")["title"] == "Ad"


def test_set_on_every_kind_is_undoable(sample):
    before = snapshot(sample)
    changes = {
        "pe_a": {"name": "Anna", "goals": ["x", "y"], "colour": "#abcdef"},
        "st_1": {"name": "Awareness", "notes": "say hi"},
        "la_2": {"kind": "support_processes"},
        "ch_web": {"name": "Web"},
        "tp_3": {"metrics": {"ces": 2.5}, "emotions": {"pe_a": -3}, "personas": ["pe_b", "pe_a"]},
        "ln_3": {"persona": None, "label": ""},
        "fr_1": {"severity": 1, "status": "in_progress", "evidence": {"quote": "x"}},
    }
    olds = {item: sample.set(item, **values) for item, values in changes.items()}
    assert sample.get("pe_a")["colour"] == "#ABCDEF"
    assert sample.get("fr_1")["evidence"] == {"quote": "x", "source": "", "count": None}
    assert sample.get("tp_3")["personas"] == ("pe_b", "pe_a")
    assert_consistent(sample)
    for item, old in reversed(olds.items()):
        sample.set(item, **old)
    assert_same(sample, before)


def test_set_meta(sample, events):
    old = sample.set_meta(title="New", language="id")
    assert old == {"title": "Sample", "language": "en"}
    assert events == [Change("meta", "", None, ("title", "language"))]
    sample.set_meta(**old)
    assert sample.meta["language"] == "en"
    for bad in ({"title": 3}, {"language": "x"}, {"description": "x" * 20_001}):
        with pytest.raises(FieldError):
            sample.set_meta(**bad)


def test_move_touchpoint_and_back(sample, events):
    before = snapshot(sample)
    old = sample.move_touchpoint("tp_1", "st_3", "la_2", 0)
    assert old == ("st_1", "la_1", 0)
    assert events == [Change("moved", "touchpoint", "tp_1")]
    assert sample.cell("st_1", "la_1") == ("tp_2",)
    assert sample.get("tp_2")["order"] == 0
    assert sample.cell("st_3", "la_2") == ("tp_1",)
    assert_consistent(sample)
    sample.move_touchpoint("tp_1", *old)
    assert_same(sample, before)


def test_move_within_a_cell(sample):
    before = snapshot(sample)
    old = sample.move_touchpoint("tp_5", "st_3", "la_1", 5)
    assert sample.cell("st_3", "la_1") == ("tp_6", "tp_5")
    assert_consistent(sample)
    sample.move_touchpoint("tp_5", *old)
    assert_same(sample, before)


def test_move_rejects_bad_targets(sample):
    for args in (("st_zz", "la_1"), ("st_1", "ch_web"), ("la_1", "st_1")):
        with pytest.raises(FieldError):
            sample.move_touchpoint("tp_1", *args)
    with pytest.raises(FieldError):
        sample.move_touchpoint("ln_1", "st_1", "la_1")
    assert_consistent(sample)


@pytest.mark.parametrize("item", ["pe_b", "st_3", "la_2", "ch_mail"])
def test_reorder_each_ordered_kind(sample, events, item):
    before = snapshot(sample)
    kind = sample.kind_of(item)
    old = sample.reorder(item, 0)
    assert next(iter(sample.items(kind))) == item
    assert events == [Change("reordered", kind, item)]
    assert sample.graph.graph[f"{kind}_order"][0] == item
    sample.reorder(item, old)
    assert_same(sample, before)
    sample.reorder(item, -5)  # clamped
    assert next(iter(sample.items(kind))) == item


# ----------------------------------------------------------------- removing
ALL_ITEMS = [
    "pe_a", "pe_b", "st_1", "st_2", "st_3", "la_1", "la_2", "ch_web", "ch_mail",
    "tp_1", "tp_2", "tp_3", "tp_4", "tp_5", "tp_6",
    "ln_1", "ln_2", "ln_3", "ln_4", "ln_5", "ln_6", "fr_1", "fr_2", "fr_3", "fr_4",
]  # fmt: skip


@pytest.mark.parametrize("item", ALL_ITEMS)
def test_remove_then_restore_gives_the_same_document(sample, item):
    before = snapshot(sample)
    kind = sample.kind_of(item)
    seen: list[Change] = []
    sample.subscribe(seen.append)
    r = sample.remove(item)
    assert isinstance(r, Removed) and r.id == item and r.kind == kind
    assert item not in sample
    assert_consistent(sample)
    assert Change("removed", kind, item) in seen
    seen.clear()
    sample.restore(r)
    assert Change("added", kind, item) in seen
    assert_same(sample, before)
    # and again: a removal can be redone after an undo
    r2 = sample.remove(item)
    assert r2 == r
    sample.restore(r2)
    assert_same(sample, before)


def test_remove_touchpoint_takes_its_links_and_frictions(sample):
    r = sample.remove("tp_3")
    taken_links = {link for link, *_ in r.links}
    assert taken_links == {"ln_2", "ln_3", "ln_4", "ln_5", "ln_6"}
    taken_nodes = {n for n, _ in r.nodes}
    assert taken_nodes == {"tp_3", "fr_1", "fr_2", "fr_3"}  # fr_3 sits on ln_5
    assert sample.frictions() == ("fr_4",)
    assert_consistent(sample)


def test_remove_stage_takes_its_touchpoints_in_every_lane(sample):
    before = snapshot(sample)
    r = sample.remove("st_2")
    assert {n for n, a in r.nodes if a["type"] == "touchpoint"} == {"tp_3", "tp_4"}
    assert sample.stages() == ("st_1", "st_3")
    assert_consistent(sample)
    sample.restore(r)
    assert sample.stages() == ("st_1", "st_2", "st_3")
    assert_same(sample, before)


def test_remove_touchpoint_in_the_middle_of_a_cell_restores_its_place():
    doc = JourneyDocument()
    s, la = doc.add_stage("S"), doc.add_lane("L")
    tps = [doc.add_touchpoint(str(i), s, la) for i in range(5)]
    before = snapshot(doc)
    r = doc.remove(tps[2])
    assert doc.cell(s, la) == (tps[0], tps[1], tps[3], tps[4])
    assert [doc.get(t)["order"] for t in doc.cell(s, la)] == [0, 1, 2, 3]
    doc.restore(r)
    assert_same(doc, before)


def test_persona_removal_clears_and_restores_references(sample, events):
    before = snapshot(sample)
    r = sample.remove("pe_a")
    assert sample.get("tp_1")["personas"] == ("pe_b",)
    assert sample.get("tp_1")["emotions"] == {"pe_b": -1}
    assert sample.get("tp_2")["personas"] == () and sample.get("tp_2")["emotions"] == {}
    assert sample.get("ln_1")["persona"] is None
    assert sample.get("ln_3")["persona"] == "pe_b"
    assert {(item, f) for item, f, _ in r.patches} >= {
        ("tp_1", "personas"),
        ("tp_1", "emotions"),
        ("ln_1", "persona"),
    }
    assert Change("changed", "link", "ln_1", ("persona",)) in events
    assert_consistent(sample)
    sample.restore(r)
    assert_same(sample, before)


def test_channel_removal_clears_and_restores_references(sample):
    before = snapshot(sample)
    r = sample.remove("ch_web")
    assert all(sample.get(t)["channel"] is None for t in ("tp_1", "tp_2", "tp_3"))
    assert sample.get("tp_5")["channel"] == "ch_mail"
    assert_consistent(sample)
    sample.restore(r)
    assert_same(sample, before)


def test_remove_many_and_restore_many(sample):
    before = snapshot(sample)
    removals = sample.remove_many(["tp_3", "ln_5", "fr_1", "st_1", "pe_b", "tp_1"])
    # ln_5, fr_1 went with tp_3, and tp_1 with st_1: skipped, not an error
    assert [r.id for r in removals] == ["tp_3", "st_1", "pe_b"]
    assert_consistent(sample)
    sample.restore_many(removals)
    assert_same(sample, before)


def test_unsubscribe(sample):
    seen = []
    off = sample.subscribe(seen.append)
    sample.set("tp_1", title="x")
    off()
    off()  # twice is harmless
    sample.set("tp_1", title="y")
    assert len(seen) == 1


def test_replace_with_keeps_listeners():
    doc = build_sample()
    seen = []
    doc.subscribe(seen.append)
    other = JourneyDocument(title="Other")
    doc.replace_with(other)
    assert seen == [Change("reset")]
    assert doc.meta["title"] == "Other" and doc.count("touchpoint") == 0
    with pytest.raises(nx.NetworkXError):
        doc.graph.add_node("x")


def test_lane_kinds_all_accepted():
    doc = JourneyDocument()
    for kind in LANE_KINDS:
        doc.add_lane(kind, kind)
    assert [doc.get(la)["kind"] for la in doc.lanes()] == list(LANE_KINDS)


def test_known_ids_and_their_kinds_counted(sample):
    tp, link = sample.touchpoints()[0], sample.links()[0]
    stage = sample.stages()[0]
    ids = [tp, "gone", link, stage, tp]
    assert sample.known(ids) == [tp, link, stage, tp]
    assert sample.kind_counts(ids) == {"touchpoint": 2, "link": 1, "stage": 1}
    assert sample.kind_counts([]) == {}
