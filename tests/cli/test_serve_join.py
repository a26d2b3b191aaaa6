"""journeydesk serve and journeydesk join, as processes on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from journeydesk_testkit import build_sample

from journeydesk import save
from journeydesk.io import dumps, load
from journeydesk.sync.client import Connection, LiveClient

CLI = [sys.executable, "-m", "journeydesk"]


@pytest.fixture
def served(tmp_path):
    path = tmp_path / "room.journey.json"
    save(build_sample(), path)
    proc = subprocess.Popen(
        [*CLI, "serve", str(path), "--host", "127.0.0.1", "--port", "0", "--save-after", "0.2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = proc.stdout.readline().strip()
        yield proc, url, path
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def test_first_line_is_the_join_url_and_join_saves_a_snapshot(served, tmp_path):
    _proc, url, path = served
    assert url.startswith("ws://127.0.0.1:") and "/journeydesk?token=" in url
    out = tmp_path / "copy.journey.json"
    done = subprocess.run([*CLI, "join", url, "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert dumps(load(out)) == dumps(load(path))
    again = subprocess.run([*CLI, "join", url, "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "exists" in again.stderr  # never a silent overwrite


def test_a_wrong_code_is_a_clear_error(served, tmp_path):
    _proc, url, _ = served
    bad = url.split("token=")[0] + "token=WRONGWRONG"
    done = subprocess.run(
        [*CLI, "join", bad, "-o", str(tmp_path / "x.json")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1 and "Wrong join code" in done.stderr
    assert not (tmp_path / "x.json").exists()


def test_edits_are_saved_on_a_debounce_and_on_sigterm(served):
    proc, url, path = served

    async def edit():
        client = LiveClient(name="Ana")
        conn = Connection(client, url)
        task = asyncio.create_task(conn.run())
        while client.doc is None:
            await asyncio.sleep(0.02)
        with client.binding.step():
            client.doc.set("tp_1", title="Edited live")
        deadline = time.monotonic() + 20
        while json.loads(path.read_text("utf-8"))["touchpoints"][0]["title"] != "Edited live":
            assert time.monotonic() < deadline, "not saved"
            await asyncio.sleep(0.05)
        with client.binding.step():
            client.doc.set("tp_2", title="Last words")
        await asyncio.sleep(0.05)
        await conn.close()
        task.cancel()

    asyncio.run(asyncio.wait_for(edit(), 40))
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(20) == 0
    doc = load(path)
    assert doc.get("tp_2")["title"] == "Last words"
    assert not [p for p in os.listdir(path.parent) if p.endswith(".tmp")]  # atomic saves left nothing


def test_usage_errors(tmp_path):
    done = subprocess.run(
        [*CLI, "join", "http://x", "-o", str(tmp_path / "a")], capture_output=True, text=True
    )
    assert done.returncode == 2
    done = subprocess.run(
        [*CLI, "serve", str(Path(tmp_path / "missing.json"))], capture_output=True, text=True
    )
    assert done.returncode == 1 and "no such file" in done.stderr
