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


def badge_path(c, shape: str, x: float, y: float, r: float):
    """A severity shape centred on (x, y) in PDF coordinates; returns the path."""
    p = c.beginPath()
    if shape == "circle":
        p.circle(x, y, r * 0.92)
    elif shape == "square":
        s = r * 0.82
        p.rect(x - s, y - s, 2 * s, 2 * s)
    elif shape == "triangle":
        # Equilateral, pointing up, centred on its centroid (text sits low inside).
        s = r * 1.25
        p.moveTo(x, y + s)
        p.lineTo(x + s * 0.866 * 1.08, y - s * 0.5)
        p.lineTo(x - s * 0.866 * 1.08, y - s * 0.5)
        p.close()
    else:  # diamond
        s = r * 1.08
        p.moveTo(x, y + s)
        p.lineTo(x + s, y)
        p.lineTo(x, y - s)
        p.lineTo(x - s, y)
        p.close()
    return p


def draw_badge(c, x: float, y: float, severity: int, count: int | None, resolved: bool, r: float) -> None:
    """A friction badge at (x, y) (PDF coordinates): shape AND colour by severity."""
    fill = S.RESOLVED_COLOUR if resolved else S.SEVERITY_COLOUR[severity]
    shape = S.SEVERITY_SHAPE[severity]
    c.setFillColor(colour(fill))
    c.setStrokeColor(colour(S.PAPER))
    c.setLineWidth(max(0.8, r * 0.12))
    c.setDash()
    c.drawPath(badge_path(c, shape, x, y, r), stroke=1, fill=1)
    if count is None:
        return
    text = str(count) if count < 100 else "99+"
    size = r * (0.78 if len(text) < 3 else 0.6)
    dy = -r * 0.32 if shape == "triangle" else 0.0
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
        c.setDash(DASHES[S.EVIDENCE_BORDER.get(a["evidence"], "solid")])
        border, width = (S.MOMENT_OF_TRUTH, 2.2) if mot else (S.INK_FAINT, 1.1)
        self.rect(c, r, S.CARD_FILL, border, width, S.CARD_RADIUS)
        c.setDash()
        if not detail:
            return
        x, inner = r.x + CARD_PAD, r.w - 2 * CARD_PAD
        title = a["title"]
        lines = self._wrap_cache.get(title)
        if lines is None:
            lines = wrap(printable(title), inner - 8, self._m_title, S.TITLE_MAX_LINES) or [""]
            self._wrap_cache[title] = lines
        top = r.y + CARD_PAD
        c.setFillColor(colour(S.INK))
        c.setFont(BOLD, S.CARD_TITLE_SIZE)
        for line in lines:
            c.drawString(x, self.Y(top + S.CARD_TITLE_SIZE * ASCENT), line)
            top += TITLE_LINE
        meta = []
        if a["channel"] is not None:
            meta.append(self.nodes[a["channel"]]["name"])
        if a["owner"].strip():
            meta.append(a["owner"])
        if meta:
            s = elide(" · ".join(printable(m) for m in meta), inner, self._m_meta)
            c.setFillColor(colour(S.INK_SOFT))
            c.setFont(REGULAR, S.CARD_META_SIZE)
            c.drawString(x, self.Y(top + 3 + S.CARD_META_SIZE * ASCENT), s)
        # Bottom row: persona dots (left), moment-of-truth star (right).
        bottom = r.bottom - CARD_PAD
        dots_y = bottom - DOT_R
        px = x + DOT_R
        personas = a["personas"]
        for p in personas[:12]:
            c.setFillColor(colour(self.nodes[p]["colour"]))
            c.circle(px, self.Y(dots_y), DOT_R, stroke=0, fill=1)
            px += 2 * DOT_R + 3
        if len(personas) > 12:
            self.text(c, px, dots_y - 3, f"+{len(personas) - 12}", REGULAR, S.CHIP_SIZE, S.INK_SOFT)
        if mot:
            self.text(c, r.right - CARD_PAD, dots_y - 5, "\u2605", BOLD, 10, S.MOMENT_OF_TRUTH, "right")
        # Metric chips above the dots, up to two rows.
        chips = [metric_chip(k, v) for k, v in a["metrics"].items()]
        if chips:
            self.draw_chips(c, chips, x, inner, dots_y - DOT_R - 4)

    def draw_chips(self, c, chips: list[str], x0: float, width: float, bottom: float) -> None:
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
        top = bottom - len(rows) * (CHIP_H + 3) + 3
        for row in rows:
            x = x0
            for chip, w in row:
                c.setFillColor(colour(S.CHIP_FILL))
                c.setStrokeColor(colour(S.CARD_BORDER))
                c.setLineWidth(0.5)
                c.roundRect(x, self.Y(top + CHIP_H), w, CHIP_H, 3, stroke=1, fill=1)
                c.setFillColor(colour(S.INK))
                c.setFont(REGULAR, S.CHIP_SIZE)
                c.drawString(x + 4, self.Y(top + (CHIP_H + S.CHIP_SIZE * ASCENT) / 2), chip)
                x += w + CHIP_GAP
            top += CHIP_H + 3

    # ------------------------------------------------------------ links, curves, badges
    def draw_links(self, c, view, detail: bool) -> None:
        lay = self.layout
        g = self.doc.graph
        nodes = self.nodes
        labels = []
        for link, route in lay.links.items():
            pts = route.points
            if view is not None:
                xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                box = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
                if not self._meets(box, view):
                    continue
            attrs = g.edges[route.source, route.target, link]
            stroke = nodes[attrs["persona"]]["colour"] if attrs["persona"] else S.LINK
            c.setStrokeColor(colour(stroke))
            c.setFillColor(colour(stroke))
            c.setLineWidth(LINK_WIDTH)
            p = c.beginPath()
            ops = route.path
            # Stop the line where the arrowhead starts, so its tip stays sharp.
            (tx, ty), (px, py) = pts[-1], pts[-2]
            dx, dy = tx - px, ty - py
            n = math.hypot(dx, dy) or 1.0
            ux, uy = dx / n, dy / n
            for op in ops[:-1]:
                self._op(p, op)
            self._op(p, ("L", tx - ux * ARROW_LEN * 0.8, ty - uy * ARROW_LEN * 0.8))
            c.drawPath(p, stroke=1, fill=0)
            a = c.beginPath()
            a.moveTo(tx, self.Y(ty))
            bx, by = tx - ux * ARROW_LEN, ty - uy * ARROW_LEN
            a.lineTo(bx - uy * ARROW_HALF, self.Y(by + ux * ARROW_HALF))
            a.lineTo(bx + uy * ARROW_HALF, self.Y(by - ux * ARROW_HALF))
            a.close()
            c.drawPath(a, stroke=0, fill=1)
            if detail and attrs["label"].strip():
                labels.append((link, attrs["label"], pts))
        for link, text, pts in labels:
            self.draw_link_label(c, link, text, pts)

    def _op(self, p, op) -> None:
        if op[0] == "M":
            p.moveTo(op[1], self.Y(op[2]))
        elif op[0] == "L":
            p.lineTo(op[1], self.Y(op[2]))
        else:
            p.curveTo(op[1], self.Y(op[2]), op[3], self.Y(op[4]), op[5], self.Y(op[6]))

    def draw_link_label(self, c, link: str, text: str, pts) -> None:
        # On the longest segment, beside any friction badge at the route's midpoint.
        best = max(zip(pts, pts[1:]), key=lambda ab: abs(ab[1][0] - ab[0][0]) + abs(ab[1][1] - ab[0][1]))
        (x0, y0), (x1, y1) = best
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        size = S.CHIP_SIZE
        m = measure(REGULAR, size)
        s = elide(" ".join(printable(text).split()), S.CARD_WIDTH * 0.7, m)
        w = m(s) + 6
        if link in self.layout.badges:
            my += S.BADGE_RADIUS + size
        box = Rect(mx - w / 2, my - size * 0.75, w, size * 1.5)
        self.rect(c, box, S.PAPER, None, radius=2)
        self.text(c, mx, my - size * ASCENT / 2, s, REGULAR, size, S.INK_SOFT, "centre")

    def draw_curves(self, c, view) -> None:
        lay = self.layout
        if not lay.curves:
            return
        row = lay.lane_rows[lay.emotion_lanes[0]]
        if not self._meets(row, view):
            return
        c.setDash()
        for persona, pts in lay.curves.items():
            col = colour(self.nodes[persona]["colour"])
            c.setStrokeColor(col)
            c.setLineWidth(CURVE_WIDTH)
            if len(pts) > 1:
                p = c.beginPath()
                p.moveTo(pts[0].x, self.Y(pts[0].y))
                for a, b in zip(pts, pts[1:]):
                    mx = (a.x + b.x) / 2  # smooth S-bends between points
                    p.curveTo(mx, self.Y(a.y), mx, self.Y(b.y), b.x, self.Y(b.y))
                c.drawPath(p, stroke=1, fill=0)
            for pt in pts:
                if pt.moment_of_truth:
                    c.setStrokeColor(colour(S.MOMENT_OF_TRUTH))
                    c.setLineWidth(2.0)
                    c.setFillColor(colour(S.PAPER))
                    c.circle(pt.x, self.Y(pt.y), 6, stroke=1, fill=1)
                    c.setStrokeColor(col)
                    c.setLineWidth(CURVE_WIDTH)
                c.setFillColor(col)
                c.circle(pt.x, self.Y(pt.y), 3.2, stroke=0, fill=1)

    def draw_badges(self, c, view) -> None:
        for b in self.layout.badges.values():
            r = S.BADGE_RADIUS
            if view is not None and not self._meets(Rect(b.x - r, b.y - r, 2 * r, 2 * r), view):
                continue
            draw_badge(c, b.x, self.Y(b.y), b.severity, b.count, b.open_count == 0, r)
