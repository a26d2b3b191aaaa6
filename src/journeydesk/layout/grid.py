"""The map's grid: how many card columns each stage has and card rows each lane
has, where the columns and rows are, and where each card of a cell goes.

Cards sit on a grid: within a stage every lane uses the same card columns, and
within a lane every stage uses the same card rows, so the gaps between slots
are clear of cards across the whole map (links run along them). A frame costs
O(stages x lanes) from the cells' counts; placing a cell costs O(its cards).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import JourneyDocument
from . import style as S
from .geometry import Rect

SLOT_W = S.CARD_WIDTH + S.CARD_GAP_X
SLOT_H = S.CARD_HEIGHT + S.CARD_GAP_Y
X0 = S.MARGIN + S.LANE_HEADER_WIDTH  # the grid's left edge
Y0 = S.MARGIN + S.TITLE_HEIGHT + S.STAGE_HEADER_HEIGHT  # the grid's top edge


def columns_for(count: int) -> int:
    """Card columns for a stage whose fullest cell holds ``count`` cards: up to 3
    side by side; a crowded cell grows wider, not just taller."""
    return max(1, min(count, 3), math.ceil(math.sqrt(count / 2)))


@dataclass(frozen=True, slots=True)
class Frame:
    """Columns and rows of the grid (everything but the cards)."""

    stages: tuple[str, ...]
    lanes: tuple[str, ...]
    emotion_lanes: tuple[str, ...]
    cols: dict[str, int]  # stage -> card columns
    rows: dict[str, int]  # lane -> card rows
    col_x: dict[str, float]
    stage_w: dict[str, float]
    row_y: dict[str, float]
    lane_h: dict[str, float]
    grid_right: float
    grid_bottom: float

    @property
    def width(self) -> float:
        return self.grid_right + S.MARGIN

    @property
    def height(self) -> float:
        return self.grid_bottom + S.MARGIN

    def cell(self, stage: str, lane: str) -> Rect:
        return Rect(self.col_x[stage], self.row_y[lane], self.stage_w[stage], self.lane_h[lane])


def frame(doc: JourneyDocument) -> Frame:
    nodes = doc.graph.nodes
    stages, lanes = doc.stages(), doc.lanes()
    emotion_lanes = tuple(la for la in lanes if nodes[la]["kind"] == "emotions")
    count = doc.cell_count
    cols = {s: columns_for(max((count(s, la) for la in lanes), default=0)) for s in stages}
    rows = {la: max((math.ceil(count(s, la) / cols[s]) for s in stages), default=0) for la in lanes}
    col_x, stage_w = {}, {}
    x = X0
    for s in stages:
        col_x[s] = x
        stage_w[s] = 2 * S.CELL_PAD + cols[s] * SLOT_W - S.CARD_GAP_X
        x += stage_w[s]
    grid_right = max(x, X0 + 240)
    row_y, heights = {}, {}
    y = Y0
    for la in lanes:
        row_y[la] = y
        if la in emotion_lanes and rows[la] == 0:
            heights[la] = S.EMOTION_LANE_HEIGHT
        else:
            heights[la] = max(S.EMPTY_LANE_HEIGHT, 2 * S.CELL_PAD + rows[la] * SLOT_H - S.CARD_GAP_Y)
        y += heights[la]
    grid_bottom = max(y, Y0 + S.EMPTY_LANE_HEIGHT)
    lane_h = {}
    for i, la in enumerate(lanes):
        nxt = row_y[lanes[i + 1]] if i + 1 < len(lanes) else grid_bottom
        lane_h[la] = nxt - row_y[la]
    return Frame(
        stages, lanes, emotion_lanes, cols, rows, col_x, stage_w, row_y, lane_h, grid_right, grid_bottom
    )


def place_cell(cards: dict[str, Rect], fr: Frame, stage: str, lane: str, ids) -> None:
    """Card rectangles of one cell, left to right then top to bottom."""
    x0 = fr.col_x[stage] + S.CELL_PAD
    top = fr.row_y[lane] + S.CELL_PAD
    n = fr.cols[stage]
    w, h = S.CARD_WIDTH, S.CARD_HEIGHT
    c = r = 0
    for tp in ids:
        cards[tp] = Rect(x0 + c * SLOT_W, top + r * SLOT_H, w, h)
        c += 1
        if c == n:
            c = 0
            r += 1
