"""Document -> geometry: stage columns, lane rows, card rectangles, link routes,
friction badges and emotion curves.

One layout feeds the canvas and the PDF, so the printed map matches the screen.
Cards sit on a grid: within a stage, every lane uses the same card columns, and
within a lane every stage uses the same card rows. The gaps between grid slots
are therefore clear of cards across the whole map, and links are routed along
them, so arrows do not cross cards.
"""

from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass, field

from ..model import JourneyDocument
from . import style as S
from .geometry import PathOp, Point, Rect, polyline_midpoint, rounded_path


@dataclass(frozen=True, slots=True, init=False)
class Badge:
    """Friction marker on a card or link: how many, and the worst open severity."""

    target: str
    x: float
    y: float
    count: int
    open_count: int
    severity: int  # highest severity among open frictions, else among all

    def __init__(self, target: str, x: float, y: float, count: int, open_count: int, severity: int) -> None:
        _badge_set[0](self, target)  # slots set directly: cheaper than dataclass's frozen __init__
        _badge_set[1](self, x)
        _badge_set[2](self, y)
        _badge_set[3](self, count)
        _badge_set[4](self, open_count)
        _badge_set[5](self, severity)


_badge_set = tuple(Badge.__dict__[f].__set__ for f in ("target", "x", "y", "count", "open_count", "severity"))


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """Where a touchpoint's emotion is drawn on its persona's curve."""

    touchpoint: str
    x: float
    y: float
    emotion: int
    moment_of_truth: bool


@dataclass(frozen=True, slots=True)
class LinkRoute:
    source: str
    target: str
    points: tuple[Point, ...]

    @property
    def path(self) -> tuple[PathOp, ...]:
        """The route with rounded corners; built on demand (cheap per link, but
        not worth doing for every link of a big map on every layout)."""
        return rounded_path(list(self.points), S.LINK_RADIUS)


@dataclass
class MapLayout:
    width: float
    height: float
    title: Rect
    grid: Rect  # the stage x lane area
    stage_headers: dict[str, Rect] = field(default_factory=dict)
    stage_columns: dict[str, Rect] = field(default_factory=dict)  # full-height column bands
    lane_headers: dict[str, Rect] = field(default_factory=dict)
    lane_rows: dict[str, Rect] = field(default_factory=dict)  # full-width row bands
    cells: dict[tuple[str, str], Rect] = field(default_factory=dict)
    cards: dict[str, Rect] = field(default_factory=dict)
    links: dict[str, LinkRoute] = field(default_factory=dict)
    badges: dict[str, Badge] = field(default_factory=dict)
    curves: dict[str, tuple[CurvePoint, ...]] = field(default_factory=dict)  # persona -> points
    emotion_lanes: tuple[str, ...] = ()
    slot_columns: dict[str, int] = field(default_factory=dict)  # stage -> card columns
    _row_index: dict[float, list[float]] | None = field(default=None, repr=False, compare=False)

    def row_clear(self, a: Rect, b: Rect) -> bool:
        """True when a and b sit in one card row with no card between them (a
        link between them then runs straight across)."""
        if abs(a.y - b.y) > 0.5:
            return False
        index = self._row_index
        if index is None:
            index = {}
            for r in self.cards.values():
                index.setdefault(r.y, []).append(r.x)
            for xs in index.values():
                xs.sort()
            self._row_index = index
        xs = index.get(a.y, ())
        lo, hi = min(a.x, b.x), max(a.x, b.x)
        return bisect.bisect_left(xs, hi - 0.5) - bisect.bisect_right(xs, lo + 0.5) <= 0

    def emotion_y(self, lane: str, emotion: float) -> float:
        """Y of an emotion value (-3..+3) in an emotions lane."""
        r = self.lane_rows[lane]
        top, bottom = r.y + S.CELL_PAD + 8, r.bottom - S.CELL_PAD - 8
        return bottom - (emotion + 3) / 6 * (bottom - top)

    def emotion_at(self, lane: str, y: float) -> int:
        """The emotion value (-3..+3, snapped) at a y in an emotions lane."""
        r = self.lane_rows[lane]
        top, bottom = r.y + S.CELL_PAD + 8, r.bottom - S.CELL_PAD - 8
        value = (bottom - y) / (bottom - top) * 6 - 3
        return max(-3, min(3, round(value)))

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (stage, lane) cell under a point, or None."""
        stage = next((s for s, r in self.stage_columns.items() if r.x <= x < r.right), None)
        lane = next((la for la, r in self.lane_rows.items() if r.y <= y < r.bottom), None)
        return (stage, lane) if stage and lane else None

    def index_at(self, doc: JourneyDocument, stage: str, lane: str, x: float, y: float) -> int:
        """Where a card dropped at (x, y) goes in its cell's order."""
        cards = [self.cards[t] for t in doc.cell(stage, lane) if t in self.cards]
        for i, r in enumerate(cards):
            if y < r.y - S.CARD_GAP_Y / 2:
                return i
            if y <= r.bottom + S.CARD_GAP_Y / 2 and x < r.cx:
                return i
        return len(cards)


def _columns_for(count: int) -> int:
    # Up to 3 cards side by side; a crowded cell grows wider, not just taller.
    return max(1, min(count, 3), math.ceil(math.sqrt(count / 2)))


def compute_layout(doc: JourneyDocument, *, routes: bool = True) -> MapLayout:
    """Lay out the whole map. Linear in the number of items.

    With ``routes=False`` the link routes are left out (``links`` stays empty;
    link badges are still placed): the canvas routes each link itself with
    ``route`` when one of its cards moved, which on a big map is most of the
    cost of a relayout."""
    g = doc.graph
    nodes = g.nodes
    stages, lanes = doc.stages(), doc.lanes()
    emotion_lanes = tuple(la for la in lanes if nodes[la]["kind"] == "emotions")
    cell_ids = {(s, la): doc.cell(s, la) for s in stages for la in lanes}

    # Card grid size per stage (columns) and per lane (rows).
    cols = {s: _columns_for(max((len(cell_ids[s, la]) for la in lanes), default=0)) for s in stages}
    rows: dict[str, int] = {}
    for la in lanes:
        rows[la] = max((math.ceil(len(cell_ids[s, la]) / cols[s]) for s in stages), default=0)

    slot_w, slot_h = S.CARD_WIDTH + S.CARD_GAP_X, S.CARD_HEIGHT + S.CARD_GAP_Y
    x0 = S.MARGIN + S.LANE_HEADER_WIDTH
    y0 = S.MARGIN + S.TITLE_HEIGHT + S.STAGE_HEADER_HEIGHT
    col_x: dict[str, float] = {}
    x = x0
    for s in stages:
        col_x[s] = x
        x += 2 * S.CELL_PAD + cols[s] * slot_w - S.CARD_GAP_X
    grid_right = max(x, x0 + 240)
    row_y: dict[str, float] = {}
    y = y0
    for la in lanes:
        row_y[la] = y
        if la in emotion_lanes and rows[la] == 0:
            y += S.EMOTION_LANE_HEIGHT
        else:
            y += max(S.EMPTY_LANE_HEIGHT, 2 * S.CELL_PAD + rows[la] * slot_h - S.CARD_GAP_Y)
    grid_bottom = max(y, y0 + S.EMPTY_LANE_HEIGHT)

    width = grid_right + S.MARGIN
    height = grid_bottom + S.MARGIN
    out = MapLayout(
        width=width,
        height=height,
        title=Rect(S.MARGIN, S.MARGIN, width - 2 * S.MARGIN, S.TITLE_HEIGHT - 8),
        grid=Rect(x0, y0, grid_right - x0, grid_bottom - y0),
        emotion_lanes=emotion_lanes,
        slot_columns=cols,
    )
    stage_w = {s: 2 * S.CELL_PAD + cols[s] * slot_w - S.CARD_GAP_X for s in stages}
    lane_h = {}
    for i, la in enumerate(lanes):
        nxt = row_y[lanes[i + 1]] if i + 1 < len(lanes) else grid_bottom
        lane_h[la] = nxt - row_y[la]
    for s in stages:
        out.stage_headers[s] = Rect(col_x[s], y0 - S.STAGE_HEADER_HEIGHT, stage_w[s], S.STAGE_HEADER_HEIGHT)
        out.stage_columns[s] = Rect(col_x[s], y0, stage_w[s], grid_bottom - y0)
    # The cards: the hot loop of a big map (one Rect per card, nothing else).
    cards, cells = out.cards, out.cells
    card_w, card_h, pad = S.CARD_WIDTH, S.CARD_HEIGHT, S.CELL_PAD
    slot_xs = {s: [col_x[s] + pad + c * slot_w for c in range(cols[s])] for s in stages}
    for la in lanes:
        ry = row_y[la]
        out.lane_headers[la] = Rect(S.MARGIN, ry, S.LANE_HEADER_WIDTH, lane_h[la])
        out.lane_rows[la] = Rect(x0, ry, grid_right - x0, lane_h[la])
        top = ry + pad
        for s in stages:
            cells[(s, la)] = Rect(col_x[s], ry, stage_w[s], lane_h[la])
            xs = slot_xs[s]
            n = len(xs)
            c = r = 0
            for tp in cell_ids[s, la]:
                cards[tp] = Rect(xs[c], top + r * slot_h, card_w, card_h)
                c += 1
                if c == n:
                    c = 0
                    r += 1

    if routes:
        cards = out.cards
        for link in doc.links():
            u, v = doc.link_ends(link)
            a, b = cards[u], cards[v]
            out.links[link] = LinkRoute(u, v, route(a, b, out.row_clear(a, b)))

    _badges(doc, out)
    _curves(doc, out)
    return out


def route(a: Rect, b: Rect, clear: bool = False) -> tuple[Point, ...]:
    """An orthogonal route from card a to card b along the grid's clear gutters.
    ``clear``: no card sits between them in their row (``MapLayout.row_clear``),
    so a forward link runs straight across however far apart they are."""
    gx, gy = S.CARD_GAP_X / 2, S.CARD_GAP_Y / 2
    if b.x > a.right:  # forwards: leave on the right, arrive on the left
        sx, sy, tx, ty = a.right, a.cy, b.x, b.cy
        if abs(sy - ty) < 0.5 and (clear or b.x - a.right <= S.CARD_GAP_X + 2 * S.CELL_PAD + 0.5):
            return ((sx, sy), (tx, ty))  # nothing between them in one row: straight across
        x1, x2 = sx + gx, tx - gx
        if abs(sy - ty) < 0.5:
            yg = a.y - gy  # same row, cards between: go over them in the gutter above
        else:
            yg = (b.y - gy) if ty > sy else (b.bottom + gy)
        return ((sx, sy), (x1, sy), (x1, yg), (x2, yg), (x2, ty), (tx, ty))
    if b.right < a.x:  # backwards: leave on the left, arrive on the right
        sx, sy, tx, ty = a.x, a.cy, b.right, b.cy
        x1, x2 = sx - gx, tx + gx
        yg = a.bottom + gy if ty >= sy else a.y - gy
        return ((sx, sy), (x1, sy), (x1, yg), (x2, yg), (x2, ty), (tx, ty))
    # Same card column: leave from the bottom or top, run down the gutter beside.
    if b.y > a.bottom:
        sx, sy, tx, ty = a.cx, a.bottom, b.cx, b.y
        return (
            ((sx, sy), (tx, ty)) if abs(sx - tx) < 0.5 else ((sx, sy), (sx, sy + gy), (tx, sy + gy), (tx, ty))
        )
    if b.bottom < a.y:
        sx, sy, tx, ty = a.cx, a.y, b.cx, b.bottom
        return (
            ((sx, sy), (tx, ty)) if abs(sx - tx) < 0.5 else ((sx, sy), (sx, sy - gy), (tx, sy - gy), (tx, ty))
        )
    # Overlapping (should not happen on the grid): a loop out to the right.
    x1 = max(a.right, b.right) + gx
    return ((a.right, a.cy), (x1, a.cy), (x1, b.cy), (b.right, b.cy))


@dataclass(frozen=True, slots=True)
class LabelSpot:
    """Where a link's label goes: centred on (x, y), level along a horizontal
    gutter (``upright``) or turned a quarter to read along a vertical one, and at
    most ``room`` long along it."""

    x: float
    y: float
    upright: bool
    room: float


def label_spot(points: tuple[Point, ...] | list[Point], badge_at: Point | None = None) -> LabelSpot | None:
    """Where a link's label sits so that it never covers a card: in the gutter
    the link runs along, on its longest horizontal segment, or turned along its
    longest vertical one (gutters between card columns are too narrow for level
    text), on the longer side of the link's friction badge (``badge_at``, where
    ``MapLayout.badges`` puts it) when that sits on the same segment; never
    longer than 70 % of a card. None for a route with no segment to speak of.
    The caller elides the text to ``room - 6`` with its own font metrics and
    draws a pill 6 wider than the text (the PDF and the canvas look alike)."""
    segs = [(a, b) for a, b in itertools.pairwise(points) if abs(b[0] - a[0]) + abs(b[1] - a[1]) > 1]
    if not segs:
        return None
    horizontal = [(a, b) for a, b in segs if abs(b[1] - a[1]) < 0.5]
    vertical = [(a, b) for a, b in segs if abs(b[0] - a[0]) < 0.5]

    def length(ab) -> float:
        return abs(ab[1][0] - ab[0][0]) + abs(ab[1][1] - ab[0][1])

    best_h = max(horizontal, key=length, default=None)
    best_v = max(vertical, key=length, default=None)
    upright = best_h is not None and (
        best_v is None or length(best_h) >= 60 or length(best_h) >= length(best_v)
    )
    (x0, y0), (x1, y1) = best_h if upright else (best_v or segs[0])
    lo, hi = (min(x0, x1), max(x0, x1)) if upright else (min(y0, y1), max(y0, y1))
    if badge_at is not None:  # keep to the longer side of the badge when it sits on this segment
        bx, by = badge_at
        b = bx if upright else by
        on = abs((by if upright else bx) - (y0 if upright else x0)) < 1
        if on and lo <= b <= hi:
            r = S.BADGE_RADIUS + 2
            lo, hi = (lo, b - r) if b - lo > hi - b else (b + r, hi)
    room = min(hi - lo - 12, S.CARD_WIDTH * 0.7)
    mid = (lo + hi) / 2
    return LabelSpot(mid, y0, True, room) if upright else LabelSpot(x0, mid, False, room)


def _badges(doc: JourneyDocument, out: MapLayout) -> None:
    # One pass over the frictions: count, open count, worst open severity and
    # worst severity per target (no per-target sorting).
    stats: dict[str, list[int]] = {}
    for _, a in doc.graph.nodes(data=True):
        if a["type"] != "friction":
            continue
        target = a["target"]
        st = stats.get(target)
        if st is None:
            st = stats[target] = [0, 0, 0, 0]  # count, open, worst open, worst
        sev = a["severity"]
        st[0] += 1
        if a["status"] != "resolved":
            st[1] += 1
            st[2] = max(st[2], sev)
        st[3] = max(st[3], sev)
    cards, links = out.cards, out.links
    for target, (count, open_count, worst_open, worst) in stats.items():
        if target in cards:
            r = cards[target]
            x, y = r.right - 4, r.y + 4
        elif target in links:
            x, y = polyline_midpoint(links[target].points)
        elif doc.kind_of(target) == "link":  # routes=False: route just this one
            u, v = doc.link_ends(target)
            a, b = cards[u], cards[v]
            x, y = polyline_midpoint(route(a, b, out.row_clear(a, b)))
        else:
            continue
        out.badges[target] = Badge(target, x, y, count, open_count, worst_open if open_count else worst)


def _curves(doc: JourneyDocument, out: MapLayout) -> None:
    """One emotion curve per persona, through its touchpoints in journey order,
    drawn in the first emotions lane. Points of cards stacked in one card column
    fan out around the column's centre (in journey order, so the curve reads
    left to right), and each persona's curve sits a little above or below the
    value line (equal feelings would hide each other): these are the points
    the canvas and the PDF both draw."""
    if not out.emotion_lanes:
        return
    lane = out.emotion_lanes[0]
    nodes = doc.graph.nodes
    journey = doc.touchpoints()
    found: list[tuple[str, list]] = []
    for p in doc.personas():
        pts = []
        for tp in journey:
            a = nodes[tp]
            if p in a["emotions"]:
                pts.append((out.cards[tp].cx, tp, a["emotions"][p], a["moment_of_truth"]))
        if pts:
            pts.sort(key=lambda t: t[0])  # left to right even when lanes interleave (stable)
            found.append((p, pts))
    n = len(found)
    for i, (p, pts) in enumerate(found):
        dy = (i - (n - 1) / 2) * S.CURVE_SPACING
        xs = _spread([t[0] for t in pts])
        out.curves[p] = tuple(
            CurvePoint(tp, x, out.emotion_y(lane, e) + dy, e, mot) for x, (_, tp, e, mot) in zip(xs, pts)
        )


def _spread(xs: list[float]) -> list[float]:
    """Display x of each point: runs of equal x fan out around it."""
    out = list(xs)
    i = 0
    while i < len(xs):
        j = i
        while j + 1 < len(xs) and xs[j + 1] == xs[i]:
            j += 1
        n = j - i + 1
        if n > 1:
            step = min(S.CURVE_SPREAD, (S.CARD_WIDTH - 24) / (n - 1))
            for k in range(n):
                out[i + k] = xs[i] + (k - (n - 1) / 2) * step
        i = j + 1
    return out
