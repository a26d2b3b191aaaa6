"""Building blocks of the report sections (platypus): styles, cells, headings
that are bookmarks, the severity mark, table layout, and ``SectionBase``, which
the section builders share.

All user text goes through ``fonts.markup`` (escaped, printable) before it meets a
Paragraph, and so does every translated text (a translation may hold ``&`` or
``<``): only the markup written here is read as markup. Very long texts are cut
in table cells (a register row must fit on a page) with the cut said in the cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, TableStyle

from ...i18n import QT_TRANSLATE_NOOP, formats, translate
from ...layout import style as S
from ...model import JourneyDocument
from ...model.labels import severity_label
from ..fonts import BOLD, REGULAR, markup, printable
from .mapdraw import colour, draw_badge

SECTION_TITLES = {
    "personas": QT_TRANSLATE_NOOP("pdf", "Persona profiles"),
    "frictions": QT_TRANSLATE_NOOP("pdf", "Friction register"),
    "scorecards": QT_TRANSLATE_NOOP("pdf", "Stage scorecards"),
    "hotspots": QT_TRANSLATE_NOOP("pdf", "Friction hotspots"),
    "comments": QT_TRANSLATE_NOOP("pdf", "Comments"),
}
SHAPE_GLYPH = {"circle": "\u25cf", "square": "\u25a0", "triangle": "\u25b2", "diamond": "\u25c6"}
CELL_LIMIT = 1200  # characters of one text in a table cell
TOP_ROWS = 40  # hotspots and channel switches listed in the PDF (all are in `journeydesk analyze`)
DASH = "\u2013"  # an empty number cell


def section_title(section: str) -> str:
    return translate("pdf", SECTION_TITLES[section])


def clip(text: str, limit: int = CELL_LIMIT) -> str:
    if len(text) <= limit:
        return text
    more = translate("pdf", "[%Ln more characters in the map file]", None, len(text) - limit)
    return text[:limit].rstrip() + "\u2026 " + more


def more_line(n: int) -> str:
    """'+3 more' under a cut list (markup-safe)."""
    return markup(translate("pdf", "+%Ln more", None, n))


def sev_glyph(severity: int, resolved: bool = False) -> str:
    """Severity as coloured shape markup (our own markup; no user text)."""
    fill = S.RESOLVED_COLOUR if resolved else S.SEVERITY_COLOUR[severity]
    return f'<font color="{fill}">{SHAPE_GLYPH[S.SEVERITY_SHAPE[severity]]}</font>'


def signed(value: float | None, digits: int = 1) -> str:
    return DASH if value is None else formats.signed(value, digits)


def plain(value: float | None, digits: int | None = None) -> str:
    return DASH if value is None else formats.number(value, digits)


@dataclass
class Styles:
    k: float

    def __post_init__(self) -> None:
        k = self.k
        base = 8.5 * k
        self.body = ParagraphStyle(
            "jd-body",
            fontName=REGULAR,
            fontSize=base,
            leading=base * 1.3,
            alignment=TA_LEFT,
            bulletFontName=REGULAR,  # never a standard (unembedded) font
        )
        self.soft = ParagraphStyle("jd-soft", parent=self.body, textColor=colour(S.INK_SOFT))
        self.small = ParagraphStyle("jd-small", parent=self.body, fontSize=base * 0.88, leading=base * 1.15)
        self.small_soft = ParagraphStyle("jd-small-soft", parent=self.small, textColor=colour(S.INK_SOFT))
        self.cell_head = ParagraphStyle("jd-th", parent=self.small, fontName=BOLD, textColor=colour(S.PAPER))
        self.h1 = self._heading("jd-h1", 16, 20, 4, 8, S.INK)
        self.h2 = self._heading("jd-h2", 12, 15, 10, 4, S.INK)
        self.h3 = self._heading("jd-h3", 9, 12, 5, 1, S.INK_SOFT)
        self.quote = ParagraphStyle(
            "jd-quote",
            parent=self.body,
            leftIndent=10 * k,
            textColor=colour(S.INK_SOFT),
            spaceBefore=2 * k,
            spaceAfter=2 * k,
            borderPadding=0,
        )

    def _heading(self, name: str, size: float, leading: float, before: float, after: float, ink: str):
        k = self.k
        return ParagraphStyle(
            name,
            parent=self.body,
            fontName=BOLD,
            fontSize=size * k,
            leading=leading * k,
            spaceBefore=before * k,
            spaceAfter=after * k,
            textColor=colour(ink),
        )


class Cell(Paragraph):
    """A Paragraph that remembers its last wrap: a table wraps every cell to size
    its rows and again to draw them, at the same width; breaking lines once is
    enough (it was most of a long register's time)."""

    _wrapped_at: float | None = None

    def wrap(self, aw, ah):
        if aw == self._wrapped_at and "blPara" in self.__dict__:  # split() may drop it
            return self.width, self.height
        w, h = super().wrap(aw, ah)
        self._wrapped_at = aw
        return w, h


class Heading(Paragraph):
    """A heading that is also a bookmark (an entry in the PDF outline)."""

    def __init__(self, text: str, style, key: str, outline: str, level: int) -> None:
        super().__init__(text, style)
        self.key, self.outline, self.level = key, outline, level

    def draw(self) -> None:
        super().draw()
        c = self.canv
        c.bookmarkHorizontal(self.key, 0, self.height + 4)
        c.addOutlineEntry(printable(self.outline), self.key, self.level, closed=self.level == 0)


class SeverityMark(Flowable):
    """The severity shape and its label, as on the map's badges."""

    def __init__(self, severity: int, resolved: bool, k: float) -> None:
        super().__init__()
        self.severity, self.resolved, self.k = severity, resolved, k
        self.text = printable(f"{severity} {severity_label(severity)}")  # now: in the export's language

    def wrap(self, aw, ah):
        return min(aw, 60 * self.k), 12 * self.k

    def draw(self) -> None:
        k, c = self.k, self.canv
        draw_badge(c, 5 * k, 6 * k, self.severity, None, self.resolved, 5 * k)
        c.setFillColor(colour(S.INK))
        c.setFont(BOLD, 7.5 * k)
        c.drawString(13 * k, 3.4 * k, self.text)


def table_style(k: float, extra: list | None = None) -> TableStyle:
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), colour(S.STAGE_HEADER)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells (numbers)
            ("FONTSIZE", (0, 0), (-1, -1), 7.5 * k),
            ("LEADING", (0, 0), (-1, -1), 9.5 * k),
            ("TEXTCOLOR", (0, 0), (-1, -1), colour(S.INK)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour(S.GRID)),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colour(S.PAPER), colour(S.CANVAS)]),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * k),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * k),
            ("TOPPADDING", (0, 0), (-1, -1), 3 * k),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * k),
            *(extra or []),
        ]
    )


def head_width(text: str, style, least: float) -> float:
    """A column just wide enough for its header word(s) on one line, plus padding."""
    return max(least, stringWidth(text, style.fontName, style.fontSize) + 10 * style.fontSize / 7.5)


def widths(total: float, fixed: dict[int, float], weights: list[float]) -> list[float]:
    """Column widths: some fixed, the rest share what is left by weight. A fixed
    column never takes more than a third of the page (a long translated header
    wraps instead)."""
    fixed = {i: min(w, total / 3) for i, w in fixed.items()}
    rest = total - sum(fixed.values())
    wsum = sum(w for i, w in enumerate(weights) if i not in fixed) or 1.0
    return [fixed.get(i, rest * w / wsum) for i, w in enumerate(weights)]


class SectionBase:
    """What every section builder needs: the document, the page width, styles,
    the analysis (when a section needs it) and a progress tick."""

    def __init__(
        self,
        doc: JourneyDocument,
        width: float,
        k: float,
        analysis: dict[str, Any] | None,
        persona: str | None,
        progress: Callable[[str], None],
    ) -> None:
        self.doc = doc
        self.nodes = doc.graph.nodes
        self.width = width
        self.k = k
        self.st = Styles(k)
        self.analysis = analysis
        self.persona = persona
        self.tick = progress
        self.soft_open = f'<font color="{S.INK_SOFT}">'

    def p(self, text: str, style=None) -> Paragraph:
        """A Paragraph of USER (or translated) text, escaped."""
        return Cell(markup(text), style or self.st.body)

    def own(self, text: str, style=None) -> Paragraph:
        """A Paragraph of our own markup (already safe)."""
        return Cell(text, style or self.st.body)

    def heads(self, titles) -> list[Paragraph]:
        """A table's header row (translated texts, escaped)."""
        return [self.p(t, self.st.cell_head) for t in titles]

    def soft(self, text: str) -> str:
        """Markup of ``text`` (escaped) in the soft ink."""
        return f"{self.soft_open}{markup(text)}</font>"

    def heading(self, section: str) -> Heading:
        title = section_title(section)
        return Heading(markup(title), self.st.h1, f"section-{section}", title, 0)

    def name(self, item: str | None) -> str:
        if item is None:
            return ""
        if self.doc.kind_of(item) == "link":
            u, v = self.doc.link_ends(item)
            lab = self.doc.graph.edges[u, v, item]["label"]
            return lab if lab.strip() else f"{self.name(u)} \u2192 {self.name(v)}"
        a = self.nodes[item]
        return a.get("title", a.get("name", ""))

    def no_analysis(self, section: str) -> list:
        message = translate(
            "pdf", "The analysis module is not available in this build, so this section is empty."
        )
        return [self.heading(section), self.p(message, self.st.soft)]

    @staticmethod
    def bullets(items, mark: str, limit: int = 40) -> str:
        """A list as one paragraph of bulleted lines (user text escaped)."""
        if not items:
            return '<font color="%s">%s</font>' % (S.INK_SOFT, markup(translate("pdf", "none recorded")))
        lines = [f"{mark}\u00a0{markup(clip(t, 600))}" for t in items[:limit]]
        if len(items) > limit:
            lines.append(more_line(len(items) - limit))
        return "<br/>".join(lines)
