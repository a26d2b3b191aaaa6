"""Remake the presentation-mode pictures in the README from the real app, offscreen.

    python docs/make_present_screenshots.py               # docs/guide/images/present-*.png
    python docs/make_present_screenshots.py --out /tmp/shots

It opens the online store example in a MainWindow, presents it in a 1920 x 1080
window (the size the readability rule is stated for) and grabs the overview, the
first stage and a step of the first persona's walk-through.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = tempfile.mkdtemp(prefix="journeydesk-shots-")  # default theme and toggles

from PySide6.QtCore import QStandardPaths

QStandardPaths.setTestModeEnabled(True)

from PySide6.QtWidgets import QApplication

from journeydesk.ui.app import make_app
from journeydesk.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "online-store.journey.json"


def pump(ms: int) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "guide" / "images")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    make_app([sys.argv[0]])
    window = MainWindow(str(EXAMPLE))
    window._ask_save = lambda: "discard"
    window.resize(1440, 900)
    window.show()
    pump(500)
    pw = window.presenting.start(size=(1920, 1080))
    pump(500)
    p = pw.presentation

    def shot(name: str) -> None:
        pump(500)  # the step's move has played
        path = args.out / f"present-{name}.png"
        pw.grab().save(str(path))
        print(path)

    shot("overview")
    p.go(1)
    shot("stage")
    p.walk(window.document.personas()[0])
    p.go(3)
    shot("persona")
    pw.close()
    window.teardown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
