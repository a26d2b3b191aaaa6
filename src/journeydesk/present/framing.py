"""How much of the map a step shows, and how big: the readability rule.

A step frames a rectangle of the map (layout units) on a screen (a display in
pixels, or a slide in points). Type must be large enough for the room: at every
step the smallest card title is at least ``TITLE_PX`` pixels tall on a
1920 x 1080 display (in proportion on other displays, so the same share of the
screen). A stage that is too big to show whole at that size is cut into
windows, at lane boundaries where it can be, else between rows or columns of
cards, and shown one window after the other.

Pure geometry (no Qt): the presentation and the slide deck both frame their
steps here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..layout import MapLayout, Rect
from ..layout import style as S

REFERENCE = (1920.0, 1080.0)  # the display the rule is stated for
TITLE_PX = 18.0  # smallest card title on the reference display
MAX_ZOOM = 3.0  # a small stage is not blown up past this (titles 33 px)
FOCUS_ZOOM = 1.25  # a single card (persona walk, friction tour): this much above readable


@dataclass(frozen=True)
class Screen:
    """Where steps are shown: ``width`` x ``height`` in the screen's units (px or
    pt), of which the map may use all but the insets (kept for titles, panels and
    the progress bar). ``min_title`` is the smallest card title allowed, in the
    same units."""

    width: float
    height: float
    left: float = 0.0
    top: float = 0.0
    right: float = 0.0
    bottom: float = 0.0
    min_title: float = TITLE_PX
    max_zoom: float = MAX_ZOOM

    @property
    def area(self) -> Rect:
        """The part of the screen the map is framed in."""
        return Rect(
            self.left,
            self.top,
            max(1.0, self.width - self.left - self.right),
            max(1.0, self.height - self.top - self.bottom),
        )

    @property
    def readable_zoom(self) -> float:
        """Screen units per layout unit at which card titles are ``min_title`` tall."""
        return self.min_title / S.CARD_TITLE_SIZE

    @property
    def top_zoom(self) -> float:
        return max(self.max_zoom, self.readable_zoom)

    def inset(self, **insets: float) -> Screen:
        return replace(self, **insets)

    def largest_window(self) -> tuple[float, float]:
        """The biggest map region (layout units) shown with readable titles."""
        area, z = self.area, self.readable_zoom
        return area.w / z, area.h / z


def display(width: float, height: float) -> Screen:
    """A display ``width`` x ``height`` pixels: the title rule scaled from the
    reference display by the smaller of the two ratios."""
    k = min(width / REFERENCE[0], height / REFERENCE[1])
    return Screen(float(width), float(height), min_title=TITLE_PX * k, max_zoom=MAX_ZOOM * k)


@dataclass(frozen=True)
class Screens:
    """The screen as each kind of step uses it (each keeps other room free)."""

    overview: Screen
    stage: Screen
    focus: Screen  # one card: a persona's step, a hotspot


def fit_zoom(rect: Rect, screen: Screen) -> float:
    """The zoom that shows ``rect`` whole in the screen's area (at most ``top_zoom``)."""
    area = screen.area
    return min(area.w / max(rect.w, 1.0), area.h / max(rect.h, 1.0), screen.top_zoom)


def focus_zoom(screen: Screen) -> float:
    """The zoom of a step about one card: readable with room to spare."""
    return min(screen.readable_zoom * FOCUS_ZOOM, screen.top_zoom)


def visible(centre: tuple[float, float], zoom: float, screen: Screen) -> Rect:
    """The map region in the screen's area when ``centre`` sits at its centre."""
    area = screen.area
    w, h = area.w / zoom, area.h / zoom
    return Rect(centre[0] - w / 2, centre[1] - h / 2, w, h)


def cut(lo: float, hi: float, room: float, cuts: Iterable[float]) -> list[tuple[float, float]]:
    """Split [lo, hi] into spans at most ``room`` long, cutting at the latest
    welcome place (``cuts``) that keeps a span within room, and only where none
    is there, at ``room`` itself."""
    places = sorted(c for c in set(cuts) if lo < c < hi)
    spans = []
    start = lo
    while hi - start > room + 1e-6:
        fits = [c for c in places if start < c <= start + room + 1e-6]
        end = fits[-1] if fits else start + room
        spans.append((start, end))
        start = end
    spans.append((start, hi))
    return spans


def windows(
    rect: Rect, screen: Screen, y_cuts: Iterable[float] = (), x_cuts: Iterable[float] = ()
) -> list[Rect]:
    """``rect`` whole if it fits readably, else the windows it is cut into: rows
    of windows top to bottom, each row left to right."""
    room_w, room_h = screen.largest_window()
    rows = cut(rect.y, rect.bottom, room_h, y_cuts)
    cols = cut(rect.x, rect.right, room_w, x_cuts)
    return [Rect(x0, y0, x1 - x0, y1 - y0) for y0, y1 in rows for x0, x1 in cols]


def stage_rect(layout: MapLayout, stage: str) -> Rect:
    """A stage's whole column: its header down to the bottom of the grid."""
    column = layout.stage_columns[stage]
    header = layout.stage_headers.get(stage)
    top = header.y if header is not None else column.y
    return Rect(column.x, top, column.w, column.bottom - top)


def stage_cuts(layout: MapLayout, stage: str, cards: Iterable[Rect]) -> tuple[list[float], list[float]]:
    """Where a stage may be cut: across at lane boundaries and between rows of
    its ``cards`` (never between the header and the first lane), down between
    columns of cards."""
    column = layout.stage_columns[stage]
    lanes = [r.y for r in layout.lane_rows.values() if r.y > column.y + 0.5]
    ys, xs = list(lanes), []
    for r in cards:
        y = r.y - S.CARD_GAP_Y / 2
        if y > column.y + S.CELL_PAD and all(abs(y - lane) > S.CELL_PAD for lane in lanes):
            ys.append(y)
        x = r.x - S.CARD_GAP_X / 2
        if x > column.x + S.CELL_PAD:
            xs.append(x)
    return ys, xs


__all__ = [
    "MAX_ZOOM",
    "REFERENCE",
    "TITLE_PX",
    "Screen",
    "Screens",
    "cut",
    "display",
    "fit_zoom",
    "focus_zoom",
    "stage_cuts",
    "stage_rect",
    "visible",
    "windows",
]
