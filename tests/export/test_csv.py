"""CSV export: header, rows, encoding, quoting, the formula guard, persona filter."""

from __future__ import annotations

import csv
import io

import pytest
from export_maps import build_store, load_blns

from journeydesk.export import ExportError
from journeydesk.export.csv import CsvOptions, export_csv, guard
from journeydesk.model import JourneyDocument


def read(path, bom=False) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_header_and_one_row_per_touchpoint_in_journey_order(tmp_path, store):
    out = tmp_path / "tp.csv"
    assert export_csv(store, out) == 8
    rows = read(out)
    head = rows[0]
    assert head[:9] == [
        "id",
        "title",
        "stage",
        "lane",
        "channel",
        "owner",
        "personas",
        "evidence",
        "moment_of_truth",
    ]
    assert head[9:14] == ["csat", "nps", "ces", "volume", "conversion"]
    assert head[14:16] == ["emotion: Dina, first-time buyer", "emotion: Budi, loyal customer"]
    assert head[16:] == ["frictions", "open_frictions", "highest_severity", "description"]
    assert [r[0] for r in rows[1:]] == list(store.touchpoints())
    by_title = {r[1]: dict(zip(head, r)) for r in rows[1:]}
    checkout = by_title["Checkout form"]
    assert checkout["stage"] == "Purchase" and checkout["channel"] == "Website"
    assert checkout["csat"] == "64.5" and checkout["conversion"] == "3.2" and checkout["nps"] == ""
    assert checkout["moment_of_truth"] == "yes"
    assert (
        checkout["frictions"] == "2"
        and checkout["open_frictions"] == "2"
        and checkout["highest_severity"] == "4"
    )
    assert checkout["emotion: Dina, first-time buyer"] == "-2"  # numbers are never guarded
    assert by_title["Tracks the parcel"]["nps"] == "-12"
    assert by_title["Sees sponsored post"]["volume"] == "120000"
    assert by_title["Sees sponsored post"]["personas"] == "Dina, first-time buyer"


def test_bom_for_spreadsheets(tmp_path, store):
    out = tmp_path / "bom.csv"
    export_csv(store, out, CsvOptions(bom=True))
    assert read(out, bom=True)[0][0] == "id"


def test_formula_guard(tmp_path):
    doc = JourneyDocument("Guard")
    st = doc.add_stage("=SUM(A1:A9)")
    la = doc.add_lane("Lane")
    doc.add_touchpoint('=HYPERLINK("http://x","click")', st, la, owner="+owner", description="@cmd")
    doc.add_touchpoint("-minus", st, la, owner="plain")
    out = tmp_path / "g.csv"
    export_csv(doc, out)
    rows = read(out)
    assert rows[1][1] == '\'=HYPERLINK("http://x","click")' and rows[1][2] == "'=SUM(A1:A9)"
    assert rows[1][5] == "'+owner" and rows[1][-1] == "'@cmd" and rows[2][1] == "'-minus"
    assert rows[2][5] == "plain"
    export_csv(doc, out, CsvOptions(formula_guard=False))
    assert read(out)[1][1] == '=HYPERLINK("http://x","click")'
    assert guard("\t=1") == "'\t=1" and guard("a=1") == "a=1"


def test_naughty_strings_round_trip(tmp_path):
    strings = load_blns()
    doc = JourneyDocument("Naughty")
    st = doc.add_stage("Stage")
    la = doc.add_lane("Lane")
    kept = []
    for s in strings:
        if len(s) <= 500:
            doc.add_touchpoint(s, st, la, description=s)
            kept.append(s)
    out = tmp_path / "n.csv"
    export_csv(doc, out, CsvOptions(formula_guard=False, bom=True))
    rows = read(out, bom=True)
    assert [r[1] for r in rows[1:]] == kept
    assert [r[-1] for r in rows[1:]] == kept
    export_csv(doc, out)
    assert [r[1] for r in read(out)[1:]] == [guard(s) for s in kept]


def test_persona_filter(tmp_path):
    doc = build_store()
    dina, budi = doc.personas()
    doc.add_touchpoint("Only for Budi", doc.stages()[0], doc.lanes()[0], personas=[budi])
    out = tmp_path / "p.csv"
    export_csv(doc, out, CsvOptions(persona=dina))
    rows = read(out)
    titles = [r[1] for r in rows[1:]]
    assert "Only for Budi" not in titles and "Sees sponsored post" in titles
    assert not any("Budi" in h for h in rows[0])
    with pytest.raises(ExportError, match="persona"):
        export_csv(doc, out, CsvOptions(persona="pe_nobody"))


def test_empty_map_is_a_header(tmp_path):
    out = tmp_path / "e.csv"
    assert export_csv(JourneyDocument("Empty"), out) == 0
    assert read(out)[0][0] == "id" and len(read(out)) == 1


def test_missing_folder_is_a_clear_error(tmp_path, store):
    with pytest.raises(ExportError, match="does not exist"):
        export_csv(store, tmp_path / "nope" / "x.csv")
