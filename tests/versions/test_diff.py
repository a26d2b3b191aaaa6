"""diff: pairs made by scripted edits give exactly the expected changes and report."""

from __future__ import annotations

import pytest
from journeydesk_testkit import build_sample
from make_map import make_document

from journeydesk.io import dumps, load_text
from journeydesk.versions import diff, report, to_json
from journeydesk.versions.sequences import kept_in_order, merge_order, moved


def copy(doc):
    return load_text(dumps(doc))


def test_a_map_equals_itself_and_its_copy():
    doc = build_sample()
    assert diff(doc, doc).equal
    again = copy(doc)
    again.set_meta(modified="2030-01-01T00:00:00Z")  # saving again is not a change
    d = diff(doc, again)
    assert d.equal and d.items == [] and report(d, "a", "b") == "a and b: no differences\n"


def test_scripted_edits_give_the_expected_report():
    old = build_sample()
    new = copy(old)
    new.set_meta(title="Sample v2")
    new.set("st_2", name="Purchase")
    s4 = new.add_stage("Advocacy", id="st_4")
    new.add_touchpoint("Referral email", s4, "la_1", id="tp_new", channel="ch_mail")
    new.remove("tp_6")  # Survey
    new.set("tp_1", title="Sponsored ad", metrics={"csat": 72, "volume": 1000, "nps": 10})
    new.set("tp_2", emotions={"pe_a": -1})
    new.move_touchpoint("tp_4", "st_3", "la_2")  # Fraud check: During -> After
    new.set("fr_2", status="resolved")
    new.reorder("la_2", 0)
    d = diff(old, new)
    assert d.summary() == {
        "stage": {"added": 1, "removed": 0, "changed": 1, "moved": 0, "reordered": 0},
        "lane": {"added": 0, "removed": 0, "changed": 1, "moved": 0, "reordered": 1},
        "touchpoint": {"added": 1, "removed": 1, "changed": 3, "moved": 1, "reordered": 0},
        "friction": {"added": 0, "removed": 0, "changed": 1, "moved": 0, "reordered": 0},
    }
    assert report(d, "v1.journey.json", "v2.journey.json") == (
        "v1.journey.json -> v2.journey.json: 10 items differ\n"
        "\n"
        "Map\n"
        "~ title: 'Sample' -> 'Sample v2'\n"
        "\n"
        "Stages: 1 added, 1 changed\n"
        "  ~ Purchase\n"
        "      name: 'During' -> 'Purchase'\n"
        "  + Advocacy\n"
        "\n"
        "Lanes: 1 changed, 1 reordered\n"
        "  ~ Backstage\n"
        "      position: 2 -> 1\n"
        "\n"
        "Touchpoints: 1 added, 1 removed, 3 changed, 1 moved\n"
        "  ~ Sponsored ad\n"
        "      title: 'Ad' -> 'Sponsored ad'\n"
        "      CSAT %: 80 -> 72 (down 8)\n"
        "      NPS: none -> 10\n"
        "  ~ Blog\n"
        "      emotion (Ana): +2 -> -1 (down 3)\n"
        "  ~ Fraud check\n"
        "      moved: During / Backstage -> After / Backstage\n"
        "  + Referral email (Advocacy / Touchpoints)\n"
        "  - Survey (After / Touchpoints)\n"
        "\n"
        "Frictions: 1 changed\n"
        "  ~ Account required on 'Checkout'\n"
        "      status: Open -> Resolved\n"
    )


def test_json_form_is_language_neutral_data():
    old = build_sample()
    new = copy(old)
    new.set("tp_3", metrics={"nps": 15})
    data = to_json(diff(old, new))
    assert data["format"] == "journeydesk-diff" and data["equal"] is False
    (item,) = data["items"]
    assert item == {
        "kind": "touchpoint",
        "id": "tp_3",
        "status": "changed",
        "name": "Checkout",
        "moved": False,
        "reordered": False,
        "fields": [{"field": "metrics.nps", "old": -5.0, "new": 15.0, "direction": "up", "delta": 20.0}],
    }


def test_an_inserted_card_does_not_reorder_the_others():
    old = build_sample()
    new = copy(old)
    new.add_touchpoint("First now", "st_1", "la_1", id="tp_first", index=0)
    new.move_touchpoint("tp_2", "st_1", "la_1", 1)  # Blog before Ad? no: after First, before Ad
    d = diff(old, new)
    reordered = [c.id for c in d.items if c.reordered]
    assert len(reordered) == 1 and reordered[0] in ("tp_1", "tp_2")
    assert [c.id for c in d.of("touchpoint", "added")] == ["tp_first"]


def test_removed_items_take_their_links_and_frictions_in_the_report():
    old = build_sample()
    new = copy(old)
    new.remove("tp_3")
    d = diff(old, new)
    assert {c.id for c in d.of("link", "removed")} == {"ln_2", "ln_3", "ln_4", "ln_5", "ln_6"}
    assert {c.id for c in d.of("friction", "removed")} == {"fr_1", "fr_2", "fr_3"}


def test_big_maps_diff_every_scripted_edit():
    old = make_document(2000, seed=4)
    new = copy(old)
    tps = new.touchpoints()
    edited = set(tps[::97])
    for tp in edited:
        new.set(tp, owner="Someone else")
    d = diff(old, new)
    assert {c.id for c in d.items} == edited
    assert all([f.field for f in c.fields] == ["owner"] for c in d.items)


# ---------------------------------------------------------------------- sequences
def test_kept_in_order_is_a_longest_common_subsequence():
    assert kept_in_order("abcdef", "abcdef") == set("abcdef")
    assert moved("abcdef", "bcdefa") == {"a"}
    assert moved("abcdef", "fabcde") == {"f"}
    assert len(moved("abcdef", "fedcba")) == 5
    assert moved("abc", "xbyc") == set() and moved("", "abc") == set()


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "expected"),
    [
        ("abcd", "abcd", "abcd", "abcd"),
        ("abcd", "abxcd", "abcd", "abxcd"),  # ours added
        ("abcd", "abcd", "abcyd", "abcyd"),  # theirs added
        ("abcd", "xabcd", "abcdy", "xabcdy"),  # both added
        ("abcd", "bcda", "abcd", "bcda"),  # ours moved
        ("abcd", "abcd", "dabc", "dabc"),  # theirs moved
        ("abcd", "bacd", "abdc", "badc"),  # both moved different ones
        ("abcd", "abd", "abcd", "abd"),  # ours removed (keep decides)
    ],
)
def test_merge_order(base, ours, theirs, expected):
    keep = set(expected)
    got, conflicts = merge_order(list(base), list(ours), list(theirs), keep)
    assert "".join(got) == expected and conflicts == set()


def test_merge_order_reports_one_item_moved_two_ways():
    got, conflicts = merge_order(list("abcd"), list("bcad"), list("bcda"), set("abcd"))
    assert conflicts == {"a"} and "".join(got) == "bcad"
