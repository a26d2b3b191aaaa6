"""Peak memory of loading hostile and valid files, against the file size.

Each case runs in a fresh interpreter: it writes the file, imports journeydesk,
resets the peak resident memory (VmHWM, Linux), loads the file (refused or not), and
reports how far the peak grew. The target (issue 15): a peak under about 20x the
file size on any input, and hostile files refused early.

    python benchmarks/bench_load_memory.py            # 49 MB hostile files
    python benchmarks/bench_load_memory.py --mb 10 --runs 1
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[3])
path, case = sys.argv[1], sys.argv[2]
import journeydesk
from journeydesk import LoadError

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])

# ru_maxrss would carry the parent's peak across exec: reset the high-water mark.
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")
base = status("VmRSS")
t0, c0 = time.perf_counter(), time.process_time()
try:
    journeydesk.load(path)
    outcome = "loaded"
except LoadError as err:
    outcome = err.problems[0].message[:38]
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = status("VmHWM")
print(json.dumps({"grew_kb": peak - base, "wall": wall, "cpu": cpu, "outcome": outcome}))
"""


def _repeat(item: str, size: int, open_: str = "[", close: str = "]") -> str:
    n = max(1, (size - 2) // (len(item) + 1))
    return open_ + ",".join([item] * n) + close


_MAP_HEAD = '{"format":"journeydesk","format_version":1,"x":['


def hostile(case: str, size: int) -> str:
    if case == "{} objects":
        return _repeat("{}", size, _MAP_HEAD, "]}")
    if case == "[] lists":
        return _repeat("[]", size, _MAP_HEAD, "]}")
    if case == "short strings":
        return _repeat('"ab"', size, _MAP_HEAD, "]}")
    if case == "floats":
        return _repeat("0.5", size, _MAP_HEAD, "]}")
    if case == "distinct keys":
        n = size // 14  # "k00000000":0,
        return "{" + ",".join(f'"k{i:08d}":0' for i in range(n)) + "}"
    if case == "1M minimal touchpoints":
        head = '{"format":"journeydesk","format_version":1,"stages":[{"id":"s","name":"S"}],'
        head += '"lanes":[{"id":"l","name":"L"}],"touchpoints":['
        n = (size - len(head)) // 52
        return head + ",".join(f'{{"id":"t{i}","title":"","stage":"s","lane":"l"}}' for i in range(n)) + "]}"
    raise ValueError(case)


def valid(cards: int, compact: bool) -> str:
    sys.path.insert(0, str(HERE))
    from make_map import make_document

    from journeydesk.io import dumps

    text = dumps(make_document(cards))
    return json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) if compact else text


def measure(text: str, case: str, runs: int, folder: Path) -> dict:
    path = folder / "case.journey.json"
    path.write_text(text, "utf-8")
    size = path.stat().st_size
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), case, str(HERE.parent / "src")],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(done.stdout))
    path.unlink()
    grew = statistics.median(r["grew_kb"] for r in results) * 1024
    return {
        "case": case,
        "mb": size / 2**20,
        "grew_mb": grew / 2**20,
        "ratio": grew / size,
        "wall": statistics.median(r["wall"] for r in results),
        "cpu": statistics.median(r["cpu"] for r in results),
        "outcome": results[0]["outcome"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=49.0, help="size of the hostile files")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cards", type=int, default=20_000, help="touchpoints in the valid maps")
    args = parser.parse_args()
    size = int(args.mb * 2**20)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for case in (
            "{} objects",
            "[] lists",
            "short strings",
            "floats",
            "distinct keys",
            "1M minimal touchpoints",
        ):
            rows.append(measure(hostile(case, size), case, args.runs, folder))
        for compact in (False, True):
            name = f"valid map, {args.cards:,} cards" + (", compact" if compact else "")
            rows.append(measure(valid(args.cards, compact), name, args.runs, folder))
    print(f"Peak memory growth while loading (median of {args.runs} runs, fresh interpreter each)")
    print(f"{'input':<32} {'file MB':>8} {'peak +MB':>9} {'x size':>7} {'wall s':>7} {'CPU s':>6}  outcome")
    for r in rows:
        print(
            f"{r['case']:<32} {r['mb']:>8.1f} {r['grew_mb']:>9.1f} {r['ratio']:>7.1f} "
            f"{r['wall']:>7.2f} {r['cpu']:>6.2f}  {r['outcome']}"
        )


if __name__ == "__main__":
    main()
