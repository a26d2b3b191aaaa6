"""Switching the theme on a big map: Preferences > Theme > High contrast and back.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_theme.py [--n 2000] [--repeat 7]

Each switch swaps the canvas colours, drops every cached item picture and
repaints the view at fit and at 100 %. Times are medians of ``--repeat``
switches, wall and CPU (process) time side by side. Target: a switch and its
first repaint within 250 ms at 2,000 cards (it happens once, on a click).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_map import make_document
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from journeydesk.ui import appearance
from journeydesk.ui.canvas import MapEditor, MapScene, MapView


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="touchpoints in the synthetic map")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    stack = QUndoStack()
    scene = MapScene(make_document(args.n, seed=0), stack)
    MapEditor(scene, stack)
    view = MapView(scene)
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    rows = []
    for label, zoom in (("at fit", None), ("at 100 %", 1.0)):
        if zoom is None:
            view.fit()
        else:
            view.set_zoom(zoom)
        app.processEvents()
        view.viewport().repaint()
        walls, cpus = [], []
        theme = "light"
        for _ in range(args.repeat):
            theme = "high_contrast" if theme == "light" else "light"

            def switch(theme=theme) -> None:
                appearance.apply_theme(theme)
                view.viewport().repaint()

            w, c = timed(switch)
            walls.append(w)
            cpus.append(c)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        rows.append((f"switch + first repaint {label}", wall * 1000, cpu * 1000, wall <= 0.25))
    appearance.apply_theme("light")
    print(f"Theme switch, {args.n} touchpoints, {len(scene.items())} scene items, median of {args.repeat}")
    print("| measure | wall ms | CPU ms | target | met |")
    print("|---|---|---|---|---|")
    for name, wall, cpu, ok in rows:
        print(f"| {name} | {wall:.0f} | {cpu:.0f} | <= 250 ms | {'yes' if ok else 'NO'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
