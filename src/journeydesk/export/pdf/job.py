"""One PDF export under way: options, page geometry, progress, the footer (legend
and title block) and the map pages (fit, assembly guide, tile sheets).

It runs inside the export's ``use_language`` block (the map's language: every
word printed). What goes to the person running the export, the progress lines
and errors, is in the interface's language (``use_interface_language``).
"""

from __future__ import annotations

import contextlib
import os
import time
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import BaseDocTemplate

from ... import __version__
from ...i18n import QT_TRANSLATE_NOOP, formats, translate, use_interface_language
from ...io.schema import FORMAT_NAME, FORMAT_VERSION
from ...layout import MapLayout, Rect
from ...layout import style as S
from ...model import JourneyDocument
from ...model.wording import counted
from .. import fonts
from ..errors import ExportCancelled, ExportError
from .mapdraw import ASCENT, MapPainter, colour
from .pages import MAX_UPSCALE, Legend, Tile, TitleBlock, draw_tile_marks, page_size, ui_scale

# What the progress bar says (in the interface's language).
PROGRESS = {
    "layout": QT_TRANSLATE_NOOP("pdf.progress", "Laying out the map"),
    "analysis": QT_TRANSLATE_NOOP("pdf.progress", "Analysing the map"),
    "map": QT_TRANSLATE_NOOP("pdf.progress", "Drawing the map"),
    "sheet": QT_TRANSLATE_NOOP("pdf.progress", "Drawing sheet {sheet}"),
    "section": QT_TRANSLATE_NOOP("pdf.progress", "Writing {section}"),
    "pages": QT_TRANSLATE_NOOP("pdf.progress", "Making the pages"),
    "writing": QT_TRANSLATE_NOOP("pdf.progress", "Writing the file"),
    "done": QT_TRANSLATE_NOOP("pdf.progress", "Done"),
}


def meta_text(text: str) -> str:
    """Metadata keeps every character (the viewer's font shows it) but no controls."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc").strip()


def export_date(doc: JourneyDocument, invariant: bool) -> str:
    """The export's date (ISO): today, or a fixed one for reproducible bytes."""
    if invariant:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
        return (doc.meta.get("modified") or "1970-01-01")[:10]
    return date.today().isoformat()


@contextlib.contextmanager
def binary_streams():
    """Compressed streams without the ASCII85 layer: a fifth smaller, and much
    faster (reportlab's pure-Python ASCII85 took a third of a big map's time)."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


class Drawing(Flowable):
    """A whole page drawn by a function in page coordinates (the map pages)."""

    def __init__(self, fn: Callable[[Any], None]) -> None:
        super().__init__()
        self.fn = fn

    def wrap(self, aw, ah):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):
        self.fn(canvas)


class Template(BaseDocTemplate):
    def __init__(self, *args, on_flowable: Callable[[], None], **kw) -> None:
        super().__init__(*args, **kw)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable) -> None:
        self._on_flowable()


class Job:
    """One export: options, layout, painter and the progress bookkeeping."""

    def __init__(self, doc: JourneyDocument, o) -> None:
        self.doc = doc
        self.o = o
        self.page = page_size(o.page_size, o.orientation)
        self.k = ui_scale(self.page)
        self.margin = o.margins_mm * mm
        self.overlap = o.overlap_mm * mm
        self.warnings: list[str] = []
        self._progress_at = 0.0
        self.fraction = 0.0

    def progress(self, fraction: float, step: str, **values: str) -> None:
        """Report ``fraction`` done, the step being one of ``PROGRESS``."""
        self.fraction = max(self.fraction, min(1.0, fraction))
        cb = self.o.progress
        if cb is None:
            return
        now = time.monotonic()
        if fraction < 1.0 and now - self._progress_at < 0.05:  # at most ~20 calls a second
            return
        self._progress_at = now
        with use_interface_language():
            message = translate("pdf.progress", PROGRESS[step]).format(**values)
        if cb(self.fraction, message) is False:
            with use_interface_language():
                raise ExportCancelled(translate("pdf.progress", "export cancelled"))

    # ------------------------------------------------------------ map pages
    def content(self) -> Rect:
        pw, ph = self.page
        m = self.margin
        return Rect(m, m, pw - 2 * m, ph - 2 * m)  # PDF coordinates (y = bottom)

    def footer(self, persona_line: str, mode_line: str):
        area = self.content()
        k = self.k
        doc = self.doc
        frs = doc.frictions()
        nodes = doc.graph.nodes
        open_n = sum(1 for f in frs if nodes[f]["status"] != "resolved")
        exported = translate("pdf", "Exported {date}").format(
            date=formats.day(export_date(doc, self.o.invariant))
        )
        lines = [
            exported + persona_line,
            " \u00b7 ".join(
                (
                    counted("stage", doc.count("stage")),
                    counted("touchpoint", doc.count("touchpoint")),
                    translate("pdf", "{frictions} ({open} open)").format(
                        frictions=counted("friction", len(frs)), open=open_n
                    ),
                )
            ),
            mode_line,
            translate("pdf", "File format {format} v{version} \u00b7 JourneyDesk {app}").format(
                format=FORMAT_NAME, version=FORMAT_VERSION, app=__version__
            ),
        ]
        tb_w = min(250 * k, area.w * 0.42)
        tb = TitleBlock(doc.meta["title"], lines, k, tb_w)
        legend = Legend(doc, k, doc.personas())
        gap = 10 * k
        legend_w = area.w - tb_w - gap
        return tb, legend, legend_w, max(tb.height, legend.height(legend_w)), gap

    def fit_scale(self, layout: MapLayout, foot_h: float, gap: float) -> float:
        area = self.content()
        avail_h = area.h - foot_h - gap
        if avail_h <= 20:
            with use_interface_language():
                message = (
                    translate(
                        "pdf",
                        "the margins leave no room for the map on {size} landscape; use smaller margins",
                    )
                    if self.o.orientation == "landscape"
                    else translate(
                        "pdf", "the margins leave no room for the map on {size} portrait; use smaller margins"
                    )
                )
                raise ExportError(message.format(size=self.o.page_size))
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
    ) -> None:
        tb, legend, legend_w, foot_h, gap = footer
        area = self.content()
        # Centred in the room above the legend and title block.
        room_bottom = area.y + foot_h + gap
        x = area.x + (area.w - layout.width * scale) / 2
        y = room_bottom + (area.bottom - room_bottom - layout.height * scale) / 2
        c.bookmarkPage(key)
        c.addOutlineEntry(translate("pdf", "Map"), key, 0, closed=True)
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
            c.addOutlineEntry(translate("pdf", "Map"), key, 0, closed=True)
        if total > 1:
            c.addOutlineEntry(translate("pdf", "Sheet {sheet}").format(sheet=tile.label), key, 1)
        c.saveState()
        p = c.beginPath()
        p.rect(area.x, area.y, area.w, area.h)
        c.clipPath(p, stroke=0, fill=0)
        c.translate(area.x - region.x, area.bottom - (layout.height - region.y))
        painter.draw(c, region, True)
        c.restoreState()
        draw_tile_marks(c, tile, self.page, area, self.overlap, caption)
        self.progress(0.15 + 0.5 * (index + 1) / total, "sheet", sheet=tile.label)
