"""analyze(): the whole result, its shape, and runs on real and synthetic maps."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from journey_builder import MapBuilder

from journeydesk.analysis import KEYS, analyze
from journeydesk.io import load

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.journey.json"))


def named_everywhere(value, path="result"):
    """Every dict that names an item by id also gives its title (and vice versa)."""
    if isinstance(value, dict):
        if "id" in value or "title" in value:
            assert "id" in value and "title" in value, path
            assert isinstance(value["title"], str), path
        for k, v in value.items():
            named_everywhere(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            named_everywhere(v, f"{path}[{i}]")


def small_map():
    m = MapBuilder(personas=("P",))
    m.tp("a", "S1", channel="Web", metrics={"csat": 70, "volume": 1200}, emotions={"P": 1})
    m.tp("b", "S2", channel="Phone", emotions={"P": -2}, moment_of_truth=True)
    m.tp("c", "S3", channel="Phone", owner="")
    m.link("a", "b", label="Call us")
    m.link("b", "c")
    m.friction("b", "f", severity=4, category="channel_break")
    return m


def test_keys_shape_and_json():
    result = analyze(small_map().doc)
    assert tuple(result) == KEYS == ("hotspots", "paths", "channel_switches", "stages", "lint")
    assert json.loads(json.dumps(result)) == result  # plain JSON data, nothing lost
    named_everywhere(result)
    assert result["hotspots"][0]["id"] == "b"
    assert result["channel_switches"]["links"][0]["id"] == "a>b"
    assert [s["id"] for s in result["stages"]] == ["S1", "S2", "S3"]
    assert {f["rule"] for f in result["lint"]} == {"open-critical-friction", "touchpoint-no-owner"}


def test_empty_map():
    from journeydesk.model import JourneyDocument

    result = analyze(JourneyDocument())
    assert result == {
        "hotspots": [],
        "paths": [result["paths"][0]],
        "channel_switches": {"total": 0, "flagged": 0, "per_stage": [], "links": []},
        "stages": [],
        "lint": [],
    }
    assert result["paths"][0]["touchpoints"] == 0


def test_analysis_never_imports_qt():
    code = (
        "import sys, journeydesk.analysis, journeydesk.cli.analyze; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.skipif(not EXAMPLES, reason="no examples/*.journey.json yet")
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples(path):
    doc = load(path)
    result = analyze(doc)
    assert json.loads(json.dumps(result)) == result
    named_everywhere(result)
    assert len(result["stages"]) == doc.count("stage")
    assert len(result["paths"]) == max(1, doc.count("persona"))
    ids = set(doc.touchpoints()) | set(doc.links())
    assert all(h["id"] in ids for h in result["hotspots"])
    scores = [h["score"] for h in result["hotspots"]]
    assert scores == sorted(scores, reverse=True)


def _make_document():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from make_map import make_document
    except ImportError:
        pytest.skip("benchmarks/make_map.py is not there")
    finally:
        sys.path.pop(0)
    return make_document


def test_synthetic_map():
    doc = _make_document()(300, seed=1)
    result = analyze(doc)
    named_everywhere(result)
    assert result["hotspots"] and result["channel_switches"]["total"] > 0
    assert result == analyze(doc)  # deterministic
    for p in result["paths"]:
        listed = [t["id"] for s in p["sequence"] for t in s["touchpoints"]]
        assert len(listed) == len(set(listed)) == p["touchpoints"]
