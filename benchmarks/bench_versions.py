"""Time spreadsheet import, diff and merge on maps of 10,000 touchpoints.

    python benchmarks/bench_versions.py [--repeat 5] [--touchpoints 10000] [--xlsx]

import = read the CSV that ``export/csv.py`` writes for the map, detect its shape
and columns, and build the map through the model's checked methods
(``io.tabular.import_file``). diff = compare the map with a copy changed by
scripted edits (500 cards edited, 100 removed, 100 added, 100 moved, a stage
reordered, 300 friction statuses changed). merge = a three-way merge of two such
copies edited apart (with 50 fields changed on both sides: conflicts). Each is
timed on its own and end to end as the command runs it (files read, written).
Medians of the runs, wall and CPU time. Target: each under 2 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_map import make_document

from journeydesk.export.csv import export_csv
from journeydesk.io import dumps, load, load_text, save
from journeydesk.io.tabular import import_file
from journeydesk.versions import diff, merge, report


def edited(doc, seed: int, overlap_titles: list[str] | None = None):
    """A copy of ``doc`` with scripted edits."""
    rnd = random.Random(seed)
    out = load_text(dumps(doc))
    tps = list(out.touchpoints())
    for tp in rnd.sample(tps, 500):
        out.set(tp, owner=f"Team {rnd.randrange(50)}", metrics={"csat": round(rnd.uniform(40, 99), 1)})
    for tp in overlap_titles or ():
        out.set(tp, title=f"Title from {seed}")
    for tp in rnd.sample(tps, 100):
        if tp in out and tp not in (overlap_titles or ()):
            out.remove(tp)
    stages, lanes = out.stages(), out.lanes()
    for i in range(100):
        out.add_touchpoint(
            f"New card {seed}-{i}", rnd.choice(stages), rnd.choice(lanes), id=f"tp_new_{seed}_{i}"
        )
    left = [t for t in out.touchpoints() if t in out]
    for tp in rnd.sample(left, 100):
        out.move_touchpoint(tp, rnd.choice(stages), rnd.choice(lanes), 0)
    out.reorder(stages[seed % len(stages)], 0)
    for fr in rnd.sample(list(out.frictions()), 300):
        out.set(fr, status=rnd.choice(("open", "in_progress", "resolved")))
    return out


def timed(fn, repeat: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--touchpoints", type=int, default=10_000)
    parser.add_argument("--xlsx", action="store_true", help="also time importing the same table from .xlsx")
    args = parser.parse_args(argv)
    n = args.touchpoints
    base = make_document(n, seed=1)
    overlap = random.Random(9).sample(list(base.touchpoints()), 50)
    new = edited(base, 2)
    ours, theirs = edited(base, 3, overlap), edited(base, 4, overlap)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = {}
        for name, doc in (("base", base), ("new", new), ("ours", ours), ("theirs", theirs)):
            paths[name] = tmp / f"{name}.journey.json"
            save(doc, paths[name])
        csv_path = tmp / "map.csv"
        export_csv(base, csv_path)
        result = import_file(csv_path)
        assert not result.problems and result.document.count("touchpoint") == n
        rows.append(("import CSV (read, detect, build)", *timed(lambda: import_file(csv_path), args.repeat)))
        if args.xlsx:
            import csv

            import openpyxl

            book = openpyxl.Workbook(write_only=True)
            ws = book.create_sheet()
            with open(csv_path, encoding="utf-8", newline="") as fh:
                for row in csv.reader(fh):
                    ws.append(row)
            xlsx_path = tmp / "map.xlsx"
            book.save(xlsx_path)
            rows.append(("import XLSX (same table)", *timed(lambda: import_file(xlsx_path), args.repeat)))
        d = diff(base, new)
        summary = d.summary()["touchpoint"]
        rows.append(("diff (two loaded maps)", *timed(lambda: diff(base, new), args.repeat)))
        rows.append(("diff + report", *timed(lambda: report(diff(base, new)), args.repeat)))
        rows.append(
            (
                "diff end to end (load both, report)",
                *timed(lambda: report(diff(load(paths["base"]), load(paths["new"]))), args.repeat),
            )
        )
        m = merge(base, ours, theirs)
        rows.append(("merge (three loaded maps)", *timed(lambda: merge(base, ours, theirs), args.repeat)))
        out = tmp / "merged.journey.json"

        def merge_files():
            r = merge(load(paths["base"]), load(paths["ours"]), load(paths["theirs"]))
            save(r.document, out)

        rows.append(("merge end to end (load three, save)", *timed(merge_files, args.repeat)))
    print(f"Python {sys.version.split()[0]}, {n:,} touchpoints, median of {args.repeat} runs")
    print(
        f"diff found {summary['changed']:,} changed ({summary['moved']} moved, {summary['reordered']} reordered), "
        f"{summary['added']} added, {summary['removed']} removed touchpoints; "
        f"merge: {len(m.conflicts)} conflicts, {m.document.count('touchpoint'):,} touchpoints\n"
    )
    print("| operation | wall ms | CPU ms | target |")
    print("|---|---:|---:|---|")
    for name, wall, cpu in rows:
        print(f"| {name} | {wall:,.0f} | {cpu:,.0f} | {'ok' if wall < 2000 else 'OVER'} < 2,000 |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
