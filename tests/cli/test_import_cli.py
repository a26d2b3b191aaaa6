"""journeydesk import: exit codes, nothing written on bad rows unless --skip-bad,
no silent overwrite, --map, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from journeydesk.io import load

GOOD = (
    'Tahap,Judul,Saluran,Kepuasan\nKesadaran,Melihat iklan,Instagram,"78,5"\nPembelian,Bayar,Aplikasi,90%\n'
)
BAD = GOOD + "Pembelian,Ulasan,Aplikasi,120\n"


def run(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "journeydesk", "import", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        timeout=60,
    )
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    return done


def test_import_writes_a_valid_map(tmp_path):
    src, out = tmp_path / "w.csv", tmp_path / "w.journey.json"
    src.write_text(GOOD, "utf-8")
    done = run(str(src), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "imported 2 touchpoints, 2 stages, 1 lane, 2 channels" in done.stderr
    doc = load(out)
    assert doc.meta["language"] == "id" and doc.meta["title"] == "w"
    assert [doc.get(t)["metrics"] for t in doc.touchpoints()] == [{"csat": 78.5}, {"csat": 90.0}]


def test_bad_rows_import_nothing_unless_skip_bad(tmp_path):
    src, out = tmp_path / "w.csv", tmp_path / "w.journey.json"
    src.write_text(BAD, "utf-8")
    done = run(str(src), "-o", str(out))
    assert done.returncode == 1
    assert f"{src}: line 4: column 'Kepuasan': CSAT % must be from 0 to 100 (got 120)" in done.stderr
    assert "1 bad row; nothing imported" in done.stderr
    assert not out.exists()
    done = run(str(src), "-o", str(out), "--skip-bad")
    assert done.returncode == 0 and "1 bad row skipped" in done.stderr
    assert load(out).count("touchpoint") == 2


def test_no_silent_overwrite(tmp_path):
    src, out = tmp_path / "w.csv", tmp_path / "w.journey.json"
    src.write_text(GOOD, "utf-8")
    out.write_text("precious", "utf-8")
    done = run(str(src), "-o", str(out))
    assert done.returncode == 1 and "already exists" in done.stderr
    assert out.read_text("utf-8") == "precious"
    assert run(str(src), "-o", str(out), "--force").returncode == 0
    assert load(out).count("touchpoint") == 2


def test_map_option_and_its_usage_errors(tmp_path):
    src, out = tmp_path / "w.csv", tmp_path / "w.journey.json"
    src.write_text("Fase,Kartu\nA,One\n", "utf-8")
    assert run(str(src), "-o", str(out), "--shape", "long").returncode == 1  # no title column
    done = run(str(src), "-o", str(out), "--map", "Fase=stage", "--map", "Kartu=title")
    assert done.returncode == 0, done.stderr
    assert [load(out).get(t)["title"] for t in load(out).touchpoints()] == ["One"]
    assert run(str(src), "-o", str(out), "--force", "--map", "Kartu=colour").returncode == 2
    assert run(str(src), "-o", str(out), "--force", "--map", "Nope=title").returncode == 2
    assert run(str(src), "-o", str(out), "--force", "--map", "no-equals").returncode == 2


@pytest.mark.parametrize("content", [bytes(range(256)) * 8, b"", b"\x00" * 1000, b"PK\x03\x04junk"])
def test_junk_is_one_line_and_exit_1(tmp_path, content):
    src, out = tmp_path / "junk.csv", tmp_path / "o.journey.json"
    src.write_bytes(content)
    done = run(str(src), "-o", str(out))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(str(src))
    assert not out.exists()


def test_grid_and_sheet_options(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Cover"
    book.active.append(["nothing here"])
    ws = book.create_sheet("Grid")
    ws.append([None, "Before", "After"])
    ws.append(["Customer", "Sees ad", "Gets parcel"])
    src, out = tmp_path / "g.xlsx", tmp_path / "g.journey.json"
    book.save(src)
    done = run(str(src), "-o", str(out), "--sheet", "Grid")
    assert done.returncode == 0, done.stderr
    assert "grid, sheet 'Grid'" in done.stderr
    assert load(out).count("touchpoint") == 2
    assert run(str(src), "-o", str(tmp_path / "x.journey.json"), "--sheet", "Nope").returncode == 1


def test_help():
    done = run("--help")
    assert done.returncode == 0 and "--map COLUMN=FIELD" in done.stdout and "--skip-bad" in done.stdout


def test_bad_title_or_language_is_a_usage_error(tmp_path):
    src = tmp_path / "w.csv"
    src.write_text(GOOD, "utf-8")
    for args in (("--language", "not a tag!"), ("--title", "t" * 501)):
        done = run(str(src), "-o", str(tmp_path / "o.journey.json"), *args)
        assert done.returncode == 2 and "error:" in done.stderr


@pytest.mark.parametrize("command", ["import", "diff", "merge", "new"])
def test_every_new_command_has_help_and_is_listed(command):
    done = subprocess.run(
        [sys.executable, "-m", "journeydesk", command, "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "usage: journeydesk " + command in done.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "journeydesk", "--help"], capture_output=True, text=True, timeout=60
    )
    assert command in listed.stdout
