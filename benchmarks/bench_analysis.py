"""Time journey analysis, part by part, on synthetic maps of 2,000, 10,000 and 50,000
touchpoints, with the growth exponent of each part.

    python benchmarks/bench_analysis.py [--repeat 5] [--sizes 2000,10000,50000] [--no-cli]

Maps come from ``make_map.make_document(n, seed=0)``. Each cell is the median wall
time of the runs with the median CPU time beside it. Rows:
- map view: the one read of the document that every part shares (``MapView``);
- centrality: route shares (betweenness; exact up to its work budget, then a seeded
  sample of sources, counted in the header);
- hotspots (given the centrality), persona paths, channel switches, scorecards (given
  the channel switches), lint: each part alone on a fresh map view (built untimed:
  the part pays for naming the items it reports, as inside ``analyze``);
- analyze(): the whole analysis in process, map view and centrality included;
- live refresh: ``LiveAnalysis.result()`` after a friction edit (centrality and
  persona paths kept: the analysis panel's common case);
- pickle round trip: the result through ``pickle`` and back (what a worker process
  pays to hand it over);
- CLI analyze --json: ``journeydesk analyze FILE --json`` in a fresh process, start-up
  and loading included.
"growth" is the slope of log CPU time against log size (least squares): 1 is linear.
Targets: analyze() of 10,000 touchpoints under 0.5 s, of 50,000 under 3 s; every part
linear.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_map import make_document
from timing import Timing, exponent_cell, print_table, timed

import journeydesk
from journeydesk.analysis import (
    LiveAnalysis,
    MapView,
    analyze,
    channel_switches,
    flow_centrality,
    hotspots,
    lint,
    persona_paths,
    stage_scorecard,
)

ROWS = (
    "map view",
    "centrality",
    "hotspots",
    "persona paths",
    "channel switches",
    "scorecards",
    "lint",
    "analyze()",
    "live refresh",
    "pickle round trip",
    "CLI analyze --json",
)


def cli_timing(args: list[str], repeat: int) -> Timing:
    """Median wall and CPU time (user + system) of a fresh process."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "journeydesk", *args], check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return Timing(statistics.median(walls), statistics.median(cpus))


def measure(n: int, tmp: str, repeat: int, cli: bool) -> tuple[dict[str, Timing], str]:
    doc = make_document(n, seed=0)
    cent = flow_centrality(MapView(doc))
    switches = channel_switches(doc, view=MapView(doc))
    result = analyze(doc)
    fresh = {"repeat": repeat, "setup": lambda: MapView(doc)}
    t: dict[str, Timing] = {
        "map view": timed(lambda: MapView(doc), repeat),
        "centrality": timed(lambda v: flow_centrality(v), **fresh),
        "hotspots": timed(lambda v: hotspots(doc, view=v, centrality=cent), **fresh),
        "persona paths": timed(lambda v: persona_paths(doc, view=v), **fresh),
        "channel switches": timed(lambda v: channel_switches(doc, view=v), **fresh),
        "scorecards": timed(lambda v: stage_scorecard(doc, view=v, switches=switches), **fresh),
        "lint": timed(lambda v: lint(doc, view=v), **fresh),
        "analyze()": timed(lambda: analyze(doc), repeat),
        "pickle round trip": timed(
            lambda: pickle.loads(pickle.dumps(result, pickle.HIGHEST_PROTOCOL)), repeat
        ),
    }
    live = LiveAnalysis(doc)
    live.result()
    friction = doc.frictions()[0]

    def edit_and_refresh() -> None:
        doc.set(friction, severity=doc.get(friction)["severity"] % 4 + 1)
        live.result()

    t["live refresh"] = timed(edit_and_refresh, repeat)
    live.close()
    if cli:
        path = Path(tmp) / f"map-{n}.journey.json"
        journeydesk.save(doc, path)
        t["CLI analyze --json"] = cli_timing(["analyze", str(path), "--json"], repeat)
    sampled = "" if cent.exact else " sampled"
    about = f"{n:,} touchpoints: {doc.count('link'):,} links, {cent.sources:,}{sampled} centrality sources"
    return t, about


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="2000,10000,50000")
    parser.add_argument("--no-cli", action="store_true", help="skip the fresh-process CLI row")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    columns: list[dict[str, Timing]] = []
    abouts = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            timings, about = measure(n, tmp, args.repeat, not args.no_cli)
            columns.append(timings)
            abouts.append(about)
            print(f"  {n:,} touchpoints done", file=sys.stderr)
    print(f"Python {sys.version.split()[0]}; median of {args.repeat} runs; wall (cpu) per cell")
    for about in abouts:
        print(f"- {about}")
    print()
    rows = []
    for name in ROWS:
        cells = [col.get(name) for col in columns]
        if any(c is None for c in cells):
            continue
        rows.append((name, *(c.cell() for c in cells), exponent_cell(sizes, cells)))
    print_table(("part", *(f"{n:,}" for n in sizes), "growth"), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
