"""Importing the long form and the grid: header synonyms in three languages,
numbers and emotion words, first-seen order, bad rows by line, --map, plans
into an open map, and the CSV export round trip."""

from __future__ import annotations

import openpyxl
import pytest
from journeydesk_testkit import EXAMPLES, assert_consistent, build_sample
from make_map import make_document

from journeydesk.export.csv import CsvOptions, export_csv
from journeydesk.io import load
from journeydesk.io.fragment import apply_plan
from journeydesk.io.tabular import (
    MappingError,
    detect_shape,
    guess_fields,
    import_table,
    parse_table,
    read_table,
)
from journeydesk.io.tabular.grid import split_cards
from journeydesk.io.tabular.values import CellError, emotion, number
from journeydesk.model import JourneyDocument


def table(text: str):
    return parse_table(text.encode("utf-8"), "t.csv")


def imported(text: str, **kw):
    return import_table(table(text), file="t.csv", **kw)


def names(doc, kind):
    return [doc.graph.nodes[i]["name"] for i in doc.items(kind)]


def cards(doc):
    """(stage, lane, title) per touchpoint, in journey order."""
    g = doc.graph
    return [
        (g.nodes[g.nodes[t]["stage"]]["name"], g.nodes[g.nodes[t]["lane"]]["name"], g.nodes[t]["title"])
        for t in doc.touchpoints()
    ]


# ---------------------------------------------------------------------- headers
HEADERS = {
    "en": "Stage,Lane,Channel,Touchpoint,Description,Owner,Persona,CSAT,NPS,CES,Volume,Conversion rate,"
    "Emotion,Pain point,Severity,Notes,Moment of truth,Evidence",
    "id": "Tahap,Jalur,Saluran,Titik sentuh,Deskripsi,Pemilik,Persona,Kepuasan,NPS,Skor usaha,Jumlah pelanggan,"
    "Tingkat konversi,Emosi,Hambatan,Tingkat keparahan,Catatan,Momen kebenaran,Bukti",
    "ms": "Peringkat,Lorong,Saluran,Titik sentuhan,Penerangan,Pemilik,Segmen pelanggan,Skor kepuasan,Skor NPS,"
    "Skor usaha,Bilangan pelanggan,Kadar penukaran,Perasaan,Halangan,Keterukan,Nota,Detik kebenaran,Status bukti",
}
FIELDS = [
    "stage", "lane", "channel", "title", "description", "owner", "personas", "csat", "nps", "ces", "volume",
    "conversion", "emotion", "friction", "severity", "notes", "moment_of_truth", "evidence",
]  # fmt: skip


@pytest.mark.parametrize("language", HEADERS)
def test_header_synonyms_in_three_languages(language):
    header = HEADERS[language]
    assert guess_fields(table(header + "\n")) == FIELDS
    shouted = table(header.upper() + "\n")  # case ignored
    assert guess_fields(shouted) == FIELDS


def test_accents_spacing_and_underscores_are_ignored():
    got = guess_fields(table("  Tâhap ,TITIK_SENTUH,Sáluran ,moment_of_truth,CSAT (%)\n"))
    assert got == ["stage", "title", "channel", "moment_of_truth", "csat"]


def test_language_is_guessed_from_the_headers():
    row = "\nA,Satu\n"
    assert imported("Tahapan,Judul" + row).document.meta["language"] == "id"
    assert imported("Peringkat,Tajuk" + row).document.meta["language"] == "ms"
    assert imported("Stage,Title" + row).document.meta["language"] == "en"


def test_every_field_is_read():
    text = (
        HEADERS["id"]
        + "\n"
        + (
            'Kesadaran,Titik sentuh,Instagram,Melihat iklan,Iklan bersponsor,Pemasaran,Dina,"78,5",-12,"2,5",'
            "1.200,4%,senang,Iklan menyesatkan,berat,Cek bulan lalu,ya,asumsi\n"
        )
    )
    result = imported(text)
    assert result.problems == []
    doc = result.document
    tp = doc.touchpoints()[0]
    a = doc.get(tp)
    (dina,) = doc.personas()
    assert (
        a["title"] == "Melihat iklan" and a["description"] == "Iklan bersponsor" and a["owner"] == "Pemasaran"
    )
    assert a["metrics"] == {"csat": 78.5, "nps": -12.0, "ces": 2.5, "volume": 1200, "conversion": 4.0}
    assert a["emotions"] == {dina: 2} and a["personas"] == (dina,)
    assert a["moment_of_truth"] is True and a["evidence"] == "assumed" and a["notes"] == "Cek bulan lalu"
    (fr,) = doc.frictions_on(tp)
    assert doc.get(fr)["title"] == "Iklan menyesatkan" and doc.get(fr)["severity"] == 3
    assert_consistent(doc)


# ---------------------------------------------------------------------- values
@pytest.mark.parametrize(
    ("text", "integer", "value"),
    [
        ("78,5", False, 78.5),
        ("78.5", False, 78.5),
        ("78%", False, 78),
        (" 78,5 % ", False, 78.5),
        ("-12", False, -12),
        ("−12", False, -12),
        ("+7", False, 7),
        ("1.234", True, 1234),
        ("1,234", True, 1234),
        ("1.234.567", True, 1234567),
        ("1 234 567", True, 1234567),
        ("1,234.5", False, 1234.5),
        ("1.234,5", False, 1234.5),
        ("12,34", True, 12.34),  # not a thousands group: the model then says 'whole number'
    ],
)
def test_numbers_in_either_decimal_form(text, integer, value):
    assert number(text, integer) == value


@pytest.mark.parametrize("text", ["abc", "", "12a", "1,2,3", "--1", "%"])
def test_not_numbers(text):
    with pytest.raises(CellError):
        number(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("-3", -3), ("+3", 3), ("0", 0), ("2.0", 2),
        ("senang", 2), ("Sangat senang", 3), ("kecewa", -2), ("puas", 1), ("marah", -3), ("bingung", -1),
        ("biasa saja", 0), ("gembira", 2), ("berpuas hati", 1), ("tidak berpuas hati", -2), ("keliru", -1),
        ("delighted", 3), ("happy", 2), ("frustrated", -2), ("ANGRY", -3), ("neutral", 0), ("😡", -3),
    ],
)  # fmt: skip
def test_emotions_as_numbers_or_words(text, value):
    assert emotion(text) == value


def test_emotion_out_of_range_or_unknown_is_a_bad_row():
    result = imported("title,emotion\nA,5\nB,meh-ish\nC,2.5\n")
    assert [(p.place, p.message) for p in result.problems] == [
        ("line 2", "column 'emotion': emotion must be from -3 to 3 (got 5)"),
        (
            "line 3",
            "column 'emotion': 'meh-ish' is not an emotion (a number from -3 to +3, or a word such as happy or kecewa)",
        ),
        ("line 4", "column 'emotion': '2.5' is not a whole number from -3 to +3"),
    ]
    assert result.document.count("touchpoint") == 0


def test_an_emotion_without_a_persona_goes_to_the_first_persona():
    doc = imported("title,emotion\nA,2\nB,-1\n").document
    (customer,) = doc.personas()
    assert [doc.get(t)["emotions"] for t in doc.touchpoints()] == [{customer: 2}, {customer: -1}]


def test_emotion_columns_per_persona():
    doc = imported("title,personas,emotion: Budi,Emosi (Dina)\nA,Dina,2,-1\nB,,,3\n").document
    assert names(doc, "persona") == ["Budi", "Dina"]
    budi, dina = doc.personas()
    assert [doc.get(t)["emotions"] for t in doc.touchpoints()] == [{budi: 2, dina: -1}, {dina: 3}]


# ---------------------------------------------------------------------- structure
def test_stages_lanes_channels_personas_in_first_seen_order():
    text = (
        "stage,lane,channel,title,persona\n"
        "Discover,Front,Web,a,Zed\n"
        "Buy,Back,App,b,Amy; Zed\n"
        "Discover,Back,Web,c,\n"
        "Aftercare,Front,Phone,d,Bob\n"
    )
    doc = imported(text).document
    assert names(doc, "stage") == ["Discover", "Buy", "Aftercare"]
    assert names(doc, "lane") == ["Front", "Back"]
    assert names(doc, "channel") == ["Web", "App", "Phone"]
    assert names(doc, "persona") == ["Zed", "Amy", "Bob"]
    assert [doc.graph.nodes[x]["kind"] for x in doc.lanes()] == ["touchpoints", "touchpoints"]


def test_names_match_folded_and_lane_kinds_come_from_names():
    doc = imported("stage,lane,title\nBuy,Backstage,a\nBUY ,backstage,b\nbúy,Tindakan pelanggan,c\n").document
    assert names(doc, "stage") == ["Buy"]
    assert [(doc.graph.nodes[x]["name"], doc.graph.nodes[x]["kind"]) for x in doc.lanes()] == [
        ("Backstage", "backstage"),
        ("Tindakan pelanggan", "actions"),
    ]


def test_empty_stage_and_lane_cells_repeat_the_row_above():
    doc = imported("stage,lane,title\nA,L1,one\n,,two\nB,,three\n").document
    assert cards(doc) == [("A", "L1", "one"), ("A", "L1", "two"), ("B", "L1", "three")]


def test_no_stage_or_lane_column_gives_one_of_each():
    doc = imported("title\nOne\nTwo\n").document
    assert cards(doc) == [("Journey", "Touchpoints", "One"), ("Journey", "Touchpoints", "Two")]


def test_several_frictions_in_one_cell():
    doc = imported('title,friction,severity,status\nPay,"Slow\nCard refused",kritis,selesai\n').document
    frs = doc.frictions_on(doc.touchpoints()[0])
    assert sorted(doc.get(f)["title"] for f in frs) == ["Card refused", "Slow"]
    assert {(doc.get(f)["severity"], doc.get(f)["status"]) for f in frs} == {(4, "resolved")}


# ---------------------------------------------------------------------- bad rows
def test_bad_rows_are_reported_by_line_and_add_nothing():
    text = (
        "stage,title,csat,severity,friction\n"
        "A,ok,50,,\n"
        "New stage,bad csat,101,,\n"  # its new stage must not appear
        'A,"two\nlines",x,,\n'
        "A,,50,,\n"
        "A,bad severity,,9,Slow\n"
        "A," + "t" * 501 + ",,,\n"
    )
    result = imported(text)
    assert [(p.place, p.message) for p in result.problems] == [
        ("line 3", "column 'csat': CSAT % must be from 0 to 100 (got 101)"),
        ("line 4", "column 'csat': 'x' is not a number"),
        ("line 6", "column 'title': the touchpoint has no title"),
        ("line 7", "column 'severity': severity must be from 1 to 4 (got 9)"),
        ("line 8", "column 'title': title is too long (501 characters, at most 500)"),
    ]
    assert result.bad_rows == 5 and result.rows_imported == 1
    doc = result.document
    assert names(doc, "stage") == ["A"]
    assert cards(doc) == [("A", "Journey", "ok")] or cards(doc) == [("A", "Touchpoints", "ok")]
    assert doc.count("friction") == 0
    assert [kind for kind, _ in result.plan] == ["stage", "lane", "touchpoint"]
    assert_consistent(doc)


def test_no_title_column_is_one_clear_error():
    from journeydesk.io import LoadError

    with pytest.raises(LoadError) as err:
        imported("stage,owner,csat\nA,B,1\n")
    assert "no column holds the touchpoint titles" in str(err.value)
    assert "--map COLUMN=title" in str(err.value)


# ---------------------------------------------------------------------- --map
def test_mapping_by_header_or_letter_overrides_the_guess():
    text = "Fase,Kartu,Skor,Pemilik\nA,One,50,Sales\n"
    result = imported(text, mapping={"fase": "stage", "B": "title", "Skor": "csat", "Pemilik": "ignore"})
    assert result.fields == ["stage", "title", "csat", "ignore"]
    a = result.document.get(result.document.touchpoints()[0])
    assert (a["title"], a["metrics"], a["owner"]) == ("One", {"csat": 50.0}, "")


def test_mapping_errors():
    with pytest.raises(MappingError, match="no column 'Nope'"):
        imported("title\nA\n", mapping={"Nope": "stage"})
    with pytest.raises(MappingError, match="'colour' is not a field"):
        imported("title\nA\n", mapping={"title": "colour"})


def test_unused_columns_are_listed():
    assert imported("title,Budget,#\nA,5,1\n").unused == ["Budget"]


# ---------------------------------------------------------------------- grid
GRID = (
    "Lane / Stage,Awareness,Consideration,,Purchase\n"
    'Touchpoints,"Sees an ad\n\nHears from a friend\nat a wedding","- Compares prices\n- Reads reviews",'
    '"Asks in chat",Pays\n'
    ",Reads the blog,,,\n"
    'Backstage,,Stock check,,"1. Fraud check\n2. Pack order"\n'
)


def test_grid_shape_is_detected_and_read():
    result = imported(GRID)
    assert result.shape == "grid"
    doc = result.document
    assert names(doc, "stage") == ["Awareness", "Consideration", "Purchase"]
    assert names(doc, "lane") == ["Touchpoints", "Backstage"]
    assert [doc.graph.nodes[x]["kind"] for x in doc.lanes()] == ["touchpoints", "backstage"]
    assert cards(doc) == [
        ("Awareness", "Touchpoints", "Sees an ad"),
        ("Awareness", "Touchpoints", "Hears from a friend"),
        ("Awareness", "Touchpoints", "Reads the blog"),
        ("Consideration", "Touchpoints", "Compares prices"),
        ("Consideration", "Touchpoints", "Reads reviews"),
        ("Consideration", "Touchpoints", "Asks in chat"),  # the empty header continues Consideration
        ("Consideration", "Backstage", "Stock check"),
        ("Purchase", "Touchpoints", "Pays"),
        ("Purchase", "Backstage", "Fraud check"),
        ("Purchase", "Backstage", "Pack order"),
    ]
    friend = doc.touchpoints()[1]
    assert doc.get(friend)["description"] == "at a wedding"


def test_split_cards():
    assert split_cards("One\nmore about one\n\nTwo") == [("One", "more about one"), ("Two", "")]
    assert split_cards("• A\n• B\n  detail of B\n* C") == [("A", ""), ("B", "detail of B"), ("C", "")]
    assert split_cards("\n\n  \n") == []


def test_grid_from_xlsx_with_merged_cells(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["", "Sebelum pembelian", None, "Selepas pembelian"])
    ws.append(["Pelanggan", "Lihat iklan", "Banding harga", "Terima barang"])
    ws.append([None, "Tanya kawan", "Wide card over two stages", None])
    ws.append(["Backstage", "Kempen", None, "Penghantaran"])
    ws.merge_cells("B1:C1")  # a stage header over two columns
    ws.merge_cells("A2:A3")  # a lane label over two rows
    ws.merge_cells("C3:D3")  # a card cell over two stages: counted once
    path = tmp_path / "grid.xlsx"
    book.save(path)
    doc = import_table(read_table(path)).document
    assert names(doc, "stage") == ["Sebelum pembelian", "Selepas pembelian"]
    assert names(doc, "lane") == ["Pelanggan", "Backstage"]
    assert cards(doc) == [
        ("Sebelum pembelian", "Pelanggan", "Lihat iklan"),
        ("Sebelum pembelian", "Pelanggan", "Banding harga"),
        ("Sebelum pembelian", "Pelanggan", "Tanya kawan"),
        ("Sebelum pembelian", "Pelanggan", "Wide card over two stages"),
        ("Sebelum pembelian", "Backstage", "Kempen"),
        ("Selepas pembelian", "Pelanggan", "Terima barang"),
        ("Selepas pembelian", "Backstage", "Penghantaran"),
    ]


def test_shape_detection():
    assert detect_shape(table("Stage,Title\n"), ["stage", "title"]) == "long"
    assert detect_shape(table("x,Awareness,Purchase\n"), [None, None, None]) == "grid"
    corner = table("Tahap,Kesadaran,Pembelian\n")  # the corner cell alone names a field
    assert detect_shape(corner, guess_fields(corner)) == "grid"


def test_grid_cells_without_stage_are_bad():
    result = imported(",,Buy\nLane,Orphan,Pays\n")
    assert [(p.place, p.message) for p in result.problems] == [
        ("line 2", "holds cards but has no stage name above it")
    ]
    assert cards(result.document) == []  # a bad row adds nothing, its good cells neither
    assert list(result.document.lanes()) == []


# ---------------------------------------------------------------------- into an open map
def test_plan_into_an_open_map_uses_its_items_and_leaves_it_alone():
    target = build_sample()
    before = target.graph.number_of_nodes()
    text = "stage,lane,channel,title,persona,emotion\nDURING,Touchpoints,website,New card,Ana,2\nLater,New lane,Fax,Other,Zoe,-1\n"
    result = imported(text, into=target)
    assert target.graph.number_of_nodes() == before  # planning changes nothing
    kinds = [k for k, _ in result.plan]
    assert kinds == ["touchpoint", "stage", "lane", "channel", "persona", "touchpoint"]
    first = result.plan[0][1]
    assert (first["stage"], first["lane"], first["channel"], first["personas"]) == (
        "st_2",
        "la_1",
        "ch_web",
        ["pe_a"],
    )
    new = apply_plan(target, result.plan)
    assert_consistent(target)
    assert target.cell("st_2", "la_1")[-1] == new[0]  # appended to the end of its cell
    assert target.get(new[-1])["emotions"] == {new[4]: -1}


def test_ids_from_an_id_column_are_kept_when_free():
    doc = imported("id,title\ntp_keep,A\ntp_keep,B\n" + "x" * 101 + ",C\n").document
    ids = doc.touchpoints()
    assert ids[0] == "tp_keep" and ids[1] != "tp_keep" and ids[2].startswith("tp_")


# ---------------------------------------------------------------------- round trip
def touchpoint_facts(doc: JourneyDocument) -> list[tuple]:
    g = doc.graph
    name = lambda i: g.nodes[i]["name"] if i else None
    out = []
    for s in doc.stages():
        for la in doc.lanes():
            for tp in doc.cell(s, la):
                a = g.nodes[tp]
                out.append(
                    (
                        tp, a["title"], a["description"], name(a["stage"]), name(a["lane"]), name(a["channel"]),
                        a["owner"], tuple(sorted(name(p) for p in a["personas"])), tuple(sorted(a["metrics"].items())),
                        tuple(sorted((name(p), e) for p, e in a["emotions"].items())), a["evidence"], a["moment_of_truth"],
                    )
                )  # fmt: skip
    return sorted(out)


@pytest.mark.parametrize("source", ["sample", "formula", "big", *[p.stem for p in EXAMPLES]])
@pytest.mark.parametrize("bom", [False, True])
def test_export_csv_then_import_gives_the_same_touchpoints(source, bom, tmp_path):
    if source == "sample":
        doc = build_sample()
    elif source == "big":
        doc = make_document(500, seed=3)
    elif source == "formula":
        doc = build_sample()
        doc.set(
            doc.touchpoints()[0],
            title="=HYPERLINK(1)",
            owner="-Sales",
            description='Line 1\n"quoted", ;\ttab',
        )
    else:
        doc = load(next(p for p in EXAMPLES if p.stem == source))
    path = tmp_path / "out.csv"
    export_csv(doc, path, CsvOptions(bom=bom))
    result = import_table(read_table(path), file=str(path))
    assert result.problems == []
    assert touchpoint_facts(result.document) == touchpoint_facts(doc)
    assert_consistent(result.document)
