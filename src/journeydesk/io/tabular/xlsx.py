"""Reading an .xlsx workbook through openpyxl: one sheet's cells and merged ranges.

openpyxl is imported here only, when a workbook is read. A workbook is a zip of
XML files; its declared size is checked first so a small file cannot unpack into
gigabytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from typing import Any

from ...i18n import translate
from ..errors import LoadError, Problem
from .table import MAX_ROWS, MAX_TABLE_BYTES, Table

MAX_UNPACKED = 8 * MAX_TABLE_BYTES


def _fail(file: str, message: str) -> LoadError:
    return LoadError(file, [Problem("", message)])


def _not_a_workbook(file: str) -> LoadError:
    return _fail(
        file, translate("import", "is not a readable .xlsx workbook (damaged, or another kind of zip file)")
    )


def _cell_value(cell: Any) -> Any:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        # A cell shown as 78% holds 0.78.
        if "%" in (getattr(cell, "number_format", "") or ""):
            return round(value * 100, 10)
        return value
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def read_xlsx(raw: bytes, file: str, sheet: str | None = None) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            unpacked = sum(i.file_size for i in z.infolist())
            if "xl/workbook.xml" not in z.namelist():
                raise _fail(
                    file,
                    translate("import", "is a zip file but not an .xlsx workbook (no xl/workbook.xml in it)"),
                )
    except zipfile.BadZipFile:
        raise _not_a_workbook(file) from None
    if unpacked > MAX_UNPACKED:
        raise _fail(file, translate("import", "unpacks to more data than a spreadsheet to import may hold"))
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about every unsupported extension
            # Read-only mode streams the cells (several times faster); it does not
            # read merged ranges, which _merged_ranges takes from the sheet's XML.
            book = openpyxl.load_workbook(io.BytesIO(raw), data_only=True, read_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        raise _not_a_workbook(file) from None
    try:
        return _pick_sheet(book, raw, file, sheet)
    except LoadError:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet inside a readable workbook
        raise _not_a_workbook(file) from None
    finally:
        book.close()


def _pick_sheet(book: Any, raw: bytes, file: str, sheet: str | None) -> Table:
    names = tuple(book.sheetnames)
    sheets = [ws for ws in book.worksheets if hasattr(ws, "iter_rows")]
    if not sheets:
        raise _fail(file, translate("import", "has no worksheet with cells"))
    if sheet:
        ws = next((w for w in sheets if w.title == sheet), None)
        if ws is None:
            ws = next((w for w in sheets if w.title.casefold() == sheet.strip().casefold()), None)
        if ws is None:
            raise _fail(
                file,
                translate("import", "has no sheet named {name} (its sheets: {sheets})").format(
                    name=repr(sheet), sheets=", ".join(names)
                ),
            )
    else:
        ws = sheets[0]
    return _sheet_table(ws, file, names, _merged_ranges(raw, ws))


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')


def _merged_ranges(raw: bytes, ws: Any) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col, max_row, max_col), 1-based, of the sheet's merged cells."""
    from openpyxl.utils.cell import range_boundaries

    path = getattr(ws, "_worksheet_path", None)
    if not path:
        return []
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        xml = z.read(path.lstrip("/"))
    out = []
    for ref in _MERGE.findall(xml):
        min_col, min_row, max_col, max_row = range_boundaries(ref.decode("ascii"))
        out.append((min_row, min_col, max_row, max_col))
    return out


def _sheet_table(
    ws: Any, file: str, names: tuple[str, ...], ranges: list[tuple[int, int, int, int]]
) -> Table:
    rows: list[list[Any]] = []
    lines: list[int] = []
    index: dict[int, int] = {}  # sheet row -> index in rows
    if (ws.max_row or 0) > 10 * MAX_ROWS:
        raise _fail(file, translate("import", "has far more rows than a map can hold"))
    for number, cells in enumerate(ws.iter_rows(min_row=1, min_col=1), start=1):
        values = [_cell_value(c) for c in cells]
        if any(v != "" for v in values):
            if len(rows) >= MAX_ROWS:
                raise _fail(
                    file,
                    translate("import", "has more than {n} rows, more than a map can hold").format(
                        n=f"{MAX_ROWS - 1:,}"
                    ),
                )
            index[number] = len(rows)
            rows.append(values)
            lines.append(number)
    width = max((len(r) for r in rows), default=0)
    while width and all(r[width - 1] == "" for r in rows if len(r) >= width):
        width -= 1  # formatted but empty columns at the right
    for r in rows:
        del r[width:]
        r.extend([""] * (width - len(r)))
    merged = []
    for min_row, min_col, max_row, max_col in ranges:
        top = index.get(min_row)
        if top is None or min_col > width:
            continue
        last = max((index[n] for n in range(min_row, max_row + 1) if n in index), default=top)
        merged.append((top, min_col - 1, last, min(max_col, width) - 1))
    return Table(rows, lines, "xlsx", sheet=ws.title, sheets=names, merged=merged)
