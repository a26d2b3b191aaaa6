"""A slide deck of the map to hand out after presenting (reportlab; no Qt).

``export_slides(doc, path, SlideOptions(...))`` writes 16:9 pages that follow
the presentation's own steps (``journeydesk.present``): a title slide with the
whole map, one slide per stage (a stage too big to print readably on one slide
comes in parts, at lane boundaries), one per persona's path (its touchpoints in
the order the analysis walks them, its emotion along the way, the frictions it
meets), and the top hotspots with their reasons.

The map is drawn by the map PDF's painter (``export.pdf.mapdraw``): vector
shapes, the embedded DejaVu Sans (searchable text), the same cards as on screen.
Card titles are never smaller than 7 pt on a slide (6 pt or more when a slide is
printed on A4 landscape).

Speaker notes (the notes fields of stages, touchpoints and personas) go
``below`` each slide in a band at its foot (cut, and said so, when they are
longer than the band), as PDF text ``annotations`` (a note icon the reader
opens; the whole text), or ``none``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from reportlab.pdfgen.canvas import Canvas

from ... import __version__
from ...analysis import MapView, hotspots, stage_scorecard
from ...analysis.paths import persona_path
from ...i18n import translate, use_language
from ...layout import compute_layout
from ...model import JourneyDocument
from ...present import friction_tour, main_tour, persona_tour
from .. import fonts
from ..errors import ExportCancelled, ExportError
from ..filter import check_persona
from ..output import check_destination, write_bytes
from ..pdf.job import binary_streams as _binary_streams
from ..pdf.job import export_date
from ..pdf.job import meta_text as _meta_text
from .deck import Deck, stage_slide, title_slide
from .page import PAGE, Page, screens
from .people import hotspot_slide, hotspot_slides, path_chunks, persona_slide

NOTES_PLACES = ("below", "annotations", "none")

Progress = Callable[[float, str], "bool | None"]


@dataclass
class SlideOptions:
    notes: str = "below"  # NOTES_PLACES
    persona: str | None = None  # only this persona's path slides (a persona id)
    invariant: bool = False  # reproducible bytes
    progress: Progress | None = None  # (fraction, message); False cancels


@dataclass
class SlideResult:
    path: str
    pages: int
    slides: list[tuple[str, str]] = field(default_factory=list)  # (kind, title) per page
    warnings: list[str] = field(default_factory=list)


def _check(doc: JourneyDocument, o: SlideOptions) -> None:
    if o.notes not in NOTES_PLACES:
        raise ExportError(f"unknown place for speaker notes {o.notes!r} (choose {', '.join(NOTES_PLACES)})")
    check_persona(doc, o.persona)


@dataclass
class Slide:
    kind: str  # "title", "stage", "persona", "hotspots"
    title: str  # its entry in the outline
    draw: Callable[[Page], None]
    notes: str  # the speaker notes (drawn below by ``draw``, or an annotation)


def plan(doc: JourneyDocument, o: SlideOptions) -> list[Slide]:
    """The deck's slides in order, from the presentation's own steps."""
    layout = compute_layout(doc)
    view = MapView(doc)
    plan_screens = screens(o.notes == "below")
    deck = Deck(doc, layout, plan_screens, stage_scorecard(doc, view=view))
    date_line = translate("slides", "Exported {date} \u00b7 JourneyDesk {version}").format(
        date=export_date(doc, o.invariant), version=__version__
    )
    main = main_tour(doc, layout, plan_screens)
    first = main.steps[0]
    title_notes = "" if first.notes == doc.meta["description"].strip() else first.notes  # shown on the slide
    slides = [
        Slide(
            "title",
            first.title,
            partial(title_slide, deck=deck, step=first, date_line=date_line),
            title_notes,
        )
    ]
    slides += [
        Slide("stage", s.title, partial(stage_slide, deck=deck, step=s), s.notes) for s in main.steps[1:]
    ]
    personas = [o.persona] if o.persona else list(doc.personas())
    for number, persona in enumerate(personas, 1):
        tour = persona_tour(doc, layout, persona, plan_screens, view, persona_path(view, persona))
        chunks = path_chunks(tour)
        name = doc.graph.nodes[persona]["name"]
        for part, chunk in enumerate(chunks, 1):
            draw = partial(
                persona_slide,
                deck=deck,
                tour=tour,
                chunk=chunk,
                part=part,
                parts=len(chunks),
                number=number,
                total=len(personas),
            )
            slides.append(Slide("persona", name, draw, "\n".join(s.notes for s in chunk if s.notes)))
    rows = hotspots(doc, view=view)
    if rows:
        chunks = hotspot_slides(friction_tour(doc, layout, plan_screens, rows))
        for part, chunk in enumerate(chunks, 1):
            draw = partial(
                hotspot_slide, deck=deck, chunk=chunk, part=part, parts=len(chunks), total=len(rows)
            )
            notes = "\n".join(f"{s.number}. {s.title}: {s.notes}" for s in chunk if s.notes)
            slides.append(Slide("hotspots", translate("slides", "Friction hotspots"), draw, notes))
    return slides


def export_slides(
    doc: JourneyDocument, path: str | os.PathLike[str], options: SlideOptions | None = None
) -> SlideResult:
    """Write the slide deck of ``doc`` at ``path`` (atomically), in the map's
    language whatever the interface speaks, as the PDF does. Raises ``ExportError``."""
    with use_language(doc.meta["language"]):
        return _write_slides(doc, path, options or SlideOptions())


def _write_slides(doc: JourneyDocument, path, o: SlideOptions) -> SlideResult:
    _check(doc, o)
    path = check_destination(path)
    fonts.register()

    def progress(fraction: float, message: str) -> None:
        # once per slide (a deck has tens of them): the dialog's bar moves, Cancel works
        if o.progress is not None and o.progress(fraction, message) is False:
            raise ExportCancelled("export cancelled")

    progress(0.0, "plan")
    slides = plan(doc, o)
    buf = io.BytesIO()
    meta = doc.meta
    c = Canvas(
        buf,
        pagesize=PAGE,
        invariant=1 if o.invariant else 0,
        pageCompression=1,
        initialFontName=fonts.REGULAR,  # no page names a font that is not embedded
        initialFontSize=9,
        lang=meta.get("language") or None,
    )
    title = _meta_text(meta["title"]) or "Untitled journey"
    c.setTitle(title)
    c.setSubject(_meta_text(translate("slides", "Slides of a customer journey map")))
    c.setCreator(f"JourneyDesk {__version__}")
    c.setKeywords(["customer journey map", "slides", "JourneyDesk"])
    c.setAuthor("")
    with _binary_streams():
        for number, slide in enumerate(slides, 1):
            page = Page(c, o.notes == "below")
            key = f"slide-{number}"
            c.bookmarkPage(key)
            c.addOutlineEntry(_meta_text(slide.title) or slide.kind, key, 0)
            slide.draw(page)
            page.footer(title, number)
            notes = slide.notes
            if o.notes == "annotations" and notes.strip():
                # a note icon in the top right corner; the reader opens it for the text
                c.textAnnotation(
                    notes.strip(), Rect=(PAGE[0] - 42, PAGE[1] - 36, PAGE[0] - 22, PAGE[1] - 16), relative=0
                )
            c.showPage()
            progress(0.1 + 0.85 * number / len(slides), f"slide {number}")
        c.save()
    data = buf.getvalue()
    if not data:
        raise ExportError(f"{path}: the slides could not be made")
    progress(0.99, "writing")
    write_bytes(path, data)
    progress(1.0, "done")
    return SlideResult(str(path), len(slides), [(s.kind, s.title) for s in slides])


__all__ = ["NOTES_PLACES", "Slide", "SlideOptions", "SlideResult", "export_slides", "plan"]
