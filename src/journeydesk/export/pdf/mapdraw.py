"""Drawing the map from its layout onto a reportlab canvas (vector, no Qt).

Everything comes from ``layout.compute_layout`` and ``layout.style``, the same
geometry, sizes and colours the canvas uses, and the items are drawn the way the
canvas items paint them (``ui/canvas/items.py``, ``board.py``): meta line over
the title, chips bottom left, persona dots bottom right, a gold bar and star for
a moment of truth, badges by colour AND shape. Print adds what a screen shows on
hover: link labels, in the gutter the link runs along.

The painter works in layout units (1 unit = 1 pt at scale 1) with y pointing
down, and converts to PDF coordinates (y up) itself; the caller positions and
scales the map with the canvas transform and may pass a ``view`` rectangle: items
outside it are not drawn at all (tile pages draw only what they show, so text
search lands on the right sheet). A grid index (``cull.GridIndex``), built on the
first such view, finds those items without a pass over the whole map per sheet.
"""

from __future__ import annotations

import itertools
import math
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor

from ...i18n import translate
from ...layout import Badge, MapLayout, Rect, elide, label_spot, wrap
from ...layout import style as S
from ...layout.card import CARD_PAD, CHIP_H, DOT_R, MORE_W, CardContent, Measures, card_content
from ...model import JourneyDocument
from ...model.labels import lane_kind_label
from ...model.wording import counted
from ..fonts import BOLD, REGULAR, measure, printable
from . import ops
from .cull import GridIndex

ASC = 0.928  # DejaVu Sans ascent / em (Qt's QFontMetrics.ascent): text baselines match the canvas
LINE = 1.164  # DejaVu Sans line spacing / em
ASCENT = 0.73  # cap height / em: to centre a line of text on a point
LINK_WIDTH = 1.4
ARROW_LEN, ARROW_SPREAD = 8.0, 4.5  # an open chevron, as the canvas
CURVE_WIDTH = 2.4
POINT_R = 4.5
BADGE_TEXT = S.BADGE_SIZE

# PDF dash patterns for the evidence border (Qt's dash and dot lines at width 1.3).
DASHES = {"solid": (), "dashed": (5.2, 2.6), "dotted": (1.3, 2.6)}


@lru_cache(maxsize=256)
def colour(hex_value: str) -> Color:
    return HexColor(hex_value)


def badge_shape(shape: str, x: float, y: float, r: float) -> str:
    """A severity shape's path centred on (x, y) in PDF coordinates (y up), sized
    like the canvas's so every shape looks about as big as a circle of radius r."""
    if shape == "square":
        s = r * 0.9
        return ops.round_rect(x - s, y - s, 2 * s, 2 * s, min(2.5, r * 0.25))
    if shape == "triangle":
        h = r * 1.18
        return ops.polygon(((x, y + h), (x + h * 1.1, y - h * 0.78), (x - h * 1.1, y - h * 0.78)))
    if shape == "diamond":
        h = r * 1.2
        return ops.polygon(((x, y + h), (x + h, y), (x, y - h), (x - h, y)))
    return ops.circle(x, y, r)


def star(x: float, y: float, r: float) -> str:
    """A five-pointed star centred on (x, y), PDF coordinates."""
    pts = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    return ops.polygon(pts)


def draw_badge(c, x: float, y: float, severity: int, count: int | None, resolved: bool, r: float) -> None:
    """A friction badge centred on (x, y) (PDF coordinates): shape AND colour by severity."""
    fill = S.RESOLVED_COLOUR if resolved else S.SEVERITY_COLOUR.get(severity, S.SEVERITY_COLOUR[4])
    shape = S.SEVERITY_SHAPE.get(severity, "circle")
    c.addLiteral(
        f"{ops.fill(fill)} {ops.stroke(S.PAPER)} {ops.width(max(0.8, r * 2 / S.BADGE_RADIUS))} {ops.dash()} "
        f"{badge_shape(shape, x, y, r)} B"
    )
    if count is None:
        return
    text = str(count) if count < 100 else "99+"
    size = BADGE_TEXT * r / S.BADGE_RADIUS * (1.0 if len(text) < 3 else 0.8)
    dy = -r * 0.28 if shape == "triangle" else 0.0
    c.setFillColor(colour(S.PAPER))
    c.setFont(BOLD, size)
    c.drawCentredString(x, y + dy - size * ASCENT / 2, text)


class MapPainter:
    """Draws one document's layout. ``detail=False`` draws an overview: structure,
    cards as boxes and badges, no card text (for the tile assembly page)."""

    def __init__(self, doc: JourneyDocument, layout: MapLayout) -> None:
        self.doc = doc
        self.layout = layout
        self.nodes = doc.graph.nodes
        self.H = layout.height
        self._m_meta = measure(REGULAR, S.CARD_META_SIZE)
        self._m_chip = measure(REGULAR, S.CHIP_SIZE)
        self._measures = Measures(measure(REGULAR, S.CARD_TITLE_SIZE), self._m_meta, self._m_chip)
        self._content_cache: dict[tuple, CardContent] = {}
        self._labels: list = []
        self._boxes: dict | None = None
        self._badges: list | None = None
        self._index: dict[str, GridIndex] | None = None
        self._card_list: list = []
        self._link_list: list = []
        self._strokes: dict[str, tuple[str, str | None]] = {}
        self._card_codes: dict[tuple[str, bool], tuple[str, ...]] = {}
        self._label_places: dict[str, tuple | None] = {}
        counts: dict[str, int] = {}
        for tp in doc.touchpoints():
            a = self.nodes[tp]
            counts[a["stage"]] = counts.get(a["stage"], 0) + 1
            counts[a["lane"]] = counts.get(a["lane"], 0) + 1
        self.counts = counts

    # ------------------------------------------------------------ helpers
    def Y(self, y: float) -> float:
        return self.H - y

    def fill_rect(self, c, r: Rect, fill: str, radius: float = 0.0) -> None:
        Y = self.H - r.bottom
        shape = ops.round_rect(r.x, Y, r.w, r.h, radius) if radius else ops.rect(r.x, Y, r.w, r.h)
        c.addLiteral(f"{ops.fill(fill)} {shape} f")

    def text(self, c, x: float, top: float, s: str, font: str, size: float, fill: str, align: str = "left"):
        """A line of text whose line box starts at ``top`` (layout y), as Qt places it."""
        c.setFillColor(colour(fill))
        c.setFont(font, size)
        y = self.Y(top + size * ASC)
        if align == "centre":
            c.drawCentredString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)

    @staticmethod
    def _meets(r: Rect, view: Rect | None) -> bool:
        return view is None or not (
            r.right < view.x or r.x > view.right or r.bottom < view.y or r.y > view.bottom
        )

    @staticmethod
    def plural(n: int, word: str) -> str:
        return counted(word, n)

    def near(self, view: Rect, kind: str) -> list[int]:
        """Indices, in drawing order, of the cards, links or badges (``kind``) whose
        boxes may meet ``view``; the callers still test each one exactly."""
        if self._index is None:
            # Cells the size of the first view: a sheet then looks in about four.
            w, h = view.w, view.h
            self._card_list = list(self.layout.cards.items())
            self._link_list = list(self.layout.links.items())
            boxes = self._link_boxes()
            self._index = {
                "cards": GridIndex([(r.x, r.y, r.x + r.w, r.y + r.h) for _, r in self._card_list], w, h),
                "links": GridIndex([boxes[link] for link, _ in self._link_list], w, h),
                "badges": GridIndex([box for box, _ in self._badge_list()], w, h),
            }
        return self._index[kind].query(view.x, view.y, view.right, view.bottom)

    # ------------------------------------------------------------ the map
    def draw(self, c, view: Rect | None = None, detail: bool = True) -> None:
        lay = self.layout
        c.saveState()
        c.setLineJoin(1)
        c.setLineCap(1)
        self.draw_board(c, view)
        self.draw_links(c, view, detail)
        self.draw_curves(c, view, detail)
        nodes = self.nodes
        if view is None:
            for tp, r in lay.cards.items():
                self.draw_card(c, nodes[tp], r, detail)
        else:
            vx0, vy0, vx1, vy1 = view.x, view.y, view.right, view.bottom
            near = self.near(view, "cards")  # builds self._card_list on first use
            cards = self._card_list
            for i in near:
                tp, r = cards[i]
                if not (r.x > vx1 or r.y > vy1 or r.x + r.w < vx0 or r.y + r.h < vy0):
                    self.draw_sheet_card(c, tp, r, detail)
        for link, text, pts in self._labels:
            self.draw_link_label(c, link, text, pts)
        self.draw_badges(c, view, detail)
        self.draw_headers(c, view)
        if not lay.stage_headers or not lay.lane_headers:
            self.draw_empty_note(c)
        c.restoreState()

    def draw_board(self, c, view) -> None:
        """Title, stage column bands, emotion lanes with their axis, lane lines."""
        lay = self.layout
        self.draw_title(c, view)
        for i, r in enumerate(lay.stage_columns.values()):
            if self._meets(r, view):
                self.fill_rect(c, r, S.STAGE_FILL[i % 2])
        H = self.H
        for la in lay.emotion_lanes:
            r = lay.lane_rows[la]
            if not self._meets(r, view):
                continue
            self.fill_rect(c, r, S.PAPER)
            lines = []
            for e in range(-3, 4):
                y = H - lay.emotion_y(la, e)
                if e == 0:
                    lines.append(
                        f"{ops.stroke(S.EMOTION_AXIS)} {ops.width(1.0)} {ops.dash()} "
                        f"{ops.line(r.x, y, r.right, y)}"
                    )
                else:
                    lines.append(
                        f"{ops.stroke(S.GRID)} {ops.width(1.0)} {ops.dash((4, 2))} "
                        f"{ops.line(r.x, y, r.right, y)}"
                    )
            c.addLiteral(" ".join(lines) + " " + ops.dash())
            for e in (-3, 0, 3):
                s = (f"{e:+d}" if e else "0").replace("-", "\u2212")
                self.text(
                    c,
                    r.x + 13,
                    lay.emotion_y(la, e) - S.CHIP_SIZE * LINE / 2,
                    s,
                    REGULAR,
                    S.CHIP_SIZE,
                    S.INK_FAINT,
                    "centre",
                )
        if lay.lane_rows:
            g = lay.grid
            ys = [r.y for r in lay.lane_rows.values()] + [g.bottom]
            c.addLiteral(
                f"{ops.stroke(S.GRID)} {ops.width(1.0)} "
                + " ".join(ops.line(g.x, H - y, g.right, H - y) for y in ys)
            )

    def draw_title(self, c, view) -> None:
        r = self.layout.title
        if not self._meets(r, view):
            return
        nodes = self.nodes
        personas = self.doc.personas()
        m_sub = measure(REGULAR, S.LANE_SIZE)
        legend = []  # persona legend, right-aligned as on the canvas
        x = r.right
        for p in reversed(personas):
            name = elide(printable(nodes[p]["name"]) or translate("pdf", "Persona"), 150, m_sub)
            w = m_sub(name)
            legend.append((x - w, name, nodes[p]["colour"]))
            x -= w + 34
        legend_w = r.right - x if personas else 0.0
        title_w = max(80.0, r.w - legend_w - 24)
        title = elide(
            printable(self.doc.meta["title"]) or translate("pdf", "Untitled journey"),
            title_w,
            measure(BOLD, S.TITLE_SIZE),
        )
        self.text(c, r.x, r.y, title, BOLD, S.TITLE_SIZE, S.INK)
        lay = self.layout
        bits = [self.plural(len(lay.stage_headers), "stage"), self.plural(len(lay.cards), "touchpoint")]
        n_fr = self.doc.count("friction")
        if n_fr:
            bits.append(self.plural(n_fr, "friction"))
        self.text(
            c, r.x, r.y + S.TITLE_SIZE * LINE + 4, "   \u00b7   ".join(bits), REGULAR, S.LANE_SIZE, S.INK_SOFT
        )
        cy = r.y + S.TITLE_SIZE * LINE / 2 + 1
        for x, name, hex_value in legend:
            c.addLiteral(f"{ops.fill(hex_value)} {ops.circle(x - 10, self.Y(cy - 0.5), 5)} f")
            self.text(c, x, cy - S.LANE_SIZE * LINE / 2, name, REGULAR, S.LANE_SIZE, S.INK)

    def draw_headers(self, c, view) -> None:
        lay, nodes = self.layout, self.nodes
        m_stage = measure(BOLD, S.STAGE_SIZE)
        m_lane = measure(BOLD, S.LANE_SIZE)
        m_sub = measure(REGULAR, S.CARD_META_SIZE)
        for s, r in lay.stage_headers.items():
            if not self._meets(r, view):
                continue
            body = Rect(r.x + 1.5, r.y, r.w - 3, r.h - 6)
            self.fill_rect(c, body, S.STAGE_HEADER, 6)
            name = elide(
                printable(nodes[s]["name"]) or translate("pdf", "Untitled stage"), body.w - 24, m_stage
            )
            self.text(c, body.x + 12, body.y + 8, name, BOLD, S.STAGE_SIZE, S.STAGE_HEADER_INK)
            self.text(
                c,
                body.x + 12,
                body.y + 30,
                self.plural(self.counts.get(s, 0), "touchpoint"),
                REGULAR,
                S.CARD_META_SIZE,
                "#D5D9DE",
            )  # header ink at 170/255 over the header colour
        for la, r in lay.lane_headers.items():
            if not self._meets(r, view):
                continue
            body = Rect(r.x, r.y + 1.5, r.w - 8, r.h - 3)
            self.fill_rect(c, body, S.LANE_HEADER, 6)
            a = nodes[la]
            lines = wrap(printable(a["name"]) or translate("pdf", "Untitled lane"), body.w - 28, m_lane, 2)
            top = body.y + 14
            for line in lines:
                self.text(c, body.x + 14, top, line, BOLD, S.LANE_SIZE, S.INK)
                top += S.LANE_SIZE * LINE
            if a["kind"] == "emotions":
                sub = translate("pdf", "Emotion per persona, \u22123 to +3")
            else:
                sub = self.plural(self.counts.get(la, 0), "touchpoint")
                kind = lane_kind_label(a["kind"])
                if a["kind"] not in ("touchpoints", "custom") and kind.lower() != a["name"].strip().lower():
                    sub = translate("pdf", "{kind}  \u00b7  {count}").format(kind=kind, count=sub)
            self.text(
                c, body.x + 14, top + 3, elide(sub, body.w - 28, m_sub), REGULAR, S.CARD_META_SIZE, S.INK_SOFT
            )

    def draw_empty_note(self, c) -> None:
        g = self.layout.grid
        msg = (
            translate("pdf", "This map has no stages yet.")
            if not self.layout.stage_headers
            else translate("pdf", "This map has no lanes yet.")
        )
        self.text(c, g.cx, g.cy - 8, msg, REGULAR, 11, S.INK_SOFT, "centre")

    # ------------------------------------------------------------ cards
    def draw_sheet_card(self, c, tp: str, r: Rect, detail: bool) -> None:
        """A card on a tile sheet: its PDF code made once and reused on every sheet it
        reaches (map coordinates, so the code is the same on each)."""
        key = (tp, detail)
        code = self._card_codes.get(key)
        if code is None:
            code = self._card_codes[key] = self.card_code(c, self.nodes[tp], r, detail)
        for part in code:
            c.addLiteral(part)  # as c.drawText(t) adds a text object's code

    def draw_card(self, c, a: dict, r: Rect, detail: bool) -> None:
        for part in self.card_code(c, a, r, detail):
            c.addLiteral(part)

    def card_code(self, c, a: dict, r: Rect, detail: bool) -> tuple[str, ...]:
        """A card's PDF code: the shapes, then (with ``detail``) its text object's."""
        H = self.H
        Y = H - r.bottom
        evidence = S.EVIDENCE_BORDER.get(a["evidence"], "solid")
        if evidence == "solid":
            border = f"{ops.stroke(S.CARD_BORDER)} {ops.width(1.0)} {ops.dash()}"
        else:
            border = f"{ops.stroke(S.INK_FAINT)} {ops.width(1.3)} {ops.dash(DASHES[evidence])}"
        body = ops.round_rect(r.x + 0.5, Y + 0.5, r.w - 1, r.h - 1, S.CARD_RADIUS)
        out = [f"{ops.fill(S.CARD_FILL)} {border} {body} B {ops.dash()}"]
        mot = a["moment_of_truth"]
        if mot:  # a gold bar along the top edge (clipped to the card's rounded corners)
            out.append(f"q {body} W n {ops.fill(S.MOMENT_OF_TRUTH)} {ops.rect(r.x, H - r.y - 4, r.w, 4)} f Q")
        if not detail:
            return (" ".join(out),)
        cc = self.content(a, r.w)
        meta_h = S.CARD_META_SIZE * LINE
        top = r.y + CARD_PAD
        if mot:
            out.append(
                f"{ops.fill(S.MOMENT_OF_TRUTH)} {star(r.x + CARD_PAD + 4.5, H - (top + meta_h / 2), 5.2)} f"
            )
        chip_top = r.y + cc.chip_top(r.h)
        for chip in cc.chips:
            out.append(
                f"{ops.fill(S.CHIP_FILL)} {ops.round_rect(r.x + chip.x, H - chip_top - CHIP_H, chip.w, CHIP_H, 4)} f"
            )
        for dx, hex_value in cc.dot_centres(r.w, r.h):
            out.append(f"{ops.fill(hex_value)} {ops.circle(r.x + dx, H - (chip_top + CHIP_H / 2), DOT_R)} f")
        return " ".join(out), self._card_text(c, cc, r, top, chip_top, meta_h)

    def content(self, a: dict, w: float) -> CardContent:
        """A card's content (``layout.card_content``, as the canvas draws it),
        kept per title and field values: a tiled PDF draws a card on several pages."""
        key = (
            a["title"],
            a["channel"],
            a["owner"],
            tuple(a["metrics"].items()),
            a["personas"],
            a["moment_of_truth"],
            w,
        )
        cc = self._content_cache.get(key)
        if cc is None:
            cc = self._content_cache[key] = card_content(self.nodes, a, w, self._measures, printable)
        return cc

    def _card_text(self, c, cc: CardContent, r: Rect, top: float, chip_top: float, meta_h: float) -> str:
        H = self.H
        t = c.beginText()
        if cc.meta:
            t.setFont(REGULAR, S.CARD_META_SIZE)
            t.setFillColor(colour(S.INK_SOFT))
            t.setTextOrigin(r.x + cc.meta_x, H - (top + S.CARD_META_SIZE * ASC))
            t.textOut(cc.meta)
        t.setFont(REGULAR, S.CARD_TITLE_SIZE)
        t.setFillColor(colour(S.INK_FAINT if cc.untitled else S.INK))
        ty = r.y + cc.title_top(meta_h) + S.CARD_TITLE_SIZE * ASC
        for line in cc.lines:
            t.setTextOrigin(r.x + CARD_PAD, H - ty)
            t.textOut(line)
            ty += S.CARD_TITLE_SIZE * LINE
        base = H - (chip_top + CHIP_H / 2 + S.CHIP_SIZE * ASCENT / 2)
        if cc.chips or cc.more:
            t.setFont(REGULAR, S.CHIP_SIZE)
            t.setFillColor(colour(S.INK_SOFT))
        for chip in cc.chips:
            t.setTextOrigin(r.x + chip.x + chip.w / 2 - self._m_chip(chip.text) / 2, base)
            t.textOut(chip.text)
        if cc.more:
            s = f"+{cc.more}"
            t.setTextOrigin(r.right - CARD_PAD - MORE_W / 2 - self._m_chip(s) / 2, base)
            t.textOut(s)
        return str(t.getCode())

    def draw_links(self, c, view, detail: bool) -> None:
        lay = self.layout
        labels = []
        out = [ops.width(LINK_WIDTH), ops.dash()]
        if view is None:
            routes = lay.links.items()
        else:
            boxes = self._link_boxes()
            vx0, vy0, vx1, vy1 = view.x, view.y, view.right, view.bottom
            near = self.near(view, "links")  # builds self._link_list on first use
            routes = []
            for i in near:
                link, route = self._link_list[i]
                x0, y0, x1, y1 = boxes[link]
                if not (x1 < vx0 or x0 > vx1 or y1 < vy0 or y0 > vy1):
                    routes.append((link, route))
        for link, route in routes:
            stroke, label_text = self._link_stroke(link, route)
            out.append(stroke)
            if detail and label_text is not None:
                labels.append((link, label_text, route.points))
        c.addLiteral("\n".join(out))
        self._labels = labels  # drawn over the cards, see draw()

    def _link_stroke(self, link: str, route) -> tuple[str, str | None]:
        """A link's PDF path (colour, route, chevron) and its label, if it has one.

        In map coordinates, so one string serves every sheet the link crosses: made
        once per link (a tiled print draws a long link on several sheets)."""
        known = self._strokes.get(link)
        if known is not None:
            return known
        H = self.H
        attrs = self.doc.graph.edges[route.source, route.target, link]
        nodes = self.nodes
        hex_value = nodes[attrs["persona"]]["colour"] if attrs["persona"] in nodes else S.LINK
        path = []
        for op in route.path:
            if op[0] == "M":
                path.append("%.2f %.2f m" % (op[1], H - op[2]))
            elif op[0] == "L":
                path.append("%.2f %.2f l" % (op[1], H - op[2]))
            else:
                path.append(
                    "%.2f %.2f %.2f %.2f %.2f %.2f c" % (op[1], H - op[2], op[3], H - op[4], op[5], H - op[6])
                )
        # an open chevron at the end, as the canvas draws it
        (x1, y1), (x2, y2) = route.points[-2], route.points[-1]
        dx, dy = x2 - x1, y2 - y1
        n = math.hypot(dx, dy) or 1.0
        ux, uy = dx / n, dy / n
        bx, by = x2 - ux * ARROW_LEN, y2 - uy * ARROW_LEN
        path.append(
            "%.2f %.2f m %.2f %.2f l %.2f %.2f l"
            % (
                bx - uy * ARROW_SPREAD,
                H - (by + ux * ARROW_SPREAD),
                x2,
                H - y2,
                bx + uy * ARROW_SPREAD,
                H - (by - ux * ARROW_SPREAD),
            )
        )
        label_text = attrs["label"] if attrs["label"].strip() else None
        known = self._strokes[link] = (f"{ops.stroke(hex_value)} {' '.join(path)} S", label_text)
        return known

    def _link_boxes(self) -> dict[str, tuple[float, float, float, float]]:
        """Each link's bounding box, once (tile pages test every link against their view)."""
        if self._boxes is None:
            self._boxes = {}
            for link, route in self.layout.links.items():
                xs = [p[0] for p in route.points]
                ys = [p[1] for p in route.points]
                self._boxes[link] = (
                    min(xs) - ARROW_SPREAD,
                    min(ys) - ARROW_SPREAD,
                    max(xs) + ARROW_SPREAD,
                    max(ys) + ARROW_SPREAD,
                )
        return self._boxes

    def draw_link_label(self, c, link: str, text: str, pts) -> None:
        """A link's label in the gutter it runs along: on its longest horizontal
        segment, or turned along its longest vertical one (gutters between card
        columns are too narrow for level text), elided to the room there is, and
        clear of the link's friction badge."""
        placed = self._label_place(link, text, pts)
        if placed is None:
            return
        spot, s, w = placed
        size = S.CHIP_SIZE
        H = self.H
        c.saveState()
        c.translate(spot.x, H - spot.y)
        if not spot.upright:
            c.rotate(90)
        c.addLiteral(f"{ops.fill(S.PAPER)} {ops.round_rect(-w / 2, -size * 0.75, w, size * 1.5, 2)} f")
        c.setFillColor(colour(S.INK_SOFT))
        c.setFont(REGULAR, size)
        c.drawCentredString(0, -size * ASCENT / 2, s)
        c.restoreState()

    def _label_place(self, link: str, text: str, pts):
        """Where a link's label goes, its elided text and its width; None when there
        is no room. Once per link: the sheets a label falls on share it."""
        if link in self._label_places:
            return self._label_places[link]
        placed = None
        badge = self.layout.badges.get(link)
        spot = label_spot(pts, (badge.x, badge.y) if badge is not None else None)
        m = measure(REGULAR, S.CHIP_SIZE)
        if spot is not None and spot.room >= m("W\u2026") + 6:
            s = elide(" ".join(printable(text).split()), spot.room - 6, m)
            placed = (spot, s, m(s) + 6)
        self._label_places[link] = placed
        return placed

    def draw_curves(self, c, view, detail: bool) -> None:
        lay = self.layout
        if not lay.curves:
            return
        row = lay.lane_rows[lay.emotion_lanes[0]]
        if not self._meets(row, view):
            return
        H = self.H
        for persona, pts in lay.curves.items():
            hex_value = self.nodes[persona]["colour"]
            out = [ops.dash()]
            if len(pts) > 1:
                path = ["%.2f %.2f m" % (pts[0].x, H - pts[0].y)]
                for a, b in itertools.pairwise(pts):
                    mx = (b.x - a.x) / 2  # smooth S-bends between points, as the canvas
                    path.append(
                        "%.2f %.2f %.2f %.2f %.2f %.2f c"
                        % (a.x + mx, H - a.y, b.x - mx, H - b.y, b.x, H - b.y)
                    )
                out.append(f"{ops.stroke(hex_value)} {ops.width(CURVE_WIDTH)} {' '.join(path)} S")
            lowest = min(p.emotion for p in pts)
            halos = []
            for p in pts:
                x, y = p.x, H - p.y
                if p.emotion == lowest and lowest < 0:  # the lowest points, ringed
                    halos.append(ops.circle(x, y, POINT_R + 5) + " f")
                    out.append(f"{ops.fill(hex_value)} {ops.circle(x, y, POINT_R + 0.5)} f")
                else:
                    out.append(
                        f"{ops.fill(S.PAPER)} {ops.stroke(hex_value)} {ops.width(2.0)} "
                        f"{ops.circle(x, y, POINT_R)} B"
                    )
                if p.moment_of_truth and detail:
                    out.append(
                        f"{ops.fill(S.MOMENT_OF_TRUTH)} {ops.stroke(S.PAPER)} {ops.width(1.0)} "
                        f"{star(x, y + POINT_R + 9, 6.0)} B"
                    )
            if halos:
                c.saveState()
                c.setFillColor(colour(hex_value), alpha=60 / 255)
                c.addLiteral(" ".join(halos))
                c.restoreState()
            c.addLiteral(" ".join(out))

    def _badge_list(self) -> list[tuple[tuple[float, float, float, float], Badge]]:
        """The badges in place order, each with its box, sorted once.

        Place order because the layout collects badges from a set, whose order changes
        between runs, and reproducible bytes need a fixed drawing order."""
        if self._badges is None:
            r = S.BADGE_RADIUS
            self._badges = []
            for b in sorted(self.layout.badges.values(), key=lambda b: (b.y, b.x, b.target)):
                x0, y0 = b.x - r, b.y - r
                self._badges.append(((x0, y0, x0 + 2 * r, y0 + 2 * r), b))
        return self._badges

    def draw_badges(self, c, view, detail: bool) -> None:
        r = S.BADGE_RADIUS
        every = self._badge_list()
        if view is None:
            shown = [b for _, b in every]
        else:
            vx0, vy0, vx1, vy1 = view.x, view.y, view.right, view.bottom
            shown = []
            for i in self.near(view, "badges"):
                (x0, y0, x1, y1), b = every[i]
                if not (x1 < vx0 or x0 > vx1 or y1 < vy0 or y0 > vy1):  # as _meets tests
                    shown.append(b)
        for b in shown:
            count = (b.open_count or b.count) if detail else None
            draw_badge(c, b.x, self.Y(b.y), b.severity, count, b.open_count == 0, r)
