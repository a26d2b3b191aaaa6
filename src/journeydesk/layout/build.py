"""Lay out a whole map: document -> MapLayout (linear in the number of items)."""

from __future__ import annotations

from ..model import JourneyDocument
from . import style as S
from .geometry import Rect
from .grid import X0, Y0, Frame, frame, place_cell
from .map_layout import LinkRoute, MapLayout, route
from .marks import emotion_points, place_badges, place_curves


def compute_layout(doc: JourneyDocument, *, routes: bool = True) -> MapLayout:
    """Stage columns, lane rows, card rectangles, friction badges, emotion curves
    and (``routes``) link routes of the whole map.

    With ``routes=False`` the link routes are left out (``links`` stays empty;
    link badges are still placed): the canvas routes each link itself when one
    of its cards moved, which on a big map is most of the cost of a relayout."""
    fr = frame(doc)
    out = empty_layout(fr)
    for la in fr.lanes:
        for s in fr.stages:
            place_cell(out.cards, fr, s, la, doc.cell(s, la))
    if routes:
        cards = out.cards
        for link in doc.links():
            u, v = doc.link_ends(link)
            out.links[link] = LinkRoute(u, v, route(cards[u], cards[v], out.clear_between(doc, u, v)))
    place_badges(doc, out)
    place_curves(doc, out, emotion_points(doc))
    return out


def empty_layout(fr: Frame) -> MapLayout:
    """A layout with its grid from ``fr`` and no cards, badges or curves yet."""
    width, height = fr.width, fr.height
    out = MapLayout(
        width=width,
        height=height,
        title=Rect(S.MARGIN, S.MARGIN, width - 2 * S.MARGIN, S.TITLE_HEIGHT - 8),
        grid=Rect(X0, Y0, fr.grid_right - X0, fr.grid_bottom - Y0),
        emotion_lanes=fr.emotion_lanes,
        slot_columns=dict(fr.cols),
        stage_index={s: i for i, s in enumerate(fr.stages)},
    )
    set_frame(out, fr)
    return out


def set_frame(out: MapLayout, fr: Frame) -> None:
    """Headers, column and row bands and cell rectangles from ``fr``."""
    out.width, out.height = fr.width, fr.height
    out.title = Rect(S.MARGIN, S.MARGIN, fr.width - 2 * S.MARGIN, S.TITLE_HEIGHT - 8)
    out.grid = Rect(X0, Y0, fr.grid_right - X0, fr.grid_bottom - Y0)
    out.emotion_lanes = fr.emotion_lanes
    out.slot_columns = dict(fr.cols)
    out.stage_index = {s: i for i, s in enumerate(fr.stages)}
    out.stage_headers = {}
    out.stage_columns = {}
    for s in fr.stages:
        x, w = fr.col_x[s], fr.stage_w[s]
        out.stage_headers[s] = Rect(x, Y0 - S.STAGE_HEADER_HEIGHT, w, S.STAGE_HEADER_HEIGHT)
        out.stage_columns[s] = Rect(x, Y0, w, fr.grid_bottom - Y0)
    out.lane_headers = {}
    out.lane_rows = {}
    out.cells = {}
    for la in fr.lanes:
        y, h = fr.row_y[la], fr.lane_h[la]
        out.lane_headers[la] = Rect(S.MARGIN, y, S.LANE_HEADER_WIDTH, h)
        out.lane_rows[la] = Rect(X0, y, fr.grid_right - X0, h)
        for s in fr.stages:
            out.cells[(s, la)] = Rect(fr.col_x[s], y, fr.stage_w[s], h)
