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

The file is written atomically: on any failure nothing half-written is left, and
the error is an ``ExportError`` saying what went wrong in one line. With
``invariant=True`` the same map gives the same bytes (fixed document id and
dates; the date printed is SOURCE_DATE_EPOCH's, else the map's modified date).

Text: every string goes through ``export.fonts`` (embedded DejaVu Sans; control
characters dropped; characters the font lacks print as U+FFFD) and, for
paragraphs, is XML-escaped, so user text is never read as markup.
"""

from __future__ import annotations

import contextlib
import io
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError

from ... import __version__
from ...i18n import translate
from ...io.schema import FORMAT_NAME, FORMAT_VERSION
from ...layout import MapLayout, Rect, compute_layout, elide
from ...layout import style as S
from ...model import JourneyDocument
from ...model.wording import counted
from .. import fonts
from ..errors import ExportCancelled, ExportError
from ..filter import check_persona, persona_view
from ..output import check_destination, write_bytes
from .mapdraw import ASCENT, MapPainter, colour
from .pages import (
    MAX_UPSCALE,
    PAGE_SIZES,
    READABLE_PT,
    Legend,
    Tile,
    TitleBlock,
    draw_tile_marks,
    page_size,
    plan_tiles,
    ui_scale,
)
from .sections import SECTION_TITLES, SectionBuilder

__all__ = ["MODES", "ORIENTATIONS", "PAGE_SIZES", "SECTIONS", "PdfOptions", "PdfResult", "export_pdf"]

SECTIONS = ("map", "personas", "frictions", "scorecards", "hotspots", "comments")
DEFAULT_SECTIONS = SECTIONS[:-1]  # comments are printed when asked for
MODES = ("fit", "tile")
ORIENTATIONS = ("landscape", "portrait")

Progress = Callable[[float, str], "bool | None"]


@dataclass
class PdfOptions:
    """How to print. ``progress(fraction, message)`` is called as the export goes
    (fraction 0..1); returning ``False`` from it cancels (``ExportCancelled``)."""

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
    warnings: list[str] = field(default_factory=list)
    page_size: str = ""  # the paper printed on
    mode: str = ""  # "fit" or "tile", as printed
    paper_note: str = ""  # what the readability rule chose instead of what was asked, in words


def _check(doc: JourneyDocument, o: PdfOptions) -> PdfOptions:
    if o.page_size not in PAGE_SIZES:
        match = {k.lower(): k for k in PAGE_SIZES}.get(str(o.page_size).lower())
        if match is None:
            raise ExportError(f"unknown page size {o.page_size!r} (choose {', '.join(PAGE_SIZES)})")
        o = replace(o, page_size=match)
    if o.orientation not in ORIENTATIONS:
        raise ExportError(f"unknown orientation {o.orientation!r} (choose landscape or portrait)")
    if o.mode not in MODES:
        raise ExportError(f"unknown mode {o.mode!r} (choose fit or tile)")
    sections = tuple(o.sections)
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise ExportError(f"unknown section {unknown[0]!r} (choose from {', '.join(SECTIONS)})")
    if not sections:
        raise ExportError("choose at least one section to print")
    w, h = page_size(o.page_size, o.orientation)
    try:
        margin = float(o.margins_mm)
        overlap = float(o.overlap_mm)
    except (TypeError, ValueError):
        raise ExportError("margins and overlap must be numbers of millimetres") from None
    if not 0 <= margin * mm <= min(w, h) / 4:
        raise ExportError(f"margins must be from 0 to {min(w, h) / 4 / mm:.0f} mm on {o.page_size}")
    if not 0 <= overlap <= 50:
        raise ExportError("overlap must be from 0 to 50 mm")
    check_persona(doc, o.persona)
    return replace(
        o, sections=tuple(s for s in SECTIONS if s in sections), margins_mm=margin, overlap_mm=overlap
    )


# ------------------------------------------------------------------ helpers
def _meta_text(text: str) -> str:
    """Metadata keeps every character (the viewer's font shows it) but no controls."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc").strip()


def export_date(doc: JourneyDocument, invariant: bool) -> str:
    if invariant:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
        return (doc.meta.get("modified") or "1970-01-01")[:10]
    return date.today().isoformat()


@contextlib.contextmanager
def _binary_streams():
    """Compressed streams without the ASCII85 layer: a fifth smaller, and much
    faster (reportlab's pure-Python ASCII85 took a third of a big map's time)."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


class _Drawing(Flowable):
    """A whole page drawn by a function in page coordinates (the map pages)."""

    def __init__(self, fn: Callable[[Any], None]) -> None:
        super().__init__()
        self.fn = fn

    def wrap(self, aw, ah):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):
        self.fn(canvas)


class _Template(BaseDocTemplate):
    def __init__(self, *args, on_flowable: Callable[[], None], **kw) -> None:
        super().__init__(*args, **kw)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable) -> None:
        self._on_flowable()


class _Job:
    """One export: options, layout, painter and the progress bookkeeping."""

    def __init__(self, doc: JourneyDocument, o: PdfOptions) -> None:
        self.doc = doc
        self.o = o
        self.page = page_size(o.page_size, o.orientation)
        self.k = ui_scale(self.page)
        self.margin = o.margins_mm * mm
        self.overlap = o.overlap_mm * mm
        self.warnings: list[str] = []
        self._progress_at = 0.0
        self.fraction = 0.0

    def progress(self, fraction: float, message: str) -> None:
        self.fraction = max(self.fraction, min(1.0, fraction))
        cb = self.o.progress
        if cb is None:
            return
        now = time.monotonic()
        if fraction < 1.0 and now - self._progress_at < 0.05:  # at most ~20 calls a second
            return
        self._progress_at = now
        if cb(self.fraction, message) is False:
            raise ExportCancelled("export cancelled")

    # ------------------------------------------------------------ map pages
    def content(self) -> Rect:
        pw, ph = self.page
        m = self.margin
        return Rect(m, m, pw - 2 * m, ph - 2 * m)  # PDF coordinates (y = bottom)

    def footer(self, persona_line: str, mode_line: str):
        area = self.content()
        k = self.k
        meta = self.doc.meta
        counts = self.doc
        frs = counts.frictions()
        nodes = counts.graph.nodes
        open_n = sum(1 for f in frs if nodes[f]["status"] != "resolved")
        lines = [
            f"Exported {export_date(self.doc, self.o.invariant)}" + persona_line,
            " \u00b7 ".join(
                (
                    counted("stage", counts.count("stage")),
                    counted("touchpoint", counts.count("touchpoint")),
                    translate("pdf", "{frictions} ({open} open)").format(
                        frictions=counted("friction", len(frs)), open=open_n
                    ),
                )
            ),
            mode_line,
            f"File format {FORMAT_NAME} v{FORMAT_VERSION} \u00b7 JourneyDesk {__version__}",
        ]
        tb_w = min(250 * k, area.w * 0.42)
        tb = TitleBlock(meta["title"], lines, k, tb_w)
        legend = Legend(self.doc, k, self.doc.personas())
        gap = 10 * k
        legend_w = area.w - tb_w - gap
        return tb, legend, legend_w, max(tb.height, legend.height(legend_w)), gap

    def fit_scale(self, layout: MapLayout, foot_h: float, gap: float) -> float:
        area = self.content()
        avail_h = area.h - foot_h - gap
        if avail_h <= 20:
            raise ExportError(
                f"the margins leave no room for the map on {self.o.page_size} {self.o.orientation}; use smaller margins"
            )
        return min(area.w / layout.width, avail_h / layout.height, MAX_UPSCALE)

    def draw_fit_page(
        self,
        c,
        painter: MapPainter,
        layout: MapLayout,
        footer,
        scale: float,
        detail: bool,
        tiles: list[Tile] | None,
        key: str,
        outline: str,
    ) -> None:
        tb, legend, legend_w, foot_h, gap = footer
        area = self.content()
        # Centred in the room above the legend and title block.
        room_bottom = area.y + foot_h + gap
        x = area.x + (area.w - layout.width * scale) / 2
        y = room_bottom + (area.bottom - room_bottom - layout.height * scale) / 2
        c.bookmarkPage(key)
        c.addOutlineEntry(outline, key, 0, closed=True)
        c.saveState()
        c.translate(x, y)
        c.scale(scale, scale)
        painter.draw(c, None, detail)
        if tiles:
            self.draw_tile_grid(c, layout, tiles, scale)
        c.restoreState()
        legend.draw(c, area.x, area.y + foot_h, legend_w)
        tb.draw(c, area.right, area.y)
        self.progress(0.15 if tiles else 0.6, "map")

    def draw_tile_grid(self, c, layout: MapLayout, tiles: list[Tile], scale: float) -> None:
        """The sheet grid over the small map on the assembly page (map coordinates)."""
        H = layout.height
        step_w = tiles[0].region.w - (self.overlap if tiles[0].cols > 1 else 0)
        step_h = tiles[0].region.h - (self.overlap if tiles[0].rows > 1 else 0)
        c.setStrokeColor(colour(S.CARD_SELECTED))
        c.setLineWidth(1.2 / scale)
        c.setDash(6 / scale, 4 / scale)
        size = min(step_w, step_h) * 0.22
        size = min(size, 60 / scale)
        for t in tiles:
            r = Rect(
                t.region.x, t.region.y, min(step_w, layout.width - t.region.x), min(step_h, H - t.region.y)
            )
            c.rect(r.x, H - r.bottom, r.w, r.h, stroke=1, fill=0)
            c.setFillColor(colour(S.CARD_SELECTED), alpha=0.55)
            c.setFont(fonts.BOLD, size)
            c.drawCentredString(r.cx, H - r.cy - size * ASCENT / 2, t.label)
        c.setDash()

    def draw_tile_page(
        self,
        c,
        painter: MapPainter,
        layout: MapLayout,
        tile: Tile,
        index: int,
        total: int,
        caption: str,
        outline_open: bool,
    ) -> None:
        area = self.content()
        region = tile.region
        key = f"tile-{tile.label}"
        c.bookmarkPage(key)
        if outline_open:
            c.addOutlineEntry("Map", key, 0, closed=True)
        if total > 1:
            c.addOutlineEntry(f"Sheet {tile.label}", key, 1)
        c.saveState()
        p = c.beginPath()
        p.rect(area.x, area.y, area.w, area.h)
        c.clipPath(p, stroke=0, fill=0)
        c.translate(area.x - region.x, area.bottom - (layout.height - region.y))
        painter.draw(c, region, True)
        c.restoreState()
        draw_tile_marks(c, tile, self.page, area, self.overlap, caption)
        self.progress(0.15 + 0.5 * (index + 1) / total, f"sheet {tile.label}")


PAPER_FAMILIES = (("A4", "A3", "A2", "A1"), ("Letter", "Tabloid"))


def _printed_title(
    doc: JourneyDocument, layout: MapLayout, o: PdfOptions, size: str, persona_line: str
) -> float:
    """The size card titles print at when the map is fitted on one ``size`` page."""
    probe = _Job(doc, replace(o, page_size=size))
    footer = probe.footer(persona_line, "")
    return S.CARD_TITLE_SIZE * probe.fit_scale(layout, footer[3], footer[4])


def _larger_papers(size: str) -> list[str]:
    family = next((f for f in PAPER_FAMILIES if size in f), ())
    return list(family[family.index(size) + 1 :]) if family else []


def _readable_paper(
    doc: JourneyDocument, layout: MapLayout, o: PdfOptions, persona_line: str
) -> tuple[str, float] | None:
    """The smallest larger paper (same family) that prints card titles readably."""
    for size in _larger_papers(o.page_size):
        printed = _printed_title(doc, layout, o, size, persona_line)
        if printed >= READABLE_PT:
            return size, printed
    return None


def _suggest(doc: JourneyDocument, layout: MapLayout, o: PdfOptions, persona_line: str) -> str:
    """Which paper would print the map readably in fit mode (else: tile it)."""
    found = _readable_paper(doc, layout, o, persona_line)
    if found is not None:
        return f"for a readable print choose {found[0]} ({found[1]:.1f} pt) or tile mode"
    return "for a readable print choose tile mode (full size across sheets)"


def _choose_paper(
    doc: JourneyDocument, layout: MapLayout, o: PdfOptions, persona_line: str
) -> tuple[PdfOptions, str]:
    """Fit mode's readability rule: the options to print with, and what was
    chosen in words ("" when the asked paper prints readably)."""
    if "map" not in o.sections or o.mode != "fit" or not o.readable:
        return o, ""
    small = _printed_title(doc, layout, o, o.page_size, persona_line)
    if small >= READABLE_PT:
        return o, ""
    found = _readable_paper(doc, layout, o, persona_line)
    if found is not None:
        note = translate(
            "pdf", "card titles would print at {small} pt on {paper}: printed on {larger} instead ({size} pt)"
        ).format(small=f"{small:.1f}", paper=o.page_size, larger=found[0], size=f"{found[1]:.1f}")
        return replace(o, page_size=found[0]), note
    note = translate(
        "pdf", "card titles would print at {small} pt fitted on one {paper} page: tiled at full size instead"
    ).format(small=f"{small:.1f}", paper=o.page_size)
    return replace(o, mode="tile"), note


def export_pdf(
    doc: JourneyDocument, path: str | os.PathLike[str], options: PdfOptions | None = None
) -> PdfResult:
    """Write ``doc`` as a PDF at ``path`` (atomically). Raises ``ExportError``."""
    o = _check(doc, options or PdfOptions())
    path = check_destination(path)
    fonts.register()
    job = _Job(doc, o)
    job.progress(0.0, "layout")
    src = persona_view(doc, o.persona) if o.persona else doc
    layout = compute_layout(src)
    persona_line = ""
    if o.persona:
        persona_line = f" \u00b7 persona: {doc.graph.nodes[o.persona]['name']}"
    o, paper_note = _choose_paper(src, layout, o, persona_line)
    if paper_note:
        job = _Job(doc, o)  # on the paper, or in the mode, the rule chose
    job.doc = src
    painter = MapPainter(src, layout)
    pw, ph = job.page
    k = job.k

    analysis = None
    if "scorecards" in o.sections or "hotspots" in o.sections:
        job.progress(0.03, "analysis")
        from ...analysis import analyze  # on demand: most exports need no analysis

        analysis = analyze(src)

    story: list = []
    map_pages = 0
    scale = 1.0
    tiles: list[Tile] | None = None
    title = fonts.printable(src.meta["title"]) or "Untitled journey"
    if "map" in o.sections:
        area = job.content()
        if o.mode == "fit":
            footer = job.footer(persona_line, "")
            scale = job.fit_scale(layout, footer[3], footer[4])
            mode_line = f"Fitted to one {o.page_size} {o.orientation} page at {scale:.0%}"
            footer = job.footer(persona_line, mode_line)
            story.append(
                _Drawing(
                    lambda c: job.draw_fit_page(c, painter, layout, footer, scale, True, None, "map", "Map")
                )
            )
            map_pages = 1
            printed = S.CARD_TITLE_SIZE * scale
            if printed < READABLE_PT:
                job.warnings.append(
                    f"the map prints at {scale:.0%} on {o.page_size}: card titles are {printed:.1f} pt; "
                    + _suggest(src, layout, o, persona_line)
                )
        else:
            tiles = plan_tiles(layout.width, layout.height, area.w, area.h, job.overlap)
            rows, cols = tiles[-1].rows, tiles[-1].cols
            if paper_note:
                paper_note += " " + translate(
                    "pdf", "(%n sheet(s), {rows} \u00d7 {cols})", None, len(tiles)
                ).format(rows=rows, cols=cols)
            outline_open = True
            if len(tiles) > 1:
                mode_line = (
                    f"Assembly guide: {len(tiles)} {o.page_size} sheets ({rows} rows \u00d7 {cols} columns)"
                )
                footer = job.footer(persona_line, mode_line)
                scale = job.fit_scale(layout, footer[3], footer[4])
                story.append(
                    _Drawing(
                        lambda c: job.draw_fit_page(
                            c, painter, layout, footer, scale, False, tiles, "map", "Map"
                        )
                    )
                )
                story.append(PageBreak())
                outline_open = False
                map_pages += 1
            for i, t in enumerate(tiles):
                caption = (
                    f"{title} \u2014 sheet {t.label} (row {t.label.rstrip('0123456789')}, column {t.col + 1}) "
                    f"of {rows} \u00d7 {cols}; full size, 1 pt = 1 unit"
                )
                story.append(
                    _Drawing(
                        lambda c, t=t, i=i, cap=caption, first=(outline_open and i == 0): job.draw_tile_page(
                            c, painter, layout, t, i, len(tiles), cap, first
                        )
                    )
                )
                if i + 1 < len(tiles):
                    story.append(PageBreak())
                map_pages += 1
    report = [s for s in o.sections if s != "map"]

    # The report sections.
    frame_w = pw - 2 * max(job.margin, 12 * mm)
    counts = {"personas": 0, "frictions": 0, "scorecards": 0, "hotspots": 0, "comments": 0}
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
        job.progress(0.65 + 0.15 * done, SECTION_TITLES[section])

    builder = SectionBuilder(src, frame_w, k, analysis, o.persona, tick)
    section_flowables: list = []
    for s in report:
        section_flowables.extend(getattr(builder, s)())
    if section_flowables:
        if story:
            story += [NextPageTemplate("section"), PageBreak()]
        story += section_flowables

    n_flowables = max(1, len(story))
    done = [0]

    def on_flowable() -> None:
        done[0] += 1
        job.progress(0.8 + 0.18 * done[0] / n_flowables, "pages")

    m = max(job.margin, 12 * mm)

    def section_page(c, template) -> None:
        c.saveState()
        c.setFont(fonts.REGULAR, 7.5 * k)
        c.setFillColor(colour(S.INK_SOFT))
        c.drawString(
            m, ph - m + 4 * k, elide(title, pw - 2 * m - 120 * k, fonts.measure(fonts.REGULAR, 7.5 * k))
        )
        c.drawRightString(pw - m, ph - m + 4 * k, "Customer journey map")
        c.setStrokeColor(colour(S.GRID))
        c.setLineWidth(0.6)
        c.line(m, ph - m + 1 * k, pw - m, ph - m + 1 * k)
        c.drawCentredString(pw / 2, m - 12 * k, f"Page {template.page}")
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
    meta = src.meta
    buf = io.BytesIO()
    stats = ", ".join(counted(k, src.count(k)) for k in ("stage", "lane", "touchpoint", "friction"))
    pdf = _Template(
        buf,
        pagesize=(pw, ph),
        pageTemplates=templates,
        title=_meta_text(meta["title"]) or "Untitled journey",
        subject=_meta_text(
            f"Customer journey map: {stats}" + (f"; {persona_line.strip(' ·')}" if persona_line else "")
        ),
        author="",
        creator=f"JourneyDesk {__version__}",
        keywords=["customer journey map", "JourneyDesk"],
        lang=meta.get("language") or None,
        displayDocTitle=1,
        invariant=1 if o.invariant else 0,
        initialFontName=fonts.REGULAR,  # else every page names Helvetica, a font not embedded
        initialFontSize=9,
        pageCompression=1,
        on_flowable=on_flowable,
    )
    try:
        with _binary_streams():
            pdf.build(story)
    except LayoutError as exc:
        raise ExportError(
            f"{path}: a part of the report does not fit on a {o.page_size} page ({exc})"
        ) from None
    data = buf.getvalue()
    job.progress(0.99, "writing")
    write_bytes(path, data)
    job.progress(1.0, "done")
    return PdfResult(
        path=str(path),
        pages=pdf.page,
        map_pages=map_pages,
        scale=scale,
        tiles=(tiles[-1].rows, tiles[-1].cols) if tiles else None,
        warnings=job.warnings,
        page_size=o.page_size,
        mode=o.mode,
        paper_note=paper_note,
    )
