"""A persona's path slides (its walk-through's touchpoints in walking order,
drawn as the map draws its cards, with its emotion along the way and the
frictions it meets) and the top hotspots."""

from __future__ import annotations

from ...i18n import translate
from ...i18n.formats import number
from ...layout import Rect
from ...layout import style as S
from ...present import TOUCHPOINT, Step, Tour
from ...present import wording as W
from ..pdf import ops
from ..pdf.mapdraw import colour, draw_badge
from .deck import Deck, friction_rows
from .page import MARGIN, MIN_TITLE_PT, NOTES, PAGE, Page

CARD_SCALE = MIN_TITLE_PT / S.CARD_TITLE_SIZE  # path cards: titles at the slides' smallest size
GAP = 14.0
STAGE_LINE = 12.0
STRIP = 44.0  # the emotion strip over a row of cards
UNDER = 26.0  # frictions under a card
ROWS = 2
HOTSPOTS_PER_SLIDE = 5
TOP_HOTSPOTS = 10


def per_row() -> int:
    w = S.CARD_WIDTH * CARD_SCALE
    return max(1, int((PAGE[0] - 2 * MARGIN + GAP) // (w + GAP)))


def path_chunks(tour: Tour) -> list[list[Step]]:
    """The walk's touchpoint steps, a slide's worth at a time."""
    steps = [s for s in tour.steps if s.kind == TOUCHPOINT]
    n = per_row() * ROWS
    return [steps[i : i + n] for i in range(0, len(steps), n)] or [[]]


def persona_slide(
    page: Page, deck: Deck, tour: Tour, chunk: list[Step], part: int, parts: int, number: int, total: int
) -> None:
    doc = deck.doc
    persona = tour.persona
    a = doc.graph.nodes[persona]
    name = a["name"] or translate("slides", "Persona")
    kicker = translate("slides", "Persona {number} of {total}").format(number=number, total=total)
    if parts > 1:
        kicker += " \u00b7 " + translate("slides", "part {part} of {parts}").format(part=part, parts=parts)
    steps = [s for s in tour.steps if s.kind == TOUCHPOINT]
    if not steps:
        page.header(kicker, name, a["role"])
        page.text(MARGIN, 100, tour.steps[0].title, 12, S.INK_SOFT)
        page.notes(a["notes"])
        return
    count = len(steps)  # a plain name: lupdate skips a count that is an expression
    kicker += " \u00b7 " + translate("slides", "%Ln touchpoint(s) on the way", None, count)
    subtitle = a["role"]
    if a["quote"] and part == 1:
        quote = f"\u201c{a['quote']}\u201d"
        subtitle = f"{subtitle} \u2014 {quote}" if subtitle else quote
    page.header(kicker, name, subtitle)
    n = per_row()
    w, h = S.CARD_WIDTH * CARD_SCALE, S.CARD_HEIGHT * CARD_SCALE
    row_h = STAGE_LINE + STRIP + h + UNDER + 8
    top = 80.0
    last_stage = None
    if chunk and chunk[0].number > 1:
        last_stage = steps[chunk[0].number - 2].stage
    for r in range(ROWS):
        row = chunk[r * n : (r + 1) * n]
        if not row:
            break
        y = top + r * row_h
        points = []
        for i, step in enumerate(row):
            x = MARGIN + i * (w + GAP)
            if step.stage != last_stage:
                page.text(
                    x,
                    y,
                    deck.name(step.stage, translate("slides", "Untitled stage")),
                    7.5,
                    S.INK_SOFT,
                    True,
                    w,
                )
                last_stage = step.stage
            card_top = y + STAGE_LINE + STRIP
            draw_card(page, deck, step.item, x, card_top, w, h)
            step_number(page, x, card_top, step.number, a["colour"])
            if step.emotion is not None:
                points.append(
                    (x + w / 2, y + STAGE_LINE + 4 + (3 - step.emotion) / 6 * (STRIP - 8), step.emotion)
                )
            under = [f for f in step.frictions if f in doc]
            if under:
                friction_rows(page, deck, under, x, card_top + h + 4, w, card_top + h + UNDER, True, False)
        emotion_strip(page, y + STAGE_LINE, MARGIN + len(row) * (w + GAP) - GAP, points, a["colour"])
    notes = [a["notes"].strip()] if part == 1 and a["notes"].strip() else []
    notes += [f"{s.number}. {s.title}: {s.notes}" for s in chunk if s.notes]
    page.notes("\n".join(notes))


def draw_card(page: Page, deck: Deck, tp: str, x: float, top: float, w: float, h: float) -> None:
    """A card as the map PDF draws it (``MapPainter.draw_card``), at the slide's scale."""
    c = page.c
    k = w / S.CARD_WIDTH
    painter = deck.painter
    c.saveState()
    c.translate(x, page.Y(top) - painter.H * k)
    c.scale(k, k)
    painter.draw_card(c, deck.doc.graph.nodes[tp], Rect(0, 0, S.CARD_WIDTH, S.CARD_HEIGHT), True)
    badge = deck.layout.badges.get(tp)
    if badge is not None:
        draw_badge(
            c,
            S.CARD_WIDTH - 4,
            painter.H - 4,
            badge.severity,
            badge.open_count or badge.count,
            badge.open_count == 0,
            S.BADGE_RADIUS,
        )
    c.restoreState()


def step_number(page: Page, x: float, top: float, number: int, tint: str) -> None:
    page.c.setFillColor(colour(tint))
    page.c.circle(x, page.Y(top), 7, stroke=0, fill=1)
    page.text(x, top - 4, str(number), 7, S.PAPER, True, align="centre")


def emotion_strip(page: Page, top: float, right: float, points, tint: str) -> None:
    """The persona's emotion over the cards: a line through its points, 0 dashed."""
    c = page.c
    zero = top + 4 + 3 / 6 * (STRIP - 8)
    c.addLiteral(
        f"{ops.stroke(S.EMOTION_AXIS)} {ops.width(0.8)} {ops.dash((3, 2))} {ops.line(MARGIN, page.Y(zero), right, page.Y(zero))} {ops.dash()}"
    )
    page.text(MARGIN - 3, zero - 3.5, "0", 6.5, S.INK_FAINT, align="right")
    if not points:
        return
    if len(points) > 1:
        c.addLiteral(
            f"{ops.stroke(tint)} {ops.width(1.8)} {ops.polyline([(px, page.Y(py)) for px, py, _ in points])} S"
        )
    for px, py, e in points:
        c.addLiteral(
            f"{ops.fill(S.PAPER)} {ops.stroke(tint)} {ops.width(1.5)} {ops.circle(px, page.Y(py), 3.2)} B"
        )
        page.text(px + 5, py - 9, W.signed(e), 6.5, S.INK_SOFT)


def hotspot_slides(tour: Tour) -> list[list[Step]]:
    steps = [s for s in tour.steps if s.kind == "hotspot"][:TOP_HOTSPOTS]
    return [steps[i : i + HOTSPOTS_PER_SLIDE] for i in range(0, len(steps), HOTSPOTS_PER_SLIDE)]


def hotspot_slide(page: Page, deck: Deck, chunk: list[Step], part: int, parts: int, total: int) -> None:
    kicker = translate("slides", "Friction hotspots, worst first")
    if parts > 1:
        kicker += " \u00b7 " + translate("slides", "part {part} of {parts}").format(part=part, parts=parts)
    shown = min(total, TOP_HOTSPOTS)
    title = translate("slides", "Where fixing friction matters most")
    sub = translate(
        "slides", "The top {shown} of %Ln hotspot(s); every one is in journeydesk analyze", None, total
    ).format(shown=shown)
    page.header(kicker, title, sub)
    w, h = PAGE
    bottom = h - 30 - (NOTES if page.notes_below else 0)
    row_h = (bottom - 80) / HOTSPOTS_PER_SLIDE
    for i, step in enumerate(chunk):
        y = 80 + i * row_h
        page.c.setFillColor(colour(S.STAGE_HEADER))
        page.c.circle(MARGIN + 9, page.Y(y + 9), 9, stroke=0, fill=1)
        page.text(MARGIN + 9, y + 4.5, str(step.number), 9, S.STAGE_HEADER_INK, True, align="centre")
        x = MARGIN + 26
        left_w = w * 0.42
        yy = page.text(x, y, step.title, 10.5, S.INK, True, left_w, lines=2)
        yy = page.text(x, yy, step.subtitle, 8, S.INK_SOFT, False, left_w)
        page.text(
            x, yy + 1, translate("slides", "score {score}").format(score=number(step.score)), 8, S.INK_SOFT
        )
        rx = x + left_w + 14
        rw = w - MARGIN - rx
        yy = page.text(rx, y, step.reason, 8.5, S.INK, False, rw, lines=2) + 2
        friction_rows(page, deck, list(step.frictions), rx, yy, rw, y + row_h - 4, compact=True)
        page.rule(MARGIN, y + row_h - 3, w - 2 * MARGIN, S.GRID, 0.5)
    page.notes("\n".join(f"{s.number}. {s.title}: {s.notes}" for s in chunk if s.notes))


__all__ = ["hotspot_slide", "hotspot_slides", "path_chunks", "per_row", "persona_slide"]
