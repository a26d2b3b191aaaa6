"""Print-quality PDF of a journey map (reportlab; no Qt).

``export_pdf(doc, path, PdfOptions(...))`` writes the map as vector drawing from the
same layout the canvas uses, with a legend and a title block, then the report
sections (persona profiles, friction register, stage scorecards, hotspots), each a
bookmark in the outline. Two ways to put the map on paper:

* ``mode="fit"``: the whole map scaled onto one page (never blown up more than 2x);
  a warning says when card text prints too small to read.
* ``mode="tile"``: the map at full size (1 layout unit = 1 pt: card titles print at
  10.5 pt) cut across as many sheets as it needs. Neighbouring sheets share
  ``overlap_mm`` so they can be trimmed and glued; every sheet has crop marks, its
  label (rows are letters, columns numbers: A1, A2, ..., B1) and its neighbours'
  labels in the margins. When there is more than one sheet, an assembly page comes
  first: the whole map in small with the sheet grid over it, plus legend and title
  block.

Language: everything printed (headings, legend, table headers, captions, page
labels, numbers and dates) is in the map's own language (``meta["language"]``),
whatever the interface speaks; errors, warnings and progress are in the
interface's.

The file is written atomically: on any failure nothing half-written is left, and
the error is an ``ExportError`` saying what went wrong in one line. With
``invariant=True`` the same map gives the same bytes (fixed document id and
dates; the date printed is SOURCE_DATE_EPOCH's, else the map's modified date).

Text: every string goes through ``export.fonts`` (embedded DejaVu Sans; control
characters dropped; characters the font lacks print as U+FFFD) and, for
paragraphs, is XML-escaped, so user text is never read as markup.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from ... import __version__
from ...i18n import formats, translate, use_interface_language, use_language
from ...layout import MapLayout, compute_layout, elide
from ...layout import style as S
from ...model import JourneyDocument
from ...model.wording import counted
from .. import fonts
from ..errors import ExportError
from ..filter import check_persona, persona_view
from ..output import check_destination, write_bytes
from .blocks import section_title
from .job import Drawing, Job, Template, binary_streams, meta_text
from .mapdraw import MapPainter, colour
from .pages import PAGE_SIZES, READABLE_PT, Tile, page_size, plan_tiles
from .sections import SectionBuilder

__all__ = ["MODES", "ORIENTATIONS", "PAGE_SIZES", "SECTIONS", "PdfOptions", "PdfResult", "export_pdf"]

SECTIONS = ("map", "personas", "frictions", "scorecards", "hotspots", "comments")
DEFAULT_SECTIONS = SECTIONS[:-1]  # comments are printed when asked for
MODES = ("fit", "tile")
ORIENTATIONS = ("landscape", "portrait")

Progress = Callable[[float, str], "bool | None"]


@dataclass
class PdfOptions:
    """How to print. ``progress(fraction, message)`` is called as the export goes
    (fraction 0..1; the message in the interface's language); returning ``False``
    from it cancels (``ExportCancelled``)."""

    page_size: str = "A3"  # one of PAGE_SIZES
    orientation: str = "landscape"  # or "portrait"
    margins_mm: float = 10.0
    mode: str = "fit"  # "fit": one page, scaled; "tile": full size across sheets
    overlap_mm: float = 10.0  # tile mode: strip shared by neighbouring sheets
    sections: tuple[str, ...] = DEFAULT_SECTIONS  # which parts, always printed in SECTIONS order
    persona: str | None = None  # print one persona's journey only (a persona id)
    invariant: bool = False  # reproducible bytes
    progress: Progress | None = None
    # Fit mode: when card titles would print under READABLE_PT, print on a larger
    # paper of the same family that makes them readable, else tile at full size
    # (``PdfResult.paper_note`` says which). False: fit on exactly this paper.
    readable: bool = True


@dataclass
class PdfResult:
    path: str
    pages: int
    map_pages: int
    scale: float  # of the map on the fit or assembly page (tile sheets are 1.0)
    tiles: tuple[int, int] | None  # rows, columns in tile mode
    warnings: list[str] = field(default_factory=list)  # in the interface's language
    page_size: str = ""  # the paper printed on
    mode: str = ""  # "fit" or "tile", as printed
    paper_note: str = ""  # what the readability rule chose instead of what was asked (interface's language)


def _check(doc: JourneyDocument, o: PdfOptions) -> PdfOptions:
    if o.page_size not in PAGE_SIZES:
        match = {k.lower(): k for k in PAGE_SIZES}.get(str(o.page_size).lower())
        if match is None:
            message = translate("pdf", "unknown page size {size} (choose {sizes})")
            raise ExportError(message.format(size=repr(o.page_size), sizes=", ".join(PAGE_SIZES)))
        o = replace(o, page_size=match)
    if o.orientation not in ORIENTATIONS:
        message = translate("pdf", "unknown orientation {value} (choose landscape or portrait)")
        raise ExportError(message.format(value=repr(o.orientation)))
    if o.mode not in MODES:
        raise ExportError(
            translate("pdf", "unknown mode {value} (choose fit or tile)").format(value=repr(o.mode))
        )
    sections = tuple(o.sections)
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        message = translate("pdf", "unknown section {value} (choose from {sections})")
        raise ExportError(message.format(value=repr(unknown[0]), sections=", ".join(SECTIONS)))
    if not sections:
        raise ExportError(translate("pdf", "choose at least one section to print"))
    w, h = page_size(o.page_size, o.orientation)
    try:
        margin = float(o.margins_mm)
        overlap = float(o.overlap_mm)
    except (TypeError, ValueError):
        raise ExportError(translate("pdf", "margins and overlap must be numbers of millimetres")) from None
    if not 0 <= margin * mm <= min(w, h) / 4:
        message = translate("pdf", "margins must be from 0 to {most} mm on {size}")
        raise ExportError(message.format(most=formats.number(round(min(w, h) / 4 / mm)), size=o.page_size))
    if not 0 <= overlap <= 50:
        raise ExportError(translate("pdf", "overlap must be from 0 to 50 mm"))
    check_persona(doc, o.persona)
    return replace(
        o, sections=tuple(s for s in SECTIONS if s in sections), margins_mm=margin, overlap_mm=overlap
    )


def _suggest(doc: JourneyDocument, layout: MapLayout, o: PdfOptions, persona_line: str) -> str:
    """Which paper would print the map readably in fit mode (else: tile it), in
    the interface's language."""
    for size in ("A3", "A2", "A1"):
        if (
            PAGE_SIZES[size][0] * PAGE_SIZES[size][1]
            <= PAGE_SIZES[o.page_size][0] * PAGE_SIZES[o.page_size][1]
        ):
            continue
        probe = Job(doc, replace(o, page_size=size))
        footer = probe.footer(persona_line, "")
        scale = probe.fit_scale(layout, footer[3], footer[4])
        if S.CARD_TITLE_SIZE * scale >= READABLE_PT:
            with use_interface_language():
                return translate(
                    "pdf", "for a readable print choose {size} ({points} pt) or tile mode"
                ).format(size=size, points=formats.number(S.CARD_TITLE_SIZE * scale, 1))
    with use_interface_language():
        return translate("pdf", "for a readable print choose tile mode (full size across sheets)")


PAPER_FAMILIES = (("A4", "A3", "A2", "A1"), ("Letter", "Tabloid"))


def _printed_title(
    doc: JourneyDocument, layout: MapLayout, o: PdfOptions, size: str, persona_line: str
) -> float:
    """The size card titles print at when the map is fitted on one ``size`` page."""
    probe = Job(doc, replace(o, page_size=size))
    footer = probe.footer(persona_line, "")
    return S.CARD_TITLE_SIZE * probe.fit_scale(layout, footer[3], footer[4])


def _readable_paper(
    doc: JourneyDocument, layout: MapLayout, o: PdfOptions, persona_line: str
) -> tuple[str, float] | None:
    """The smallest larger paper of the same family that prints card titles readably."""
    family = next((f for f in PAPER_FAMILIES if o.page_size in f), ())
    for size in family[family.index(o.page_size) + 1 :] if family else ():
        printed = _printed_title(doc, layout, o, size, persona_line)
        if printed >= READABLE_PT:
            return size, printed
    return None


def _choose_paper(
    doc: JourneyDocument, layout: MapLayout, o: PdfOptions, persona_line: str
) -> tuple[PdfOptions, str]:
    """Fit mode's readability rule: the options to print with, and what was
    chosen, in the interface's language ("" when the asked paper prints readably)."""
    if "map" not in o.sections or o.mode != "fit" or not o.readable:
        return o, ""
    small = _printed_title(doc, layout, o, o.page_size, persona_line)
    if small >= READABLE_PT:
        return o, ""
    found = _readable_paper(doc, layout, o, persona_line)
    with use_interface_language():
        if found is not None:
            note = translate(
                "pdf",
                "card titles would print at {small} pt on {paper}: printed on {larger} instead ({size} pt)",
            ).format(
                small=formats.number(small, 1),
                paper=o.page_size,
                larger=found[0],
                size=formats.number(found[1], 1),
            )
            return replace(o, page_size=found[0]), note
        note = translate(
            "pdf",
            "card titles would print at {small} pt fitted on one {paper} page: tiled at full size instead",
        ).format(small=formats.number(small, 1), paper=o.page_size)
    return replace(o, mode="tile"), note


def export_pdf(
    doc: JourneyDocument, path: str | os.PathLike[str], options: PdfOptions | None = None
) -> PdfResult:
    """Write ``doc`` as a PDF at ``path`` (atomically), printed in the map's
    language. Raises ``ExportError``."""
    o = _check(doc, options or PdfOptions())
    path = check_destination(path)
    fonts.register()
    job = Job(doc, o)
    with use_language(doc.meta["language"]):  # the map's language, whatever the interface speaks
        data, pages, map_pages, scale, tiles, paper_note = _build(doc, job, path)
    job.progress(0.99, "writing")
    write_bytes(path, data)
    job.progress(1.0, "done")
    return PdfResult(
        path=str(path),
        pages=pages,
        map_pages=map_pages,
        scale=scale,
        tiles=(tiles[-1].rows, tiles[-1].cols) if tiles else None,
        warnings=job.warnings,
        page_size=job.o.page_size,
        mode=job.o.mode,
        paper_note=paper_note,
    )


def _build(doc: JourneyDocument, job: Job, path) -> tuple[bytes, int, int, float, list[Tile] | None, str]:
    """The PDF's bytes, its page count, map pages, map scale, tiles and what the
    readability rule chose (on ``job``: the paper and mode printed with)."""
    o = job.o
    job.progress(0.0, "layout")
    src = persona_view(doc, o.persona) if o.persona else doc
    job.doc = src
    layout = compute_layout(src)
    painter = MapPainter(src, layout)
    persona_line = ""
    if o.persona:
        name = doc.graph.nodes[o.persona]["name"]
        persona_line = " \u00b7 " + translate("pdf", "persona: {name}").format(name=name)
    o, paper_note = _choose_paper(src, layout, o, persona_line)
    if paper_note:  # on the paper, or in the mode, the rule chose
        chosen = Job(doc, o)
        job.o, job.page, job.k = chosen.o, chosen.page, chosen.k

    analysis = None
    if "scorecards" in o.sections or "hotspots" in o.sections:
        job.progress(0.03, "analysis")
        from ...analysis import analyze  # on demand: most exports need no analysis

        analysis = analyze(src)

    story: list = []
    map_pages, scale, tiles = 0, 1.0, None
    title = fonts.printable(src.meta["title"]) or translate("pdf", "Untitled journey")
    if "map" in o.sections and o.mode == "fit":
        scale = _fit_pages(job, src, layout, painter, persona_line, story)
        map_pages = 1
    elif "map" in o.sections:
        tiles, scale, map_pages = _tile_pages(job, layout, painter, persona_line, title, story)
        if paper_note:
            rows, cols, count = tiles[-1].rows, tiles[-1].cols, len(tiles)
            with use_interface_language():
                paper_note += " " + translate(
                    "pdf", "(%Ln sheet(s), {rows} \u00d7 {cols})", None, count
                ).format(rows=rows, cols=cols)
    section_flowables = _report(job, src, analysis)
    if section_flowables:
        if story:
            story += [NextPageTemplate("section"), PageBreak()]
        story += section_flowables
    pdf = _document(job, src, story, title, persona_line)
    try:
        with binary_streams():
            pdf.build(story)
    except LayoutError as exc:
        with use_interface_language():
            message = translate("pdf", "{path}: a part of the report does not fit on a {size} page ({error})")
            raise ExportError(message.format(path=path, size=o.page_size, error=exc)) from None
    return pdf.filename.getvalue(), pdf.page, map_pages, scale, tiles, paper_note


def _fit_pages(job: Job, src, layout, painter, persona_line: str, story: list) -> float:
    """The whole map on one page; a warning when its text prints too small."""
    o = job.o
    footer = job.footer(persona_line, "")
    scale = job.fit_scale(layout, footer[3], footer[4])
    mode_line = (
        translate("pdf", "Fitted to one {size} landscape page at {scale}")
        if o.orientation == "landscape"
        else translate("pdf", "Fitted to one {size} portrait page at {scale}")
    ).format(size=o.page_size, scale=formats.percent(scale))
    footer = job.footer(persona_line, mode_line)
    story.append(Drawing(lambda c: job.draw_fit_page(c, painter, layout, footer, scale, True, None, "map")))
    printed = S.CARD_TITLE_SIZE * scale
    if printed < READABLE_PT:
        advice = _suggest(src, layout, o, persona_line)
        with use_interface_language():
            warning = translate(
                "pdf", "the map prints at {scale} on {size}: card titles are {points} pt; {advice}"
            )
            job.warnings.append(
                warning.format(
                    scale=formats.percent(scale),
                    size=o.page_size,
                    points=formats.number(printed, 1),
                    advice=advice,
                )
            )
    return scale


def _tile_pages(job: Job, layout, painter, persona_line: str, title: str, story: list):
    """The map at full size across sheets, after an assembly page when there are several."""
    o = job.o
    area = job.content()
    tiles = plan_tiles(layout.width, layout.height, area.w, area.h, job.overlap)
    rows, cols = tiles[-1].rows, tiles[-1].cols
    outline_open, map_pages, scale = True, 0, 1.0
    if len(tiles) > 1:
        sheets = translate("pdf", "%Ln {size} sheet(s)", None, len(tiles)).format(size=o.page_size)
        mode_line = translate("pdf", "Assembly guide: {sheets} ({rows} \u00d7 {columns})").format(
            sheets=sheets,
            rows=translate("pdf", "%Ln row(s)", None, rows),
            columns=translate("pdf", "%Ln column(s)", None, cols),
        )
        footer = job.footer(persona_line, mode_line)
        scale = job.fit_scale(layout, footer[3], footer[4])
        story.append(
            Drawing(lambda c: job.draw_fit_page(c, painter, layout, footer, scale, False, tiles, "map"))
        )
        story.append(PageBreak())
        outline_open = False
        map_pages += 1
    caption = translate(
        "pdf",
        "{title} \u2014 sheet {sheet} (row {row}, column {column}) of {rows} \u00d7 {columns}; "
        "full size, 1 pt = 1 unit",
    )
    for i, t in enumerate(tiles):
        cap = caption.format(
            title=title,
            sheet=t.label,
            row=t.label.rstrip("0123456789"),
            column=t.col + 1,
            rows=rows,
            columns=cols,
        )
        first = outline_open and i == 0
        story.append(
            Drawing(
                lambda c, t=t, i=i, cap=cap, first=first: job.draw_tile_page(
                    c, painter, layout, t, i, len(tiles), cap, first
                )
            )
        )
        if i + 1 < len(tiles):
            story.append(PageBreak())
        map_pages += 1
    return tiles, scale, map_pages


def _report(job: Job, src: JourneyDocument, analysis) -> list:
    """The flowables of the report sections (all but the map)."""
    o = job.o
    report = [s for s in o.sections if s != "map"]
    frame_w = job.page[0] - 2 * max(job.margin, 12 * mm)
    counts = dict.fromkeys(report, 0)
    totals = {
        "comments": max(1, src.count("comment")),
        "personas": max(1, src.count("persona")),
        "frictions": max(1, len(src.frictions())),
        "scorecards": max(1, src.count("stage")),
        "hotspots": 40,
    }

    def tick(section: str) -> None:
        counts[section] += 1
        done = sum(min(1.0, counts[s] / totals[s]) for s in report) / max(1, len(report))
        with use_interface_language():
            name = section_title(section)
        job.progress(0.65 + 0.15 * done, "section", section=name)

    builder = SectionBuilder(src, frame_w, job.k, analysis, o.persona, tick)
    out: list = []
    for s in report:
        out.extend(getattr(builder, s)())
    return out


def _document(job: Job, src: JourneyDocument, story: list, title: str, persona_line: str) -> Template:
    """The reportlab document: page templates (map pages, report pages with a
    header and page numbers) and the metadata."""
    o, k = job.o, job.k
    pw, ph = job.page
    m = max(job.margin, 12 * mm)
    n_flowables = max(1, len(story))
    done = [0]

    def on_flowable() -> None:
        done[0] += 1
        job.progress(0.8 + 0.18 * done[0] / n_flowables, "pages")

    heading = translate("pdf", "Customer journey map")
    page_label = translate("pdf", "Page {number}")

    def section_page(c, template) -> None:
        c.saveState()
        c.setFont(fonts.REGULAR, 7.5 * k)
        c.setFillColor(colour(S.INK_SOFT))
        size = 7.5 * k
        c.drawString(
            m, ph - m + 4 * k, elide(title, pw - 2 * m - 120 * k, fonts.measure(fonts.REGULAR, size))
        )
        c.drawRightString(pw - m, ph - m + 4 * k, fonts.printable(heading))
        c.setStrokeColor(colour(S.GRID))
        c.setLineWidth(0.6)
        c.line(m, ph - m + 1 * k, pw - m, ph - m + 1 * k)
        c.drawCentredString(pw / 2, m - 12 * k, fonts.printable(page_label.format(number=template.page)))
        c.restoreState()

    map_template = PageTemplate(
        id="map", frames=[Frame(0, 0, pw, ph, 0, 0, 0, 0, id="page")], pagesize=(pw, ph)
    )
    section_template = PageTemplate(
        id="section",
        frames=[Frame(m, m, pw - 2 * m, ph - 2 * m, 0, 0, 0, 0, id="body")],
        onPage=section_page,
        pagesize=(pw, ph),
    )
    templates = [map_template, section_template] if "map" in o.sections else [section_template, map_template]
    stats = ", ".join(counted(kind, src.count(kind)) for kind in ("stage", "lane", "touchpoint", "friction"))
    subject = translate("pdf", "Customer journey map: {counts}").format(counts=stats)
    if persona_line:
        subject = translate("pdf", "{subject}; {persona}").format(
            subject=subject, persona=persona_line.strip(" ·")
        )
    return Template(
        io.BytesIO(),
        pagesize=(pw, ph),
        pageTemplates=templates,
        title=meta_text(src.meta["title"]) or translate("pdf", "Untitled journey"),
        subject=meta_text(subject),
        author="",
        creator=f"JourneyDesk {__version__}",
        keywords=[translate("pdf", "customer journey map"), "JourneyDesk"],
        lang=src.meta.get("language") or None,
        displayDocTitle=1,
        invariant=1 if o.invariant else 0,
        initialFontName=fonts.REGULAR,  # else every page names Helvetica, a font not embedded
        initialFontSize=9,
        pageCompression=1,
        on_flowable=on_flowable,
    )
