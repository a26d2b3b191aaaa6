"""Each persona's marker shape, so personas are told apart by shape as well as
colour (a reader who cannot tell the colours apart, a grey-scale print).

The shape follows the persona's place in the map's persona list: the first is a
circle, the second a square, then a triangle, a diamond, a downward triangle
and a hexagon, then round again (with different colours by then). Cards'
persona dots, the emotion curves' points and the legends use it, on screen
and in print (one geometry: ``marker_points``).
"""

from __future__ import annotations

import math

from ..model import JourneyDocument

MARKERS = ("circle", "square", "triangle", "diamond", "triangle_down", "hexagon")

# Sizes that make each shape look about as big as a circle of radius r.
_SQUARE = 0.9
_TRIANGLE = 1.32
_DIAMOND = 1.22
_HEXAGON = 1.08


def persona_markers(doc: JourneyDocument) -> dict[str, str]:
    """persona id -> its marker shape."""
    return {p: MARKERS[i % len(MARKERS)] for i, p in enumerate(doc.personas())}


def marker_points(shape: str, cx: float, cy: float, r: float) -> tuple[tuple[float, float], ...] | None:
    """The outline of ``shape`` centred on (cx, cy) in layout coordinates (y
    down), as a polygon; None for a circle of radius ``r``."""
    if shape == "square":
        s = r * _SQUARE
        return ((cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s), (cx - s, cy + s))
    if shape in ("triangle", "triangle_down"):
        h = r * _TRIANGLE
        sign = 1 if shape == "triangle" else -1
        top = cy - sign * h
        base = cy + sign * h * 0.5
        half = h * math.sqrt(3) / 2
        return ((cx, top), (cx + half, base), (cx - half, base))
    if shape == "diamond":
        d = r * _DIAMOND
        return ((cx, cy - d), (cx + d, cy), (cx, cy + d), (cx - d, cy))
    if shape == "hexagon":
        R = r * _HEXAGON
        return tuple(
            (cx + R * math.cos(a), cy + R * math.sin(a)) for a in (math.pi / 3 * i for i in range(6))
        )
    return None
