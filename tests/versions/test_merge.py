"""merge: scripted concurrent edits combine with no loss, and conflicts are exactly
where both sides changed one field two ways."""

from __future__ import annotations

import random

import pytest
from journeydesk_testkit import assert_consistent, build_sample
from make_map import make_document
from networkx.utils import graphs_equal

from journeydesk.io import dumps, load_text
from journeydesk.versions import diff, merge
from journeydesk.versions.conflicts import conflict_line


def copy(doc):
    return load_text(dumps(doc))


def same(a, b) -> bool:
    return dumps(a) == dumps(b)


def test_one_sided_edits_are_taken_whole():
    base = build_sample()
    ours = copy(base)
    ours.set("tp_1", title="Ours")
    ours.add_stage("Advocacy", id="st_new")
    assert same(merge(base, ours, copy(base)).document, ours)
    assert same(merge(base, copy(base), ours).document, ours)
    assert merge(base, copy(base), copy(base)).clean


def test_different_fields_and_items_combine():
    base = build_sample()
    ours, theirs = copy(base), copy(base)
    ours.set("tp_1", title="Sponsored ad", metrics={"csat": 85, "volume": 1000})
    theirs.set("tp_1", owner="Growth team", metrics={"csat": 80, "volume": 1000, "nps": 12})
    theirs.set("tp_2", emotions={"pe_a": 2, "pe_b": 1})
    ours.set("tp_2", emotions={"pe_a": 3})
    theirs.set("tp_3", personas=["pe_b", "pe_a"])
    ours.set("tp_3", personas=[])
    ours.add_touchpoint("Ours new", "st_3", "la_1", id="tp_o")
    theirs.add_touchpoint("Theirs new", "st_3", "la_1", id="tp_t")
    theirs.set("fr_1", status="in_progress")
    result = merge(base, ours, theirs)
    assert result.clean, result.conflicts
    m = result.document
    a = m.get("tp_1")
    assert (a["title"], a["owner"], a["metrics"]) == (
        "Sponsored ad",
        "Growth team",
        {"csat": 85.0, "nps": 12.0, "volume": 1000},
    )
    assert m.get("tp_2")["emotions"] == {"pe_a": 3, "pe_b": 1}
    assert m.get("tp_3")["personas"] == ("pe_a",)  # ours dropped pe_b, theirs added pe_a
    assert m.cell("st_3", "la_1") == ("tp_5", "tp_6", "tp_o", "tp_t")
    assert m.get("fr_1")["status"] == "in_progress"
    assert_consistent(m)


def test_same_field_two_ways_is_a_conflict_settled_by_choice():
    base = build_sample()
    ours, theirs = copy(base), copy(base)
    ours.set("tp_3", title="Pay now")
    theirs.set("tp_3", title="Checkout page")
    theirs.set_meta(title="Theirs map")
    ours.set_meta(title="Ours map")
    for prefer, title, map_title in (
        ("ours", "Pay now", "Ours map"),
        ("theirs", "Checkout page", "Theirs map"),
    ):
        result = merge(base, ours, theirs, prefer=prefer)
        assert [(c.kind, c.id, c.field, c.kept) for c in result.conflicts] == [
            ("map", "map", "title", prefer),
            ("touchpoint", "tp_3", "title", prefer),
        ]
        assert result.document.get("tp_3")["title"] == title
        assert result.document.meta["title"] == map_title
    line = conflict_line(result, [base, ours, theirs], result.conflicts[1])
    assert (
        line
        == "Touchpoint 'Checkout page' (tp_3): title: ours 'Pay now', theirs 'Checkout page'; kept theirs"
    )


def test_delete_versus_edit_is_a_conflict_not_a_loss():
    base = build_sample()
    ours, theirs = copy(base), copy(base)
    ours.remove("tp_6")
    theirs.set("tp_6", title="Survey, improved")
    kept = merge(base, ours, theirs)  # ours: deleted
    (c,) = kept.conflicts
    assert (c.kind, c.id, c.field, c.kept, c.note) == ("touchpoint", "tp_6", "deleted", "ours", "ours")
    assert "tp_6" not in kept.document
    assert conflict_line(kept, [base, ours, theirs], c).endswith(
        "deleted in ours, changed in theirs; it stays deleted"
    )
    back = merge(base, ours, theirs, prefer="theirs")
    assert back.document.get("tp_6")["title"] == "Survey, improved"
    # The other way round: the edit is ours, so by default it stays.
    mine = merge(base, theirs, ours)
    assert mine.document.get("tp_6")["title"] == "Survey, improved" and len(mine.conflicts) == 1


def test_untouched_items_deleted_on_one_side_go_quietly():
    base = build_sample()
    ours, theirs = copy(base), copy(base)
    ours.remove("st_1")  # with Ad and Blog, their links and frictions
    theirs.set("tp_3", owner="Sales")
    result = merge(base, ours, theirs)
    assert result.clean
    assert "tp_1" not in result.document and result.document.get("tp_3")["owner"] == "Sales"


def test_a_card_added_into_a_stage_the_other_side_deleted_brings_the_stage_back():
    base = build_sample()
    ours, theirs = copy(base), copy(base)
    ours.remove("st_1")
    theirs.add_touchpoint("New in Before", "st_1", "la_1", id="tp_new")
    theirs.add_link("tp_new", "tp_3", id="ln_new")
    result = merge(base, ours, theirs)
    m = result.document
    assert m.stages()[0] == "st_1" and m.cell("st_1", "la_1") == ("tp_new",)
    assert [(c.kind, c.id, c.field, c.kept) for c in result.conflicts] == [
        ("stage", "st_1", "reference", "kept")
    ]
    assert "ln_new" in m
    assert_consistent(m)


def test_a_link_added_to_a_card_the_other_side_deleted_is_dropped_and_reported():
    base = build_sample()
    ours, theirs = copy(base), copy(base)
    ours.remove("tp_4")
    theirs.add_link("tp_2", "tp_4", id="ln_new")
    theirs.add_friction("ln_new", "Slow handover", id="fr_new")
    result = merge(base, ours, theirs)
    assert {(c.kind, c.id, c.field, c.kept) for c in result.conflicts} == {
        ("link", "ln_new", "reference", "dropped"),
        ("friction", "fr_new", "reference", "dropped"),
    }
    assert "ln_new" not in result.document
    assert_consistent(result.document)


def test_orders_merge():
    base = build_sample()
    ours, theirs = copy(base), copy(base)
    ours.reorder("st_3", 0)  # After, Before, During
    theirs.add_stage("Advocacy", id="st_4")
    theirs.move_touchpoint("tp_2", "st_1", "la_1", 0)  # Blog before Ad
    ours.add_touchpoint("Poster", "st_1", "la_1", id="tp_p")
    result = merge(base, ours, theirs)
    assert result.clean
    m = result.document
    assert m.stages() == ("st_3", "st_1", "st_2", "st_4")
    assert m.cell("st_1", "la_1") == ("tp_2", "tp_1", "tp_p")


def test_a_card_moved_to_different_cells_on_both_sides():
    base = build_sample()
    ours, theirs = copy(base), copy(base)
    ours.move_touchpoint("tp_6", "st_1", "la_1")
    theirs.move_touchpoint("tp_6", "st_2", "la_2")
    result = merge(base, ours, theirs)
    assert [(c.id, c.field) for c in result.conflicts] == [("tp_6", "cell")]
    assert result.document.get("tp_6")["stage"] == "st_1"
    line = conflict_line(result, [base, ours, theirs], result.conflicts[0])
    assert (
        line
        == "Touchpoint 'Survey' (tp_6): cell: ours Before / Touchpoints, theirs During / Backstage; kept ours"
    )


FIELDS = {
    "title": lambda r: f"T{r.randrange(10**6)}",
    "owner": lambda r: f"O{r.randrange(10**6)}",
    "notes": lambda r: f"N{r.randrange(10**6)}",
    "evidence": lambda r: r.choice(("observed", "assumed", "proposed")),
    "moment_of_truth": lambda r: r.random() < 0.5,
}


@pytest.mark.parametrize("seed", range(6))
def test_scripted_concurrent_edits_lose_nothing_and_conflict_exactly_on_overlaps(seed):
    rnd = random.Random(seed)
    base = make_document(400, seed=seed)
    ours, theirs = copy(base), copy(base)
    tps = list(base.touchpoints())
    edits: dict[str, dict[tuple[str, str], object]] = {"ours": {}, "theirs": {}}
    for side, doc in (("ours", ours), ("theirs", theirs)):
        for tp in rnd.sample(tps, 120):
            f = rnd.choice(list(FIELDS))
            value = FIELDS[f](rnd)
            if value == base.get(tp)[f]:
                continue
            doc.set(tp, **{f: value})
            edits[side][(tp, f)] = value
    overlap = {
        k for k in edits["ours"].keys() & edits["theirs"].keys() if edits["ours"][k] != edits["theirs"][k]
    }
    for prefer in ("ours", "theirs"):
        result = merge(base, ours, theirs, prefer=prefer)
        assert {(c.id, c.field) for c in result.conflicts} == overlap
        m = result.document
        for side in ("ours", "theirs"):
            for (tp, f), value in edits[side].items():
                if (tp, f) not in overlap:
                    assert m.get(tp)[f] == value  # no edit lost
        for tp, f in overlap:
            assert m.get(tp)[f] == edits[prefer][(tp, f)]
        assert_consistent(m)


def test_the_fast_build_equals_the_checked_build():
    base = make_document(300, seed=2)
    ours, theirs = copy(base), copy(base)
    ours.remove(base.stages()[2])
    theirs.set(base.touchpoints()[0], title="x", metrics={"csat": 50})
    theirs.reorder(base.lanes()[3], 0)
    fast = merge(base, ours, theirs).document
    checked = merge(base, ours, theirs, checked=True).document
    assert graphs_equal(fast.graph, checked.graph) and dumps(fast) == dumps(checked)
    assert diff(checked, fast).equal


def test_one_id_on_two_kinds_is_refused_by_the_model():
    from journeydesk.model import FieldError

    base = build_sample()
    ours, theirs = copy(base), copy(base)
    ours.add_stage("X", id="clash")
    theirs.add_persona("X", id="clash")
    with pytest.raises(FieldError, match="already used"):
        merge(base, ours, theirs)


def _random_edits(doc, rnd: random.Random, tag: str) -> None:
    """Adds, removals, moves, reorders and field edits of every kind."""
    for step in range(25):
        tps = list(doc.touchpoints())
        what = rnd.random()
        if what < 0.15 and tps:
            doc.remove(rnd.choice(tps))
        elif what < 0.3:
            doc.add_touchpoint(
                f"{tag} card {step}", rnd.choice(doc.stages()), rnd.choice(doc.lanes()), id=f"tp_{tag}_{step}"
            )
        elif what < 0.45 and tps:
            doc.move_touchpoint(
                rnd.choice(tps), rnd.choice(doc.stages()), rnd.choice(doc.lanes()), rnd.randrange(3)
            )
        elif what < 0.5:
            doc.reorder(rnd.choice(doc.stages()), rnd.randrange(len(doc.stages())))
        elif what < 0.55 and len(doc.stages()) > 2:
            doc.remove(rnd.choice(doc.stages()))
        elif what < 0.6:
            doc.add_stage(f"{tag} stage {step}", id=f"st_{tag}_{step}", index=rnd.randrange(4))
        elif what < 0.7 and len(tps) > 1:
            a, b = rnd.sample(tps, 2)
            doc.add_link(a, b, id=f"ln_{tag}_{step}")
        elif what < 0.8 and tps:
            doc.add_friction(rnd.choice(tps), f"{tag} friction", id=f"fr_{tag}_{step}")
        elif what < 0.85 and doc.personas():
            doc.remove(rnd.choice(doc.personas()))
        elif tps:
            doc.set(rnd.choice(tps), title=f"{tag} {step}", metrics={"csat": rnd.randrange(101)})


@pytest.mark.parametrize("seed", range(12))
def test_random_concurrent_edits_always_merge_into_a_valid_map(seed):
    rnd = random.Random(seed)
    base = make_document(60, seed=seed)
    ours, theirs = copy(base), copy(base)
    _random_edits(ours, rnd, "o")
    _random_edits(theirs, rnd, "t")
    for prefer in ("ours", "theirs"):
        result = merge(base, ours, theirs, prefer=prefer)
        m = result.document
        assert_consistent(m)
        assert load_text(dumps(m)).count("touchpoint") == m.count("touchpoint")
        # A card only one side added is always there (its stage comes back if need be).
        for side in (ours, theirs):
            assert {tp for tp in side.touchpoints() if tp not in base} <= set(m.touchpoints())
    # Both sides alike: the merge is that side.
    assert same(merge(base, ours, ours).document, ours)
    assert same(merge(base, theirs, theirs).document, theirs)
