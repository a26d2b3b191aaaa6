"""A spreadsheet as rows of cells, with where each row came from.

``read_table(path)`` reads CSV (delimiter and encoding sniffed) or XLSX (through
openpyxl) into a ``Table``; every problem reading it is a ``LoadError`` naming
the file and, where it helps, the line. Binary junk is refused, never parsed.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...model import vocabulary as V
from ..errors import LoadError, Problem

MAX_TABLE_BYTES = 100 * 1024 * 1024
MAX_ROWS = V.MAX_ITEMS + 1  # a header and at most as many rows as a map holds touchpoints
DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 64 * 1024


@dataclass
class Table:
    """Rows of cells: text (CSV) or text, numbers and booleans (XLSX).

    ``lines[i]`` is where row ``i`` starts in the file (CSV line or sheet row,
    1-based). ``merged`` lists XLSX merged ranges as (row, col, last_row,
    last_col), 0-based indexes into ``rows``; only their first cell has a value."""

    rows: list[list[Any]]
    lines: list[int]
    source: str = "csv"  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def place(self, row: int, col: int | None = None) -> str:
        """'line 5' (CSV) or 'row 5' / 'cell C5' (XLSX) for a row or a cell."""
        line = self.lines[row]
        if self.source == "xlsx":
            if col is None:
                return translate("import", "row {row}").format(row=line)
            return translate("import", "cell {cell}").format(cell=column_letter(col) + str(line))
        return translate("import", "line {line}").format(line=line)


def column_letter(col: int) -> str:
    """0 -> 'A', 26 -> 'AA'."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def _fail(file: str, message: str, place: str = "") -> LoadError:
    return LoadError(file, [Problem(place, message)])


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    path = Path(path)
    name = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _fail(name, translate("import", "is a folder, not a spreadsheet"))
        if not stat.S_ISREG(info.st_mode):
            raise _fail(name, translate("import", "is not a regular file (a pipe or a device?)"))
        if info.st_size > MAX_TABLE_BYTES:
            raise _fail(
                name,
                translate("import", "is {size} MB; a spreadsheet to import may be at most {limit} MB").format(
                    size=info.st_size // 2**20, limit=MAX_TABLE_BYTES // 2**20
                ),
            )
        with open(path, "rb") as fh:
            return fh.read(MAX_TABLE_BYTES + 1)[:MAX_TABLE_BYTES]
    except FileNotFoundError:
        raise _fail(name, translate("import", "no such file")) from None
    except PermissionError:
        raise _fail(name, translate("import", "you do not have permission to read this file")) from None
    except OSError as exc:
        raise _fail(
            name, translate("import", "cannot be read: {why}").format(why=exc.strerror or exc)
        ) from None


def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
    """Read a CSV or XLSX file (told apart by content, not by name)."""
    raw = read_bytes(path)
    return parse_table(raw, str(path), sheet)


def parse_table(raw: bytes, file: str, sheet: str | None = None) -> Table:
    kind = sniff_kind(raw, file)
    if kind == "xlsx":
        from .xlsx import read_xlsx

        return read_xlsx(raw, file, sheet)
    if sheet:
        raise _fail(file, translate("import", "is a CSV file, which has no sheets (--sheet is for .xlsx)"))
    text, encoding = decode(raw, file)
    return parse_csv(text, file, encoding)


def sniff_kind(raw: bytes, file: str) -> str:
    """'xlsx' or 'csv'; other known binary formats get a clear refusal."""
    if raw.startswith(b"PK\x03\x04"):
        return "xlsx"
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _fail(
            file,
            translate(
                "import",
                "is an Excel 97-2003 (.xls) workbook or a password-protected one; "
                "save it as .xlsx or CSV and import that",
            ),
        )
    for magic, what in (
        (b"%PDF", QT_TRANSLATE_NOOP("import", "is a PDF document, not a spreadsheet")),
        (b"\x89PNG", QT_TRANSLATE_NOOP("import", "is a PNG image, not a spreadsheet")),
        (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("import", "is a JPEG image, not a spreadsheet")),
    ):
        if raw.startswith(magic):
            raise _fail(file, translate("import", what))
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") and b'"journeydesk"' in head:
        raise _fail(
            file, translate("import", "is already a JourneyDesk map; open it instead of importing it")
        )
    return "csv"


def decode(raw: bytes, file: str) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), UTF-16 or
    UTF-32 with BOM, UTF-16 without BOM, else Windows-1252."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if raw.startswith(bom):
            body = raw[len(bom) :]
            try:
                text = body.decode(enc)
            except UnicodeDecodeError as exc:
                line = body[: exc.start].count(b"\n" if "8" in enc else "\n".encode(enc)) + 1
                raise _fail(
                    file,
                    translate(
                        "import", "is not valid {encoding} text although it starts with a {encoding} mark"
                    ).format(encoding=enc.upper().replace("-LE", "").replace("-BE", "")),
                    translate("import", "line {line}").format(line=line),
                ) from None
            _check_text(text, file)
            return text, enc + ("-sig" if enc == "utf-8" else "")
    if b"\x00" in raw[:4096]:
        text = _utf16_without_bom(raw)
        if text is None:
            raise _binary(file)
        _check_text(text, file)
        return text, "utf-16"
    try:
        text, enc = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, enc = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, enc = raw.decode("latin-1"), "latin-1"
    _check_text(text, file)
    return text, enc


def _utf16_without_bom(raw: bytes) -> str | None:
    sample = raw[:4096]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.05 * half:
        enc = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        enc = "utf-16-be"
    else:
        return None
    try:
        return raw[: len(raw) // 2 * 2].decode(enc)
    except UnicodeDecodeError:
        return None


def _binary(file: str) -> LoadError:
    return _fail(
        file,
        translate("import", "looks like binary data, not a spreadsheet (import reads CSV or .xlsx files)"),
    )


def _check_text(text: str, file: str) -> None:
    sample = text[:_SNIFF_CHARS]
    controls = sum(1 for c in sample if c not in "\t\r\n\f" and unicodedata.category(c) == "Cc")
    if "\x00" in text or controls > max(2, len(sample) // 200):
        raise _binary(file)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the most consistent number of
    columns (more than one); a comma when none does."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [
                len(r)
                for r, _ in zip(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), range(100))
                if r
            ]
        except csv.Error:
            continue
        if not widths:
            continue
        width, times = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (times / len(widths), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def parse_csv(text: str, file: str, encoding: str = "utf-8") -> Table:
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Any]] = []
    lines: list[int] = []
    start = 1
    try:
        for record in reader:
            if any(c.strip() for c in record):
                if len(rows) >= MAX_ROWS:
                    raise _fail(
                        file,
                        translate("import", "has more than {n} rows, more than a map can hold").format(
                            n=f"{MAX_ROWS - 1:,}"
                        ),
                    )
                rows.append(record)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise _fail(
            file,
            translate("import", "cannot be read as CSV: {why}").format(why=exc),
            translate("import", "line {line}").format(line=start),
        ) from None
    if rows and text.count('"') % 2 and start - lines[-1] > 1:
        raise _fail(
            file,
            translate("import", 'a quoted cell that starts on this line is never closed (a missing ")'),
            translate("import", "line {line}").format(line=lines[-1]),
        )
    width = max((len(r) for r in rows), default=0)
    for r in rows:
        r.extend([""] * (width - len(r)))  # ragged rows: short ones end in empty cells
    return Table(rows, lines, "csv", encoding, delimiter)
