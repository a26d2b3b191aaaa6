"""The crash path, for real (issue 15, defects 2, 3 and 6): start the app in a
subprocess on a map, edit, wait 1.5 s, SIGKILL it, start it again: recovery is
offered and gives back exactly the snapshot. Again with the kill during a save,
and with both processes reporting the same pid (pid 1 in a container).

The app runs the script named by $JOURNEYDESK_TEST_SCRIPT once started
(``ui.app.run_test_script``): it edits through the real commands, answers the
recovery question, and reports what it saw in a JSON file."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_ui_helpers import EXAMPLE

from journeydesk.io import load

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

EDIT = """
import json, os, time
from PySide6.QtCore import QTimer
from journeydesk.commands import AddItem, SetFields, push

OUT = os.environ["OUT"]

def edit():
    doc = window.document
    tp = doc.touchpoints()[0]
    push(window.undo_stack, SetFields(doc, tp, {"title": "Edited before the crash"}))
    push(window.undo_stack, AddItem(doc, "stage", {"name": "Stage added before the crash"}))
    with open(OUT, "w") as fh:
        json.dump({"edited": time.time(), "key": window.autosaver.key}, fh)
    if os.environ.get("SAVE_AFTER"):
        QTimer.singleShot(int(os.environ["SAVE_AFTER"]), save_slowly)

def save_slowly():
    real_fsync = os.fsync
    def slow_fsync(fd):  # the kill lands inside this save
        with open(OUT + ".saving", "w") as fh:
            fh.write("saving")
        time.sleep(60)
        real_fsync(fd)
    os.fsync = slow_fsync
    window.save()

window.after_start = lambda: QTimer.singleShot(0, edit)
"""

RECOVER = """
import json, os
from PySide6.QtCore import QTimer
from journeydesk.io import dumps
from journeydesk.ui import dialogs

OUT = os.environ["OUT"]
asked = []

def answer(parent, title, when, original):
    asked.append([title, when, original])
    return "recover"

dialogs.ask_recover = answer

def report():
    text, modified = dumps(window.document), window.isWindowModified()
    window.autosaver.flush()
    snapshot_again = window.autosaver.map_path.exists()
    if os.environ.get("SAVE_AFTER_RECOVERY"):
        window.save()
    with open(OUT, "w") as fh:
        json.dump({"asked": asked, "text": text, "modified": modified, "path": window.path,
                   "snapshot_again": snapshot_again}, fh)
    window._ask_save = lambda: "discard"
    app.quit()

window.after_start = lambda: QTimer.singleShot(0, report)
"""


class App:
    def __init__(self, home: Path, pid: str | None = None) -> None:
        self.home = home
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
        }
        if pid:
            self.env["JOURNEYDESK_TEST_PID"] = pid

    def start(self, script: str, out: Path, *args: str, **env: str) -> subprocess.Popen:
        path = self.home / f"script-{out.stem}.py"
        path.write_text(script, "utf-8")
        self.log = self.home / f"{out.stem}.log"
        with open(self.log, "wb") as log:  # a file, not a pipe: Qt's warnings never block the app
            return subprocess.Popen(
                [sys.executable, "-m", "journeydesk", *args],
                env={**self.env, "JOURNEYDESK_TEST_SCRIPT": str(path), "OUT": str(out), **env},
                stdout=subprocess.DEVNULL,
                stderr=log,
            )

    def snapshots(self) -> list[Path]:
        return sorted(self.home.glob("data/**/autosave/*.journey.json"))


def wait_for(path: Path, child: subprocess.Popen, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        if child.poll() is not None:
            raise AssertionError(f"the app ended ({child.returncode})")
        if time.monotonic() > end:
            child.kill()
            raise AssertionError(f"no {path.name} after {seconds} s")
        time.sleep(0.05)


def kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(30)


def recover_again(app: App, tmp_path: Path, **env: str) -> dict:
    out = tmp_path / "recovered.json"
    child = app.start(RECOVER, out, **env)
    try:
        child.wait(120)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, app.log.read_text("utf-8", "replace")[-3000:]
    return json.loads(out.read_text("utf-8"))


def crash_after_edit(tmp_path: Path, pid: str | None = None, save_after: str = "") -> tuple[App, Path, str]:
    home = tmp_path / "home"
    home.mkdir()
    mapfile = tmp_path / "shop.journey.json"
    shutil.copy(EXAMPLE, mapfile)
    app = App(home, pid)
    out = tmp_path / "edited.json"
    env = {"SAVE_AFTER": save_after} if save_after else {}
    child = app.start(EDIT, out, str(mapfile), **env)
    wait_for(out, child)
    if save_after:
        wait_for(Path(str(out) + ".saving"), child)
        time.sleep(0.2)
    else:
        time.sleep(1.5)
    kill(child)
    snaps = app.snapshots()
    assert len(snaps) == 1, snaps
    return app, mapfile, snaps[0].read_text("utf-8")


def check_recovered(got: dict, snapshot: str, mapfile: Path) -> None:
    assert len(got["asked"]) == 1
    title, when, original = got["asked"][0]
    assert title and when and original == str(mapfile)
    assert got["text"] == snapshot  # exactly the last snapshot
    assert "Edited before the crash" in snapshot and "Stage added before the crash" in snapshot
    assert got["modified"] and got["path"] == str(mapfile)


def test_killed_after_an_edit_the_next_start_offers_the_work_back(tmp_path):
    app, mapfile, snapshot = crash_after_edit(tmp_path)
    assert load(mapfile).count("stage") == load(EXAMPLE).count("stage")  # the user's file is untouched
    got = recover_again(app, tmp_path)
    check_recovered(got, snapshot, mapfile)
    assert got["snapshot_again"]  # the recovered map is unsaved: it has a snapshot of its own


def test_killed_during_a_save_the_file_is_whole_and_the_work_comes_back(tmp_path):
    app, mapfile, snapshot = crash_after_edit(tmp_path, save_after="1500")
    assert mapfile.read_bytes() == EXAMPLE.read_bytes()  # the save never finished: the old file, whole
    stale = list(tmp_path.glob(".shop.journey.json.*.tmp"))
    assert stale, "the killed save left its temp file"
    got = recover_again(app, tmp_path, SAVE_AFTER_RECOVERY="1")
    check_recovered(got, snapshot, mapfile)
    assert not list(tmp_path.glob(".shop.journey.json.*.tmp"))  # the next save removed it
    assert load(mapfile).get(load(mapfile).touchpoints()[0])["title"] == "Edited before the crash"


def test_the_same_pid_in_both_processes_still_gets_its_work_back(tmp_path):
    """pid 1 in a container or Flatpak: the dead session is told by its lock."""
    app, mapfile, snapshot = crash_after_edit(tmp_path, pid="1")
    meta = json.loads(next(app.home.glob("data/**/autosave/*.meta.json")).read_text("utf-8"))
    assert meta["session"]["pid"] == 1
    check_recovered(recover_again(app, tmp_path), snapshot, mapfile)
