"""Spreadsheet import (no Qt): CSV or XLSX -> a checked JourneyDocument, or a plan
of add-operations for an open map.

    table = read_table("workshop.xlsx")                 # LoadError if unreadable
    result = import_table(table, mapping={"Fase": "stage"})
    result.problems                                      # bad rows, by line / cell
    result.document                                      # the new map
    result.plan                                          # [(kind, values)] for AddItem

Two shapes are told apart by the header row (``detect_shape``): the long form,
one touchpoint per row with columns matched by name (``headers.py``), and the
wide grid, stages across and lanes down (``grid.py``). Every value goes through
the model's own checks; a bad row is reported and adds nothing.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...i18n import translate, use_language
from ...model import JourneyDocument
from ..errors import LoadError, Problem
from .grid import GridReader, split_cards
from .headers import EMOTION_PREFIX, FIELDS, guess_language, is_field, match_header
from .long import LongReader, cell_text
from .plan import Planner, lane_kind
from .table import Table, column_letter, parse_table, read_table
from .values import fold

SHAPES = ("auto", "long", "grid")


@contextmanager
def _paused_gc() -> Iterator[None]:
    """Thousands of rows make many objects and no cycles (as when loading a map)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class MappingError(ValueError):
    """A ``--map`` entry names a column the table does not have, or no field."""


@dataclass
class ImportResult:
    document: JourneyDocument  # the new map (with ``into``: a scratch copy of what was planned)
    plan: list[tuple[str, dict[str, Any]]]
    problems: list[Problem]
    shape: str
    fields: list[str | None]  # the field each column filled (long form)
    table: Table
    bad_rows: int = 0
    rows_imported: int = 0
    unused: list[str] = field(default_factory=list)  # headers of columns not imported

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for kind, _ in self.plan:
            out[kind] = out.get(kind, 0) + 1
        return out


def headers(table: Table) -> list[str]:
    return [cell_text(h) for h in table.rows[0]] if table.rows else []


def guess_fields(table: Table) -> list[str | None]:
    """The field each column's header names (None: not recognised); a field is
    taken by its first column only, except text fields that add up and the
    per-persona emotions."""
    out: list[str | None] = []
    seen: set[str] = set()
    for h in headers(table):
        f = match_header(h).field
        if f in seen and f not in ("description", "notes", "friction", "ignore"):
            f = None
        if f:
            seen.add(f)
        out.append(f)
    return out


def apply_mapping(table: Table, fields: list[str | None], mapping: dict[str, str]) -> list[str | None]:
    """Override guessed fields: ``{"Fase": "stage", "C": "csat"}`` by header (folded)
    or by column letter. Raises ``MappingError``."""
    out = list(fields)
    names = headers(table)
    for column, target in mapping.items():
        if not is_field(target):
            raise MappingError(
                translate("import", "{field} is not a field (fields: {fields}, or emotion:PERSONA)").format(
                    field=repr(target), fields=", ".join(FIELDS)
                )
            )
        key = fold(column) or column.strip()
        cols = [i for i, h in enumerate(names) if (fold(h) or h.strip()) == key]
        if not cols and column.strip().isalpha():
            letters = [i for i in range(len(names)) if column_letter(i) == column.strip().upper()]
            cols = letters
        if not cols:
            raise MappingError(
                translate("import", "there is no column {column} (the columns are: {columns})").format(
                    column=repr(column), columns=", ".join(repr(n) for n in names if n)
                )
            )
        for i in cols:
            out[i] = target
    return out


def detect_shape(table: Table, fields: list[str | None]) -> str:
    """'long' when the header row names fields (a title, or two fields past the
    first column); otherwise 'grid'."""
    named = {f for f in fields if f and f != "ignore"}
    past_first = {f for f in fields[1:] if f and f != "ignore"}
    if "title" in named or len(past_first) >= 2:
        return "long"
    return "grid"


def import_table(
    table: Table,
    *,
    into: JourneyDocument | None = None,
    mapping: dict[str, str] | None = None,
    fields: list[str | None] | None = None,
    shape: str = "auto",
    title: str | None = None,
    language: str | None = None,
    file: str = "",
) -> ImportResult:
    """Import a table: a new map, or (``into``) a plan for the open one. Raises
    ``LoadError`` when the table as a whole cannot be imported (empty, no title
    column) and ``MappingError`` for a bad ``mapping``."""
    if not table.rows:
        raise LoadError(file, [Problem("", translate("import", "is empty: there are no rows to import"))])
    guessed = fields if fields is not None else guess_fields(table)
    guessed = list(guessed) + [None] * (table.width - len(guessed))
    if mapping:
        guessed = apply_mapping(table, guessed, mapping)
    if shape == "auto":
        shape = "long" if mapping or fields is not None else detect_shape(table, guessed)
    lang = language or (into.meta["language"] if into is not None else None) or guess_language(headers(table))
    name = title or (Path(file).name.split(".")[0] if file else "")
    if not name:
        with use_language(lang):  # the new map's title, in its language
            name = translate("import", "Imported journey")
    planner = Planner(into, name, lang or "en")
    if shape == "grid":
        if len(table.rows) < 2 or table.width < 2:
            raise LoadError(
                file,
                [
                    Problem(
                        "",
                        translate("import", "has too few rows or columns to be a grid of stages and lanes"),
                    )
                ],
            )
        reader: Any = GridReader(table, planner)
        used = list(guessed)
    else:
        if "title" not in guessed:
            raise LoadError(
                file,
                [
                    Problem(
                        table.place(0),
                        translate(
                            "import",
                            "no column holds the touchpoint titles (the header row has: {columns}); "
                            "name it with --map COLUMN=title",
                        ).format(
                            columns=", ".join(repr(h) for h in headers(table) if h)
                            or translate("import", "nothing")
                        ),
                    )
                ],
            )
        reader = LongReader(table, guessed, planner)
        used = guessed
    with _paused_gc():
        reader.run()
    unused = [h for h, f in zip(headers(table), used) if h and not f] if shape == "long" else []
    return ImportResult(
        planner.doc,
        planner.plan,
        reader.problems,
        shape,
        guessed if shape == "long" else [],
        table,
        reader.bad_rows,
        reader.rows_imported,
        unused,
    )


def import_file(path: str | os.PathLike[str], *, sheet: str | None = None, **options: Any) -> ImportResult:
    """``read_table`` then ``import_table``."""
    table = read_table(path, sheet)
    return import_table(table, file=str(path), **options)


__all__ = [
    "EMOTION_PREFIX",
    "FIELDS",
    "SHAPES",
    "ImportResult",
    "MappingError",
    "Table",
    "apply_mapping",
    "detect_shape",
    "guess_fields",
    "headers",
    "import_file",
    "import_table",
    "lane_kind",
    "parse_table",
    "read_table",
    "split_cards",
]
