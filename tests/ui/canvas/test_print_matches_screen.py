"""Print matches screen: every emotion-curve point, metric chip and friction
badge the PDF draws sits where the canvas draws it, for every example map.

The PDF side is what its painter really draws: ``ops.circle``,
``ops.round_rect`` and ``draw_badge`` are recorded while a real reportlab
canvas is drawn on (their output still goes into the page). Coordinates are
compared in layout units (the painter flips y for PDF).
"""

from __future__ import annotations

import io

import pytest
from journeydesk_testkit import EXAMPLES
from PySide6.QtGui import QUndoStack
from reportlab.pdfgen.canvas import Canvas

from journeydesk.export.pdf import mapdraw
from journeydesk.io import load
from journeydesk.layout import compute_layout
from journeydesk.layout.card import CHIP_H
from journeydesk.ui.canvas import MapScene

TOLERANCE = 0.6


class Recorder:
    def __init__(self, monkeypatch) -> None:
        self.circles: list[tuple[float, float, float]] = []
        self.rects: list[tuple[float, float, float, float]] = []
        self.badges: list[tuple[float, float]] = []
        for name, store in (("circle", self.circles), ("round_rect", self.rects)):
            real = getattr(mapdraw.ops, name)

            def spy(*args, real=real, store=store):
                store.append(tuple(args[:4]) if len(args) > 3 else tuple(args))
                return real(*args)

            monkeypatch.setattr(mapdraw.ops, name, spy)
        real_badge = mapdraw.draw_badge

        def badge_spy(c, x, y, *rest):
            self.badges.append((x, y))
            return real_badge(c, x, y, *rest)

        monkeypatch.setattr(mapdraw, "draw_badge", badge_spy)


def near(a, b) -> bool:
    return all(abs(p - q) <= TOLERANCE for p, q in zip(a, b))


@pytest.fixture(params=[p.name for p in EXAMPLES])
def drawn(request, monkeypatch, qapp):
    doc = load(next(p for p in EXAMPLES if p.name == request.param))
    layout = compute_layout(doc)
    rec = Recorder(monkeypatch)
    canvas = Canvas(io.BytesIO(), pagesize=(layout.width, layout.height))
    mapdraw.MapPainter(doc, layout).draw(canvas)
    canvas.showPage()
    canvas.save()
    scene = MapScene(doc, QUndoStack())
    yield doc, layout, scene, rec
    scene.detach()


def test_curve_points_print_where_the_canvas_draws_them(drawn):
    doc, layout, scene, rec = drawn
    H = layout.height
    pdf = [(x, H - y) for x, y, r in rec.circles if r in (4.5, 5.0)]
    points = 0
    for persona in doc.personas():
        curve = scene.curve_item(persona)
        if curve is None:
            continue
        for p in curve.points:
            shown = curve.display_pos(p.touchpoint)
            assert any(near((shown.x(), shown.y()), q) for q in pdf), (persona, p.touchpoint)
            points += 1
    assert points == sum(len(c) for c in layout.curves.values()) > 0


def test_metric_chips_print_where_the_canvas_draws_them(drawn):
    _doc, layout, scene, rec = drawn
    H = layout.height
    pdf = [(x, H - y - h, w, h) for x, y, w, h in rec.rects if abs(h - CHIP_H) < 0.01]
    chips = 0
    for tp, item in scene.card_items().items():
        card = item.scene_rect()
        top = card.top() + item.content().chip_top(card.height())
        for chip in item.content().chips:
            shown = (card.left() + chip.x, top, chip.w, CHIP_H)
            assert any(near(shown, q) for q in pdf), (tp, chip.text)
            chips += 1
    assert chips == len(pdf)


def test_friction_badges_print_where_the_canvas_draws_them(drawn):
    _doc, layout, scene, rec = drawn
    H = layout.height
    pdf = [(x, H - y) for x, y in rec.badges]
    for target in layout.badges:
        pos = scene.badge_item(target).scenePos()
        assert any(near((pos.x(), pos.y()), q) for q in pdf), target
    assert len(pdf) == len(layout.badges)
