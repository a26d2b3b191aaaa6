"""Time loading and saving maps of 200, 2,000 and 10,000 touchpoints.

    python benchmarks/bench_io.py [--repeat 7] [--sizes 200,2000,10000]

Load = read + parse + validate + check references + build the graph
(``journeydesk.load``); save = canonical text + atomic write (``journeydesk.save``).
Each sits next to plain ``json.loads`` / ``json.dumps`` of the same file in the same
run (median of the repeats), and the table ends with load / json.loads.
Targets: 2,000 touchpoints load in <= 150 ms and save in <= 100 ms; load within 5x
of json.loads.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_map import make_document

import journeydesk


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--sizes", default="200,2000,10000")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"map-{n}.journey.json"
            out = Path(tmp) / f"out-{n}.journey.json"
            journeydesk.save(make_document(n, seed=1), path)
            raw = path.read_bytes()
            data = json.loads(raw)
            doc = journeydesk.load(path)
            journeydesk.save(doc, out)
            assert out.read_bytes() == raw, "save after load must give the same bytes"
            t_load = median_ms(lambda p=path: journeydesk.load(p), args.repeat)
            t_jl = median_ms(lambda p=path: json.loads(p.read_bytes()), args.repeat)
            t_save = median_ms(lambda d=doc, o=out: journeydesk.save(d, o), args.repeat)
            t_jd = median_ms(
                lambda d=data, o=out: o.write_bytes(
                    (json.dumps(d, ensure_ascii=False, indent=2) + "\n").encode()
                ),
                args.repeat,
            )
            rows.append((n, len(raw), t_load, t_jl, t_save, t_jd))
    print(f"Python {sys.version.split()[0]}, median of {args.repeat} runs\n")
    print("| touchpoints | file KB | load ms | json.loads ms | save ms | json.dumps ms | load / json.loads |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n, size, t_load, t_jl, t_save, t_jd in rows:
        print(
            f"| {n:,} | {size / 1024:,.0f} | {t_load:.1f} | {t_jl:.1f} | {t_save:.1f} | {t_jd:.1f} "
            f"| {t_load / t_jl:.1f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
