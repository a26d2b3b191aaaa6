"""Drawing the map from its layout onto a reportlab canvas (vector, no Qt).

Everything comes from ``layout.compute_layout`` and ``layout.style``, the same
geometry and look the canvas uses, so print matches screen. The painter works in
layout units (1 unit = 1 pt at scale 1) with y pointing down, and converts to PDF
coordinates (y up) itself; the caller positions and scales the map with the
canvas transform and may pass a ``view`` rectangle: items outside it are not
drawn at all (tile pages draw only what they show, so text search lands on the
right sheet).
"""

from __future__ import annotations

import math
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor

from ...layout import MapLayout, Rect, elide, wrap
from ...layout import style as S
from ...model import JourneyDocument
from ...model.vocabulary import METRICS, label
from ..fonts import BOLD, REGULAR, measure, printable
from . import ops

CARD_PAD = 10.0
TITLE_LINE = S.CARD_TITLE_SIZE * 1.2
META_LINE = S.CARD_META_SIZE * 1.3
CHIP_H = 12.0
CHIP_GAP = 4.0
DOT_R = 3.5
LINK_WIDTH = 1.2
ARROW_LEN, ARROW_HALF = 7.0, 3.6
CURVE_WIDTH = 2.0
ASCENT = 0.76  # DejaVu Sans cap height / em: puts a line's caps where we want them

DASHES = {"solid": (), "dashed": (4, 3), "dotted": (1, 2)}


@lru_cache(maxsize=256)
def colour(hex_value: str) -> Color:
    return HexColor(hex_value)


def metric_chip(key: str, value: float | int) -> str:
    """A metric as its chip reads: 'CSAT 82%', 'NPS +12', 'CES 3.4', 'Vol 12.4k'."""
    if key == "csat":
        return f"CSAT {value:g}%"
    if key == "nps":
        return f"NPS {value:+g}"
    if key == "ces":
        return f"CES {value:g}"
    if key == "conversion":
        return f"Conv {value:g}%"
    if key == "volume":
        v = int(value)
        if v >= 1_000_000:
            return f"Vol {v / 1_000_000:.1f}M"
        if v >= 10_000:
            return f"Vol {v / 1000:.0f}k"
        if v >= 1000:
            return f"Vol {v / 1000:.1f}k"
        return f"Vol {v}"
    return f"{METRICS[key][0]} {value:g}"


def badge_shape(shape: str, x: float, y: float, r: float) -> str:
    """A severity shape's path centred on (x, y) in PDF coordinates."""
    if shape == "circle":
        return ops.circle(x, y, r * 0.92)
    if shape == "square":
        s = r * 0.82
        return ops.rect(x - s, y - s, 2 * s, 2 * s)
    if shape == "triangle":  # pointing up; the number sits low inside
        s = r * 1.25
        return ops.polygon(((x, y + s), (x + s * 0.935, y - s * 0.5), (x - s * 0.935, y - s * 0.5)))
    s = r * 1.08  # diamond
    return ops.polygon(((x, y + s), (x + s, y), (x, y - s), (x - s, y)))


def draw_badge(c, x: float, y: float, severity: int, count: int | None, resolved: bool, r: float) -> None:
    """A friction badge at (x, y) (PDF coordinates): shape AND colour by severity."""
    fill = S.RESOLVED_COLOUR if resolved else S.SEVERITY_COLOUR[severity]
    shape = S.SEVERITY_SHAPE[severity]
    c.addLiteral(
        f"{ops.fill(fill)} {ops.stroke(S.PAPER)} {ops.width(max(0.8, r * 0.12))} {ops.dash()} "
        f"{badge_shape(shape, x, y, r)} B"
    )
    if count is None:
        return
    text = str(count) if count < 100 else "99+"
    size = r * (0.78 if len(text) < 3 else 0.6)
    dy = -r * 0.14 if shape == "triangle" else 0.0
    c.setFillColor(colour(S.INK if (severity == 2 and not resolved) else S.PAPER))
    c.setFont(BOLD, size)
    c.drawCentredString(x, y + dy - size * 0.36, text)


class MapPainter:
    """Draws one document's layout. ``detail=False`` draws an overview: structure,
    cards as boxes and badges, no card text (for the tile assembly page)."""

    def __init__(self, doc: JourneyDocument, layout: MapLayout) -> None:
        self.doc = doc
        self.layout = layout
        self.nodes = doc.graph.nodes
        self.H = layout.height
        self._m_title = measure(BOLD, S.CARD_TITLE_SIZE)
        self._m_meta = measure(REGULAR, S.CARD_META_SIZE)
        self._m_chip = measure(REGULAR, S.CHIP_SIZE)
        self._wrap_cache: dict[str, list[str]] = {}
        self._labels: list = []
        self._star_w = measure(BOLD, 10)("\u2605")

    # ------------------------------------------------------------ helpers
    def Y(self, y: float) -> float:
        return self.H - y

    def rect(self, c, r: Rect, fill: str | None, stroke: str | None = None, width: float = 1.0, radius=0.0):
        if fill:
            c.setFillColor(colour(fill))
        if stroke:
            c.setStrokeColor(colour(stroke))
            c.setLineWidth(width)
        if radius:
            c.roundRect(r.x, self.Y(r.bottom), r.w, r.h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(r.x, self.Y(r.bottom), r.w, r.h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def text(self, c, x: float, top: float, s: str, font: str, size: float, fill: str, align: str = "left"):
        """A line of text whose caps start at ``top`` (layout y)."""
        c.setFillColor(colour(fill))
        c.setFont(font, size)
        y = self.Y(top + size * ASCENT)
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

    # ------------------------------------------------------------ the map
    def draw(self, c, view: Rect | None = None, detail: bool = True) -> None:
        lay = self.layout
        c.saveState()
        c.setLineJoin(1)
        c.setLineCap(1)
        self.draw_title(c, view)
        self.draw_grid(c, view)
        self.draw_emotion_axes(c, view)
        self.draw_links(c, view, detail)
        nodes = self.nodes
        for tp, r in lay.cards.items():
            if self._meets(r, view):
                self.draw_card(c, tp, nodes[tp], r, detail)
        self.draw_curves(c, view)
        for link, text, pts in self._labels:
            self.draw_link_label(c, link, text, pts)
        self.draw_badges(c, view)
        if not lay.stage_headers or not lay.lane_headers:
            self.draw_empty_note(c)
        c.restoreState()

    def draw_title(self, c, view) -> None:
        r = self.layout.title
        if not self._meets(r, view):
            return
        meta = self.doc.meta
        title = printable(meta["title"]) or "Untitled journey"
        m = measure(BOLD, S.TITLE_SIZE)
        self.text(c, r.x, r.y + 4, elide(title, r.w, m), BOLD, S.TITLE_SIZE, S.INK)
        desc = " ".join(printable(meta["description"]).split())
        if desc:
            size = 9.0
            line = elide(desc, r.w, measure(REGULAR, size))
            self.text(c, r.x, r.y + 8 + S.TITLE_SIZE, line, REGULAR, size, S.INK_SOFT)

    def draw_grid(self, c, view) -> None:
        lay, nodes = self.layout, self.nodes
        # Stage columns: alternating bands under everything.
        for i, (s, r) in enumerate(lay.stage_columns.items()):
            if self._meets(r, view):
                self.rect(c, r, S.STAGE_FILL[i % 2])
        # Lane separators across the grid, and lane headers.
        c.setStrokeColor(colour(S.GRID))
        c.setLineWidth(1.0)
        c.setDash()
        m_lane = measure(BOLD, S.LANE_SIZE)
        m_kind = measure(REGULAR, S.CARD_META_SIZE)
        for la, r in lay.lane_rows.items():
            if self._meets(r, view):
                c.line(r.x, self.Y(r.y), r.right, self.Y(r.y))
                c.line(r.x, self.Y(r.bottom), r.right, self.Y(r.bottom))
        for la, r in lay.lane_headers.items():
            if not self._meets(r, view):
                continue
            self.rect(c, r.adjusted(0, 0, -4, 0), S.LANE_HEADER)
            c.setStrokeColor(colour(S.PAPER))
            c.setLineWidth(2.0)
            c.line(r.x, self.Y(r.y), r.right - 4, self.Y(r.y))
            inner = r.w - 4 - 2 * 10
            if la in lay.emotion_lanes:
                inner -= 18  # room for the +3 / 0 / -3 scale
            max_lines = max(1, min(4, int((r.h - 20 - 12) // (S.LANE_SIZE * 1.25))))
            lines = wrap(printable(nodes[la]["name"]), inner, m_lane, max_lines) or [""]
            top = r.y + 10
            for line in lines:
                self.text(c, r.x + 10, top, line, BOLD, S.LANE_SIZE, S.INK)
                top += S.LANE_SIZE * 1.25
            kind = label(nodes[la]["kind"])
            if kind.lower() != " ".join(lines).lower() and nodes[la]["kind"] != "custom":
                self.text(c, r.x + 10, top + 2, elide(kind, inner, m_kind), REGULAR, S.CARD_META_SIZE, S.INK_SOFT)
        m_stage = measure(BOLD, S.STAGE_SIZE)
        for i, (s, r) in enumerate(lay.stage_headers.items()):
            if not self._meets(r, view):
                continue
            self.rect(c, r.adjusted(0, 0, -2, -4), S.STAGE_HEADER)
            lines = wrap(printable(nodes[s]["name"]), r.w - 2 - 24, m_stage, 2) or [""]
            lh = S.STAGE_SIZE * 1.25
            top = r.y + (r.h - 4 - len(lines) * lh) / 2 + (lh - S.STAGE_SIZE) / 2
            for line in lines:
                self.text(c, r.x + 12, top, line, BOLD, S.STAGE_SIZE, S.STAGE_HEADER_INK)
                top += lh
        # Column separators: thin paper-coloured lines between stages.
        c.setStrokeColor(colour(S.PAPER))
        c.setLineWidth(2.0)
        for r in list(lay.stage_columns.values())[1:]:
            if self._meets(r, view):
                c.line(r.x, self.Y(r.y), r.x, self.Y(r.bottom))

    def draw_emotion_axes(self, c, view) -> None:
        lay = self.layout
        if not lay.emotion_lanes:
            return
        la = lay.emotion_lanes[0]
        row, head = lay.lane_rows[la], lay.lane_headers[la]
        if self._meets(row, view):
            c.setStrokeColor(colour(S.EMOTION_AXIS))
            for e in range(-3, 4):
                y = self.Y(lay.emotion_y(la, e))
                c.setLineWidth(1.0 if e == 0 else 0.5)
                c.setDash((4, 3) if e == 0 else (1, 3))
                c.line(row.x, y, row.right, y)
            c.setDash()
        if self._meets(head, view):
            for e in (3, 0, -3):
                s = f"{e:+d}" if e else "0"
                y = lay.emotion_y(la, e) - S.CHIP_SIZE * ASCENT / 2
                self.text(c, head.right - 10, y, s.replace("-", "\u2212"), REGULAR, S.CHIP_SIZE, S.INK_SOFT, "right")

    def draw_empty_note(self, c) -> None:
        g = self.layout.grid
        msg = "This map has no stages yet." if not self.layout.stage_headers else "This map has no lanes yet."
        self.text(c, g.cx, g.cy - 6, msg, REGULAR, 11, S.INK_SOFT, "centre")

    # ------------------------------------------------------------ cards
    def draw_card(self, c, tp: str, a: dict, r: Rect, detail: bool) -> None:
        mot = a["moment_of_truth"]
        border, width = (S.MOMENT_OF_TRUTH, 2.2) if mot else (S.INK_FAINT, 1.1)
        Y = self.H - r.bottom
        c.addLiteral(
            f"{ops.fill(S.CARD_FILL)} {ops.stroke(border)} {ops.width(width)} "
            f"{ops.dash(DASHES[S.EVIDENCE_BORDER.get(a['evidence'], 'solid')])} "
            f"{ops.round_rect(r.x, Y, r.w, r.h, S.CARD_RADIUS)} B {ops.dash()}"
        )
        if not detail:
            return
        x, inner = r.x + CARD_PAD, r.w - 2 * CARD_PAD
        H = self.H
        title = a["title"]
        lines = self._wrap_cache.get(title)
        if lines is None:
            lines = wrap(printable(title), inner - 8, self._m_title, S.TITLE_MAX_LINES) or [""]
            self._wrap_cache[title] = lines
        t = c.beginText()
        t.setFont(BOLD, S.CARD_TITLE_SIZE)
        t.setFillColor(colour(S.INK))
        top = r.y + CARD_PAD + S.CARD_TITLE_SIZE * ASCENT
        for line in lines:
            t.setTextOrigin(x, H - top)
            t.textOut(line)
            top += TITLE_LINE
        meta = []
        if a["channel"] is not None:
            meta.append(self.nodes[a["channel"]]["name"])
        if a["owner"].strip():
            meta.append(a["owner"])
        if meta:
            s = elide(" · ".join(printable(m) for m in meta), inner, self._m_meta)
            t.setFont(REGULAR, S.CARD_META_SIZE)
            t.setFillColor(colour(S.INK_SOFT))
            t.setTextOrigin(x, H - (top - TITLE_LINE + S.CARD_TITLE_SIZE * (1 - ASCENT) + 3 + S.CARD_META_SIZE))
            t.textOut(s)
        # Bottom row: persona dots (left), moment-of-truth star (right).
        dots_y = r.bottom - CARD_PAD - DOT_R
        personas = a["personas"]
        if personas:
            px = x + DOT_R
            shapes = []
            for p in personas[:12]:
                shapes.append(f"{ops.fill(self.nodes[p]['colour'])} {ops.circle(px, H - dots_y, DOT_R)} f")
                px += 2 * DOT_R + 3
            c.addLiteral(" ".join(shapes))
            if len(personas) > 12:
                t.setFont(REGULAR, S.CHIP_SIZE)
                t.setFillColor(colour(S.INK_SOFT))
                t.setTextOrigin(px, H - (dots_y + 2.5))
                t.textOut(f"+{len(personas) - 12}")
        if mot:
            t.setFont(BOLD, 10)
            t.setFillColor(colour(S.MOMENT_OF_TRUTH))
            t.setTextOrigin(r.right - CARD_PAD - self._star_w, H - (dots_y + 3.6))
            t.textOut("\u2605")
        # Metric chips above the dots, up to two rows.
        if a["metrics"]:
            chips = [metric_chip(k, v) for k, v in a["metrics"].items()]
            self.draw_chips(c, t, chips, x, inner, dots_y - DOT_R - 4)
        c.drawText(t)

    def draw_chips(self, c, t, chips: list[str], x0: float, width: float, bottom: float) -> None:
        rows: list[list[tuple[str, float]]] = [[]]
        used = 0.0
        for chip in chips:
            w = self._m_chip(chip) + 8
            if rows[-1] and used + w > width:
                if len(rows) == 2:
                    break
                rows.append([])
                used = 0.0
            rows[-1].append((chip, w))
            used += w + CHIP_GAP
        H = self.H
        top = bottom - len(rows) * (CHIP_H + 3) + 3
        shapes = [ops.fill(S.CHIP_FILL), ops.stroke(S.CARD_BORDER), ops.width(0.5)]
        t.setFont(REGULAR, S.CHIP_SIZE)
        t.setFillColor(colour(S.INK))
        for row in rows:
            x = x0
            for chip, w in row:
                shapes.append(ops.round_rect(x, H - top - CHIP_H, w, CHIP_H, 3) + " B")
                t.setTextOrigin(x + 4, H - (top + (CHIP_H + S.CHIP_SIZE * ASCENT) / 2))
                t.textOut(chip)
                x += w + CHIP_GAP
            top += CHIP_H + 3
        c.addLiteral(" ".join(shapes))

    # ------------------------------------------------------------ links, curves, badges
    def draw_links(self, c, view, detail: bool) -> None:
        lay = self.layout
        g = self.doc.graph
        nodes = self.nodes
        H = self.H
        labels = []
        out = [ops.width(LINK_WIDTH), ops.dash()]
        for link, route in lay.links.items():
            pts = route.points
            if view is not None:
                xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                box = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
                if not self._meets(box, view):
                    continue
            attrs = g.edges[route.source, route.target, link]
            hex_value = nodes[attrs["persona"]]["colour"] if attrs["persona"] else S.LINK
            # Stop the line where the arrowhead starts, so its tip stays sharp.
            (tx, ty), (px, py) = pts[-1], pts[-2]
            dx, dy = tx - px, ty - py
            n = math.hypot(dx, dy) or 1.0
            ux, uy = dx / n, dy / n
            path = []
            for op in route.path[:-1]:
                if op[0] == "M":
                    path.append("%.2f %.2f m" % (op[1], H - op[2]))
                elif op[0] == "L":
                    path.append("%.2f %.2f l" % (op[1], H - op[2]))
                else:
                    path.append("%.2f %.2f %.2f %.2f %.2f %.2f c"
                                % (op[1], H - op[2], op[3], H - op[4], op[5], H - op[6]))
            path.append("%.2f %.2f l S" % (tx - ux * ARROW_LEN * 0.8, H - (ty - uy * ARROW_LEN * 0.8)))
            bx, by = tx - ux * ARROW_LEN, ty - uy * ARROW_LEN
            head = ops.polygon((
                (tx, H - ty),
                (bx - uy * ARROW_HALF, H - (by + ux * ARROW_HALF)),
                (bx + uy * ARROW_HALF, H - (by - ux * ARROW_HALF)),
            ))
            out.append(f"{ops.stroke(hex_value)} {ops.fill(hex_value)} {' '.join(path)} {head} f")
            if detail and attrs["label"].strip():
                labels.append((link, attrs["label"], pts))
        c.addLiteral("\n".join(out))
        self._labels = labels  # drawn over the cards, see draw()

    def draw_link_label(self, c, link: str, text: str, pts) -> None:
        """A link's label in the gutter it runs along: on its longest horizontal
        segment, or turned along its longest vertical one (gutters between card
        columns are too narrow for level text), elided to the room there is, and
        clear of the link's friction badge."""
        segs = [(a, b) for a, b in zip(pts, pts[1:]) if abs(b[0] - a[0]) + abs(b[1] - a[1]) > 1]
        if not segs:
            return
        horizontal = [(a, b) for a, b in segs if abs(b[1] - a[1]) < 0.5]
        vertical = [(a, b) for a, b in segs if abs(b[0] - a[0]) < 0.5]
        length = lambda ab: abs(ab[1][0] - ab[0][0]) + abs(ab[1][1] - ab[0][1])  # noqa: E731
        best_h = max(horizontal, key=length, default=None)
        best_v = max(vertical, key=length, default=None)
        upright = best_h is not None and (best_v is None or length(best_h) >= 60 or length(best_h) >= length(best_v))
        (x0, y0), (x1, y1) = best_h if upright else (best_v or segs[0])
        lo, hi = (min(x0, x1), max(x0, x1)) if upright else (min(y0, y1), max(y0, y1))
        badge = self.layout.badges.get(link)
        if badge is not None:  # keep to the longer side of the badge when it sits on this segment
            b = badge.x if upright else badge.y
            on = abs((badge.y if upright else badge.x) - (y0 if upright else x0)) < 1
            if on and lo <= b <= hi:
                r = S.BADGE_RADIUS + 2
                lo, hi = (lo, b - r) if b - lo > hi - b else (b + r, hi)
        room = min(hi - lo - 12, S.CARD_WIDTH * 0.7)
        size = S.CHIP_SIZE
        m = measure(REGULAR, size)
        if room < m("W…") + 6:
            return
        s = elide(" ".join(printable(text).split()), room - 6, m)
        w = m(s) + 6
        mid = (lo + hi) / 2
        H = self.H
        c.saveState()
        if upright:
            c.translate(mid, H - y0)
        else:
            c.translate(x0, H - mid)
            c.rotate(90)
        c.addLiteral(f"{ops.fill(S.PAPER)} {ops.round_rect(-w / 2, -size * 0.75, w, size * 1.5, 2)} f")
        c.setFillColor(colour(S.INK_SOFT))
        c.setFont(REGULAR, size)
        c.drawCentredString(0, -size * ASCENT / 2, s)
        c.restoreState()

    def draw_curves(self, c, view) -> None:
        lay = self.layout
        if not lay.curves:
            return
        row = lay.lane_rows[lay.emotion_lanes[0]]
        if not self._meets(row, view):
            return
        H = self.H
        out = [ops.dash()]
        for persona, pts in lay.curves.items():
            hex_value = self.nodes[persona]["colour"]
            if len(pts) > 1:
                path = ["%.2f %.2f m" % (pts[0].x, H - pts[0].y)]
                for a, b in zip(pts, pts[1:]):
                    mx = (a.x + b.x) / 2  # smooth S-bends between points
                    path.append("%.2f %.2f %.2f %.2f %.2f %.2f c" % (mx, H - a.y, mx, H - b.y, b.x, H - b.y))
                out.append(f"{ops.stroke(hex_value)} {ops.width(CURVE_WIDTH)} {' '.join(path)} S")
            dots = [ops.fill(hex_value)]
            for pt in pts:
                if pt.moment_of_truth:
                    dots.append(f"{ops.stroke(S.MOMENT_OF_TRUTH)} {ops.fill(S.PAPER)} {ops.width(2.0)} "
                                f"{ops.circle(pt.x, H - pt.y, 6)} B {ops.fill(hex_value)}")
                dots.append(f"{ops.circle(pt.x, H - pt.y, 3.2)} f")
            out.append(" ".join(dots))
        c.addLiteral("\n".join(out))

    def draw_badges(self, c, view) -> None:
        # In place order (the layout collects badges from a set, whose order changes
        # between runs; reproducible bytes need a fixed drawing order).
        for b in sorted(self.layout.badges.values(), key=lambda b: (b.y, b.x, b.target)):
            r = S.BADGE_RADIUS
            if view is not None and not self._meets(Rect(b.x - r, b.y - r, 2 * r, 2 * r), view):
                continue
            draw_badge(c, b.x, self.Y(b.y), b.severity, b.count, b.open_count == 0, r)
