"""Every Qt test folder, run alone, exits with 0 (issue 15, defect 12).

`pytest -x tests/ui tests/qa` printed its passes and then died with SIGSEGV at
interpreter exit: a QMimeData made in Python sat on Qt's clipboard, whose
global static was destroyed after the interpreter had finished, and its
destructor called back into Python. ``ui.clipboard.release_clipboard_at_exit``
hands the clipboard a Qt-made copy while Python still runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

COPY_THEN_EXIT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtWidgets import QApplication
import journeydesk.ui.clipboard  # registers the hand-over at exit
app = QApplication([])
mime = QMimeData()
mime.setData("application/x-journeydesk-fragment", QByteArray(b"{}"))
mime.setText("copied title")
app.clipboard().setMimeData(mime)
print("ok", flush=True)
"""


def test_a_copy_on_the_clipboard_does_not_crash_the_exit():
    done = subprocess.run(
        [sys.executable, "-c", COPY_THEN_EXIT], capture_output=True, text=True, env=ENV, timeout=60
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "ok"


def test_the_app_quitting_after_a_copy_exits_cleanly(tmp_path):
    script = tmp_path / "copy_and_quit.py"
    script.write_text(
        "from PySide6.QtCore import QTimer\n"
        "doc = window.document\n"
        "window.clipboard.copy_ids(list(doc.stages())[:1])\n"
        "QTimer.singleShot(200, app.quit)\n",
        "utf-8",
    )
    env = {**ENV, "JOURNEYDESK_TEST_SCRIPT": str(script), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "journeydesk"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])


@pytest.mark.parametrize("folder", ["tests/qa", "tests/commands"])
def test_a_qt_test_folder_alone_exits_with_0(folder):
    """The quick Qt folders, each in its own interpreter. (tests/ui takes minutes;
    the two tests above reproduce what killed it at exit.)"""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", folder],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, (done.returncode, done.stdout[-3000:], done.stderr[-2000:])
