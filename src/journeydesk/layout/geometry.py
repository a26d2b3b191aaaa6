"""Plain geometry types (no Qt) that both the canvas and the PDF draw from."""

from __future__ import annotations

import itertools
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, init=False)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def __init__(self, x: float, y: float, w: float, h: float) -> None:
        # A big map's layout makes thousands: setting the slots directly costs
        # a little more than half of dataclass's frozen __init__.
        _set_x(self, x)
        _set_y(self, y)
        _set_w(self, w)
        _set_h(self, h)

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def adjusted(self, dx1: float, dy1: float, dx2: float, dy2: float) -> Rect:
        return Rect(self.x + dx1, self.y + dy1, self.w - dx1 + dx2, self.h - dy1 + dy2)


_set_x, _set_y, _set_w, _set_h = (Rect.__dict__[f].__set__ for f in ("x", "y", "w", "h"))

Point = tuple[float, float]

# A path is a list of ops: ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y).
PathOp = tuple


def rounded_path(points: list[Point], radius: float) -> tuple[PathOp, ...]:
    """An orthogonal polyline with its corners rounded (cubic Béziers)."""
    if not points:
        return ()
    ops: list[PathOp] = [("M", *points[0])]
    k = 0.5523  # cubic approximation of a quarter circle
    for i in range(1, len(points) - 1):
        (x0, y0), (x1, y1), (x2, y2) = points[i - 1], points[i], points[i + 1]
        d_in = abs(x1 - x0) + abs(y1 - y0)
        d_out = abs(x2 - x1) + abs(y2 - y1)
        r = min(radius, d_in / 2, d_out / 2)
        if r <= 0.5:
            ops.append(("L", x1, y1))
            continue
        ux0, uy0 = _unit(x1 - x0, y1 - y0)
        ux1, uy1 = _unit(x2 - x1, y2 - y1)
        ax, ay = x1 - ux0 * r, y1 - uy0 * r
        bx, by = x1 + ux1 * r, y1 + uy1 * r
        ops.append(("L", ax, ay))
        ops.append(("C", ax + ux0 * r * k, ay + uy0 * r * k, bx - ux1 * r * k, by - uy1 * r * k, bx, by))
    ops.append(("L", *points[-1]))
    return tuple(ops)


def _unit(dx: float, dy: float) -> Point:
    n = (dx * dx + dy * dy) ** 0.5 or 1.0
    return dx / n, dy / n


def polyline_midpoint(points: list[Point] | tuple[Point, ...]) -> Point:
    """The point halfway along a polyline (where a link's badge sits)."""
    if len(points) == 1:
        return points[0]
    lengths = [abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in itertools.pairwise(points)]
    half = sum(lengths) / 2
    for (a, b), seg in zip(itertools.pairwise(points), lengths):
        if half <= seg and seg > 0:
            t = half / seg
            return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        half -= seg
    return points[-1]
