"""journeydesk analyze: the report, the JSON, and exit codes (run as a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from journeydesk.io import save
from journeydesk.model import JourneyDocument


def journeydesk(*args, cwd=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "journeydesk", *map(str, args)],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def map_file(tmp_path):
    doc = JourneyDocument("Toko online")
    dina = doc.add_persona("Dina", id="dina")
    for s in ("Sebelum", "Saat", "Setelah"):
        doc.add_stage(s, id=s)
    doc.add_lane("Touchpoints", id="L")
    web = doc.add_channel("Website", id="web")
    phone = doc.add_channel("Telepon", id="phone")
    doc.add_touchpoint(
        "Iklan di Instagram",
        "Sebelum",
        "L",
        id="ad",
        channel=web,
        owner="Marketing",
        personas=[dina],
        emotions={dina: 1},
        metrics={"csat": 80.0, "volume": 12000},
    )
    doc.add_touchpoint(
        "Checkout 結帳",
        "Saat",
        "L",
        id="checkout",
        channel=web,
        owner="E-commerce",
        emotions={dina: -2},
        moment_of_truth=True,
        metrics={"volume": 5000},
    )
    doc.add_touchpoint("Call centre", "Saat", "L", id="call", channel=phone)
    doc.add_link("ad", "checkout", id="l1")
    doc.add_link("checkout", "call", id="l2")
    doc.add_friction("checkout", "Ongkir muncul di akhir", id="f1", severity=4, category="price_surprise")
    doc.add_friction(
        "l2",
        "Dipindah ke telepon",
        id="f2",
        severity=3,
        category="channel_break",
        opportunity="Live chat di checkout",
    )
    path = tmp_path / "toko.journey.json"
    save(doc, path)
    return path


def test_json_has_exactly_the_keys(map_file):
    r = journeydesk("analyze", map_file, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert list(data) == ["hotspots", "paths", "channel_switches", "stages", "lint"]
    # The link into the call centre carries the channel break on 2 of 3 routes: it leads.
    assert [h["id"] for h in data["hotspots"]] == ["l2", "checkout"]
    assert data["hotspots"][1]["title"] == "Checkout 結帳"
    assert data["channel_switches"]["links"][0]["id"] == "l2"
    assert data["paths"][0]["id"] == "dina"
    assert r.stderr == ""


def test_text_report(map_file):
    r = journeydesk("analyze", map_file)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for heading in ("FRICTION HOTSPOTS", "PERSONA PATHS", "CHANNEL SWITCHES", "STAGE SCORECARD", "LINT"):
        assert heading in out
    assert "Analysis of Toko online" in out
    assert "Iklan di Instagram" in out
    assert "1 open friction (max severity 4)" in out
    assert "open-critical-friction" in out and "touchpoint-no-owner" in out
    # Columns line up: the hotspot rows start their Item column at the same place.
    rows = [line for line in out.splitlines() if line.strip().startswith(("1 ", "2 "))][:2]
    assert len(rows) == 2
    assert rows[0].index("Link") == rows[1].index("Touchpoint")
    from journeydesk.cli.analyze_report import width

    # Wide characters (結帳) take two columns; the Stage column still lines up on screen.
    assert width(rows[0][: rows[0].index("Saat")]) == width(rows[1][: rows[1].index("Saat")])
    assert width("結帳") == 4


def test_limit(map_file):
    r = journeydesk("analyze", map_file, "--limit", "1")
    assert r.returncode == 0
    assert "... and 1 more" in r.stdout


@pytest.mark.parametrize(
    "content",
    ['{"format": "journeydesk", "format_version": 1, "touchpoints": [{"id": 1}]}', "{not json", ""],
    ids=["invalid map", "broken json", "empty file"],
)
def test_bad_file_exits_1_without_traceback(tmp_path, content):
    bad = tmp_path / "bad.journey.json"
    bad.write_text(content, encoding="utf-8")
    for extra in ((), ("--json",)):
        r = journeydesk("analyze", bad, *extra)
        assert r.returncode == 1
        assert "Traceback" not in r.stderr
        assert "bad.journey.json" in r.stderr
        assert r.stdout == ""


def test_missing_file_exits_1(tmp_path):
    r = journeydesk("analyze", tmp_path / "nope.journey.json")
    assert r.returncode == 1 and "no such file" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "args", [(), ("a.json", "b.json"), ("a.json", "--limit", "-1"), ("a.json", "--bogus")]
)
def test_wrong_usage_exits_2(args):
    r = journeydesk("analyze", *args)
    assert r.returncode == 2
    assert "usage:" in r.stderr and "Traceback" not in r.stderr


def test_help():
    r = journeydesk("analyze", "--help")
    assert r.returncode == 0
    assert "--json" in r.stdout and "Hotspot score" in r.stdout
    r = journeydesk("--help")
    assert "analyze" in r.stdout


def test_report_counts_read_as_english():
    from journeydesk.model.wording import counted

    assert counted("stage", 1) == "1 stage"
    assert counted("persona", 0) == "0 personas"
    assert counted("touchpoint", 2000) == "2,000 touchpoints"
