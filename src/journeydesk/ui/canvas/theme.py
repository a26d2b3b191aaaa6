"""Qt paint resources built once from layout/style.py (colours, pens, fonts).

Created lazily (fonts need a QGuiApplication) and shared by every item, so a
paint() call allocates nothing it can reuse.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainterPath, QPen, QPolygonF

from ...layout import style as S
from ...layout.persona_marks import marker_points
from ...layout.themes import LIGHT, Theme
from .. import fonts

# Text is drawn while it would be at least this many pixels tall (a line of it,
# ascent plus descent); smaller than that it is noise, and blocks read better.
MIN_TEXT_PX = 4.5
LINE_EM = 1.164  # DejaVu Sans line height / em


def lod_for_text(size: float) -> float:
    """The zoom from which text of ``size`` layout units is drawn."""
    return MIN_TEXT_PX / (size * LINE_EM)


# Card titles are drawn from this zoom; below it the map is drawn as coloured
# blocks by one overview item (see OverviewItem), which is also far cheaper.
LOD_CARD_TEXT = lod_for_text(S.CARD_TITLE_SIZE)
LOD_OVERVIEW = LOD_CARD_TEXT
LOD_CARD_META = lod_for_text(S.CARD_META_SIZE)  # the channel / owner line and chips
# Below this zoom header text is not drawn at all.
LOD_NO_TEXT = 0.18
# Below this zoom link labels (small text in the gutters) are not drawn.
LOD_LINK_LABEL = 0.6

HANDLE_RADIUS = 6.0


_UNTITLED = {
    "stage": QT_TRANSLATE_NOOP("Canvas", "Untitled stage"),
    "lane": QT_TRANSLATE_NOOP("Canvas", "Untitled lane"),
    "touchpoint": QT_TRANSLATE_NOOP("Canvas", "Untitled"),
    "persona": QT_TRANSLATE_NOOP("Canvas", "Persona"),
    "map": QT_TRANSLATE_NOOP("Canvas", "Untitled journey"),
}


def untitled(kind: str) -> str:
    """What an item with an empty name shows."""
    return QCoreApplication.translate("Canvas", _UNTITLED.get(kind, _UNTITLED["touchpoint"]))


ACCENT = S.CARD_SELECTED  # editing chrome (drop markers, link drags): the editor's accent

INHERIT = object()  # PaintContext.heat: draw the scene's own heatmap


@dataclass
class PaintContext:
    """How one view draws the scene it shares with other views.

    A view sets its context for the length of its paint event (``painting``);
    every item reads ``ctx()`` while it paints. So the presentation window can
    draw the editor's scene dark, without selection and with its own toggles,
    while the editor's view of the same items stays as it was. (Items paint
    through per-view pixmap caches, DeviceCoordinateCache, so the two never
    share a picture; a view whose context changes calls ``update()`` on the
    items to drop its old pictures.)"""

    theme: Theme = LIGHT
    chrome: bool = True  # selection glows, hover borders, link handles
    badges: bool = True  # friction badges
    curves: bool = True  # emotion curves
    text_zoom: float = 0.0  # card and label text drawn only from this zoom up
    map_title: bool = True  # the title block over the map (a presentation says it itself)
    heat: object = INHERIT  # a {(stage, lane): load} to shade, None for none, or INHERIT


EDITOR = PaintContext()
_current = [EDITOR]


def ctx() -> PaintContext:
    """The context of the view painting now (the editor's outside any view: exports)."""
    return _current[0]


def palette() -> Theme:
    """The colours of the view painting now."""
    return _current[0].theme


@contextlib.contextmanager
def painting(context: PaintContext) -> Iterator[None]:
    """Paint with ``context`` inside the block (a view's paint event)."""
    before = _current[0]
    _current[0] = context
    try:
        yield
    finally:
        _current[0] = before


@cache
def colour(hex_: str, alpha: int = 255) -> QColor:
    c = QColor(hex_)
    c.setAlpha(alpha)
    return c


@cache
def pen(hex_: str, width: float = 1.0, style: str = "solid", alpha: int = 255) -> QPen:
    p = QPen(colour(hex_, alpha), width)
    if style == "dashed":
        p.setStyle(Qt.PenStyle.CustomDashLine)
        p.setDashPattern([4.0, 3.0])
    elif style == "dotted":
        p.setStyle(Qt.PenStyle.CustomDashLine)
        p.setDashPattern([1.0, 2.2])
        p.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return p


@cache
def cosmetic_pen(hex_: str, width: float = 1.0, alpha: int = 255) -> QPen:
    p = QPen(colour(hex_, alpha), width)
    p.setCosmetic(True)
    return p


class Fonts:
    """The handful of fonts the canvas uses, with their metrics."""

    _instance: Fonts | None = None

    def __init__(self) -> None:
        self.title = fonts.font(S.CARD_TITLE_SIZE)
        self.meta = fonts.font(S.CARD_META_SIZE)
        self.chip = fonts.font(S.CHIP_SIZE)
        self.stage = fonts.font(S.STAGE_SIZE, bold=True)
        self.stage_sub = fonts.font(S.CARD_META_SIZE)
        self.lane = fonts.font(S.LANE_SIZE, bold=True)
        self.lane_sub = fonts.font(S.CARD_META_SIZE)
        self.map_title = fonts.font(S.TITLE_SIZE, bold=True)
        self.map_sub = fonts.font(S.LANE_SIZE)
        self.badge = fonts.font(S.BADGE_SIZE, bold=True)
        self.axis = fonts.font(S.CHIP_SIZE)
        self.heat = fonts.font(S.CHIP_SIZE, bold=True)
        self.fm_title = QFontMetricsF(self.title)
        self.fm_meta = QFontMetricsF(self.meta)
        self.fm_chip = QFontMetricsF(self.chip)
        self.fm_stage = QFontMetricsF(self.stage)
        self.fm_lane = QFontMetricsF(self.lane)
        self.fm_sub = QFontMetricsF(self.stage_sub)
        self.fm_map_title = QFontMetricsF(self.map_title)
        self.fm_map_sub = QFontMetricsF(self.map_sub)
        self.fm_heat = QFontMetricsF(self.heat)

    @classmethod
    def get(cls) -> Fonts:
        if cls._instance is None:
            cls._instance = Fonts()
        return cls._instance


def severity_shape(shape: str, cx: float, cy: float, r: float) -> QPainterPath:
    """The badge outline for a severity shape (circle, square, triangle, diamond),
    sized so every shape looks about as big as a circle of radius r."""
    path = QPainterPath()
    if shape == "square":
        s = r * 0.9
        path.addRoundedRect(QRectF(cx - s, cy - s, 2 * s, 2 * s), 2.5, 2.5)
    elif shape == "triangle":
        h = r * 1.18
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(cx, cy - h),
                    QPointF(cx + h * 1.1, cy + h * 0.78),
                    QPointF(cx - h * 1.1, cy + h * 0.78),
                ]
            )
        )
        path.closeSubpath()
    elif shape == "diamond":
        h = r * 1.2
        path.addPolygon(
            QPolygonF([QPointF(cx, cy - h), QPointF(cx + h, cy), QPointF(cx, cy + h), QPointF(cx - h, cy)])
        )
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(cx, cy), r, r)
    return path


def star(cx: float, cy: float, r: float) -> QPainterPath:
    """A five-pointed star (the moment-of-truth mark)."""
    import math

    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append(QPointF(cx + rr * math.cos(a), cy + rr * math.sin(a)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(pts))
    path.closeSubpath()
    return path


def path_from_ops(ops, dx: float = 0.0, dy: float = 0.0) -> QPainterPath:
    """A QPainterPath from layout path ops (M/L/C), shifted by (-dx, -dy)."""
    path = QPainterPath()
    for op in ops:
        code = op[0]
        if code == "L":
            path.lineTo(op[1] - dx, op[2] - dy)
        elif code == "C":
            path.cubicTo(op[1] - dx, op[2] - dy, op[3] - dx, op[4] - dy, op[5] - dx, op[6] - dy)
        else:
            path.moveTo(op[1] - dx, op[2] - dy)
    return path


def marker_path(shape: str, cx: float, cy: float, r: float) -> QPainterPath:
    """A persona's marker (``layout.persona_marks``) centred on (cx, cy)."""
    path = QPainterPath()
    points = marker_points(shape, cx, cy, r)
    if points is None:
        path.addEllipse(QPointF(cx, cy), r, r)
    else:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        path.closeSubpath()
    return path
