"""Map pages: paper sizes, fit and tile plans, the legend, the title block and the
marks that help assemble tiled sheets."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.pagesizes import A1, A2, A3, A4, LETTER, TABLOID, landscape, portrait

from ...i18n import translate
from ...layout import Rect, elide, wrap
from ...layout import style as S
from ...model import JourneyDocument
from ...model import labels as L
from ...model import vocabulary as V
from ..fonts import BOLD, REGULAR, measure, printable
from . import ops
from .mapdraw import ASCENT, DASHES, colour, draw_badge, star

PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": A4,
    "A3": A3,
    "A2": A2,
    "A1": A1,
    "Letter": LETTER,
    "Tabloid": TABLOID,
}
MAX_UPSCALE = 2.0  # fit mode never blows a small map up more than this
READABLE_PT = 6.0  # card titles smaller than this when printed get a warning


def page_size(name: str, orientation: str) -> tuple[float, float]:
    size = PAGE_SIZES[name]
    return landscape(size) if orientation == "landscape" else portrait(size)


def ui_scale(page: tuple[float, float]) -> float:
    """How much bigger legend, title block and section text get on big paper (a
    poster is read from further away): 1 on A4/Letter, about 1.2 on A3, 1.7 on A1."""
    return max(1.0, min(1.7, (min(page) / 595.0) ** 0.5))


def row_label(row: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: tile rows are letters, columns numbers (A1, B2...)."""
    out = ""
    row += 1
    while row:
        row, rem = divmod(row - 1, 26)
        out = chr(65 + rem) + out
    return out


@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    rows: int
    cols: int
    region: Rect  # in layout units: what this sheet shows

    @property
    def label(self) -> str:
        return f"{row_label(self.row)}{self.col + 1}"

    def neighbour(self, dr: int, dc: int) -> str | None:
        r, c = self.row + dr, self.col + dc
        if 0 <= r < self.rows and 0 <= c < self.cols:
            return f"{row_label(r)}{c + 1}"
        return None


def plan_tiles(width: float, height: float, area_w: float, area_h: float, overlap: float) -> list[Tile]:
    """Cut a ``width`` x ``height`` map (1 unit = 1 pt) into sheets whose printable
    area is ``area_w`` x ``area_h``; neighbouring sheets share ``overlap`` pt so they
    can be trimmed and glued. Row-major order (A1, A2, ..., B1, ...)."""
    overlap = max(0.0, min(overlap, area_w / 3, area_h / 3))
    step_w, step_h = area_w - overlap, area_h - overlap
    cols = 1 if width <= area_w else math.ceil((width - overlap) / step_w)
    rows = 1 if height <= area_h else math.ceil((height - overlap) / step_h)
    return [
        Tile(r, c, rows, cols, Rect(c * step_w, r * step_h, area_w, area_h))
        for r in range(rows)
        for c in range(cols)
    ]


# ---------------------------------------------------------------- legend
class Legend:
    """The key to the map: severity shapes and colours, evidence borders, moment of
    truth, links and persona colours. Laid out as a flow of entries that wraps to
    the width it is given."""

    def __init__(self, doc: JourneyDocument, k: float, personas: tuple[str, ...]) -> None:
        self.k = k
        self.size = 7.5 * k
        self.row_h = 15 * k
        self.entries = self._entries(doc, personas)

    def _entries(self, doc, personas):
        k, size = self.k, self.size
        m, mb = measure(REGULAR, size), measure(BOLD, size)
        out = []

        def head(text):
            text = printable(text)
            out.append(("head", mb(text) + 6 * k, text, None))

        def item(kind, text, arg=None, sample=14):
            text = printable(text)
            out.append((kind, sample * k + 4 * k + m(text) + 12 * k, text, arg))

        head(translate("pdf", "Friction severity"))
        for sev in range(V.SEVERITY_MIN, V.SEVERITY_MAX + 1):
            item("badge", f"{sev} {L.severity_label(sev)}", sev)
        item("badge", translate("pdf", "All resolved"), 0)
        note = translate("pdf", "shape and colour: the worst open friction; number: open frictions")
        item("note", note, None, sample=0)
        head(translate("pdf", "Evidence"))
        for ev in V.EVIDENCE_STATUSES:
            item("border", L.evidence_label(ev), ev, sample=18)
        item("mot", translate("pdf", "Moment of truth"), None, sample=18)
        item("link", translate("pdf", "Link (persona-coloured when it is one persona's)"), None, sample=22)
        if personas:
            head(translate("pdf", "Personas (dots on cards, emotion curves)"))
            for p in personas:
                unnamed = translate("pdf", "(unnamed)")
                name = elide(printable(doc.graph.nodes[p]["name"]) or unnamed, 160 * k, m)
                item("persona", name, doc.graph.nodes[p]["colour"], sample=18)
        return out

    def layout(self, width: float) -> list[list[tuple]]:
        """Rows of (kind, width, text, arg); each group starts a row, entries wrap."""
        rows: list[list[tuple]] = [[]]
        used = 0.0
        for kind, w, text, arg in self.entries:
            w = min(w, width)
            if rows[-1] and (used + w > width or kind == "head"):
                rows.append([])
                used = 0.0
            rows[-1].append((kind, w, text, arg))
            used += w
        return rows

    def height(self, width: float) -> float:
        return len(self.layout(width)) * self.row_h

    def draw(self, c, x: float, top: float, width: float) -> None:
        """Draw with the top-left corner at (x, top) in PDF coordinates."""
        k, size = self.k, self.size
        m = measure(REGULAR, size)
        for i, row in enumerate(self.layout(width)):
            cy = top - i * self.row_h - self.row_h / 2
            tx = x
            for kind, w, text, arg in row:
                ty = cy - size * ASCENT / 2
                if kind == "head":
                    c.setFillColor(colour(S.INK))
                    c.setFont(BOLD, size)
                    c.drawString(tx, ty, elide(text, w, measure(BOLD, size)))
                    tx += w
                    continue
                sample = {"border": 18, "mot": 18, "link": 22, "persona": 18, "note": -4}.get(kind, 14) * k
                sx = tx + sample / 2
                if kind == "badge":
                    draw_badge(c, sx, cy, arg or 1, None, arg == 0, 5.5 * k)
                elif kind in ("border", "mot"):
                    ev = "solid" if kind == "mot" else S.EVIDENCE_BORDER[arg]
                    x0, y0, bw, bh = tx, cy - 5 * k, sample, 10 * k
                    body = ops.round_rect(x0, y0, bw, bh, 2.5 * k)
                    if ev == "solid":
                        border = f"{ops.stroke(S.CARD_BORDER)} {ops.width(1.0)} {ops.dash()}"
                    else:
                        border = f"{ops.stroke(S.INK_FAINT)} {ops.width(1.3)} {ops.dash(DASHES[ev])}"
                    lit = f"{ops.fill(S.CARD_FILL)} {border} {body} B {ops.dash()}"
                    if kind == "mot":
                        bar = ops.rect(x0, y0 + bh - 2.5 * k, bw, 2.5 * k)
                        gold = ops.fill(S.MOMENT_OF_TRUTH)
                        mark = star(x0 + bw / 2, cy - 0.5 * k, 3.6 * k)
                        lit += f" q {body} W n {gold} {bar} f Q {gold} {mark} f"
                    c.addLiteral(lit)
                elif kind == "link":
                    end = tx + sample
                    head = ops.polyline(((end - 6 * k, cy + 3.4 * k), (end, cy), (end - 6 * k, cy - 3.4 * k)))
                    c.addLiteral(
                        f"{ops.stroke(S.LINK)} {ops.width(1.4)} {ops.line(tx, cy, end, cy)} {head} S"
                    )
                elif kind == "persona":
                    c.setStrokeColor(colour(arg))
                    c.setFillColor(colour(arg))
                    c.setLineWidth(2.0)
                    c.line(tx, cy, tx + sample, cy)
                    c.circle(sx, cy, 3.2 * k, stroke=0, fill=1)
                c.setFillColor(colour(S.INK_SOFT))
                c.setFont(REGULAR, size)
                c.drawString(tx + sample + 4 * k, ty, elide(text, w - sample - 4 * k, m))
                tx += w


# ---------------------------------------------------------------- title block
class TitleBlock:
    """Boxed block in the page's bottom right: map title, date, format version."""

    def __init__(self, title: str, lines: list[str], k: float, width: float) -> None:
        self.k = k
        self.width = width
        self.title_size = 10 * k
        self.size = 7.5 * k
        self.pad = 6 * k
        inner = width - 2 * self.pad
        self.title_lines = wrap(
            printable(title) or translate("pdf", "Untitled journey"), inner, measure(BOLD, self.title_size), 2
        )
        m = measure(REGULAR, self.size)
        self.lines = [elide(printable(s), inner, m) for s in lines]

    @property
    def height(self) -> float:
        return (
            2 * self.pad
            + len(self.title_lines) * self.title_size * 1.25
            + 2 * self.k
            + len(self.lines) * self.size * 1.35
        )

    def draw(self, c, right: float, bottom: float) -> None:
        x, h = right - self.width, self.height
        c.setStrokeColor(colour(S.INK_SOFT))
        c.setFillColor(colour(S.PAPER))
        c.setLineWidth(0.8)
        c.setDash()
        c.rect(x, bottom, self.width, h, stroke=1, fill=1)
        c.setFillColor(colour(S.STAGE_HEADER))
        c.rect(x, bottom + h - 2.5 * self.k, self.width, 2.5 * self.k, stroke=0, fill=1)
        top = bottom + h - self.pad - 1 * self.k
        c.setFillColor(colour(S.INK))
        c.setFont(BOLD, self.title_size)
        for line in self.title_lines:
            c.drawString(x + self.pad, top - self.title_size * ASCENT - 1, line)
            top -= self.title_size * 1.25
        top -= 2 * self.k
        c.setFillColor(colour(S.INK_SOFT))
        c.setFont(REGULAR, self.size)
        for line in self.lines:
            c.drawString(x + self.pad, top - self.size * ASCENT - 1, line)
            top -= self.size * 1.35


# ---------------------------------------------------------------- tile marks
def draw_tile_marks(
    c, tile: Tile, page: tuple[float, float], area: Rect, overlap: float, caption: str
) -> None:
    """Crop marks at the printed area's corners, overlap ticks, the sheet's label
    and its neighbours' labels, all in the margins (never over the map).

    ``area`` is in PDF coordinates (y up)."""
    pw, ph = page
    margin = min(area.x, area.y, pw - area.right, ph - area.bottom)
    gap = min(3.0, margin / 6)
    length = max(4.0, min(14.0, margin - gap - 2))
    c.saveState()
    c.setStrokeColor(colour(S.INK))
    c.setLineWidth(0.4)
    c.setDash()
    for x, sx in ((area.x, -1), (area.right, 1)):
        for y, sy in ((area.y, -1), (area.bottom, 1)):
            c.line(x + sx * gap, y, x + sx * (gap + length), y)
            c.line(x, y + sy * gap, x, y + sy * (gap + length))
    # Where the next sheet's content starts (the shared strip to trim or glue on).
    c.setStrokeColor(colour(S.INK_SOFT))
    c.setDash(2, 2)
    if tile.col + 1 < tile.cols and overlap > 0:
        x = area.right - overlap
        c.line(x, area.bottom + gap, x, area.bottom + gap + length)
        c.line(x, area.y - gap, x, area.y - gap - length)
    if tile.row + 1 < tile.rows and overlap > 0:
        y = area.y + overlap
        c.line(area.x - gap, y, area.x - gap - length, y)
        c.line(area.right + gap, y, area.right + gap + length, y)
    c.setDash()
    size = max(5.0, min(12.0, margin * 0.45))
    small = max(4.5, min(7.5, margin * 0.3))
    # The sheet's own label, top left; a caption along the bottom.
    c.setFillColor(colour(S.INK))
    c.setFont(BOLD, size)
    ty = area.bottom + (ph - area.bottom - size * ASCENT) / 2
    c.drawString(area.x + gap + length + 4, ty, tile.label)
    c.setFont(REGULAR, small)
    c.setFillColor(colour(S.INK_SOFT))
    lx = area.x + gap + length + 4 + measure(BOLD, size)(tile.label) + 6
    c.drawString(lx, ty, elide(caption, area.right - lx - 60, measure(REGULAR, small)))
    # Neighbours: which sheet joins on each side.
    c.setFillColor(colour(S.INK))
    up, down, left, right = (
        tile.neighbour(-1, 0),
        tile.neighbour(1, 0),
        tile.neighbour(0, -1),
        tile.neighbour(0, 1),
    )
    if up:
        c.drawRightString(area.right - gap - length - 4, ty, f"\u25b2 {up}")
    if down:
        c.drawCentredString(area.cx, area.y / 2 - small * ASCENT / 2, f"\u25bc {down}")
    if left:
        c.saveState()
        c.translate(area.x / 2 + small * ASCENT / 2, area.cy)
        c.rotate(90)
        c.drawCentredString(0, 0, f"\u25b2 {left}")  # rotated: the arrow points left
        c.restoreState()
    if right:
        c.saveState()
        c.translate(area.right + (pw - area.right) / 2 - small * ASCENT / 2, area.cy)
        c.rotate(-90)
        c.drawCentredString(0, 0, f"\u25b2 {right}")  # rotated: the arrow points right
        c.restoreState()
    c.restoreState()
