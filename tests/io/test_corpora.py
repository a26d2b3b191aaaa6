"""Hostile input from public corpora (in ../shared/corpora beside the checkout).

- JSONTestSuite: every file gives a LoadError or a document, never another
  exception, never a hang; valid JSON that is not a map says so in words.
- Big List of Naughty Strings: every string survives save and load as a
  touchpoint title, a persona name, a stage name and a lane name.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from journeydesk_testkit import CORPORA, assert_consistent, shared_or_skip
from networkx.utils import graphs_equal

from journeydesk import JourneyDocument, LoadError
from journeydesk.io import dumps, load, load_text
from journeydesk.model import FieldError
from journeydesk.model.fields import control_character

SUITE = CORPORA / "JSONTestSuite" / "test_parsing"
SUITE_FILES = sorted(SUITE.glob("*.json")) if SUITE.is_dir() else []
NOT_A_MAP = ("does not hold a journey map", "is not a JourneyDesk map", "appears twice")


@pytest.fixture(scope="module")
def suite():
    return shared_or_skip("JSONTestSuite", "test_parsing")


def check_one(path) -> str:
    """Load one corpus file; return 'ok' or the LoadError text. Any other
    exception fails the test."""
    start = time.perf_counter()
    before = path.read_bytes()
    try:
        load(path)
        result = "ok"
    except LoadError as err:
        result = str(err)
        assert result.startswith(f"{path}: ")
        assert len(result) > len(f"{path}: ") + 5
        assert "Traceback" not in result
    assert time.perf_counter() - start < 5, f"{path.name} took too long"
    assert path.read_bytes() == before
    return result


@pytest.mark.parametrize("name", [p.name for p in SUITE_FILES] or ["(absent)"])
def test_json_test_suite_file(suite, name):
    path = suite / name
    result = check_one(path)
    if name.startswith(("y_", "n_")):
        assert result != "ok", "no JSONTestSuite file is a journey map"
    if name.startswith("y_"):
        assert any(words in result for words in NOT_A_MAP), result


def test_json_test_suite_in_a_subprocess_does_not_hang_or_crash(suite):
    """The whole corpus in a child process: no hang, no crash of the interpreter."""
    code = (
        "import sys, pathlib, journeydesk\n"
        "n = 0\n"
        "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.json')):\n"
        "    try:\n"
        "        journeydesk.load(p)\n"
        "    except journeydesk.LoadError:\n"
        "        pass\n"
        "    n += 1\n"
        "print(n)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(suite)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) == len(SUITE_FILES)


@pytest.fixture(scope="module")
def all_naughty() -> list[str]:
    return json.loads(shared_or_skip("naughty-strings", "blns.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def naughty(all_naughty) -> list[str]:
    """The naughty strings a one-line field accepts (no control characters)."""
    return [t for t in all_naughty if control_character(t) is None]


def test_naughty_strings_with_control_characters_are_refused_in_names_and_in_files(all_naughty):
    bad = [t for t in all_naughty if control_character(t) is not None]
    assert bad, "the corpus holds control characters"
    doc = JourneyDocument()
    stage, lane = doc.add_stage("S"), doc.add_lane("L")
    for text in bad:
        with pytest.raises(FieldError):
            doc.add_touchpoint(text, stage, lane)
    data = json.loads(dumps(doc))
    data["stages"][0]["name"] = bad[0]
    with pytest.raises(LoadError) as err:
        load_text(json.dumps(data), "bad.journey.json")
    assert "stages[0].name" in str(err.value)


def test_naughty_strings_survive_save_and_load(naughty, tmp_path):
    doc = JourneyDocument(title="Naughty strings", language="en")
    personas, stages, lanes = [], [], []
    for i, text in enumerate(naughty):
        personas.append(doc.add_persona(text, id=f"pe_{i}", role=text, quote=text))
        stages.append(doc.add_stage(text, id=f"st_{i}", description=text))
        lanes.append(doc.add_lane(text, id=f"la_{i}"))
    channel = doc.add_channel("Web", id="ch")
    for i, text in enumerate(naughty):
        doc.add_touchpoint(
            text,
            stages[i],
            lanes[i],
            id=f"tp_{i}",
            description=text,
            owner=text,
            notes=text,
            channel=channel,
            personas=[personas[i]],
        )
    for i in range(1, len(naughty)):
        doc.add_link(f"tp_{i - 1}", f"tp_{i}", id=f"ln_{i}", label=naughty[i])
        doc.add_friction(
            f"tp_{i}",
            naughty[i],
            id=f"fr_{i}",
            category=naughty[i] if naughty[i].strip() else "effort",
            evidence={"quote": naughty[i], "source": naughty[i]},
        )
    path = tmp_path / "naughty.journey.json"
    from journeydesk.io import save

    save(doc, path)
    again = load(path)
    assert graphs_equal(again.graph, doc.graph)
    assert_consistent(again)
    for i, text in enumerate(naughty):
        assert again.get(f"tp_{i}")["title"] == text
        assert again.get(f"pe_{i}")["name"] == text
        assert again.get(f"st_{i}")["name"] == text
        assert again.get(f"la_{i}")["name"] == text
    assert dumps(again) == path.read_text("utf-8")
    assert load_text(dumps(again)).get("tp_5")["title"] == naughty[5]
