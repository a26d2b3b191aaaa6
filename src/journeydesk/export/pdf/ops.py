"""Fast vector operators for the map's many small shapes.

A 2,000-touchpoint map is tens of thousands of shapes. reportlab's path and colour
methods format every number through a pure-Python ``fp_str`` (unless the optional
C accelerator is installed), which made shapes most of an export's time. These
helpers build the same PDF operators with one C-level ``%`` format per shape and
hand them to the canvas with ``addLiteral``, in stream order with every other
drawing call. Text still goes through reportlab (it subsets and encodes the font).

Coordinates are PDF user space (y up) in the current transformation.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor

K = 0.5523  # cubic Bézier approximation of a quarter circle


@lru_cache(maxsize=512)
def fill(hex_value: str) -> str:
    c = HexColor(hex_value)
    return "%.3f %.3f %.3f rg" % (c.red, c.green, c.blue)


@lru_cache(maxsize=512)
def stroke(hex_value: str) -> str:
    c = HexColor(hex_value)
    return "%.3f %.3f %.3f RG" % (c.red, c.green, c.blue)


def width(w: float) -> str:
    return "%.2f w" % w


def dash(pattern: tuple[float, ...] = ()) -> str:
    return "[%s] 0 d" % " ".join("%g" % v for v in pattern)


def round_rect(x: float, y: float, w: float, h: float, r: float) -> str:
    """A rounded rectangle path; (x, y) is the bottom-left corner."""
    r = max(0.0, min(r, w / 2, h / 2))
    k = r * K
    return (
        "%.2f %.2f m %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c "
        "%.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c h"
        % (
            x + r,
            y,
            x + w - r,
            y,
            x + w - r + k,
            y,
            x + w,
            y + r - k,
            x + w,
            y + r,
            x + w,
            y + h - r,
            x + w,
            y + h - r + k,
            x + w - r + k,
            y + h,
            x + w - r,
            y + h,
            x + r,
            y + h,
            x + r - k,
            y + h,
            x,
            y + h - r + k,
            x,
            y + h - r,
            x,
            y + r,
            x,
            y + r - k,
            x + r - k,
            y,
            x + r,
            y,
        )
    )


def rect(x: float, y: float, w: float, h: float) -> str:
    return "%.2f %.2f %.2f %.2f re" % (x, y, w, h)


def circle(cx: float, cy: float, r: float) -> str:
    k = r * K
    return (
        "%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
        "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h"
        % (
            cx + r,
            cy,
            cx + r,
            cy + k,
            cx + k,
            cy + r,
            cx,
            cy + r,
            cx - k,
            cy + r,
            cx - r,
            cy + k,
            cx - r,
            cy,
            cx - r,
            cy - k,
            cx - k,
            cy - r,
            cx,
            cy - r,
            cx + k,
            cy - r,
            cx + r,
            cy - k,
            cx + r,
            cy,
        )
    )


def polygon(points) -> str:
    it = iter(points)
    x, y = next(it)
    parts = ["%.2f %.2f m" % (x, y)]
    parts.extend("%.2f %.2f l" % p for p in it)
    parts.append("h")
    return " ".join(parts)


def line(x1: float, y1: float, x2: float, y2: float) -> str:
    return "%.2f %.2f m %.2f %.2f l S" % (x1, y1, x2, y2)


def polyline(points) -> str:
    """An open path through points (stroke it with S)."""
    it = iter(points)
    x, y = next(it)
    return " ".join(["%.2f %.2f m" % (x, y), *("%.2f %.2f l" % p for p in it)])
