"""A uniform grid over the map that finds the items a sheet shows without looking at
the whole map.

A tiled print has a sheet for every few cards, so testing every card, link and badge
against every sheet grows with the square of the map. ``GridIndex`` buckets each
item's bounding box once, in every grid cell the box touches; a view then looks only
in the cells it touches. The candidates it returns are a superset of the items whose
boxes meet the view (inclusive edges, as the painter tests), in the order the items
were given, so the painter applies its own exact test to them and draws them in the
same order as a full scan would: the output stays byte for byte the same.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 (layout units, y down)


class GridIndex:
    """Boxes bucketed by a grid of ``cell_w`` x ``cell_h`` cells."""

    def __init__(self, boxes: Sequence[Box], cell_w: float, cell_h: float) -> None:
        self.cell_w = max(1.0, float(cell_w))
        self.cell_h = max(1.0, float(cell_h))
        self.size = len(boxes)
        self._cells: dict[tuple[int, int], list[int]] = {}
        cells = self._cells
        for i, (x0, y0, x1, y1) in enumerate(boxes):
            c0, r0, c1, r1 = self._span(x0, y0, x1, y1)
            for row in range(r0, r1 + 1):
                for col in range(c0, c1 + 1):
                    bucket = cells.get((col, row))
                    if bucket is None:
                        cells[(col, row)] = [i]
                    else:
                        bucket.append(i)

    def _span(self, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        """The columns and rows of the cells a box touches (floor is monotone, so two
        boxes that meet, edges included, always share a cell)."""
        cw, ch = self.cell_w, self.cell_h
        return math.floor(x0 / cw), math.floor(y0 / ch), math.floor(x1 / cw), math.floor(y1 / ch)

    def query(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        """Indices (ascending) of the boxes that may meet the view ``x0, y0, x1, y1``."""
        c0, r0, c1, r1 = self._span(x0, y0, x1, y1)
        cells = self._cells
        if (c1 - c0 + 1) * (r1 - r0 + 1) > len(cells):  # a view bigger than the map
            buckets = list(cells.values())
        else:
            buckets = [
                b
                for row in range(r0, r1 + 1)
                for col in range(c0, c1 + 1)
                if (b := cells.get((col, row))) is not None
            ]
        if len(buckets) == 1:
            return list(buckets[0])  # ascending already: filled in index order
        found: set[int] = set()
        for b in buckets:
            found.update(b)
        return sorted(found)
