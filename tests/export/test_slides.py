"""The slide deck: 16:9 pages following the presentation's steps (a title slide,
each stage, each persona's path, the top hotspots), vector with the font
embedded and the text searchable, speaker notes below or as annotations."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from export_maps import EXAMPLES, ROOT, build_indonesian, build_store
from pypdf import PdfReader

from journeydesk.analysis import hotspots
from journeydesk.export import ExportCancelled, ExportError
from journeydesk.export.slides import SlideOptions, export_slides
from journeydesk.export.slides import page as P
from journeydesk.export.slides.people import CARD_SCALE, path_chunks
from journeydesk.io import load
from journeydesk.layout import compute_layout
from journeydesk.layout import style as S
from journeydesk.model import JourneyDocument
from journeydesk.present import main_tour, persona_tour

STORE = ROOT / "examples" / "online-store.journey.json"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc"))


def page_texts(path: Path) -> list[str]:
    return [norm(p.extract_text()) for p in PdfReader(path).pages]


def deck(doc, tmp_path, name="deck.pdf", **options):
    out = tmp_path / name
    return out, export_slides(doc, out, SlideOptions(**options))


def test_the_deck_has_the_expected_slides_in_order(tmp_path):
    doc = load(STORE)
    out, result = deck(doc, tmp_path)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages)
    layout = compute_layout(doc)
    screens = P.screens(True)
    stage_steps = main_tour(doc, layout, screens).steps[1:]
    walks = [path_chunks(persona_tour(doc, layout, p, screens)) for p in doc.personas()]
    n_hot = len(hotspots(doc))
    kinds = [k for k, _ in result.slides]
    expected = (
        ["title"]
        + ["stage"] * len(stage_steps)
        + ["persona"] * sum(len(w) for w in walks)
        + ["hotspots"] * -(-min(n_hot, 10) // 5)
    )
    assert kinds == expected
    assert [t for k, t in result.slides if k == "stage"] == [s.title for s in stage_steps]
    for page in reader.pages:  # 16:9, every one
        box = page.mediabox
        assert (float(box[2]), float(box[3])) == P.PAGE
        assert float(box[2]) / float(box[3]) == pytest.approx(16 / 9, rel=1e-3)
    texts = page_texts(out)
    assert norm(doc.meta["title"]) in texts[0]
    for i, step in enumerate(stage_steps, 1):
        assert norm(step.title) in texts[i] and norm(step.progress) in texts[i]
    outline = [item.title for item in reader.outline]
    assert outline[0] == doc.meta["title"] and outline[1 : 1 + len(stage_steps)] == [
        s.title for s in stage_steps
    ]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_stage_name_and_card_title_is_in_the_text(tmp_path, path):
    doc = load(path)
    out, _ = deck(doc, tmp_path)
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True).stdout
    flat = norm(text)
    nodes = doc.graph.nodes
    for s in doc.stages():
        assert norm(nodes[s]["name"]) in flat, nodes[s]["name"]
    for tp in doc.touchpoints():
        assert norm(nodes[tp]["title"]) in flat, nodes[tp]["title"]
    for p in doc.personas():
        assert norm(nodes[p]["name"]) in flat


def test_indonesian_and_an_empty_map_make_decks_too(tmp_path):
    out, result = deck(build_indonesian(), tmp_path, "id.pdf")
    assert result.pages >= 3
    empty = JourneyDocument("Nothing yet")
    out, result = deck(empty, tmp_path, "empty.pdf")
    assert [k for k, _ in result.slides] == ["title"]
    assert "Nothing yet" in PdfReader(out).pages[0].extract_text()


def test_fonts_are_embedded_vector_only_and_no_unembedded_font(tmp_path):
    out, _ = deck(load(STORE), tmp_path)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts), fonts
    assert all("DejaVuSans" in line for line in fonts)
    for page in PdfReader(out).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())


def test_stage_slides_print_card_titles_readably():
    for path in EXAMPLES:
        doc = load(path)
        for step in main_tour(doc, compute_layout(doc), P.screens(True)).steps[1:]:
            assert step.zoom * S.CARD_TITLE_SIZE >= P.MIN_TITLE_PT - 1e-9
    assert CARD_SCALE * S.CARD_TITLE_SIZE >= P.MIN_TITLE_PT - 1e-9


def test_speaker_notes_below_each_slide_or_as_annotations_or_not_at_all(tmp_path):
    doc = load(STORE)
    stage = doc.stages()[0]
    notes = doc.graph.nodes[stage]["notes"].strip()
    assert notes
    below, _ = deck(doc, tmp_path, "below.pdf")
    assert norm(notes) in page_texts(below)[1]
    assert norm("Speaker notes") in page_texts(below)[1]
    assert not any(p.get("/Annots") for p in PdfReader(below).pages)
    annotated, _ = deck(doc, tmp_path, "annotated.pdf", notes="annotations")
    reader = PdfReader(annotated)
    assert norm(notes) not in norm(reader.pages[1].extract_text())
    annots = [a.get_object() for a in reader.pages[1]["/Annots"]]
    assert annots[0]["/Subtype"] == "/Text" and notes in annots[0]["/Contents"]
    bare, _ = deck(doc, tmp_path, "bare.pdf", notes="none")
    assert norm(notes) not in page_texts(bare)[1] and norm("Speaker notes") not in page_texts(bare)[1]


def test_long_notes_are_cut_and_say_so(tmp_path):
    doc = build_store()
    doc.set(doc.stages()[0], notes="A sentence the room should hear. " * 200)
    out, _ = deck(doc, tmp_path)
    assert norm("(the full notes are in the map file)") in page_texts(out)[1]


def test_one_persona_only_reproducible_and_cancellable(tmp_path):
    doc = load(STORE)
    maya = doc.personas()[0]
    _, result = deck(doc, tmp_path, "maya.pdf", persona=maya)
    people = {t for k, t in result.slides if k == "persona"}
    assert people == {doc.graph.nodes[maya]["name"]}
    a, _ = deck(doc, tmp_path, "a.pdf", invariant=True)
    b, _ = deck(doc, tmp_path, "b.pdf", invariant=True)
    assert a.read_bytes() == b.read_bytes()
    with pytest.raises(ExportCancelled):
        export_slides(doc, tmp_path / "c.pdf", SlideOptions(progress=lambda f, m: f < 0.3))
    assert not (tmp_path / "c.pdf").exists()


def test_bad_options_and_destinations_are_clear_errors(tmp_path):
    doc = build_store()
    with pytest.raises(ExportError, match="speaker notes"):
        export_slides(doc, tmp_path / "x.pdf", SlideOptions(notes="sideways"))
    with pytest.raises(ExportError, match="persona"):
        export_slides(doc, tmp_path / "x.pdf", SlideOptions(persona="pe_nobody"))
    with pytest.raises(ExportError, match="does not exist"):
        export_slides(doc, tmp_path / "missing" / "x.pdf")


def test_a_stage_slide_is_drawn(tmp_path):
    import pypdfium2 as pdfium
    from PIL import ImageStat

    out, _ = deck(load(STORE), tmp_path)
    pdf = pdfium.PdfDocument(str(out))
    try:
        img = pdf[1].render(scale=0.5).to_pil().convert("L")
    finally:
        pdf.close()
    w, h = img.size
    map_part = img.crop((int(w * 0.12), int(h * 0.2), int(w * 0.6), int(h * 0.7)))
    assert ImageStat.Stat(map_part).var[0] > 200  # cards, lines and text, not a blank box


def test_slides_never_import_qt():
    code = (
        "import sys; import journeydesk.export.slides, journeydesk.present;"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]; assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
