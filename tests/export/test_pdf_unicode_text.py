"""Copy and search in the PDF give back characters beyond U+FFFF (issue 15,
defect 10): emoji and mathematical letters need a UTF-16 surrogate pair in the
font's ToUnicode CMap, where reportlab writes five hex digits (pdfium then reads
U+1F60 for U+1F60D)."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
from pypdf import PdfReader

from journeydesk.export import fonts
from journeydesk.export.pdf import PdfOptions, export_pdf
from journeydesk.model import JourneyDocument

WIDE = "\U0001f60d\U0001d538\U0001d7d9"  # 😍 𝔸 𝟙: beyond U+FFFF, all in DejaVu Sans


def wide_map() -> JourneyDocument:
    doc = JourneyDocument("Map")
    stage, lane = doc.add_stage("Stage"), doc.add_lane("Lane")
    doc.add_touchpoint(f"Happy {WIDE} end", stage, lane)
    return doc


def test_the_font_draws_these_characters():
    assert all(fonts.covers(c) for c in WIDE)


def test_pdfium_and_pypdf_extract_characters_beyond_the_bmp(tmp_path):
    out = tmp_path / "wide.pdf"
    export_pdf(wide_map(), out, PdfOptions(sections=("map",)))
    pdf = pdfium.PdfDocument(str(out))
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert WIDE in text.replace("\r", "").replace("\n", "").replace(" ", "") or all(c in text for c in WIDE)
    assert "\u1f60" not in text  # the truncated code point of U+1F60D
    assert all(c in PdfReader(out).pages[0].extract_text() for c in WIDE)


def _cmaps(reader: PdfReader) -> list[str]:
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" in font:
                found.append(font["/ToUnicode"].get_object().get_data().decode("latin-1"))
    return found


def test_every_tounicode_entry_is_utf16(tmp_path):
    out = tmp_path / "wide.pdf"
    export_pdf(wide_map(), out, PdfOptions(sections=("map",)))
    cmaps = _cmaps(PdfReader(out))
    assert cmaps
    blocks = [b for c in cmaps for b in re.findall(r"beginbfchar(.*?)endbfchar", c, re.DOTALL)]
    entries = [dst for b in blocks for _, dst in re.findall(r"<([0-9A-F]+)> <([0-9A-F]+)>", b)]
    assert entries and all(len(dst) in (4, 8) for dst in entries), [
        d for d in entries if len(d) not in (4, 8)
    ]
    assert "D83DDE0D" in entries
