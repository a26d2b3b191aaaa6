"""The layout's types (MapLayout, Badge, CurvePoint, LinkRoute) and the link
routes and label places drawn along the grid's clear gutters.

One layout feeds the canvas and the PDF, so the printed map matches the screen.
``build.compute_layout`` makes a whole one; ``live.LiveLayout`` keeps one up to
date edit by edit.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ..model import JourneyDocument
from . import style as S
from .geometry import PathOp, Point, Rect, rounded_path


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
    stage_index: dict[str, int] = field(default_factory=dict)  # stage -> its place, left to right

    def clear_between(self, doc: JourneyDocument, u: str, v: str) -> bool:
        """True when cards u and v sit in one card row with no card between them
        (a link between them then runs straight across). Cells fill their card
        rows left to right, so this reads the cells' counts, no card positions."""
        nodes = doc.graph.nodes
        a, b = nodes[u], nodes[v]
        lane = a["lane"]
        if b["lane"] != lane:
            return False
        cols, index = self.slot_columns, self.stage_index
        ra, ca = divmod(a["order"], cols[a["stage"]])
        rb, cb = divmod(b["order"], cols[b["stage"]])
        if ra != rb:
            return False
        ia, ib = index[a["stage"]], index[b["stage"]]
        if ia == ib:
            return abs(ca - cb) <= 1
        if ia > ib:
            a, b, ia, ib, ca, cb = b, a, ib, ia, cb, ca
        after_a = (
            ca + 1 < cols[a["stage"]] and doc.cell_count(a["stage"], lane) > ra * cols[a["stage"]] + ca + 1
        )
        if cb > 0 or after_a:
            return False  # a card after a, or before b, in their row
        stages = doc.stages()
        return all(doc.cell_count(stages[i], lane) <= ra * cols[stages[i]] for i in range(ia + 1, ib))

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


def route(a: Rect, b: Rect, clear: bool = False) -> tuple[Point, ...]:
    """An orthogonal route from card a to card b along the grid's clear gutters.
    ``clear``: no card sits between them in their row (``MapLayout.clear_between``),
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
