"""journeydesk export FILE -o OUT: PDF, PNG, SVG or CSV, the format from OUT's extension.

Headless: PDF and CSV never touch Qt; PNG and SVG render the canvas offscreen
(QT_QPA_PLATFORM=offscreen is set when there is no display). Exit codes: 0 done,
1 the map or the destination is the problem, 2 wrong usage. Errors are one line.
"""

from __future__ import annotations

import os
import sys

from ..i18n import formats, translate
from .common import error_line, load_or_report, warning_line

CONTEXT = "cli.export"

PAGE_SIZES = ("A4", "A3", "A2", "A1", "Letter", "Tabloid")
SECTIONS = ("map", "personas", "frictions", "scorecards", "hotspots", "comments")
DEFAULT_SECTIONS = SECTIONS[:-1]
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def configure(parser) -> None:
    ctx = "cli.export"
    parser.add_argument("file", metavar="FILE", help=translate(ctx, "a map file (*.journey.json)"))
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=translate(ctx, "where to write: OUT.pdf, OUT.png, OUT.svg or OUT.csv"),
    )
    pdf = parser.add_argument_group("PDF")
    pdf.add_argument(
        "--page-size",
        default="A3",
        type=_page_size,
        metavar="SIZE",
        help=translate(ctx, "paper: {sizes} (default A3)").format(sizes=", ".join(PAGE_SIZES)),
    )
    pdf.add_argument(
        "--orientation",
        default="landscape",
        choices=("landscape", "portrait"),
        help=translate(ctx, "landscape or portrait (default landscape)"),
    )
    mode = pdf.add_mutually_exclusive_group()
    mode.add_argument(
        "--fit",
        dest="mode",
        action="store_const",
        const="fit",
        help=translate(ctx, "the whole map scaled onto one page (default)"),
    )
    mode.add_argument(
        "--tile",
        dest="mode",
        action="store_const",
        const="tile",
        help=translate(
            ctx,
            "the map at full size across several sheets, with overlap, crop marks and "
            "sheet labels (A1, A2, B1...) for assembling",
        ),
    )
    pdf.add_argument(
        "--margins",
        type=float,
        default=10.0,
        metavar="MM",
        help=translate(ctx, "page margins in mm (default 10)"),
    )
    pdf.add_argument(
        "--overlap",
        type=float,
        default=10.0,
        metavar="MM",
        help=translate(ctx, "tile mode: strip shared by neighbouring sheets, in mm (default 10)"),
    )
    pdf.add_argument(
        "--sections",
        default=",".join(DEFAULT_SECTIONS),
        metavar="LIST",
        help=translate(
            ctx,
            "comma-separated parts to print: {sections} (default: all but comments; printed in this order)",
        ).format(sections=",".join(SECTIONS)),
    )
    pdf.add_argument(
        "--exact-paper",
        action="store_true",
        help=translate(
            ctx,
            "fit mode: print on exactly this paper even when card titles come out under 6 pt "
            "(by default a larger paper, or tiling, is chosen then, and said)",
        ),
    )
    slides = parser.add_argument_group(translate(ctx, "Slides (PDF)"))
    slides.add_argument(
        "--slides",
        action="store_true",
        help=translate(
            ctx,
            "a 16:9 slide deck to hand out: a title slide, one per stage, one per persona's path, the top hotspots",
        ),
    )
    slides.add_argument(
        "--notes",
        choices=("below", "annotations", "none"),
        help=translate(
            ctx,
            "with --slides: speaker notes in a band below each slide (default), as PDF annotations, or left out",
        ),
    )
    pdf.add_argument(
        "--reproducible",
        action="store_true",
        help=translate(
            ctx,
            "the same map gives the same bytes (fixed ids and dates; the date printed is "
            "SOURCE_DATE_EPOCH's, else the map's modified date)",
        ),
    )
    common = parser.add_argument_group(translate(ctx, "PDF and CSV"))
    common.add_argument(
        "--persona", metavar="ID", help=translate(ctx, "only this persona's journey (a persona id)")
    )
    img = parser.add_argument_group(translate(ctx, "PNG and SVG"))
    size = img.add_mutually_exclusive_group()
    size.add_argument(
        "--dpi",
        type=float,
        metavar="N",
        help=translate(
            ctx,
            "resolution, with 1 map unit = 1 pt as in the PDF: 72 is the editor at 100%%, "
            "300 prints sharp (default: PNG 144, SVG 72)",
        ),
    )
    size.add_argument(
        "--scale",
        type=float,
        metavar="F",
        help=translate(ctx, "pixels per map unit instead of --dpi (2 = 200%%)"),
    )
    img.add_argument(
        "--heatmap", action="store_true", help=translate(ctx, "with the friction heatmap overlay")
    )
    csv = parser.add_argument_group("CSV")
    csv.add_argument(
        "--bom", action="store_true", help=translate(ctx, "start with a UTF-8 byte-order mark (for Excel)")
    )
    csv.add_argument(
        "--no-formula-guard",
        action="store_true",
        help=translate(
            ctx,
            "write text exactly, even cells starting with = + - @ (by default they get a "
            "leading apostrophe so a spreadsheet does not run them)",
        ),
    )
    parser.add_argument("-q", "--quiet", action="store_true", help=translate(ctx, "print errors only"))
    parser.set_defaults(mode=None)


def _page_size(value: str) -> str:
    match = {p.lower(): p for p in PAGE_SIZES}.get(value.lower())
    if match is None:
        import argparse

        message = translate("cli.export", "unknown page size {size} (choose {sizes})")
        raise argparse.ArgumentTypeError(message.format(size=repr(value), sizes=", ".join(PAGE_SIZES)))
    return match


def _usage(message: str) -> int:
    print(error_line(message, "export"), file=sys.stderr)
    return EXIT_USAGE


def _failed(message: str) -> int:
    print(f"journeydesk export: {message}", file=sys.stderr)
    return EXIT_INVALID


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
    ctx = "cli.export"
    if fmt is None:
        message = translate(
            ctx, "{path}: cannot tell the format from the extension (use .pdf, .png, .svg or .csv)"
        )
        return _usage(message.format(path=args.output))
    wrong = _misplaced(args, fmt)
    if wrong == "--notes" and fmt == "pdf" and not args.slides:
        return _usage(translate(ctx, "--notes places the speaker notes of a slide deck: add --slides"))
    if wrong and fmt == "pdf" and args.slides:
        return _usage(
            translate(ctx, "{option} does not apply to a slide deck (--slides)").format(option=wrong)
        )
    if wrong:
        return _usage(
            translate(ctx, "{option} does not apply to {format} output").format(
                option=wrong, format=fmt.upper()
            )
        )
    sections = tuple(s.strip().lower() for s in args.sections.split(",") if s.strip())
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown or not sections:
        message = (
            translate(ctx, "--sections: unknown part {part} (choose from {parts})")
            if unknown
            else translate(ctx, "--sections: name at least one part (choose from {parts})")
        )
        return _usage(message.format(part=repr(unknown[0]) if unknown else "", parts=",".join(SECTIONS)))
    if args.dpi is not None and not 10 <= args.dpi <= 1200:
        return _usage(translate(ctx, "--dpi must be from 10 to 1200"))
    if args.scale is not None and not 0.01 <= args.scale <= 50:
        return _usage(translate(ctx, "--scale must be from 0.01 to 50"))

    doc = load_or_report(args.file)
    if doc is None:
        return EXIT_INVALID
    if args.persona is not None and doc.kind_of(args.persona) != "persona":
        ids = ", ".join(doc.personas())
        message = (
            translate(ctx, "--persona {id} is not a persona id of {path} (ids: {ids})")
            if ids
            else translate(ctx, "--persona {id} is not a persona id of {path} (it has no personas)")
        )
        return _usage(message.format(id=repr(args.persona), path=args.file, ids=ids))

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
        return _failed(str(err))
    except MemoryError:
        return _failed(translate(ctx, "{path}: not enough memory for this export").format(path=args.output))
    except Exception as exc:  # noqa: BLE001 - no traceback for a person at a terminal; say what broke
        message = translate(ctx, "{path}: unexpected error: {error}")
        return _failed(message.format(path=args.output, error=f"{type(exc).__name__}: {exc}"))
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
    ctx = "cli.export"
    pages = translate(ctx, "%Ln page(s)", None, result.pages)
    if result.tiles:
        rows, cols = result.tiles
        sheets = translate(ctx, "%Ln sheet(s)", None, rows * cols)
        line = translate(
            ctx, "{path}: PDF, {pages}; map on {sheets} ({rows} x {columns}) at full size"
        ).format(path=args.output, pages=pages, sheets=sheets, rows=rows, columns=cols)
    elif result.map_pages:
        line = translate(ctx, "{path}: PDF, {pages}; map fitted at {scale}").format(
            path=args.output, pages=pages, scale=formats.percent(result.scale)
        )
    else:
        line = translate(ctx, "{path}: PDF, {pages}").format(path=args.output, pages=pages)
    notes = [translate(ctx, "journeydesk export: note: {message}").format(message=result.paper_note)]
    return "\n".join(
        [line, *notes[: bool(result.paper_note)], *(warning_line(w, "export") for w in result.warnings)]
    )


def _slides(doc, args) -> str:
    from ..export.slides import SlideOptions, export_slides

    notes = args.notes or "below"
    result = export_slides(
        doc, args.output, SlideOptions(notes=notes, persona=args.persona, invariant=args.reproducible)
    )
    ctx = "cli.export"
    where = {
        "below": translate(ctx, "speaker notes below each slide"),
        "annotations": translate(ctx, "speaker notes as PDF annotations"),
        "none": translate(ctx, "speaker notes left out"),
    }[notes]
    pages = translate(ctx, "%Ln page(s)", None, result.pages)
    return translate(ctx, "{path}: slides, {pages} (16:9); {notes}").format(
        path=args.output, pages=pages, notes=where
    )


def _csv(doc, args) -> str:
    from ..export.csv import CsvOptions, export_csv

    n = export_csv(
        doc,
        args.output,
        CsvOptions(bom=args.bom, formula_guard=not args.no_formula_guard, persona=args.persona),
    )
    return translate("cli.export", "{path}: CSV, {rows}").format(
        path=args.output, rows=translate("cli.export", "%Ln touchpoint(s)", None, n)
    )


def _image(doc, args, fmt: str) -> str:
    # Headless by definition: render offscreen unless the caller chose a platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..export import ExportError

    try:
        from ..ui.canvas import render as raster
    except ImportError as exc:
        message = translate(
            "cli.export", "{path}: {format} export needs Qt, which cannot be loaded here: {error}"
        )
        raise ExportError(message.format(path=args.output, format=fmt.upper(), error=exc)) from None
    if fmt == "png":
        w, h = raster.export_png(doc, args.output, dpi=args.dpi, scale=args.scale, heatmap=args.heatmap)
        return translate("cli.export", "{path}: PNG, {width} x {height} pixels").format(
            path=args.output, width=w, height=h
        )
    w, h = raster.export_svg(doc, args.output, dpi=args.dpi, scale=args.scale, heatmap=args.heatmap)
    return translate("cli.export", "{path}: SVG, {width} x {height}").format(
        path=args.output, width=w, height=h
    )
