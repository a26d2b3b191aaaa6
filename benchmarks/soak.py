"""The soak run shared by benchmarks/bench_soak.py and tests/ui/test_soak.py.

A map open in a real MainWindow (offscreen); touchpoints are edited and moved
through the document (the canvas follows its events), the viewport repaints
every ``repaint_every`` updates. After a warm-up, None's reference count and the
process's resident memory are taken, then again at the end: a PySide that drops
a reference to None on a void call (6.12.0 on Python 3.11) shows here long before
it kills the process, and a leak of items or pixmaps shows as growth."""

from __future__ import annotations

import gc
import sys
import time


def rss_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def soak(window, updates: int, repaint_every: int = 50, warmup: int = 2_000) -> dict:
    from PySide6.QtWidgets import QApplication

    doc = window.document
    tps = list(doc.touchpoints())
    stages, lanes = list(doc.stages()), list(doc.lanes())
    viewport = window.view.viewport()

    def step(i: int) -> None:
        tp = tps[i % len(tps)]
        if i % 10 == 0:
            doc.move_touchpoint(tp, stages[i % len(stages)], lanes[i % len(lanes)], 0)
        else:
            doc.set(tp, title=f"Soak {i % 97}", moment_of_truth=bool(i % 2))
        if i % repaint_every == 0:
            viewport.repaint()
            QApplication.processEvents()

    for i in range(warmup):
        step(i)
    gc.collect()
    none_before, rss_before = sys.getrefcount(None), rss_kb()
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(warmup, warmup + updates):
        step(i)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    QApplication.processEvents()
    gc.collect()
    none_after, rss_after = sys.getrefcount(None), rss_kb()
    return {
        "updates": updates,
        "repaints": updates // repaint_every,
        "none_delta": none_after - none_before,
        "rss_before_mb": rss_before / 1024,
        "rss_after_mb": rss_after / 1024,
        "growth_pct": 100.0 * (rss_after - rss_before) / max(1, rss_before),
        "wall_s": wall,
        "cpu_s": cpu,
    }
