"""The bulk rows of bench_canvas.py, in a real MainWindow (offscreen): opening a big
map, select all, a rubber band over the map, deleting thousands of cards with undo
and redo, the event loop while the analysis worker runs, and the memory of it all.

Each measure is a function taking the window; ``run(n, repeat)`` returns
``{name: [(wall, cpu), ...]}`` plus the resident memory. Run as a script for one size:

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas_bulk.py --n 10000
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from make_map import make_document
from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

VIEW_W, VIEW_H = 1280, 800
DELETE_CARDS = 2500


def rss_mb() -> tuple[float, float]:
    """(now, peak) resident set size in MB."""
    now = 0.0
    with open("/proc/self/statm") as f:
        now = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return now, peak


def timed(fn) -> tuple[float, float]:
    """(wall, cpu of this process) seconds of fn() and the events it leaves."""
    app = QApplication.instance()
    c = time.process_time()
    t = time.perf_counter()
    fn()
    app.processEvents()
    return time.perf_counter() - t, time.process_time() - c


def first_paint(window) -> None:
    vp = window.view.viewport()
    image = QImage(vp.size(), QImage.Format.Format_ARGB32_Premultiplied)
    vp.render(image)


def open_window(path: str):
    from journeydesk.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(VIEW_W + 500, VIEW_H + 200)
    window.show()
    QApplication.processEvents()
    wall_cpu = timed(lambda: (window.load_path(path), QApplication.processEvents(), first_paint(window)))
    return window, wall_cpu


def wait_analysis(window, timeout: float = 120.0) -> None:
    panel = window.analysis_panel
    end = time.monotonic() + timeout
    while (panel._waiting is not None or panel._timer.isActive()) and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def event_loop_stall(window) -> tuple[float, float, float]:
    """An edit, then the analysis refresh it causes: the longest the event loop
    went without running a 5 ms timer (wall), the CPU of the UI process meanwhile,
    and the panel's UI-thread share of the refresh."""
    doc = window.document
    tp = doc.touchpoints()[7]
    from journeydesk.commands import SetFields

    window.undo_stack.push(SetFields(doc, tp, {"title": f"Stall {time.perf_counter():.3f}"}))
    panel = window.analysis_panel
    panel.refresh_now()  # no debounce wait: the worker starts now
    gaps = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    c = time.process_time()
    wait_analysis(window)
    timer.stop()
    return (max(gaps) / 1000 if gaps else 0.0), time.process_time() - c, panel.last_ui_ms / 1000


def send_mouse(widget, kind, pos: QPointF, buttons) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    global_pos = QPointF(widget.mapToGlobal(pos.toPoint()))
    event = QMouseEvent(kind, pos, global_pos, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def clear_selection(window) -> None:
    window.scene.clearSelection()
    QApplication.processEvents()


def rubber_band(window) -> None:
    """Drag a rubber band from above the map's top-left corner to past its
    bottom-right (at fit), in 8 mouse moves (the selection is empty before)."""
    view, scene = window.view, window.scene
    vp = view.viewport()
    rect = scene.itemsBoundingRect()
    start = QPointF(view.mapFromScene(rect.topLeft())) + QPointF(-6, -6)
    end = QPointF(view.mapFromScene(rect.bottomRight())) + QPointF(6, 6)
    start = QPointF(max(start.x(), 1), max(start.y(), 1))
    end = QPointF(min(end.x(), vp.width() - 2), min(end.y(), vp.height() - 2))
    send_mouse(vp, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for i in range(1, 9):
        send_mouse(vp, QEvent.Type.MouseMove, start + (end - start) * (i / 8), Qt.MouseButton.LeftButton)
    send_mouse(vp, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    QApplication.processEvents()


def select_all(window) -> None:
    window.editor.select_all() if hasattr(window.editor, "select_all") else window.scene.select_all()


def timed_selection(window, gesture) -> tuple[tuple[float, float], int]:
    """The time of ``gesture`` from an empty selection (the clearing before it and
    the count after it are not timed) and the number of items it selected."""
    clear_selection(window)
    sample = timed(lambda: gesture(window))
    return sample, len(window.scene.selectedItems())


def run(n: int, repeat: int = 3, fit_select_all: bool = True) -> dict:
    """``fit_select_all=False``: leave out select all at fit (before the fix it was
    quadratic: minutes at 10,000)."""
    QStandardPaths.setTestModeEnabled(True)
    os.environ["HOME"] = tempfile.mkdtemp(prefix="journeydesk-bench-home-")
    app = QApplication.instance() or QApplication([])
    from journeydesk.io import save

    path = Path(tempfile.mkdtemp(prefix="journeydesk-bench-")) / "big.journey.json"
    save(make_document(n, seed=0), path)
    rows: dict[str, list[tuple[float, float]]] = {}
    window, opened = open_window(str(path))
    rows["open to first paint (MainWindow, from the file)"] = [opened]
    wait_analysis(window)
    window.fit()
    app.processEvents()

    def add(name: str, sample: tuple[float, float]) -> None:
        rows.setdefault(name, []).append(sample)

    counts = {}
    for _ in range(repeat):
        if fit_select_all:
            sample, counts["select all"] = timed_selection(window, select_all)
            add("select all at fit (Ctrl+A)", sample)
            add("  clear that selection", timed(lambda: window.scene.clearSelection()))
        window.actual_size()
        app.processEvents()
        add("select all at 100 %", timed_selection(window, select_all)[0])
        window.fit()
        app.processEvents()
        sample, counts["band"] = timed_selection(window, rubber_band)
        add("rubber band over the whole map at fit", sample)
    doc = window.document
    for _ in range(repeat):
        window.scene.clearSelection()
        app.processEvents()
        victims = doc.touchpoints()[: min(DELETE_CARDS, doc.count("touchpoint") // 4)]
        window.scene.select_ids(victims)
        app.processEvents()
        add("delete the selected cards (a quarter, at most 2,500)", timed(window.editor.delete_selected))
        add("  undo that delete", timed(window.undo_stack.undo))
        add("  redo that delete", timed(window.undo_stack.redo))
        window.undo_stack.undo()
        app.processEvents()
    wait_analysis(window)
    for _ in range(repeat):
        stall, cpu, ui = event_loop_stall(window)
        add("longest event-loop stall while the analysis worker runs", (stall, cpu))
        add("  analysis refresh: UI-thread part", (ui, ui))
    now, peak = rss_mb()
    window.undo_stack.setClean()
    window.teardown() if hasattr(window, "teardown") else None
    window.close()
    app.processEvents()
    return {"rows": rows, "rss": (now, peak), "counts": counts}


GOALS = {  # seconds (issue 13)
    "open to first paint (MainWindow, from the file)": 1.5,
    "select all at fit (Ctrl+A)": 0.1,
    "select all at 100 %": 0.1,
    "  clear that selection": 0.1,
    "rubber band over the whole map at fit": 0.1,
    "delete the selected cards (a quarter, at most 2,500)": 0.5,
    "  undo that delete": 0.3,
    "  redo that delete": 0.3,
    "longest event-loop stall while the analysis worker runs": 0.05,
    "  analysis refresh: UI-thread part": 0.016,
}


def records(out: dict) -> list[dict]:
    """The rows as bench_canvas.py's table reads them."""
    recs = [
        {
            "name": name,
            "wall": [w for w, _ in samples],
            "cpu": [c for _, c in samples],
            "goal": GOALS.get(name),
        }
        for name, samples in out["rows"].items()
    ]
    now, peak = out["rss"]
    recs.append(
        {
            "name": "RSS with the map open, analysed and edited",
            "wall": [now],
            "cpu": None,
            "goal": 400,
            "unit": "MB",
        }
    )
    recs.append({"name": "  peak RSS", "wall": [peak], "cpu": None, "goal": None, "unit": "MB"})
    return recs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-fit-select-all", action="store_true", help="leave that row out")
    parser.add_argument("--json", help="write the rows here (for bench_canvas.py)")
    args = parser.parse_args(argv)
    out = run(args.n, args.repeat, not args.no_fit_select_all)
    if args.json:
        import json

        Path(args.json).write_text(json.dumps(records(out)))
    for name, samples in out["rows"].items():
        walls = sorted(w for w, _ in samples)
        cpus = sorted(c for _, c in samples)
        print(
            f"{name}: {walls[len(walls) // 2] * 1000:.0f} ms wall, {cpus[len(cpus) // 2] * 1000:.0f} ms CPU"
        )
    print(f"RSS {out['rss'][0]:.0f} MB (peak {out['rss'][1]:.0f} MB); {out['counts']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
