"""Exports speak the map's own language, whatever the interface speaks: an
Indonesian map exported from an English desktop reads Indonesian (headings,
legend, counts, numbers), a Malay one Malay, an English one English."""

from __future__ import annotations

import pytest
from export_maps import ROOT
from pypdf import PdfReader

from journeydesk.export.csv import export_csv
from journeydesk.export.pdf import export_pdf
from journeydesk.i18n import use_language
from journeydesk.i18n.catalog import catalog_for
from journeydesk.io import load
from journeydesk.io.tabular import import_file

CONTACT_CENTRE = ROOT / "examples" / "contact-centre.journey.json"  # map.language "id"
ONLINE_STORE = ROOT / "examples" / "online-store.journey.json"  # "en"


def pdf_text(doc, tmp_path) -> str:
    out = tmp_path / "map.pdf"
    export_pdf(doc, out)
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def words(language: str, *sources: str) -> list[str]:
    return [catalog_for(language).lookup("pdf", s, None, -1) for s in sources]


@pytest.mark.parametrize("language", ["id", "ms"])
def test_a_map_in_indonesian_or_malay_prints_in_it_from_an_english_interface(tmp_path, language):
    doc = load(CONTACT_CENTRE)
    doc.set_meta(language=language)
    with use_language("en"):  # the interface
        text = pdf_text(doc, tmp_path)
    for heading in words(language, "Persona profiles", "Friction register"):
        assert heading and heading in text
    assert "Persona profiles" not in text and "Friction register" not in text
    assert "touchpoints on this persona" not in text
    assert "rata-rata −0,4" in text if language == "id" else "purata" in text


def test_slides_speak_the_maps_language_too(tmp_path):
    from journeydesk.export.slides import export_slides

    with use_language("en"):  # the interface
        export_slides(load(CONTACT_CENTRE), tmp_path / "deck.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "deck.pdf").pages)
    here = catalog_for("id").lookup("slides", "In this stage", None, -1)
    assert here and here in text
    assert "In this stage" not in text and "Speaker notes" not in text


def test_an_english_map_prints_english_from_an_indonesian_interface(tmp_path):
    with use_language("id"):
        text = pdf_text(load(ONLINE_STORE), tmp_path)
    assert "Persona profiles" in text and "Friction register" in text
    assert "Profil persona" not in text


def test_csv_headers_follow_the_map_and_read_back(tmp_path):
    doc = load(CONTACT_CENTRE)
    out = tmp_path / "map.csv"
    with use_language("en"):
        export_csv(doc, out)
    header = out.read_text("utf-8-sig").splitlines()[0].split(",")
    assert "tahap" in header and "stage" not in header
    back = import_file(str(out)).document
    titles = sorted(back.get(t)["title"] for t in back.touchpoints())
    assert titles == sorted(doc.get(t)["title"] for t in doc.touchpoints())
