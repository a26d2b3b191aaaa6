"""journeydesk export FILE -o OUT: PDF, PNG, SVG or CSV, the format from OUT's extension.

Headless: PDF and CSV never touch Qt; PNG and SVG render the canvas offscreen
(QT_QPA_PLATFORM=offscreen is set when there is no display). Exit codes: 0 done,
1 the map or the destination is the problem, 2 wrong usage. Errors are one line.
"""

from __future__ import annotations

import os
import sys

from .common import load_or_report

HELP = (
    "Export a map as PDF, PNG, SVG or CSV (the format comes from the output file's extension), "
    "or as a slide deck (PDF, --slides)."
)

PAGE_SIZES = ("A4", "A3", "A2", "A1", "Letter", "Tabloid")
SECTIONS = ("map", "personas", "frictions", "scorecards", "hotspots", "comments")
DEFAULT_SECTIONS = SECTIONS[:-1]
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def configure(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="a map file (*.journey.json)")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="where to write: OUT.pdf, OUT.png, OUT.svg or OUT.csv",
    )
    pdf = parser.add_argument_group("PDF")
    pdf.add_argument(
        "--page-size",
        default="A3",
        type=_page_size,
        metavar="SIZE",
        help=f"paper: {', '.join(PAGE_SIZES)} (default A3)",
    )
    pdf.add_argument(
        "--orientation", default="landscape", choices=("landscape", "portrait"), help="default landscape"
    )
    mode = pdf.add_mutually_exclusive_group()
    mode.add_argument(
        "--fit",
        dest="mode",
        action="store_const",
        const="fit",
        help="the whole map scaled onto one page (default)",
    )
    mode.add_argument(
        "--tile",
        dest="mode",
        action="store_const",
        const="tile",
        help="the map at full size across several sheets, with overlap, crop marks and "
        "sheet labels (A1, A2, B1...) for assembling",
    )
    pdf.add_argument(
        "--margins", type=float, default=10.0, metavar="MM", help="page margins in mm (default 10)"
    )
    pdf.add_argument(
        "--overlap",
        type=float,
        default=10.0,
        metavar="MM",
        help="tile mode: strip shared by neighbouring sheets, in mm (default 10)",
    )
    pdf.add_argument(
        "--sections",
        default=",".join(DEFAULT_SECTIONS),
        metavar="LIST",
        help=f"comma-separated parts to print: {','.join(SECTIONS)} "
        "(default: all but comments; printed in this order)",
    )
    pdf.add_argument(
        "--exact-paper",
        action="store_true",
        help="fit mode: print on exactly this paper even when card titles come out under 6 pt "
        "(by default a larger paper, or tiling, is chosen then, and said)",
    )
    slides = parser.add_argument_group("Slides (PDF)")
    slides.add_argument(
        "--slides",
        action="store_true",
        help="a 16:9 slide deck to hand out: a title slide, one per stage, one per persona's "
        "path, the top hotspots",
    )
    slides.add_argument(
        "--notes",
        choices=("below", "annotations", "none"),
        help="with --slides: speaker notes in a band below each slide (default), as PDF "
        "annotations, or left out",
    )
    pdf.add_argument(
        "--reproducible",
        action="store_true",
        help="the same map gives the same bytes (fixed ids and dates; the date printed is "
        "SOURCE_DATE_EPOCH's, else the map's modified date)",
    )
    common = parser.add_argument_group("PDF and CSV")
    common.add_argument("--persona", metavar="ID", help="only this persona's journey (a persona id)")
    img = parser.add_argument_group("PNG and SVG")
    size = img.add_mutually_exclusive_group()
    size.add_argument(
        "--dpi",
        type=float,
        metavar="N",
        help="resolution, with 1 map unit = 1 pt as in the PDF: 72 is the editor at 100%%, "
        "300 prints sharp (default: PNG 144, SVG 72)",
    )
    size.add_argument(
        "--scale", type=float, metavar="F", help="pixels per map unit instead of --dpi (2 = 200%%)"
    )
    img.add_argument("--heatmap", action="store_true", help="with the friction heatmap overlay")
    csv = parser.add_argument_group("CSV")
    csv.add_argument("--bom", action="store_true", help="start with a UTF-8 byte-order mark (for Excel)")
    csv.add_argument(
        "--no-formula-guard",
        action="store_true",
        help="write text exactly, even cells starting with = + - @ (by default they get a "
        "leading apostrophe so a spreadsheet does not run them)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.set_defaults(mode=None)


def _page_size(value: str) -> str:
    match = {p.lower(): p for p in PAGE_SIZES}.get(value.lower())
    if match is None:
        import argparse

        raise argparse.ArgumentTypeError(f"unknown page size {value!r} (choose {', '.join(PAGE_SIZES)})")
    return match


def _usage(message: str) -> int:
    print(f"journeydesk export: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _format(path: str) -> str | None:
    ext = os.path.splitext(path)[1].lower()
    return {".pdf": "pdf", ".png": "png", ".svg": "svg", ".csv": "csv"}.get(ext)


def _misplaced(args, fmt: str) -> str | None:
    """An option given that does not apply to the chosen format."""
    defaults = {
        "page_size": "A3",
        "orientation": "landscape",
        "margins": 10.0,
        "overlap": 10.0,
        "sections": ",".join(DEFAULT_SECTIONS),
    }
    pdf_only = [f"--{k.replace('_', '-')}" for k, v in defaults.items() if getattr(args, k) != v]
    if args.mode:
        pdf_only.append(f"--{args.mode}")
    if args.exact_paper:
        pdf_only.append("--exact-paper")
    map_only = list(pdf_only)  # the map PDF's paper and sections: not the slides'
    if args.reproducible:
        pdf_only.append("--reproducible")
    if args.slides:
        pdf_only.append("--slides")
    if args.notes is not None:
        pdf_only.append("--notes")
    image_only = [
        o
        for o, on in (
            ("--dpi", args.dpi is not None),
            ("--scale", args.scale is not None),
            ("--heatmap", args.heatmap),
        )
        if on
    ]
    csv_only = [o for o, on in (("--bom", args.bom), ("--no-formula-guard", args.no_formula_guard)) if on]
    given = {
        "pdf": image_only + csv_only,
        "csv": pdf_only + image_only,
        "png": pdf_only + csv_only,
        "svg": pdf_only + csv_only,
    }[fmt]
    if fmt in ("png", "svg") and args.persona:
        given.append("--persona")
    if fmt == "pdf" and args.slides:
        given = map_only + given
    elif fmt == "pdf" and args.notes is not None:
        return "--notes"
    return given[0] if given else None


def run(args) -> int:
    fmt = _format(args.output)
    if fmt is None:
        return _usage(
            f"{args.output}: cannot tell the format from the extension (use .pdf, .png, .svg or .csv)"
        )
    wrong = _misplaced(args, fmt)
    if wrong == "--notes" and fmt == "pdf":
        return _usage("--notes places the speaker notes of a slide deck: add --slides")
    if wrong and fmt == "pdf" and args.slides:
        return _usage(f"{wrong} does not apply to a slide deck (--slides)")
    if wrong:
        return _usage(f"{wrong} does not apply to {fmt.upper()} output")
    sections = tuple(s.strip().lower() for s in args.sections.split(",") if s.strip())
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown or not sections:
        what = f"unknown part {unknown[0]!r}" if unknown else "name at least one part"
        return _usage(f"--sections: {what} (choose from {','.join(SECTIONS)})")
    if args.dpi is not None and not 10 <= args.dpi <= 1200:
        return _usage("--dpi must be from 10 to 1200")
    if args.scale is not None and not 0.01 <= args.scale <= 50:
        return _usage("--scale must be from 0.01 to 50")

    doc = load_or_report(args.file)
    if doc is None:
        return EXIT_INVALID
    if args.persona is not None and doc.kind_of(args.persona) != "persona":
        names = ", ".join(doc.personas()) or "none in this map"
        return _usage(f"--persona {args.persona!r} is not a persona id of {args.file} (ids: {names})")

    from ..export import ExportError

    try:
        if fmt == "pdf" and args.slides:
            message = _slides(doc, args)
        elif fmt == "pdf":
            message = _pdf(doc, args, sections)
        elif fmt == "csv":
            message = _csv(doc, args)
        else:
            message = _image(doc, args, fmt)
    except ExportError as err:
        print(f"journeydesk export: {err}", file=sys.stderr)
        return EXIT_INVALID
    except MemoryError:
        print(f"journeydesk export: {args.output}: not enough memory for this export", file=sys.stderr)
        return EXIT_INVALID
    except Exception as exc:  # noqa: BLE001 - no traceback for a person at a terminal; say what broke
        print(
            f"journeydesk export: {args.output}: unexpected error: {type(exc).__name__}: {exc}",
            file=sys.stderr,
        )
        return EXIT_INVALID
    if message and not args.quiet:
        print(message, file=sys.stderr)
    return EXIT_OK


def _pdf(doc, args, sections) -> str:
    from ..export.pdf import PdfOptions, export_pdf

    result = export_pdf(
        doc,
        args.output,
        PdfOptions(
            page_size=args.page_size,
            orientation=args.orientation,
            margins_mm=args.margins,
            overlap_mm=args.overlap,
            mode=args.mode or "fit",
            sections=sections,
            persona=args.persona,
            invariant=args.reproducible,
            readable=not args.exact_paper,
        ),
    )
    how = ""
    if result.tiles:
        rows, cols = result.tiles
        how = f"; map on {rows * cols} {result.page_size} sheet{'s' * (rows * cols > 1)} ({rows} x {cols}) at full size"
    elif result.map_pages:
        how = f"; map fitted on {result.page_size} at {result.scale:.0%}"
    lines = [f"{args.output}: PDF, {result.pages} page{'s' * (result.pages != 1)}{how}"]
    if result.paper_note:
        lines.append(f"journeydesk export: note: {result.paper_note}")
    lines += [f"journeydesk export: warning: {w}" for w in result.warnings]
    return "\n".join(lines)


def _slides(doc, args) -> str:
    from ..export.slides import SlideOptions, export_slides

    result = export_slides(
        doc,
        args.output,
        SlideOptions(notes=args.notes or "below", persona=args.persona, invariant=args.reproducible),
    )
    where = {"below": "below each slide", "annotations": "as PDF annotations", "none": "left out"}
    return f"{args.output}: slides, {result.pages} page{'s' * (result.pages != 1)} (16:9); speaker notes {where[args.notes or 'below']}"


def _csv(doc, args) -> str:
    from ..export.csv import CsvOptions, export_csv

    n = export_csv(
        doc,
        args.output,
        CsvOptions(bom=args.bom, formula_guard=not args.no_formula_guard, persona=args.persona),
    )
    return f"{args.output}: CSV, {n} touchpoint{'s' * (n != 1)}"


def _image(doc, args, fmt: str) -> str:
    # Headless by definition: render offscreen unless the caller chose a platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..export import ExportError

    try:
        from ..ui.canvas import render as raster
    except ImportError as exc:
        raise ExportError(
            f"{args.output}: {fmt.upper()} export needs Qt, which cannot be loaded here: {exc}"
        ) from None
    if fmt == "png":
        w, h = raster.export_png(doc, args.output, dpi=args.dpi, scale=args.scale, heatmap=args.heatmap)
        return f"{args.output}: PNG, {w} x {h} pixels"
    w, h = raster.export_svg(doc, args.output, dpi=args.dpi, scale=args.scale, heatmap=args.heatmap)
    return f"{args.output}: SVG, {w} x {h}"
