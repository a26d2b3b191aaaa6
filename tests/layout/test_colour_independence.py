"""Nothing told by colour alone: personas by shape as well as colour
(layout.persona_marks), and the high-contrast map colours (layout.themes.HIGH_CONTRAST)."""

from __future__ import annotations

import math

from journeydesk.layout.card import Measures, card_content
from journeydesk.layout.persona_marks import MARKERS, marker_points, persona_markers
from journeydesk.model import JourneyDocument


def _doc(n: int) -> tuple[JourneyDocument, list[str]]:
    doc = JourneyDocument()
    personas = [doc.add_persona(f"P{i}", colour="#336699") for i in range(n)]
    return doc, personas


def test_each_persona_gets_its_own_shape_in_list_order():
    doc, personas = _doc(len(MARKERS) + 1)
    marks = persona_markers(doc)
    assert [marks[p] for p in personas[: len(MARKERS)]] == list(MARKERS)
    assert len({marks[p] for p in personas[: len(MARKERS)]}) == len(MARKERS)
    assert marks[personas[-1]] == MARKERS[0]  # round again past the six


def test_shapes_are_centred_and_about_as_big_as_the_circle():
    for shape in MARKERS:
        pts = marker_points(shape, 10.0, 20.0, 4.0)
        if pts is None:
            assert shape == "circle"
            continue
        area = 0.5 * abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1])))
        assert 0.55 * math.pi * 16 < area < 1.35 * math.pi * 16, shape
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        assert min(xs) < 10 < max(xs) and min(ys) < 20 < max(ys), shape
    up, down = marker_points("triangle", 0, 0, 4), marker_points("triangle_down", 0, 0, 4)
    assert up[0][1] < 0 < down[0][1]  # the point up (y down) and down


def test_a_cards_dots_carry_their_personas_shapes():
    doc, personas = _doc(3)
    stage, lane = doc.add_stage("S"), doc.add_lane("L")
    tp = doc.add_touchpoint("Pay", stage, lane, personas=[personas[2], personas[0]])
    width = len
    content = card_content(
        doc.graph.nodes, doc.graph.nodes[tp], 200, Measures(width, width, width), markers=persona_markers(doc)
    )
    marks = [m for _x, _c, m in content.dot_marks(200, 100)]
    # same colour for all three: the shape alone tells them apart
    assert sorted(marks) == sorted(["triangle", "circle"])
    assert len(content.dot_marks(200, 100)) == len(content.dots) == 2


def _luminance(hex_: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_high_contrast_map_text_reaches_wcag_aaa():
    from journeydesk.layout import themes

    hc = themes.HIGH_CONTRAST
    pairs = {  # text colour, ground: as the canvas paints them
        "card title": (hc.card_ink, hc.card_fill),
        "card meta": (hc.card_ink_soft, hc.card_fill),
        "chip": (hc.card_ink_soft, hc.chip_fill),
        "lane header": (hc.lane_ink, hc.lane_header),
        "stage header": (hc.stage_header_ink, hc.stage_header),
        "canvas text": (hc.ink, hc.canvas),
        "badge number": (hc.badge_ink, hc.severity[4]),
    }
    for what, (ink, ground) in pairs.items():
        assert contrast(ink, ground) >= 7.0, what
