"""What the steps of a presentation are (headless): the main tour, the
readability rule, a persona's walk-through (the analysis's path), the friction
tour, speaker notes and quick capture's values."""

from __future__ import annotations

from datetime import datetime

import pytest
from journeydesk_testkit import EXAMPLES, build_sample
from make_map import make_document

from journeydesk.analysis import MapView, hotspots
from journeydesk.analysis.paths import persona_path
from journeydesk.io import load
from journeydesk.layout import Rect, compute_layout
from journeydesk.layout import style as S
from journeydesk.model import JourneyDocument
from journeydesk.present import (
    HOTSPOT,
    OVERVIEW,
    PERSONA,
    STAGE,
    TOUCHPOINT,
    Screens,
    capture,
    display,
    framing,
    friction_tour,
    main_tour,
    persona_tour,
)

SCREEN = display(1920, 1080)
# room kept for a title bar, a lane column, panels and the progress bar, as the presentation keeps it
SCREENS = Screens(
    overview=SCREEN.inset(left=28, top=236, right=28, bottom=60),
    stage=SCREEN.inset(left=240, top=96, right=28, bottom=60),
    focus=SCREEN.inset(left=28, top=96, right=540, bottom=262),
)


def maps() -> list[JourneyDocument]:
    return [load(p) for p in EXAMPLES] + [make_document(200, seed=3), build_sample()]


def test_the_rule_is_18_px_titles_on_1920_by_1080_and_scales_with_the_display():
    assert SCREEN.min_title == 18.0
    assert SCREEN.readable_zoom * S.CARD_TITLE_SIZE == pytest.approx(18.0)
    small = display(1280, 720)
    assert small.min_title == pytest.approx(12.0)
    wide = display(3840, 1080)  # as tall as the reference: the same size
    assert wide.min_title == pytest.approx(18.0)


@pytest.mark.parametrize("doc", maps(), ids=lambda d: d.meta["title"][:30])
def test_main_tour_is_the_overview_then_every_stage_in_order_each_readable(doc):
    layout = compute_layout(doc)
    tour = main_tour(doc, layout, SCREENS)
    assert tour.steps[0].kind == OVERVIEW
    assert tour.steps[0].focus == Rect(0, 0, layout.width, layout.height)
    stages = [s.stage for s in tour.steps[1:]]
    assert all(s.kind == STAGE for s in tour.steps[1:])
    assert list(dict.fromkeys(stages)) == list(doc.stages())  # each stage once, in order, parts together
    assert len({s.key for s in tour.steps}) == len(tour.steps)
    area = SCREENS.stage.area
    for step in tour.steps[1:]:
        assert step.zoom * S.CARD_TITLE_SIZE >= 18.0 - 1e-9, step.key
        assert step.focus.w * step.zoom <= area.w + 1e-6 and step.focus.h * step.zoom <= area.h + 1e-6
        assert step.progress.startswith(f"Stage {step.number} of {len(doc.stages())}")
    for stage in doc.stages():  # a stage's parts cover its column exactly
        parts = [s.focus for s in tour.steps if s.stage == stage]
        whole = framing.stage_rect(layout, stage)
        assert sum(p.w * p.h for p in parts) == pytest.approx(whole.w * whole.h)
        assert min(p.x for p in parts) == whole.x and max(p.right for p in parts) == pytest.approx(
            whole.right
        )
        assert min(p.y for p in parts) == whole.y and max(p.bottom for p in parts) == pytest.approx(
            whole.bottom
        )


def test_a_tall_stage_is_cut_at_lane_boundaries():
    doc = load(next(p for p in EXAMPLES if p.name.startswith("online-store")))
    layout = compute_layout(doc)
    tour = main_tour(doc, layout, SCREENS)
    lane_tops = {r.y for r in layout.lane_rows.values()}
    first = [s for s in tour.steps if s.stage == doc.stages()[0]]
    assert len(first) == 2 and [s.part for s in first] == [1, 2] and first[0].parts == 2
    assert first[1].focus.y in lane_tops  # the cut is where a lane starts
    assert first[0].progress == "Stage 1 of 3 \u00b7 part 1 of 2"


def test_a_stage_wider_than_the_screen_is_cut_between_card_columns():
    doc = JourneyDocument("Wide")
    stage = doc.add_stage("Everything at once")
    lane = doc.add_lane("Touchpoints")
    for i in range(60):
        doc.add_touchpoint(f"Card {i}", stage, lane)
    layout = compute_layout(doc)
    steps = [s for s in main_tour(doc, layout, SCREENS).steps if s.kind == STAGE]
    assert len(steps) > 1
    for step in steps:
        assert step.zoom * S.CARD_TITLE_SIZE >= 18.0 - 1e-9
        cards = [r for r in layout.cards.values() if step.focus.contains(r.cx, r.cy)]
        for r in cards:  # no card is cut in two by a window's edge
            assert step.focus.x <= r.x and r.right <= step.focus.right + 1e-6


def test_cut_prefers_the_welcome_places_and_keeps_every_span_within_room():
    assert framing.cut(0, 100, 100, []) == [(0, 100)]
    assert framing.cut(0, 250, 100, [40, 90, 160, 230]) == [(0, 90), (90, 160), (160, 250)]
    spans = framing.cut(0, 250, 100, [])
    assert spans == [(0, 100), (100, 200), (200, 250)]


@pytest.mark.parametrize("doc", maps(), ids=lambda d: d.meta["title"][:30])
def test_a_persona_walk_visits_exactly_the_path_the_analysis_computes(doc):
    layout = compute_layout(doc)
    view = MapView(doc)
    for persona in doc.personas():
        report = persona_path(view, persona)
        expected = [t["id"] for group in report["sequence"] for t in group["touchpoints"]]
        tour = persona_tour(doc, layout, persona, SCREENS)
        walked = [s.item for s in tour.steps if s.kind == TOUCHPOINT]
        assert walked == expected == list(tour.path)
        if expected:
            assert tour.steps[0].kind == PERSONA
        nodes = doc.graph.nodes
        for step in tour.steps[1:]:
            assert step.emotion == nodes[step.item]["emotions"].get(persona)
            assert step.zoom * S.CARD_TITLE_SIZE >= 18.0 - 1e-9
            assert set(doc.frictions_on(step.item)) <= set(step.frictions)


def test_a_persona_meets_the_frictions_on_the_link_that_brought_it():
    doc = build_sample()  # fr_3 sits on ln_5, tp_3 -> tp_5
    layout = compute_layout(doc)
    tour = persona_tour(doc, layout, "pe_b", SCREENS)
    at = {s.item: s for s in tour.steps if s.kind == TOUCHPOINT}
    assert "fr_3" in at["tp_5"].frictions
    assert at["tp_3"].frictions[:2] == ("fr_1", "fr_2")  # most severe first


def test_a_persona_with_no_touchpoints_gets_one_step_saying_so():
    doc = JourneyDocument("Two people")
    ana, lonely = doc.add_persona("Ana"), doc.add_persona("Nobody")
    doc.add_touchpoint("Only for Ana", doc.add_stage("One"), doc.add_lane("Touchpoints"), personas=[ana])
    tour = persona_tour(doc, compute_layout(doc), lonely, SCREENS)
    assert len(tour.steps) == 1 and "Nobody" in tour.steps[0].title


def test_friction_tour_is_the_hotspots_worst_first_with_their_reasons():
    doc = load(next(p for p in EXAMPLES if p.name.startswith("online-store")))
    layout = compute_layout(doc)
    rows = hotspots(doc)
    tour = friction_tour(doc, layout, SCREENS)
    assert [s.item for s in tour.steps] == [r["id"] for r in rows]
    assert all(s.kind == HOTSPOT for s in tour.steps)
    first = tour.steps[0]
    assert first.progress == f"Hotspot 1 of {len(rows)}"
    assert "customers pass here" in first.reason and "routes" in first.reason
    assert first.zoom * S.CARD_TITLE_SIZE >= 18.0
    links = [s for s in tour.steps if doc.kind_of(s.item) == "link"]
    assert links, "the example has a hotspot on a link"
    for step in links:  # framed on the link's badge, between its two cards
        u, v = doc.link_ends(step.item)
        xs = sorted((layout.cards[u].cx, layout.cards[v].cx))
        assert xs[0] - 200 <= step.focus.cx <= xs[1] + 200


def test_a_map_with_no_friction_has_a_friction_tour_of_one_step():
    doc = JourneyDocument("Calm")
    s = doc.add_stage("Only")
    la = doc.add_lane("Touchpoints")
    doc.add_touchpoint("Fine", s, la)
    tour = friction_tour(doc, compute_layout(doc), SCREENS)
    assert len(tour.steps) == 1 and tour.steps[0].title == "No open frictions on this map"


def test_speaker_notes_come_from_the_notes_fields():
    doc = build_sample()
    doc.set("st_1", notes="Open with the ad numbers")
    doc.set("tp_2", notes="Blog traffic doubled")
    doc.set("pe_a", notes="Ana is our main buyer")
    layout = compute_layout(doc)
    stage = next(s for s in main_tour(doc, layout, SCREENS).steps if s.stage == "st_1")
    assert stage.notes.splitlines() == ["Open with the ad numbers", "Blog: Blog traffic doubled"]
    walk = persona_tour(doc, layout, "pe_a", SCREENS)
    assert walk.steps[0].notes == "Ana is our main buyer"
    assert next(s for s in walk.steps if s.item == "tp_2").notes == "Blog traffic doubled"
    assert next(s for s in walk.steps if s.item == "tp_1").notes == ""


def test_captured_values_carry_the_mark_and_are_found_again():
    doc = build_sample()
    when = datetime(2026, 3, 4, 14, 5)
    f = doc.add_friction(**capture.friction_values("tp_1", " Queue at the till ", when))
    c = doc.add_comment(**capture.idea_values("st_2", "Offer a call-back", when))
    assert doc.get(f)["title"] == "Queue at the till"
    assert doc.get(f)["evidence"]["source"] == "captured while presenting, 2026-03-04 14:05"
    assert doc.get(f)["evidence_status"] == "assumed"
    assert doc.get(c)["author"].startswith(capture.CAPTURED)
    assert capture.is_captured(doc, f) and capture.is_captured(doc, c)
    assert not capture.is_captured(doc, "fr_1") and not capture.is_captured(doc, "tp_1")
    assert capture.target_kind_ok(doc, capture.FRICTION, "ln_1")
    assert not capture.target_kind_ok(doc, capture.FRICTION, "st_1")
    assert not capture.target_kind_ok(doc, capture.FRICTION, None)
    assert capture.target_kind_ok(doc, capture.IDEA, None) and capture.target_kind_ok(
        doc, capture.IDEA, "st_1"
    )
