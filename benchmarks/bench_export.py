"""Time exporting maps of 200 and 2,000 touchpoints to PDF (every section), CSV
and, with --png, PNG.

    python benchmarks/bench_export.py [--repeat 3] [--sizes 200,2000] [--png]

Each PDF row is a full ``export_pdf``: layout, analysis, the map (fit on A3
landscape, or tiled at full size on A4), persona profiles, friction register,
stage scorecards and hotspots, written atomically. Wall time is the median of
the repeats after one warm-up run (fonts registered, modules imported); CPU is
the process time of the same runs, which a busy machine disturbs less.
Targets: 200 touchpoints to PDF with every section in <= 1 s, 2,000 in <= 5 s.

reportlab runs much faster with its optional C accelerator (``pip install
rl_accel``); the table says whether it was present.
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

try:
    import journeydesk  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from journeydesk.export.csv import export_csv
from journeydesk.export.pdf import SECTIONS, PdfOptions, export_pdf

TARGETS = {200: 1.0, 2000: 5.0}


def timed(fn, repeat: int) -> tuple[float, float, object]:
    fn()  # warm-up
    walls, cpus = [], []
    result = None
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), result


def accelerated() -> bool:
    from reportlab.lib import rl_accel

    return not getattr(rl_accel.fp_str, "__name__", "").startswith("_py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="200,2000")
    parser.add_argument("--png", action="store_true", help="also time PNG at 72 dpi (needs Qt)")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            doc = make_document(n, seed=0)
            out = Path(tmp) / f"map-{n}.pdf"
            for label, opts in (
                ("PDF fit A3, all sections", PdfOptions(sections=SECTIONS)),
                ("PDF tile A4, all sections", PdfOptions(page_size="A4", mode="tile", sections=SECTIONS)),
            ):
                wall, cpu, res = timed(lambda o=opts, d=doc, f=out: export_pdf(d, f, o), args.repeat)
                target = TARGETS.get(n) if "fit" in label else None
                detail = f"{res.pages} pages, {out.stat().st_size / 1024:,.0f} KB"
                rows.append((n, label, wall, cpu, detail, target))
            csv_out = Path(tmp) / f"map-{n}.csv"
            wall, cpu, count = timed(lambda d=doc, f=csv_out: export_csv(d, f), args.repeat)
            rows.append((n, "CSV", wall, cpu, f"{count:,} rows", None))
            if args.png:
                import os

                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
                from journeydesk.ui.canvas import render as raster

                png = Path(tmp) / f"map-{n}.png"
                wall, cpu, size = timed(lambda d=doc, f=png: raster.export_png(d, f, dpi=72), args.repeat)
                rows.append((n, "PNG 72 dpi", wall, cpu, f"{size[0]} x {size[1]} px", None))
    print(
        f"Python {sys.version.split()[0]}, reportlab C accelerator: {'yes' if accelerated() else 'no'}; "
        f"median of {args.repeat} runs after a warm-up\n"
    )
    print("| touchpoints | export | wall s | CPU s | output | target |")
    print("|---:|---|---:|---:|---|---|")
    for n, label, wall, cpu, detail, target in rows:
        verdict = "" if target is None else f"<= {target:g} s: {'ok' if wall <= target else 'MISSED'}"
        print(f"| {n:,} | {label} | {wall:.2f} | {cpu:.2f} | {detail} | {verdict} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
