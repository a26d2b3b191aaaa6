"""A slide page: 16:9, measured from the top left (y down, as the layout),
with the slide's heading band, the speaker-notes band, the footer, and text
helpers that wrap and elide with the embedded font's own metrics."""

from __future__ import annotations

from dataclasses import dataclass

from ...i18n import translate
from ...layout import elide, wrap
from ...layout import style as S
from ...present import Screen, Screens
from .. import fonts
from ..fonts import BOLD, REGULAR, printable, printable_lines
from ..pdf import ops
from ..pdf.mapdraw import ASC, LINE, colour

PAGE = (960.0, 540.0)  # 13.33 x 7.5 in: the 16:9 size presentation software uses
MARGIN = 24.0
HEADER = 70.0  # the heading band of a content slide
TITLE_BAND = 150.0  # the title slide's heading
FOOTER = 20.0
NOTES = 96.0  # the speaker-notes band (notes below the slide)
PANEL = 290.0  # the side panel of a stage slide (frictions, metrics, emotions)
LANES = 92.0  # the lane names left of a stage's map
MIN_TITLE_PT = 7.0  # smallest card title on a slide (6 pt or more printed on A4 landscape)
MAX_ZOOM = 1.3


def screens(notes_below: bool) -> Screens:
    """Where each kind of slide may put the map (see ``present.framing``)."""
    w, h = PAGE
    base = Screen(w, h, min_title=MIN_TITLE_PT, max_zoom=MAX_ZOOM)
    bottom = FOOTER + (NOTES if notes_below else 0) + 10
    return Screens(
        overview=base.inset(left=MARGIN, top=TITLE_BAND, right=MARGIN, bottom=bottom),
        stage=base.inset(left=MARGIN + LANES, top=HEADER + 10, right=PANEL + MARGIN, bottom=bottom),
        focus=base.inset(left=MARGIN, top=HEADER + 10, right=MARGIN, bottom=bottom),
    )


@dataclass
class Page:
    """Drawing on one slide of canvas ``c`` with y measured down from the top."""

    c: object
    notes_below: bool

    @property
    def height(self) -> float:
        return PAGE[1]

    def Y(self, y: float) -> float:
        return PAGE[1] - y

    def text(
        self,
        x: float,
        top: float,
        s: str,
        size: float,
        ink: str = S.INK,
        bold: bool = False,
        width: float | None = None,
        lines: int = 1,
        align: str = "left",
    ) -> float:
        """Text from ``top`` down, wrapped to ``width`` in at most ``lines`` (the
        last elided); returns the y below it."""
        font = BOLD if bold else REGULAR
        measure = fonts.measure(font, size)
        s = " ".join(printable(s).split()) if lines == 1 else printable_lines(s)
        if width is None:
            rows = [s]
        elif lines == 1:
            rows = [elide(s, width, measure)]
        else:
            rows = []
            for para in s.split("\n"):
                if para.strip() and len(rows) < lines:
                    rows.extend(wrap(" ".join(para.split()), width, measure, lines - len(rows)))
        c = self.c
        c.setFillColor(colour(ink))
        c.setFont(font, size)
        y = top
        for row in rows:
            base = self.Y(y + size * ASC)
            if align == "centre":
                c.drawCentredString(x, base, row)
            elif align == "right":
                c.drawRightString(x, base, row)
            else:
                c.drawString(x, base, row)
            y += size * LINE
        return y

    def rect(self, x: float, top: float, w: float, h: float, fill: str, radius: float = 0.0) -> None:
        y = self.Y(top + h)
        shape = ops.round_rect(x, y, w, h, radius) if radius else ops.rect(x, y, w, h)
        self.c.addLiteral(f"{ops.fill(fill)} {shape} f")

    def rule(self, x: float, y: float, w: float, ink: str = S.GRID, width: float = 1.0) -> None:
        self.c.addLiteral(
            f"{ops.stroke(ink)} {ops.width(width)} {ops.dash()} {ops.line(x, self.Y(y), x + w, self.Y(y))}"
        )

    def header(self, kicker: str, title: str, subtitle: str = "") -> None:
        """The heading band: a small line above (which step), the title, a line under it."""
        w = PAGE[0]
        self.rect(0, 0, w, 5, S.STAGE_HEADER)
        self.text(MARGIN, 14, kicker, 9, S.INK_SOFT, True, w - 2 * MARGIN)
        y = self.text(MARGIN, 27, title, 20, S.INK, True, w - 2 * MARGIN)
        if subtitle:
            self.text(MARGIN, y, subtitle, 9.5, S.INK_SOFT, False, w - 2 * MARGIN)
        self.rule(MARGIN, HEADER, w - 2 * MARGIN)

    def footer(self, map_title: str, number: int) -> None:
        w, h = PAGE
        y = h - FOOTER + 4
        self.rule(MARGIN, y - 4, w - 2 * MARGIN, S.GRID, 0.6)
        self.text(MARGIN, y, map_title, 7.5, S.INK_SOFT, False, w * 0.6)
        self.text(w - MARGIN, y, str(number), 7.5, S.INK_SOFT, align="right")

    def notes(self, text: str) -> None:
        """Speaker notes in the band below the slide (cut, and said so, when longer)."""
        if not self.notes_below:
            return
        w, h = PAGE
        top = h - FOOTER - NOTES
        self.rect(MARGIN, top, w - 2 * MARGIN, NOTES - 8, S.CANVAS, 6)
        y = self.text(MARGIN + 10, top + 8, translate("slides", "Speaker notes"), 8, S.INK_SOFT, True)
        if not text.strip():
            self.text(MARGIN + 10, y + 2, translate("slides", "No notes for this slide."), 8.5, S.INK_FAINT)
            return
        room = int((NOTES - 8 - (y - top) - 8) // (8.5 * LINE))
        inner = w - 2 * MARGIN - 20
        measure = fonts.measure(REGULAR, 8.5)
        rows: list[str] = []
        for para in printable_lines(text).split("\n"):
            if para.strip():
                rows.extend(wrap(" ".join(para.split()), inner, measure, 1000))
        if len(rows) > room:
            more = translate("slides", "(the full notes are in the map file)")
            rows = rows[: room - 1] + [elide(rows[room - 1] + " \u2026 " + more, inner, measure)]
            if not rows[-1].endswith(more):
                rows[-1] = elide(rows[room - 1], inner - measure(" \u2026 " + more), measure) + " " + more
        self.c.setFillColor(colour(S.INK))
        self.c.setFont(REGULAR, 8.5)
        for row in rows:
            self.c.drawString(MARGIN + 10, self.Y(y + 2 + 8.5 * ASC), row)
            y += 8.5 * LINE
