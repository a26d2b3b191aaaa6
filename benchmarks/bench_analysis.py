"""Time journey analysis on synthetic maps of 200, 2,000 and 10,000 touchpoints.

    python benchmarks/bench_analysis.py [--repeat 5] [--sizes 200,2000,10000]

Columns (median of the repeats, maps from ``make_map.make_document(n, seed=0)``):
- centrality: route shares (betweenness; exact up to its work budget, then a seeded
  sample of sources, the number shown in "sources");
- analyze(): the whole analysis in-process (what the app's panel calls);
- live refresh: ``LiveAnalysis.result()`` after a friction edit (the panel's common
  case: centrality and persona paths are kept);
- CLI report / CLI --json: wall time (and CPU time) of ``journeydesk analyze FILE``
  in a fresh process, start-up and loading included; "CLI info" is
  ``journeydesk info FILE`` on the same file, the floor that start-up and loading set.
Targets: ``journeydesk analyze`` on 2,000 touchpoints in at most 1 s; the panel's
refresh after an edit at most 100 ms.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_map import make_document

import journeydesk
from journeydesk.analysis import LiveAnalysis, MapView, analyze, flow_centrality


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def cli_ms(args: list[str], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of a fresh process, in ms.

    CPU time barely moves when other jobs share the machine; wall time does."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "journeydesk", *args], check=True, stdout=subprocess.DEVNULL)
        walls.append((time.perf_counter() - t0) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def _cli(times: tuple[float, float]) -> str:
    return f"{times[0]:.0f} ms ({times[1]:.0f} cpu)"


def measure(n: int, tmp: str, repeat: int) -> tuple[str, ...]:
    doc = make_document(n, seed=0)
    path = Path(tmp) / f"map-{n}.journey.json"
    journeydesk.save(doc, path)
    centrality = flow_centrality(MapView(doc))
    t_cent = median_ms(lambda: flow_centrality(MapView(doc)), repeat)
    t_all = median_ms(lambda: analyze(doc), repeat)
    live = LiveAnalysis(doc)
    live.result()
    friction = doc.frictions()[0]

    def edit_and_refresh() -> None:
        doc.set(friction, severity=doc.get(friction)["severity"] % 4 + 1)
        live.result()

    t_live = median_ms(edit_and_refresh, repeat)
    live.close()
    t_info = cli_ms(["info", str(path)], repeat)
    t_cli = cli_ms(["analyze", str(path)], repeat)
    t_json = cli_ms(["analyze", str(path), "--json"], repeat)
    return (
        f"{n:,}",
        f"{doc.count('link'):,}",
        f"{centrality.sources:,}" + ("" if centrality.exact else " (sampled)"),
        f"{t_cent:.0f} ms",
        f"{t_all:.0f} ms",
        f"{t_live:.0f} ms",
        _cli(t_info),
        _cli(t_cli),
        _cli(t_json),
    )


HEADERS = (
    "touchpoints",
    "links",
    "sources",
    "centrality",
    "analyze()",
    "live refresh",
    "CLI info",
    "CLI report",
    "CLI --json",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="200,2000,10000")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            rows.append(measure(n, tmp, args.repeat))
            print(f"  {n:,} touchpoints done", file=sys.stderr)
    print("| " + " | ".join(HEADERS) + " |")
    print("|" + "|".join("---:" for _ in HEADERS) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
