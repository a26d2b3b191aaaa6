"""Reading spreadsheets: every encoding and delimiter, CRLF, quoted multi-line
cells, ragged rows, XLSX sheets and merged cells; junk is refused in one line."""

from __future__ import annotations

import codecs
import io
import zipfile

import openpyxl
import pytest

from journeydesk.io import LoadError
from journeydesk.io.tabular import import_table, parse_table, read_table
from journeydesk.io.tabular.table import decode, sniff_delimiter

ROWS = [
    ["stage", "title", "description", "csat"],
    ["Awareness", "Sees the ad", 'Says "wow", then\nscrolls on', "78,5"],
    ["Awareness", "Reads reviews", "Café, crème brûlée; “smart quotes” – €5", "80%"],
    ["Purchase", "Pays", "", "91"],
]


def csv_text(delimiter: str, newline: str = "\n") -> str:
    out = io.StringIO()
    import csv

    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(ROWS)
    return out.getvalue()


ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-no-bom": lambda t: t.encode("utf-16-le"),
    "windows-1252": lambda t: t.encode("cp1252"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_encoding_delimiter_and_line_end(encoding, delimiter, newline):
    raw = ENCODINGS[encoding](csv_text(delimiter, newline))
    table = parse_table(raw, "t.csv")
    assert table.delimiter == delimiter
    assert table.rows == ROWS
    doc = import_table(table, file="t.csv").document
    tps = doc.touchpoints()
    titles = [doc.graph.nodes[t]["title"] for t in tps]
    assert titles == ["Sees the ad", "Reads reviews", "Pays"]
    description = doc.graph.nodes[tps[1]]["description"]
    assert description == "Café, crème brûlée; “smart quotes” – €5"
    assert doc.graph.nodes[tps[0]]["description"].splitlines() == ['Says "wow", then', "scrolls on"]
    assert [doc.graph.nodes[t]["metrics"].get("csat") for t in tps] == [78.5, 80.0, 91.0]


def test_encodings_are_named():
    assert decode(codecs.BOM_UTF8 + b"a,b", "f")[1] == "utf-8-sig"
    assert decode("a,b".encode("utf-16"), "f")[1].startswith("utf-16")
    assert decode("é,b".encode("cp1252"), "f") == ("é,b", "cp1252")
    assert decode("é,b".encode(), "f") == ("é,b", "utf-8")
    # Bytes Windows-1252 leaves undefined still read (as Latin-1), never fail.
    assert decode(b"a\x81,b", "f")[1] == "latin-1"


def test_semicolons_win_over_decimal_commas():
    text = "stage;title;csat\nA;One;78,5\nA;Two;80,25\nB;Three;12\n"
    assert sniff_delimiter(text) == ";"


def test_line_numbers_count_multi_line_cells():
    text = 'title,csat\n"first\nsecond\nthird",1\nok,x\n'
    table = parse_table(text.encode(), "t.csv")
    assert table.lines == [1, 2, 5]
    result = import_table(table, file="t.csv")
    assert [p.place for p in result.problems] == ["line 5"]


def test_ragged_rows_are_padded_and_blank_lines_skipped():
    text = "stage,title,owner\nA,One\n\nA,Two,Sales,extra\n,,\n"
    table = parse_table(text.encode(), "t.csv")
    assert table.rows == [
        ["stage", "title", "owner", ""],
        ["A", "One", "", ""],
        ["A", "Two", "Sales", "extra"],
    ]
    assert table.lines == [1, 2, 4]
    doc = import_table(table).document
    assert [doc.graph.nodes[t]["owner"] for t in doc.touchpoints()] == ["", "Sales"]


def test_unclosed_quote_is_reported_at_its_line():
    text = 'title,csat\nok,1\n"never closed,2\nmore,3\n'
    with pytest.raises(LoadError) as err:
        parse_table(text.encode(), "t.csv")
    assert err.value.lines() == [
        't.csv: line 3: a quoted cell that starts on this line is never closed (a missing ")'
    ]


JUNK = {
    "random bytes": bytes(range(256)) * 4,
    "nul heavy": b"a,b\x00\x00\x00\x01\x02,c\n" * 50,
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
    "zip that is not xlsx": None,
    "damaged xlsx": None,
    "journeydesk map": b'{"format": "journeydesk", "format_version": 1}',
    "bad utf-8 after bom": codecs.BOM_UTF8 + b"a,b\n\xff\xfe,c\n",
}


def _junk(name: str) -> bytes:
    if name == "zip that is not xlsx":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("hello.txt", "hi")
        return buf.getvalue()
    if name == "damaged xlsx":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("xl/workbook.xml", "<not xml")
            z.writestr("[Content_Types].xml", "<also not")
        return buf.getvalue()
    return JUNK[name]


@pytest.mark.parametrize("name", JUNK)
def test_junk_is_refused_in_one_clear_line(name, tmp_path):
    path = tmp_path / "junk.csv"
    path.write_bytes(_junk(name))
    with pytest.raises(LoadError) as err:
        read_table(path)
    lines = err.value.lines()
    assert len(lines) == 1 and lines[0].startswith(str(path) + ": ")
    assert "\n" not in lines[0]


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(LoadError, match="no rows to import"):
        import_table(read_table(empty), file=str(empty))
    with pytest.raises(LoadError, match="no such file"):
        read_table(tmp_path / "missing.csv")
    with pytest.raises(LoadError, match="folder"):
        read_table(tmp_path)


# ---------------------------------------------------------------------- xlsx
def workbook(tmp_path, sheets: dict[str, list[list]], merges=()) -> str:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in merges:
            if rng[0] == name:
                ws.merge_cells(rng[1])
    path = tmp_path / "book.xlsx"
    book.save(path)
    return str(path)


def test_xlsx_first_sheet_or_a_named_one(tmp_path):
    path = workbook(
        tmp_path,
        {"Notes": [["title"], ["From notes"]], "Journey": [["stage", "title"], ["A", "From journey"]]},
    )
    assert read_table(path).rows[1] == ["From notes"]
    table = read_table(path, sheet="journey")  # case ignored
    assert table.sheet == "Journey" and table.rows[1] == ["A", "From journey"]
    with pytest.raises(LoadError) as err:
        read_table(path, sheet="Budget")
    assert err.value.lines() == [f"{path}: has no sheet named 'Budget' (its sheets: Notes, Journey)"]


def test_xlsx_numbers_percent_cells_and_dates(tmp_path):
    import datetime

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["title", "csat", "volume", "notes"])
    ws.append(["Pays", 0.785, 1200, datetime.date(2026, 3, 1)])
    ws["B2"].number_format = "0.0%"
    path = tmp_path / "n.xlsx"
    book.save(path)
    doc = import_table(read_table(path)).document
    a = doc.graph.nodes[doc.touchpoints()[0]]
    assert a["metrics"] == {"csat": 78.5, "volume": 1200}
    assert a["notes"] == "2026-03-01"


def test_xlsx_bad_rows_name_the_cell(tmp_path):
    path = workbook(
        tmp_path,
        {"S": [["stage", "title", "CSAT"], ["A", "One", 50], ["A", "Two", 150], ["A", "Three", "x"]]},
    )
    result = import_table(read_table(path), file=path)
    assert [(p.place, p.message) for p in result.problems] == [
        ("cell C3", "column 'CSAT': CSAT % must be from 0 to 100 (got 150)"),
        ("cell C4", "column 'CSAT': 'x' is not a number"),
    ]


def test_xlsx_merged_stage_cells_in_long_form_fill_down(tmp_path):
    rows = [
        ["stage", "title", "owner"],
        ["Awareness", "One", "Mkt"],
        [None, "Two", None],
        ["Buy", "Three", None],
    ]
    path = workbook(tmp_path, {"S": rows}, merges=[("S", "A2:A3"), ("S", "C2:C4")])
    doc = import_table(read_table(path)).document
    g = doc.graph
    assert [(g.nodes[g.nodes[t]["stage"]]["name"], g.nodes[t]["owner"]) for t in doc.touchpoints()] == [
        ("Awareness", "Mkt"),
        ("Awareness", "Mkt"),
        ("Buy", "Mkt"),
    ]
