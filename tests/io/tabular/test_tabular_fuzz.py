"""Import never fails with anything but a clear LoadError, whatever the bytes."""

from __future__ import annotations

import codecs

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journeydesk_testkit import assert_consistent

from journeydesk.io import LoadError, dumps, load_text
from journeydesk.io.tabular import import_table, parse_table

CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["78,5", "80%", "-3", "senang", "kecewa", "ya", "kritis", "'=1+1", '"q"', "a\nb", "", " "]
    ),
)
HEADERS = st.sampled_from(
    [
        "title",
        "Tahap",
        "saluran",
        "CSAT",
        "emotion: Dina",
        "Emosi (Budi)",
        "hambatan",
        "severity",
        "id",
        "x",
        "",
    ]
)


def _import(raw: bytes) -> None:
    try:
        table = parse_table(raw, "f.csv")
        result = import_table(table, file="f.csv")
    except LoadError as err:
        assert err.lines() and all("\n" not in line for line in err.lines())
        return
    doc = result.document
    assert_consistent(doc)
    load_text(dumps(doc))  # every imported value is one a map file holds
    for p in result.problems:
        assert p.place.startswith(("line ", "cell ", "row ")) or p.place == ""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_bytes(raw):
    _import(raw)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(HEADERS, min_size=1, max_size=6),
    st.lists(st.lists(CELLS, max_size=7), max_size=8),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_random_tables(header, rows, delimiter, encoding):
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([header, *rows])
    text = out.getvalue()
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    _import(raw)
