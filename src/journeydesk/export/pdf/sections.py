"""The report sections after the map (platypus): persona profiles, the friction
register, stage scorecards and analysis hotspots. Each starts with a heading that
is a bookmark in the PDF outline.

All user text goes through ``fonts.markup`` (escaped, printable) before it meets a
Paragraph: nothing a user types is ever read as markup. Very long texts are cut in
table cells (a register row must fit on a page) with the cut said in the cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ...i18n import translate
from ...layout import style as S
from ...model import JourneyDocument
from ...model.concerns import touchpoint_concerns
from ...model.vocabulary import FRICTION_CATEGORIES, SEVERITY_LABELS, label
from ..fonts import BOLD, REGULAR, markup, printable
from .mapdraw import colour, draw_badge

SECTION_TITLES = {
    "personas": "Persona profiles",
    "frictions": "Friction register",
    "scorecards": "Stage scorecards",
    "hotspots": "Friction hotspots",
    "comments": "Comments",
}
SHAPE_GLYPH = {"circle": "\u25cf", "square": "\u25a0", "triangle": "\u25b2", "diamond": "\u25c6"}
CELL_LIMIT = 1200  # characters of one text in a table cell
TOP_ROWS = 40  # hotspots and channel switches listed in the PDF (all are in `journeydesk analyze`)
STATUS_LABEL = {"open": "Open", "in_progress": "In progress", "resolved": "Resolved"}


def clip(text: str, limit: int = CELL_LIMIT) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + f"\u2026 [{len(text) - limit:,} more characters in the map file]"


def sev_glyph(severity: int, resolved: bool = False) -> str:
    """Severity as coloured shape markup (our own markup; no user text)."""
    fill = S.RESOLVED_COLOUR if resolved else S.SEVERITY_COLOUR[severity]
    return f'<font color="{fill}">{SHAPE_GLYPH[S.SEVERITY_SHAPE[severity]]}</font>'


def signed(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "\u2013"
    return f"{value:+.{digits}f}".replace("-", "\u2212")


def plain(value: float | None, fmt: str = "{:g}") -> str:
    return "\u2013" if value is None else fmt.format(value)


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
        self.h1 = ParagraphStyle(
            "jd-h1",
            parent=self.body,
            fontName=BOLD,
            fontSize=16 * k,
            leading=20 * k,
            spaceBefore=4 * k,
            spaceAfter=8 * k,
            textColor=colour(S.INK),
        )
        self.h2 = ParagraphStyle(
            "jd-h2",
            parent=self.body,
            fontName=BOLD,
            fontSize=12 * k,
            leading=15 * k,
            spaceBefore=10 * k,
            spaceAfter=4 * k,
            textColor=colour(S.INK),
        )
        self.h3 = ParagraphStyle(
            "jd-h3",
            parent=self.body,
            fontName=BOLD,
            fontSize=9 * k,
            leading=12 * k,
            spaceBefore=5 * k,
            spaceAfter=1 * k,
            textColor=colour(S.INK_SOFT),
        )
        self.quote = ParagraphStyle(
            "jd-quote",
            parent=self.body,
            leftIndent=10 * k,
            textColor=colour(S.INK_SOFT),
            spaceBefore=2 * k,
            spaceAfter=2 * k,
            borderPadding=0,
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

    def wrap(self, aw, ah):
        return min(aw, 60 * self.k), 12 * self.k

    def draw(self) -> None:
        k, c = self.k, self.canv
        draw_badge(c, 5 * k, 6 * k, self.severity, None, self.resolved, 5 * k)
        c.setFillColor(colour(S.INK))
        c.setFont(BOLD, 7.5 * k)
        c.drawString(13 * k, 3.4 * k, f"{self.severity} {SEVERITY_LABELS[self.severity]}")


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
    """Column widths: some fixed, the rest share what is left by weight."""
    rest = total - sum(fixed.values())
    wsum = sum(w for i, w in enumerate(weights) if i not in fixed) or 1.0
    return [fixed.get(i, rest * w / wsum) for i, w in enumerate(weights)]


class SectionBuilder:
    """Builds the flowables of each section for one document."""

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
        """A Paragraph of USER text (escaped)."""
        return Cell(markup(text), style or self.st.body)

    def own(self, text: str, style=None) -> Paragraph:
        """A Paragraph of our own markup (already safe)."""
        return Cell(text, style or self.st.body)

    def heading(self, section: str) -> Heading:
        title = SECTION_TITLES[section]
        return Heading(title, self.st.h1, f"section-{section}", title, 0)

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
        return [
            self.heading(section),
            self.own(
                "The analysis module is not available in this build, so this section is empty.", self.st.soft
            ),
        ]

    # ------------------------------------------------------------ personas
    def personas(self) -> list:
        st, k, nodes, doc = self.st, self.k, self.nodes, self.doc
        out: list = [self.heading("personas")]
        ids = [p for p in doc.personas() if self.persona in (None, p)]
        if not ids:
            out.append(self.own("This map has no personas.", st.soft))
            return out
        journey = doc.touchpoints()
        for i, p in enumerate(ids):
            a = nodes[p]
            name = a["name"].strip() or "(unnamed persona)"
            head = f'<font color="{a["colour"]}">\u25a0</font> {markup(name)}'
            block: list = [Heading(head, st.h2, f"persona-{i}", name, 1)]
            if a["role"].strip():
                block.append(self.p(a["role"], st.soft))
            if a["quote"].strip():
                block.append(self.own(f"\u201c{markup(a['quote'])}\u201d", st.quote))
            concerns = [tp for tp in journey if touchpoint_concerns(nodes[tp], p)]
            emotions = [nodes[tp]["emotions"][p] for tp in journey if p in nodes[tp]["emotions"]]
            mots = [nodes[tp]["title"] for tp in concerns if nodes[tp]["moment_of_truth"]]
            facts = [f"{len(concerns)} touchpoint{'s' * (len(concerns) != 1)} on this persona's journey"]
            if emotions:
                avg = sum(emotions) / len(emotions)
                facts.append(
                    f"emotion from {signed(min(emotions), 0)} to {signed(max(emotions), 0)}, average {signed(avg)}"
                )
            block.append(self.own(" \u00b7 ".join(facts), st.small_soft))
            block.append(Spacer(1, 4 * k))
            out.append(KeepTogether(block))
            # Goals, needs, frustrations and moments of truth side by side: a profile
            # reads at a glance, and wide paper is used, not left blank.
            cols = [("goals", "Goals"), ("needs", "Needs"), ("frustrations", "Frustrations")]
            head, body = [], []
            for field_name, title in cols:
                head.append(self.own(title, st.cell_head))
                body.append(self.own(self.bullets(a[field_name], "\u2022"), st.small))
            head.append(self.own("Moments of truth", st.cell_head))
            body.append(self.own(self.bullets(mots, "\u2605"), st.small))
            out.append(
                Table(
                    [head, body],
                    colWidths=[self.width / 4] * 4,
                    splitInRow=1,
                    repeatRows=1,
                    style=table_style(k),
                )
            )
            if a["notes"].strip():
                out.append(self.own("Notes", st.h3))
                out.append(self.p(clip(a["notes"], 20_000)))
            out.append(Spacer(1, 8 * k))
            self.tick("personas")
        return out

    @staticmethod
    def bullets(items, mark: str, limit: int = 40) -> str:
        """A list as one paragraph of bulleted lines (user text escaped)."""
        if not items:
            return '<font color="%s">none recorded</font>' % S.INK_SOFT
        lines = [f"{mark}\u00a0{markup(clip(t, 600))}" for t in items[:limit]]
        if len(items) > limit:
            lines.append(f"+{len(items) - limit} more")
        return "<br/>".join(lines)

    # ------------------------------------------------------------ frictions
    def frictions(self) -> list:
        st, k, nodes, doc = self.st, self.k, self.nodes, self.doc
        out: list = [self.heading("frictions")]
        journey = {tp: i for i, tp in enumerate(doc.touchpoints())}
        status_rank = {"open": 0, "in_progress": 1, "resolved": 2}

        def where(fr: str) -> int:
            t = nodes[fr]["target"]
            return journey.get(doc.link_ends(t)[0] if doc.kind_of(t) == "link" else t, 0)

        frs = sorted(
            doc.frictions(),
            key=lambda f: (-nodes[f]["severity"], status_rank[nodes[f]["status"]], where(f), f),
        )
        if not frs:
            out.append(self.own("No friction is recorded on this map.", st.soft))
            return out
        open_n = sum(1 for f in frs if nodes[f]["status"] != "resolved")
        out.append(
            self.own(
                f"{len(frs)} friction{'s' * (len(frs) != 1)}, {open_n} not resolved; most severe first. "
                "Evidence: <b>observed</b> (seen or measured), <b>assumed</b> (the team's belief), "
                "<b>proposed</b> (to be checked).",
                st.soft,
            )
        )
        out.append(Spacer(1, 4 * k))
        head = [
            self.own(t, st.cell_head) for t in ("Severity", "Friction", "Where", "Evidence", "Opportunity")
        ]
        rows = [head]
        soft = self.soft_open
        for f in frs:
            a = nodes[f]
            t = a["target"]
            resolved = a["status"] == "resolved"
            bits = [
                label(a["category"]) if a["category"] in FRICTION_CATEGORIES else a["category"],
                STATUS_LABEL[a["status"]],
            ]
            if a["owner"].strip():
                bits.append(f"owner {a['owner']}")
            friction = f"<b>{markup(clip(a['title'], 500))}</b><br/>{soft}{markup(' · '.join(bits))}</font>"
            if a["description"].strip():
                friction += f"<br/>{markup(clip(a['description'], 600))}"
            if doc.kind_of(t) == "link":
                u, _ = doc.link_ends(t)
                place = f"Step {markup(self.name(t))}"
                stage = nodes[u]["stage"]
            else:
                place = markup(self.name(t))
                stage = nodes[t]["stage"]
            place += f"<br/>{soft}{markup(nodes[stage]['name'])}</font>"
            ev = a["evidence"]
            evidence = f"<b>{a['evidence_status'].capitalize()}</b>"
            if ev["quote"].strip():
                evidence += f"<br/>\u201c{markup(clip(ev['quote']))}\u201d"
            src = []
            if ev["source"].strip():
                src.append(ev["source"])
            if ev["count"] is not None:
                src.append(f"count {ev['count']:,}")
            if src:
                evidence += f"<br/>{soft}\u2014 {markup(', '.join(src))}</font>"
            opp = (
                markup(clip(a["opportunity"]))
                if a["opportunity"].strip()
                else f"{soft}none recorded yet</font>"
            )
            rows.append(
                [
                    SeverityMark(a["severity"], resolved, k),
                    self.own(friction, st.small),
                    self.own(place, st.small),
                    self.own(evidence, st.small),
                    self.own(opp, st.small),
                ]
            )
            self.tick("frictions")
        cols = widths(self.width, {0: 72 * k}, [0, 1.1, 0.8, 1.3, 1.1])
        out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        return out

    # ------------------------------------------------------------ scorecards
    def scorecards(self) -> list:
        if self.analysis is None:
            return self.no_analysis("scorecards")
        st, k, nodes = self.st, self.k, self.nodes
        out: list = [self.heading("scorecards")]
        rows_in = self.analysis.get("stages", [])
        if not rows_in:
            out.append(self.own("This map has no stages.", st.soft))
            return out
        out.append(
            self.own(
                "Metrics are means over the stage's touchpoints that carry them (\u2013 when none does). "
                "Frictions count where they sit: on a touchpoint of the stage or on a step starting in it.",
                st.soft,
            )
        )
        out.append(Spacer(1, 4 * k))
        titles = (
            "Stage",
            "Touchpoints",
            "CSAT %",
            "NPS",
            "CES",
            "Emotion by persona",
            "Open frictions",
            "Resolved",
            "Channel switches",
            "Moments of truth",
        )
        rows = [[self.own(t, st.cell_head) for t in titles]]
        for r in rows_in:
            emo = [
                f'<font color="{nodes[e["persona"]["id"]]["colour"]}">\u25cf</font> '
                f"{markup(e['persona']['title'])} {signed(e['average'])}"
                for e in r.get("emotion", [])
                if e.get("average") is not None and e["persona"]["id"] in nodes
            ]
            sev = r.get("frictions_by_severity", {})
            fr = " ".join(
                f"{sev_glyph(int(s))}\u2009{sev.get(s, 0)}" for s in ("4", "3", "2", "1") if sev.get(s)
            )
            mots = r.get("moments_of_truth", [])
            rows.append(
                [
                    self.p(r.get("title", ""), st.small),
                    str(r.get("touchpoints", 0)),
                    plain(r.get("csat"), "{:.1f}"),
                    signed(r.get("nps")),
                    plain(r.get("ces"), "{:.1f}"),
                    self.own("<br/>".join(emo) or "\u2013", st.small),
                    self.own(fr or "none", st.small),
                    str(r.get("frictions_resolved", 0)),
                    str(r.get("channel_switches", 0)),
                    self.own(
                        "<br/>".join("\u2605 " + markup(clip(m["title"], 200)) for m in mots[:12])
                        + (f"<br/>+{len(mots) - 12} more" if len(mots) > 12 else "")
                        or "\u2013",
                        st.small,
                    ),
                ]
            )
            self.tick("scorecards")
        fixed = {i: head_width(titles[i], st.cell_head, 36 * k) for i in (1, 2, 3, 4, 7)}
        fixed[8] = head_width("switches", st.cell_head, 36 * k)
        cols = widths(self.width, fixed, [1.0, 0, 0, 0, 0, 1.1, 0.7, 0, 0, 1.1])
        out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        return out

    # ------------------------------------------------------------ hotspots
    def hotspots(self) -> list:
        if self.analysis is None:
            return self.no_analysis("hotspots")
        st, k = self.st, self.k
        out: list = [self.heading("hotspots")]
        spots = self.analysis.get("hotspots", [])
        if not spots:
            out.append(self.own("No hotspots: no touchpoint or step carries unresolved friction.", st.soft))
        else:
            shown = spots[:TOP_ROWS]
            more = (
                f" The top {len(shown)} of {len(spots)} are listed; `journeydesk analyze` lists all."
                if len(spots) > len(shown)
                else ""
            )
            out.append(
                self.own(
                    "Where fixing friction matters most: severity of unresolved friction, weighted by how many "
                    "customers pass (volume) and how much of the journey flows through the place." + more,
                    st.soft,
                )
            )
            out.append(Spacer(1, 4 * k))
            rows = [[self.own(t, st.cell_head) for t in ("#", "Where", "Score", "Frictions", "Why")]]
            for h in shown:
                kind = "step" if h.get("kind") == "link" else "touchpoint"
                where = self.own(
                    f"<b>{markup(clip(h.get('title', ''), 300))}</b><br/>"
                    f"{self.soft_open}{kind} \u00b7 {markup(h.get('stage', {}).get('title', ''))}</font>",
                    st.small,
                )
                frs = "<br/>".join(
                    f"{sev_glyph(f['severity'], f.get('status') == 'resolved')} {markup(clip(f['title'], 200))}"
                    for f in h.get("frictions", [])[:10]
                )
                if len(h.get("frictions", [])) > 10:
                    frs += f"<br/>+{len(h['frictions']) - 10} more"
                rows.append(
                    [
                        str(h.get("rank", "")),
                        where,
                        f"{h.get('score', 0):g}",
                        self.own(frs, st.small),
                        self.p(h.get("reason", ""), st.small_soft),
                    ]
                )
                self.tick("hotspots")
            cols = widths(self.width, {0: 22 * k, 2: 40 * k}, [0, 1.0, 0, 1.2, 1.1])
            out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        out.extend(self.switches())
        return out

    def switches(self) -> list:
        st, k = self.st, self.k
        sw = self.analysis.get("channel_switches") if self.analysis else None
        if not sw:
            return []
        out: list = [Heading("Channel switches", st.h2, "section-switches", "Channel switches", 1)]
        total, flagged = sw.get("total", 0), sw.get("flagged", 0)
        out.append(
            self.own(
                f"{total} step{'s' * (total != 1)} where the customer changes channel; {flagged} with unresolved "
                "friction on the step or where the customer lands (listed below).",
                st.soft,
            )
        )
        bad = [s for s in sw.get("links", []) if s.get("flagged")][:TOP_ROWS]
        if bad:
            out.append(Spacer(1, 4 * k))
            rows = [[self.own(t, st.cell_head) for t in ("From", "To", "Channels", "Stage", "Frictions")]]
            for s in bad:
                frs = "<br/>".join(
                    f"{sev_glyph(f['severity'])} {markup(clip(f['title'], 200))}"
                    for f in s.get("frictions", [])[:8]
                )
                rows.append(
                    [
                        self.p(clip(s["source"]["title"], 300), st.small),
                        self.p(clip(s["target"]["title"], 300), st.small),
                        self.own(
                            f"{markup(s['from_channel']['title'])} \u2192 {markup(s['to_channel']['title'])}"
                            + (" <b>(channel break)</b>" if s.get("channel_break") else ""),
                            st.small,
                        ),
                        self.p(s["stage"]["title"], st.small_soft),
                        self.own(frs, st.small),
                    ]
                )
            cols = widths(self.width, {}, [1, 1, 1, 0.7, 1.3])
            out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        return out

    # ------------------------------------------------------------ comments
    def comments(self) -> list:
        """Every comment, grouped by what it is on (the map, then stages and cards in
        journey order), oldest first; resolved ones are marked."""
        st, k, nodes, doc = self.st, self.k, self.nodes, self.doc
        out: list = [self.heading("comments")]
        if not doc.count("comment"):
            out.append(self.own(translate("pdf", "No comment is recorded on this map."), st.soft))
            return out
        order = [None, *doc.stages(), *doc.touchpoints()]
        order += [f for tp in doc.touchpoints() for f in doc.frictions_on(tp)]
        order += [f for f in doc.frictions() if f not in order]
        open_n = sum(1 for c in doc.comments() if not nodes[c]["resolved"])
        out.append(
            self.own(
                translate("pdf", "%n comment(s)", None, doc.count("comment"))
                + ", "
                + translate("pdf", "{n} not resolved").format(n=open_n),
                st.soft,
            )
        )
        out.append(Spacer(1, 4 * k))
        head = [self.own(t, st.cell_head) for t in (translate("pdf", "On"), translate("pdf", "Comment"))]
        rows = [head]
        soft = self.soft_open
        for target in order:
            for c in doc.comments_on(target):
                a = nodes[c]
                where = (
                    translate("pdf", "The map")
                    if target is None
                    else f"{markup(self.name(target))}<br/>{soft}{markup(label(doc.kind_of(target)))}</font>"
                )
                byline = " · ".join(x for x in (a["author"], a["created"]) if x.strip())
                status = translate("pdf", "Resolved") if a["resolved"] else ""
                text = markup(clip(a["text"]))
                if byline or status:
                    text += f"<br/>{soft}{markup(' · '.join(x for x in (byline, status) if x))}</font>"
                rows.append([self.own(where, st.small), self.own(text, st.small)])
                self.tick("comments")
        cols = widths(self.width, {}, [0.8, 2.2])
        out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        return out
