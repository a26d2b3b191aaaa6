"""Nothing read from a file reaches the terminal as an escape sequence (issue 15,
defect 7): an OSC 52 sequence in a title or a file name would write the clipboard
of whoever runs `journeydesk info` or `validate`."""

from __future__ import annotations

import json
import subprocess
import sys

from journeydesk_testkit import build_sample

from journeydesk import cli
from journeydesk.io import dumps

OSC52 = "\x1b]52;c;aGVsbG8=\x07"
C1_CSI = "\x9b2J"  # clears the screen on an 8-bit terminal


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "journeydesk", *args], capture_output=True, text=True, encoding="utf-8"
    )


def no_escapes(*texts: str) -> None:
    for text in texts:
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text, repr(text)


def test_a_title_with_osc52_is_refused_and_nothing_raw_is_printed(tmp_path):
    data = json.loads(dumps(build_sample()))
    data["map"]["title"] = "Shop" + OSC52
    data["touchpoints"][0]["title"] = "Ad" + C1_CSI
    path = tmp_path / "m.journey.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    for command in ("info", "validate"):
        done = run(command, str(path))
        assert done.returncode == 1
        no_escapes(done.stdout, done.stderr)
        assert "map.title" in done.stdout + done.stderr
        assert "control character" in done.stdout + done.stderr


def test_a_file_name_with_escapes_is_printed_escaped(tmp_path):
    path = tmp_path / f"evil{OSC52}.journey.json"
    path.write_text(dumps(build_sample()), "utf-8")
    for command in ("info", "validate"):
        done = run(command, str(path))
        assert done.returncode == 0, done.stderr
        no_escapes(done.stdout, done.stderr)
    missing = run("validate", str(tmp_path / f"gone{C1_CSI}.journey.json"))
    no_escapes(missing.stdout, missing.stderr)
    assert "\\u009b" in missing.stdout + missing.stderr or "\\x9b" in missing.stdout + missing.stderr


def test_info_escapes_whatever_reaches_it(monkeypatch, capsys):
    """The last line of defence: even a document that skipped the checks (built
    with ``assemble``) prints no escape sequence."""
    hostile = build_sample()
    hostile._g.graph["title"] = "Shop" + OSC52  # behind the checks' back
    hostile._g.nodes["pe_a"]["name"] = "Ana" + C1_CSI
    monkeypatch.setattr("journeydesk.cli.info.load_or_report", lambda path: hostile)
    assert cli.main(["info", "x.journey.json"]) == 0
    out = capsys.readouterr().out
    no_escapes(out)
    assert "\\u001b]52" in out and "\\u009b" in out and "\n" in out
