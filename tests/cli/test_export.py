"""`journeydesk export` as a person runs it: a subprocess, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesk.io import save
from journeydesk.model import JourneyDocument


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "journeydesk", "export", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def map_file(tmp_path) -> Path:
    doc = JourneyDocument("Kedai kopi: pesan antar", "id")
    p = doc.add_persona("Rina", role="Mahasiswa")
    stages = [doc.add_stage(n) for n in ("Sebelum", "Saat", "Setelah")]
    la = doc.add_lane("Titik sentuh")
    doc.add_lane("Emosi", "emotions")
    tps = [
        doc.add_touchpoint(f"Langkah {i} → café", s, la, emotions={p: i - 1}) for i, s in enumerate(stages)
    ]
    doc.add_link(tps[0], tps[1])
    doc.add_friction(tps[1], "Menunggu lama", severity=3)
    path = tmp_path / "kopi.journey.json"
    save(doc, path)
    return path


def clean(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_pdf(map_file, tmp_path):
    out = tmp_path / "kopi.pdf"
    r = run(str(map_file), "-o", str(out), "--page-size", "a4", "--orientation", "portrait")
    clean(r)
    assert r.returncode == 0, r.stderr
    assert "PDF" in r.stderr
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox[2])) == 595
    assert "Langkah 1 → café" in reader.pages[0].extract_text()


def test_pdf_tile_with_sections_and_persona(map_file, tmp_path):
    from journeydesk.io import load

    persona = load(map_file).personas()[0]
    out = tmp_path / "t.pdf"
    r = run(
        str(map_file),
        "-o",
        str(out),
        "--tile",
        "--page-size",
        "A4",
        "--sections",
        "map,frictions",
        "--persona",
        persona,
    )
    clean(r)
    assert r.returncode == 0, r.stderr
    titles = [o.title for o in PdfReader(out).outline if not isinstance(o, list)]
    assert titles == ["Peta", "Daftar hambatan"]  # an Indonesian map's bookmarks, from an English shell


def test_reproducible_twice(map_file, tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (a, b):
        r = run(str(map_file), "-o", str(out), "--reproducible", "-q")
        assert r.returncode == 0 and r.stderr == ""
    assert a.read_bytes() == b.read_bytes()


def test_csv(map_file, tmp_path):
    out = tmp_path / "k.csv"
    r = run(str(map_file), "-o", str(out), "--bom")
    clean(r)
    assert r.returncode == 0 and out.read_bytes().startswith(b"\xef\xbb\xbfid,")


@pytest.mark.parametrize(
    "args, code, words",
    [
        (["-o", "{tmp}/x.docx"], 2, "extension"),
        (["-o", "{tmp}/x.pdf", "--page-size", "B5"], 2, "page size"),
        (["-o", "{tmp}/x.pdf", "--sections", "map,appendix"], 2, "appendix"),
        (["-o", "{tmp}/x.pdf", "--fit", "--tile"], 2, "not allowed"),
        (["-o", "{tmp}/x.pdf", "--persona", "pe_nobody"], 2, "persona"),
        (["-o", "{tmp}/x.pdf", "--dpi", "300"], 2, "does not apply"),
        (["-o", "{tmp}/x.csv", "--tile"], 2, "does not apply"),
        (["-o", "{tmp}/x.pdf", "--margins", "500"], 1, "margins"),
        (["-o", "{tmp}/no/such/folder/x.pdf"], 1, "does not exist"),
        (["-o", "{tmp}/x.png", "--dpi", "5"], 2, "dpi"),
    ],
)
def test_bad_input_is_one_clear_line(map_file, tmp_path, args, code, words):
    r = run(str(map_file), *[a.format(tmp=tmp_path) for a in args])
    clean(r)
    assert r.returncode == code, r.stderr
    assert words in r.stderr
    assert not list(tmp_path.glob("x.*"))


def test_bad_map_file(tmp_path):
    bad = tmp_path / "bad.journey.json"
    bad.write_text("{not json", "utf-8")
    for path in (bad, tmp_path / "missing.journey.json"):
        r = run(str(path), "-o", str(tmp_path / "x.pdf"))
        clean(r)
        assert r.returncode == 1 and r.stderr.strip()


def test_unwritable_folder(map_file, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            target = "/proc/x.pdf"  # root writes anywhere except where nothing can be written
        else:
            target = str(folder / "x.pdf")
        r = run(str(map_file), "-o", target)
    finally:
        folder.chmod(0o700)
    clean(r)
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
    assert "journeydesk export:" in r.stderr


ROOT = Path(__file__).resolve().parents[2]
STORE = ROOT / "examples" / "online-store.journey.json"


def test_slides(map_file, tmp_path):
    out = tmp_path / "deck.pdf"
    result = run(str(map_file), "-o", str(out), "--slides")
    clean(result)
    assert "slides" in result.stderr and "16:9" in result.stderr and "below each slide" in result.stderr
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert float(box[2]) / float(box[3]) == pytest.approx(16 / 9, rel=1e-3)
    text = " ".join(p.extract_text() for p in reader.pages)
    for name in ("Sebelum", "Saat", "Setelah", "Rina"):
        assert name in text
    again = run(str(map_file), "-o", str(tmp_path / "bare.pdf"), "--slides", "--notes", "annotations", "-q")
    assert again.returncode == 0 and again.stderr == ""


@pytest.mark.parametrize(
    "args, words",
    [
        (["--slides", "--tile"], "--tile does not apply to a slide deck"),
        (["--slides", "--page-size", "A4"], "--page-size does not apply to a slide deck"),
        (["--notes", "none"], "--notes places the speaker notes of a slide deck: add --slides"),
        (["--slides", "--notes", "sideways"], "invalid choice"),
    ],
)
def test_slide_options_that_do_not_fit(map_file, tmp_path, args, words):
    result = run(str(map_file), "-o", str(tmp_path / "x.pdf"), *args)
    assert result.returncode == 2 and words in result.stderr
    png = run(str(map_file), "-o", str(tmp_path / "x.png"), "--slides")
    assert png.returncode == 2 and "--slides does not apply to PNG output" in png.stderr


def test_a_map_too_small_to_read_goes_on_larger_paper_and_says_so(tmp_path):
    out = tmp_path / "store.pdf"
    result = run(str(STORE), "-o", str(out))
    clean(result)
    assert "note: card titles would print at 5.8 pt on A3: printed on A2 instead (8.3 pt)" in result.stderr
    assert "warning:" not in result.stderr
    exact = run(str(STORE), "-o", str(tmp_path / "exact.pdf"), "--exact-paper")
    assert exact.returncode == 0 and "note:" not in exact.stderr
    assert "card titles are 5.8 pt" in exact.stderr  # the warning of a print on exactly A3
