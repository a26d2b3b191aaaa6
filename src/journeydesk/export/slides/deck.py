"""The title slide and the stage slides: the map drawn by the map PDF's own
painter (``export.pdf.mapdraw``), cropped to what the step frames, with the
lane names beside it and a panel of the stage's frictions, feelings and
numbers."""

from __future__ import annotations

from typing import Any

from ...i18n import translate
from ...i18n.formats import number
from ...layout import MapLayout, Rect, elide
from ...layout import style as S
from ...model import JourneyDocument
from ...present import Screens, Step
from ...present import wording as W
from .. import fonts
from ..pdf.mapdraw import MapPainter, colour, draw_badge
from .page import LANES, MARGIN, NOTES, PAGE, PANEL, Page


class Deck:
    """What every slide draws from: the map, its layout and painter, the
    analysis it shows, the screens the steps were planned for."""

    def __init__(
        self, doc: JourneyDocument, layout: MapLayout, screens: Screens, scorecard: list[dict[str, Any]]
    ) -> None:
        self.doc = doc
        self.layout = layout
        self.screens = screens
        self.painter = MapPainter(doc, layout)
        self.scorecard = {row["id"]: row for row in scorecard}

    def name(self, item: str | None, fallback: str) -> str:
        if item is None or item not in self.doc:
            return fallback
        a = self.doc.graph.nodes[item]
        return (a.get("title") if "title" in a else a.get("name", "")) or fallback

    # ------------------------------------------------------------ the map, cropped
    def draw_map(
        self, page: Page, window: Rect, zoom: float, area: Rect, detail: bool = True
    ) -> tuple[float, float]:
        """Draw the map's ``window`` at ``zoom``, centred across ``area`` and at its
        top, clipped to the window; returns the window's top-left on the page."""
        c = page.c
        w, h = window.w * zoom, window.h * zoom
        x0 = area.x + (area.w - w) / 2
        y0 = area.y if h < area.h else area.y + (area.h - h) / 2
        H = page.height
        c.saveState()
        clip = c.beginPath()
        clip.rect(x0, H - y0 - h, w, h)
        c.clipPath(clip, stroke=0, fill=0)
        c.translate(x0 - window.x * zoom, H - y0 + window.y * zoom - self.layout.height * zoom)
        c.scale(zoom, zoom)
        self.painter.draw(c, window, detail)
        c.restoreState()
        return x0, y0

    def to_page(
        self, origin: tuple[float, float], window: Rect, zoom: float, x: float, y: float
    ) -> tuple[float, float]:
        return origin[0] + (x - window.x) * zoom, origin[1] + (y - window.y) * zoom


def title_slide(page: Page, deck: Deck, step: Step, date_line: str) -> None:
    doc = deck.doc
    w, _ = PAGE
    page.rect(0, 0, w, 6, S.STAGE_HEADER)
    right = w * 0.34  # the personas, on the right of the title
    y = page.text(MARGIN, 22, step.title, 24, S.INK, True, w - 2 * MARGIN - right, lines=2)
    y = page.text(MARGIN, y + 2, step.subtitle, 10.5, S.INK_SOFT, False, w - 2 * MARGIN - right)
    y = page.text(MARGIN, y, date_line, 8, S.INK_SOFT, False, w - 2 * MARGIN - right)
    description = doc.meta["description"].strip()
    if description:
        page.text(MARGIN, y + 5, description, 9.5, S.INK, False, w - 2 * MARGIN - right, lines=3)
    px = w - MARGIN - right + 16
    py = 24.0
    nodes = doc.graph.nodes
    for persona in doc.personas()[:5]:
        a = nodes[persona]
        page.c.setFillColor(colour(a["colour"]))
        page.c.circle(px + 5, page.Y(py + 6), 4.5, stroke=0, fill=1)
        py = page.text(px + 16, py, a["name"] or translate("slides", "Persona"), 10, S.INK, True, right - 20)
        if a["role"]:
            py = page.text(px + 16, py, a["role"], 8, S.INK_SOFT, False, right - 20)
        py += 5
    area = deck.screens.overview.area
    origin = deck.draw_map(page, step.focus, step.zoom, area, detail=False)
    stage_numbers(page, deck, step, origin)
    page.notes(step.notes if step.notes != description else "")


def stage_numbers(page: Page, deck: Deck, step: Step, origin: tuple[float, float]) -> None:
    """Each stage's number and name over its header on the overview (readable
    where the map itself is drawn small)."""
    layout = deck.layout
    stages = [s for s in deck.doc.stages() if s in layout.stage_headers]
    for n, stage in enumerate(stages, 1):
        r = layout.stage_headers[stage]
        x, y = deck.to_page(origin, step.focus, step.zoom, r.x, r.y)
        width = r.w * step.zoom
        mid = y + r.h * step.zoom / 2
        page.rect(x + 2, mid - 8, width - 4, 16, S.PAPER, 4)
        page.c.setFillColor(colour(S.STAGE_HEADER))
        page.c.circle(x + 11, page.Y(mid), 6, stroke=0, fill=1)
        page.text(x + 11, mid - 4, str(n), 7.5, S.STAGE_HEADER_INK, True, align="centre")
        page.text(
            x + 21,
            mid - 4.5,
            deck.name(stage, translate("slides", "Untitled stage")),
            8.5,
            S.INK,
            True,
            width - 26,
        )


def stage_slide(page: Page, deck: Deck, step: Step) -> None:
    page.header(step.progress, step.title, step.subtitle)
    area = deck.screens.stage.area
    origin = deck.draw_map(page, step.focus, step.zoom, area)
    lane_names(page, deck, step, origin)
    stage_panel(page, deck, step)
    page.notes(step.notes)


def lane_names(page: Page, deck: Deck, step: Step, origin: tuple[float, float]) -> None:
    window, z = step.focus, step.zoom
    for lane, r in deck.layout.lane_rows.items():
        top, bottom = max(r.y, window.y), min(r.bottom, window.bottom)
        if bottom - top < 12 / z:
            continue
        _, y0 = deck.to_page(origin, window, z, 0, top)
        _, y1 = deck.to_page(origin, window, z, 0, bottom)
        page.rect(MARGIN, y0 + 1.5, LANES - 10, y1 - y0 - 3, S.LANE_HEADER, 4)
        name = deck.name(lane, translate("slides", "Untitled lane"))
        lines = max(1, min(4, int((y1 - y0 - 10) // 10)))
        page.text(MARGIN + 6, y0 + 6, name, 8, S.INK, True, LANES - 22, lines)


def shown_cards(deck: Deck, step: Step) -> list[str]:
    layout, window = deck.layout, step.focus
    return [
        tp
        for lane in deck.doc.lanes()
        for tp in deck.doc.cell(step.stage, lane)
        if tp in layout.cards and window.contains(layout.cards[tp].cx, layout.cards[tp].cy)
    ]


def frictions_shown(deck: Deck, cards: list[str]) -> list[str]:
    """Frictions on the cards shown and on the links leaving them, worst first."""
    doc = deck.doc
    out: list[str] = []
    for tp in cards:
        out.extend(doc.frictions_on(tp))
        for link in doc.links_of(tp):
            if doc.link_ends(link)[0] == tp:
                out.extend(doc.frictions_on(link))
    nodes = doc.graph.nodes
    return sorted(
        dict.fromkeys(out), key=lambda f: (nodes[f]["status"] == "resolved", -nodes[f]["severity"], f)
    )


def friction_rows(
    page: Page,
    deck: Deck,
    ids: list[str],
    x: float,
    y: float,
    width: float,
    bottom: float,
    compact: bool = False,
    words: bool = True,
) -> float:
    """Frictions worst first, each its severity shape and colour, title and how bad
    (on one line when ``compact``; the shape alone says how bad without ``words``),
    and "+ n more" when the room runs out."""
    nodes = deck.doc.graph.nodes
    step = 11.0 if compact else 21.0
    for i, f in enumerate(ids):
        a = nodes[f]
        if y + step > bottom and i < len(ids):
            left = len(ids) - i  # a plain name: lupdate skips a count that is an expression
            return page.text(x, y, translate("slides", "+ %Ln more", None, left), 8, S.INK_SOFT)
        draw_badge(page.c, x + 5, page.Y(y + 5.5), a["severity"], None, a["status"] == "resolved", 4.5)
        title = a["title"] or translate("slides", "Untitled friction")
        how = W.severity_label(a["severity"])
        if a["status"] == "resolved":
            how += " \u00b7 " + translate("slides", "resolved")
        elif a["status"] == "in_progress":
            how += " \u00b7 " + translate("slides", "being fixed")
        if compact and not words:
            y = page.text(x + 14, y, title, 7.5, S.INK, True, width - 14) + 1.5
            continue
        if compact:
            m = fonts.measure(fonts.BOLD, 8.5)
            room = width - 14 - fonts.measure(fonts.REGULAR, 7.5)("  " + how)
            shown = elide(" ".join(fonts.printable(title).split()), max(20.0, room), m)
            page.text(x + 14, y, shown, 8.5, S.INK, True)
            y = (
                page.text(x + 14 + m(shown) + 4, y + 1, how, 7.5, S.INK_SOFT, False, width - 18 - m(shown))
                + 1
            )
            continue
        y = page.text(x + 14, y, title, 8.5, S.INK, True, width - 14, lines=2)
        y = page.text(x + 14, y, how, 7.5, S.INK_SOFT) + 3
    return y


def stage_panel(page: Page, deck: Deck, step: Step) -> None:
    w, h = PAGE
    x = w - MARGIN - PANEL + 14
    width = PANEL - 14
    bottom = h - 30 - (NOTES if page.notes_below else 0)
    y = 80.0
    row = deck.scorecard.get(step.stage)
    if row is not None:
        y = page.text(x, y, translate("slides", "In this stage"), 8.5, S.INK_SOFT, True) + 1
        cards, switches = row["touchpoints"], row["channel_switches"]  # plain names for lupdate
        bits = [translate("slides", "%Ln touchpoint(s)", None, cards)]
        for key, label in (("csat", "CSAT"), ("nps", "NPS"), ("ces", "CES")):
            if row[key] is not None:
                bits.append(f"{label} {number(row[key])}")
        if switches:
            bits.append(translate("slides", "%Ln channel switch(es)", None, switches))
        y = page.text(x, y, " \u00b7 ".join(bits), 8.5, S.INK, False, width, lines=2) + 6
        feelings = [e for e in row["emotion"] if e["average"] is not None]
        if feelings:
            y = (
                page.text(
                    x, y, translate("slides", "How they feel here (\u22123 to +3)"), 8.5, S.INK_SOFT, True
                )
                + 1
            )
            nodes = deck.doc.graph.nodes
            for e in feelings:
                persona = e["persona"]["id"]
                page.c.setFillColor(colour(nodes[persona]["colour"]))
                page.c.circle(x + 4, page.Y(y + 5), 3.5, stroke=0, fill=1)
                value = f"{e['average']:+.1f}".replace("-", "\u2212")
                name = e["persona"]["title"] or translate("slides", "Persona")
                page.text(x + 12, y, name, 8.5, S.INK, False, width - 60)
                y = page.text(x + width, y, value, 8.5, S.INK, True, align="right") + 1
            y += 5
    ids = frictions_shown(deck, shown_cards(deck, step))
    head = translate("slides", "Frictions here") if ids else translate("slides", "No friction on these cards")
    y = page.text(x, y, head, 8.5, S.INK_SOFT, True) + 3
    friction_rows(page, deck, ids, x, y, width, bottom)
