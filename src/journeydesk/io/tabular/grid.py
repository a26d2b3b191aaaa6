"""The wide grid: stages across the first row, lanes down the first column, card
texts in the cells.

Several cards in one cell are separated by blank lines or bullets ("- ", "• ",
"1. "); a card's first line is its title, the lines after it its description.
An empty stage header after a named one continues that stage (a merged header,
as a CSV saves it); an empty lane label continues the lane above. In XLSX,
merged header and lane cells span their whole range; a merged card cell counts
once, in its first stage.
"""

from __future__ import annotations

import re

from ...i18n import translate
from ...model.fields import FieldError
from ..errors import Problem
from .long import cell_text
from .plan import Planner
from .table import Table

_BULLET = re.compile(r"^\s*(?:[-*•·‣▪◦–—]|\d{1,2}[.)])\s+")


def split_cards(text: str) -> list[tuple[str, str]]:
    """Cell text -> [(title, description)]."""
    cards: list[list[str]] = []
    current: list[str] | None = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            current = None
            continue
        bullet = _BULLET.match(line)
        if bullet or current is None:
            current = [line[bullet.end() :].strip() if bullet else line.strip()]
            cards.append(current)
        else:
            current.append(line.strip())
    return [(c[0], "\n".join(c[1:])) for c in cards if c[0]]


def _spread_headers(table: Table) -> None:
    """Merged stage headers (first row) and lane labels (first column) fill their
    range; other merged ranges keep their value in the first cell only."""
    for top, left, bottom, right in table.merged:
        value = table.rows[top][left]
        if top == 0:
            for c in range(left, right + 1):
                table.rows[0][c] = value
        if left == 0:
            for r in range(top, bottom + 1):
                table.rows[r][0] = value


class GridReader:
    def __init__(self, table: Table, planner: Planner) -> None:
        self.table, self.p = table, planner
        self.problems: list[Problem] = []
        self.bad_rows = 0
        self.rows_imported = 0

    def stages(self) -> list[str | None]:
        """The stage id of each column (None for the lane column and unnamed ones)."""
        out: list[str | None] = [None]
        current = None
        for col, value in enumerate(self.table.rows[0][1:], start=1):
            name = cell_text(value)
            if name:
                try:
                    current = self.p.ensure("stage", name)
                except FieldError as exc:
                    self.problems.append(Problem(self.table.place(0, col), str(exc)))
                    current = None
            out.append(current)
        return out

    def run(self) -> None:
        _spread_headers(self.table)
        stages = self.stages()
        label = ""
        for index in range(1, len(self.table.rows)):
            row = self.table.rows[index]
            label = cell_text(row[0]) or label  # an empty label continues the lane above
            problems: list[Problem] = []
            mark = self.p.mark()
            lane = None
            if label:
                try:
                    lane = self.p.ensure("lane", label)
                except FieldError as exc:
                    problems.append(Problem(self.table.place(index, 0), str(exc)))
            for col in range(1, len(row)):
                text = cell_text(row[col])
                if text:
                    self.cell(index, col, text, stages[col], lane, problems)
            if problems:  # a bad row adds nothing, as in the long form
                self.p.rollback(mark)
                self.bad_rows += 1
                self.problems.extend(problems)
            else:
                self.rows_imported += 1

    def cell(self, index: int, col: int, text: str, stage: str | None, lane: str | None, problems) -> None:
        place = self.table.place(index, col)
        if stage is None:
            problems.append(Problem(place, translate("import", "holds cards but has no stage name above it")))
            return
        if lane is None:
            problems.append(Problem(place, translate("import", "holds cards but its row has no lane name")))
            return
        mark = self.p.mark()
        for title, description in split_cards(text):
            try:
                self.p.add(
                    "touchpoint", {"title": title, "stage": stage, "lane": lane, "description": description}
                )
            except FieldError as exc:
                self.p.rollback(mark)
                problems.append(Problem(place, str(exc)))
                return
