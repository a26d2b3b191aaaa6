"""Pinned header strips (frozen panes): compact copies of the stage headers
along the view's top edge while the real ones are scrolled above it, and of the
lane headers down its left edge while those are scrolled left of it.

Computed from the layout and the view's transform, cached on both; drawn in
the view's foreground in viewport coordinates.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QRegion

from . import theme as T

LANE_WIDTH = 132  # px: the pinned lane-name column (names only, elided)
PAD = 8  # px: text padding inside a pinned header

Pinned = list[tuple[str, str, QRectF, str]]  # (kind, id, rect in viewport px, name)


def strip_size() -> tuple[float, float]:
    """(height of the pinned stage strip, width of the pinned lane column) in px."""
    fm = T.Fonts.get().fm_lane
    return float(math.ceil(fm.height()) + 2 * PAD - 4), float(LANE_WIDTH)


def compute(view, layout, doc) -> Pinned:
    """The header copies to pin for the view as it is now (none in the overview)."""
    if view.zoom() < T.LOD_OVERVIEW or not layout.stage_headers or not layout.lane_headers:
        return []
    vp = view.viewport()
    w, h = vp.width(), vp.height()
    strip_h, col_w = strip_size()
    t = view.viewportTransform()
    grid = layout.grid
    g = t.mapRect(QRectF(grid.x, grid.y, grid.w, grid.h))
    if g.right() <= 0 or g.left() >= w or g.bottom() <= 0 or g.top() >= h:
        return []  # the grid is out of view: nothing to label
    first_stage = next(iter(layout.stage_headers.values()))
    first_lane = next(iter(layout.lane_headers.values()))
    # Pinned once the real header is partly scrolled off and shows less than
    # the pinned copy would (and some of the grid is left to label).
    st = t.mapRect(QRectF(first_stage.x, first_stage.y, first_stage.w, first_stage.h))
    la = t.mapRect(QRectF(first_lane.x, first_lane.y, first_lane.w, first_lane.h))
    stages_out = st.top() < 0 and st.bottom() < strip_h and g.bottom() > strip_h
    lanes_out = la.left() < 0 and la.right() < col_w and g.right() > col_w
    nodes = doc.graph.nodes
    out: Pinned = []
    if stages_out:
        left = col_w if lanes_out else 0.0
        for sid, r in layout.stage_headers.items():
            x0 = max(t.map(QPointF(r.x, 0)).x(), left)
            x1 = min(t.map(QPointF(r.x + r.w, 0)).x(), float(w))
            if x1 - x0 >= 1:
                out.append(("stage", sid, QRectF(x0, 0, x1 - x0, strip_h), nodes[sid]["name"]))
    if lanes_out:
        top = strip_h if stages_out else 0.0
        for lid, r in layout.lane_headers.items():
            y0 = max(t.map(QPointF(0, r.y)).y(), top)
            y1 = min(t.map(QPointF(0, r.y + r.h)).y(), float(h))
            if y1 - y0 >= 1:
                out.append(("lane", lid, QRectF(0, y0, col_w, y1 - y0), nodes[lid]["name"]))
    return out


def region(pinned: Pinned) -> QRegion:
    out = QRegion()
    for _kind, _id, r, _name in pinned:
        out += r.toAlignedRect()
    return out


def insets(pinned: Pinned) -> tuple[float, float]:
    """(left, top) px of the viewport the pinned strips cover now."""
    left = max((r.right() for kind, _, r, _ in pinned if kind == "lane"), default=0.0)
    top = max((r.bottom() for kind, _, r, _ in pinned if kind == "stage"), default=0.0)
    return left, top


def draw(painter: QPainter, pinned: Pinned, exposed) -> None:
    """Paint the pinned copies that meet ``exposed`` (viewport coordinates)."""
    f = T.Fonts.get()
    fm = f.fm_lane
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setFont(f.lane)
    P = T.palette()
    stage_fill, stage_ink = T.colour(P.stage_header), T.colour(P.stage_header_ink)
    lane_fill, lane_ink = T.colour(P.lane_header), T.colour(P.lane_ink)
    rule = T.colour(P.card_border)
    for kind, _id, r, name in pinned:
        if not r.toAlignedRect().intersects(exposed):
            continue
        stage = kind == "stage"
        painter.fillRect(r, stage_fill if stage else lane_fill)
        painter.setPen(rule if not stage else T.colour(P.stage_header_ink, 60))
        if stage:
            painter.drawLine(QPointF(r.right() - 0.5, r.top() + 4), QPointF(r.right() - 0.5, r.bottom() - 4))
        else:
            painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
            painter.drawLine(QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom()))
        fallback = T.untitled("stage" if stage else "lane")
        text = fm.elidedText(name or fallback, Qt.TextElideMode.ElideRight, r.width() - 2 * PAD)
        if not text:
            continue
        painter.setPen(stage_ink if stage else lane_ink)
        baseline = (
            r.top() + (r.height() + fm.ascent() - fm.descent()) / 2 if stage else r.top() + PAD + fm.ascent()
        )
        painter.drawText(QPointF(r.left() + PAD, baseline), text)
    if {p[0] for p in pinned} == {"stage", "lane"}:
        strip_h, col_w = strip_size()
        corner = QRectF(0, 0, col_w, strip_h)
        if corner.toAlignedRect().intersects(exposed):
            painter.fillRect(corner, stage_fill)
    painter.restore()
