"""Document -> geometry (no Qt). One layout feeds the canvas and the PDF."""

from . import style
from .geometry import Rect, polyline_midpoint, rounded_path
from .map_layout import Badge, CurvePoint, LinkRoute, MapLayout, compute_layout, route
from .text import elide, wrap

__all__ = [
    "Badge",
    "CurvePoint",
    "LinkRoute",
    "MapLayout",
    "Rect",
    "compute_layout",
    "elide",
    "polyline_midpoint",
    "rounded_path",
    "route",
    "style",
    "wrap",
]
