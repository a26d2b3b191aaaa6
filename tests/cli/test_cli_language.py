"""The command line speaks the chosen language: argparse's own words (usage,
section titles, --help, its error templates), our help texts, reports and errors
go through translation; ``--json`` is the same bytes in every language.

Run in-process under the test kit's pseudo-language, where every translated
text prints as ⟦text⟧: a word outside the brackets skipped translation."""

from __future__ import annotations

import json
import re

import pytest
from journeydesk_testkit import outside_pseudo, pseudo_language

from journeydesk.cli import main
from journeydesk.io import save
from journeydesk.model import JourneyDocument

# What may stay untranslated: the program's and commands' names, option names,
# metavars, choices and lint rule ids (typed as they are), and the map's own data.
NEUTRAL = {
    "journeydesk",
    "validate",
    "fmt",
    "info",
    "schema",
    "export",
    "analyze",
    "import",
    "diff",
    "merge",
    "join",
    "new",
    "serve",
    "json",
    "toko",
    "tmp",
    "pytest",
    "of",
    "root",
}


def _map(tmp_path) -> str:
    doc = JourneyDocument("Toko")
    doc.add_persona("Dina", id="dina")
    doc.add_stage("Sebelum", id="s1")
    doc.add_lane("Jalur", id="L")
    doc.add_touchpoint("Iklan", "s1", "L", id="ad")
    doc.add_touchpoint("Bayar", "s1", "L", id="pay")
    doc.add_link("ad", "pay", id="l1")
    doc.add_friction("pay", "Ongkir", id="f1", severity=4, category="price_surprise")
    path = tmp_path / "toko.journey.json"
    save(doc, path)
    return str(path)


def _english_left(text: str, data: set[str] = frozenset()) -> list[str]:
    """Latin words outside the pseudo brackets, beyond names and the map's data."""
    left = outside_pseudo(text)
    left = re.sub(r"\b[a-z]+(?:-[a-z]+)+\b", " ", left)  # lint rule ids
    left = re.sub(r"--?[A-Za-z][\w-]*", " ", left)  # option names
    left = re.sub(r"\S*/\S*", " ", left)  # paths
    left = re.sub(r"\{[^}]*\}", " ", left)  # choices, which are typed as they are
    words = [w for w in re.findall(r"[A-Za-z]{2,}", left) if not w.isupper()]  # metavars
    return [w for w in words if w not in NEUTRAL and w not in data]


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as done:  # argparse's --help and usage errors
        code = done.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ("--help",),
        ("analyze", "--help"),
        ("export", "--help"),
        ("validate", "--help"),
        ("import", "--help"),
        ("diff", "--help"),
    ],
)
def test_help_is_translated(capsys, argv):
    with pseudo_language():
        code, out, err = _run(capsys, "--lang", "id", *argv)
    assert code == 0, err
    assert "⟦usage: ⟧" in out
    assert "⟦show this help message and exit⟧" in out
    assert "⟦options⟧" in out
    assert _english_left(out) == []


def test_usage_errors_are_translated(capsys):
    with pseudo_language():
        code, _, err = _run(capsys, "--lang", "id", "analyze")
        assert code == 2
        assert "⟦the following arguments are required: FILE⟧" in err
        assert _english_left(err) == []
        code, _, err = _run(capsys, "--lang", "id", "analyze", "x.journey.json", "--limit", "many")
        assert code == 2
        assert "⟦must be a whole number (got 'many')⟧" in err
        assert _english_left(err, {"many", "journey", "x"}) == []
        code, _, err = _run(capsys, "--lang", "id", "info", "a.journey.json", "--bogus")
        assert code == 2
        assert "⟦unrecognized arguments: --bogus⟧" in err


def test_reports_and_errors_are_translated(capsys, tmp_path):
    path = _map(tmp_path)
    data = {"Toko", "Dina", "Sebelum", "Jalur", "Iklan", "Bayar", "Ongkir", "id", "en"}
    with pseudo_language():
        for command in ("analyze", "info", "validate"):
            code, out, err = _run(capsys, "--lang", "id", command, path)
            assert code == 0, err
            assert "⟦" in out + err
            assert _english_left(out + err, data) == [], command
        code, out, err = _run(capsys, "--lang", "id", "validate", str(tmp_path / "missing.journey.json"))
        assert code == 1
        assert "⟦" in out + err and _english_left(out + err, {"missing", "journey"}) == []


def test_json_is_the_same_in_every_language(capsys, tmp_path):
    path = _map(tmp_path)
    code, english, _ = _run(capsys, "--lang", "en", "analyze", path, "--json")
    assert code == 0
    with pseudo_language():
        code, pseudo, _ = _run(capsys, "--lang", "id", "analyze", path, "--json")
    assert code == 0
    assert pseudo == english and "⟦" not in pseudo
    assert json.loads(english)["hotspots"]


def test_english_reads_as_before(capsys, tmp_path):
    code, out, _ = _run(capsys, "--lang", "en", "analyze", "--help")
    assert code == 0 and out.startswith("usage: journeydesk analyze")
    assert "show this help message and exit" in out
    code, out, _ = _run(capsys, "--lang", "en", "info", _map(tmp_path))
    assert code == 0 and "touchpoints" in out and "⟦" not in out
