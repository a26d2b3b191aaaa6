"""Shared helpers for the benchmark tables: medians of wall and CPU time, and the
growth exponent of a row (how its time scales with the map's size)."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Median wall and CPU seconds of the runs, and the last run's result."""

    wall: float
    cpu: float
    result: object = None

    def cell(self, unit: str = "ms") -> str:
        """``wall (cpu)`` in ms, or in s with ``unit="s"``."""
        if unit == "s":
            return f"{self.wall:.2f} s ({self.cpu:.2f} cpu)"
        return f"{self.wall * 1000:,.0f} ms ({self.cpu * 1000:,.0f} cpu)"


def timed(
    fn: Callable[..., object], repeat: int, *, warmup: int = 0, setup: Callable[[], object] | None = None
) -> Timing:
    """Run ``fn`` ``warmup`` times, then ``repeat`` times; medians of the counted runs.

    With ``setup``, each run calls ``fn(setup())`` and only ``fn`` is timed (fresh
    state per run, e.g. a new map view with nothing cached). Garbage from an earlier
    run is collected before each run (untimed), so a run never pays for its
    predecessor's cycles; the collector stays on during the run, as in use. CPU time
    is the process's (``time.process_time``): a busy machine disturbs it less."""
    call = fn if setup is None else (lambda: fn(setup()))
    for _ in range(warmup):
        call()
    walls, cpus = [], []
    result = None
    for _ in range(max(1, repeat)):
        result = None
        args = () if setup is None else (setup(),)
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        result = fn(*args)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return Timing(statistics.median(walls), statistics.median(cpus), result)


def growth_exponent(sizes: Sequence[float], seconds: Sequence[float]) -> float | None:
    """The slope of the least-squares line through (log size, log time): 1 is linear,
    2 quadratic. None with fewer than two usable points."""
    points = [(math.log(n), math.log(t)) for n, t in zip(sizes, seconds, strict=True) if n > 0 and t > 0]
    if len(points) < 2:
        return None
    mx = statistics.fmean(x for x, _ in points)
    my = statistics.fmean(y for _, y in points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in points) / sxx


def exponent_cell(sizes: Sequence[float], timings: Sequence[Timing]) -> str:
    """The growth exponent of CPU time (steadier than wall time on a shared machine)."""
    k = growth_exponent(sizes, [t.cpu for t in timings])
    return "–" if k is None else f"{k:.2f}"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A Markdown table: the first column left-aligned, the others right-aligned."""
    print("| " + " | ".join(headers) + " |")
    print("|---|" + "|".join("---:" for _ in headers[1:]) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
