"""Document -> geometry (no Qt). One layout feeds the canvas and the PDF."""

from . import style
from .build import compute_layout
from .geometry import Rect, polyline_midpoint, rounded_path
from .map_layout import Badge, CurvePoint, LabelSpot, LinkRoute, MapLayout, label_spot, route
from .text import elide, wrap

__all__ = [
    "Badge",
    "CurvePoint",
    "LabelSpot",
    "LinkRoute",
    "MapLayout",
    "Rect",
    "compute_layout",
    "elide",
    "label_spot",
    "polyline_midpoint",
    "rounded_path",
    "route",
    "style",
    "wrap",
]
