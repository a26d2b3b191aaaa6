"""Recovery snapshots: time on the UI thread and on the writer thread.

The UI thread takes the map's canonical text from ``io.snapshot.SnapshotText``
(per-item cache; only the items an edit touched are written again); the writer
thread writes it atomically. Target (issue 15): at most 16 ms on the UI thread
at 2,000 cards. The old autosave wrote ``dumps`` + file on the UI thread.

    python benchmarks/bench_recovery.py [--cards 2000 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_map import make_document

from journeydesk.io import dumps
from journeydesk.io import recovery as R
from journeydesk.io.save import join_parts
from journeydesk.io.snapshot import SnapshotText


def timed(fn, runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def bench(cards: int, runs: int, folder: Path) -> list[tuple[str, float, float]]:
    doc = make_document(cards)
    text = SnapshotText(doc)
    text.fill()  # done when a map is opened
    tps = doc.touchpoints()
    counter = iter(range(10**9))

    def one_edit_then_snapshot_text():
        doc.set(tps[next(counter) % len(tps)], title=f"Edited {next(counter)}")
        text.parts()

    many = tps[:100]

    def hundred_edits_then_snapshot_text():
        n = next(counter)
        for tp in many:
            doc.set(tp, title=f"Bulk {n}")
        text.parts()

    store = R.SnapshotStore(folder, R.Session.new())
    rows = [
        (
            "old: dumps + write on the UI thread",
            *timed(lambda: store.write("old", dumps(doc), None, "t"), runs),
        ),
        ("UI thread: 1 edit + take the parts", *timed(one_edit_then_snapshot_text, runs)),
        ("UI thread: 100 edits + take the parts", *timed(hundred_edits_then_snapshot_text, runs)),
        (
            "writer thread: join + atomic write",
            *timed(lambda: store.write("k", join_parts(*text.parts()), None, "t"), runs),
        ),
        ("first fill after opening (loader)", *timed(lambda: SnapshotText(doc).fill(), max(1, runs // 2))),
    ]
    text.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for cards in args.cards:
            print(f"\n{cards:,} cards (median of {args.runs} runs)")
            print(f"{'step':<40} {'wall ms':>9} {'CPU ms':>9}")
            for name, wall, cpu in bench(cards, args.runs, Path(tmp)):
                print(f"{name:<40} {wall:>9.1f} {cpu:>9.1f}")


if __name__ == "__main__":
    main()
