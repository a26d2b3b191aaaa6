"""Time exporting maps of 2,000, 10,000 and 50,000 touchpoints to PDF (fit and tiled)
and CSV, with pages per second and the growth exponent of each export.

    python benchmarks/bench_export.py [--repeat 3] [--sizes 2000,10000,50000] [--png]
                                      [--fit-max 10000]

Each PDF row is a full ``export_pdf``: layout, analysis, the map (fit on A3
landscape, or tiled at full size on A4 landscape: an assembly page and one page per
sheet), persona profiles, friction register, stage scorecards and hotspots, written
atomically; "tile A4, map only" leaves the report sections out, so it times the
sheets alone. Maps come from ``make_map.make_document(n, seed=0)``. Wall time is the
median of the repeats; CPU is the process time of the same runs (reportlab uses one
core), which a busy machine disturbs less. One small export first, not counted,
registers the fonts and imports the modules. "growth" is the slope of log CPU time
against log size (least squares): 1 is linear. Fit rows stop at ``--fit-max``
touchpoints (a 50,000-card map on one A3 page is not a print anyone reads).
Targets: 2,000 touchpoints fit on A3 with every section in <= 5 s, 10,000 in <= 20 s.

reportlab runs much faster with its optional C accelerator (``pip install
rl_accel``); the table says whether it was present.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_map import make_document
from timing import Timing, exponent_cell, print_table, timed

try:
    import journeydesk  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from journeydesk.export.csv import export_csv
from journeydesk.export.pdf import SECTIONS, PdfOptions, export_pdf

TARGETS = {("PDF fit A3, all sections", 2000): 5.0, ("PDF fit A3, all sections", 10000): 20.0}
EXPORTS = {
    "PDF fit A3, all sections": PdfOptions(sections=SECTIONS, invariant=True),
    "PDF tile A4, all sections": PdfOptions(page_size="A4", mode="tile", sections=SECTIONS, invariant=True),
    "PDF tile A4, map only": PdfOptions(page_size="A4", mode="tile", sections=("map",), invariant=True),
}


def accelerated() -> bool:
    from reportlab.lib import rl_accel

    return not getattr(rl_accel.fp_str, "__name__", "").startswith("_py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="2000,10000,50000")
    parser.add_argument("--fit-max", type=int, default=10000, help="largest map for the fit rows")
    parser.add_argument(
        "--only", action="append", default=[], help="an export to run (repeat for more; default all)"
    )
    parser.add_argument("--png", action="store_true", help="also time PNG at 72 dpi (needs Qt)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    only = {s.strip() for s in args.only if s.strip()}  # names hold commas: one per --only
    rows = []
    series: dict[str, tuple[list[int], list[Timing]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        export_pdf(
            make_document(200, seed=0), Path(tmp) / "warm-up.pdf", EXPORTS["PDF tile A4, all sections"]
        )
        for n in sizes:
            doc = make_document(n, seed=0)
            out = Path(tmp) / f"map-{n}.pdf"
            for label, opts in EXPORTS.items():
                if (only and label not in only) or ("fit" in label and n > args.fit_max):
                    continue
                t = timed(lambda o=opts, d=doc, f=out: export_pdf(d, f, o), args.repeat)
                pages = t.result.pages
                detail = (f"{pages:,}", f"{pages / t.wall:,.1f}", f"{out.stat().st_size / 1024:,.0f} KB")
                rows.append((n, label, t, detail, TARGETS.get((label, n))))
                series.setdefault(label, ([], []))[0].append(n)
                series[label][1].append(t)
                print(f"  {n:,} {label}: {t.wall:.1f} s", file=sys.stderr)
            if not only or "CSV" in only:
                csv_out = Path(tmp) / f"map-{n}.csv"
                t = timed(lambda d=doc, f=csv_out: export_csv(d, f), args.repeat)
                rows.append((n, "CSV", t, ("", "", f"{t.result:,} rows"), None))
                series.setdefault("CSV", ([], []))[0].append(n)
                series["CSV"][1].append(t)
            if args.png:
                import os

                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
                from journeydesk.ui.canvas import render as raster

                png = Path(tmp) / f"map-{n}.png"
                t = timed(lambda d=doc, f=png: raster.export_png(d, f, dpi=72), args.repeat)
                rows.append((n, "PNG 72 dpi", t, ("", "", f"{t.result[0]} x {t.result[1]} px"), None))
    print(
        f"Python {sys.version.split()[0]}, reportlab C accelerator: {'yes' if accelerated() else 'no'}; "
        f"median of {args.repeat} runs\n"
    )
    table = []
    for n, label, t, (pages, rate, size), target in rows:
        verdict = "" if target is None else f"<= {target:g} s: {'ok' if t.wall <= target else 'MISSED'}"
        table.append((f"{n:,}", label, f"{t.wall:.2f}", f"{t.cpu:.2f}", pages, rate, size, verdict))
    print_table(("touchpoints", "export", "wall s", "CPU s", "pages", "pages/s", "output", "target"), table)
    print()
    print_table(
        ("export", "growth"),
        [(label, exponent_cell(ns, ts)) for label, (ns, ts) in series.items() if len(ns) > 1],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
