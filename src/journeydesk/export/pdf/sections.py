"""The report sections after the map (platypus): persona profiles, the friction
register and the comments here; the stage scorecards and hotspots, which read
the analysis, in ``analysis_sections``. Each starts with a heading that is a
bookmark in the PDF outline. They are built inside the export's
``use_language`` block: every word is in the map's language.
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer, Table

from ...i18n import formats, translate
from ...model import labels as L
from ...model import vocabulary as V
from ...model.concerns import touchpoint_concerns
from ..fonts import markup
from .analysis_sections import AnalysisSections
from .blocks import SECTION_TITLES, Heading, SeverityMark, clip, signed, table_style, widths

__all__ = ["SECTION_TITLES", "SectionBuilder"]


class SectionBuilder(AnalysisSections):
    """Builds the flowables of each section for one document."""

    # ------------------------------------------------------------ personas
    def personas(self) -> list:
        st, k, nodes, doc = self.st, self.k, self.nodes, self.doc
        out: list = [self.heading("personas")]
        ids = [p for p in doc.personas() if self.persona in (None, p)]
        if not ids:
            out.append(self.p(translate("pdf", "This map has no personas."), st.soft))
            return out
        journey = doc.touchpoints()
        for i, p in enumerate(ids):
            a = nodes[p]
            name = a["name"].strip() or translate("pdf", "(unnamed persona)")
            head = f'<font color="{a["colour"]}">\u25a0</font> {markup(name)}'
            block: list = [Heading(head, st.h2, f"persona-{i}", name, 1)]
            if a["role"].strip():
                block.append(self.p(a["role"], st.soft))
            if a["quote"].strip():
                block.append(self.own(f"\u201c{markup(a['quote'])}\u201d", st.quote))
            concerns = [tp for tp in journey if touchpoint_concerns(nodes[tp], p)]
            emotions = [nodes[tp]["emotions"][p] for tp in journey if p in nodes[tp]["emotions"]]
            mots = [nodes[tp]["title"] for tp in concerns if nodes[tp]["moment_of_truth"]]
            facts = [translate("pdf", "%Ln touchpoint(s) on this persona's journey", None, len(concerns))]
            if emotions:
                facts.append(
                    translate("pdf", "emotion from {low} to {high}, average {average}").format(
                        low=signed(min(emotions), 0),
                        high=signed(max(emotions), 0),
                        average=signed(sum(emotions) / len(emotions)),
                    )
                )
            block.append(self.p(" \u00b7 ".join(facts), st.small_soft))
            block.append(Spacer(1, 4 * k))
            out.append(KeepTogether(block))
            # Goals, needs, frustrations and moments of truth side by side: a profile
            # reads at a glance, and wide paper is used, not left blank.
            titles = (
                translate("pdf", "Goals"),
                translate("pdf", "Needs"),
                translate("pdf", "Frustrations"),
                translate("pdf", "Moments of truth"),
            )
            body = [
                self.own(self.bullets(a[f], "\u2022"), st.small) for f in ("goals", "needs", "frustrations")
            ]
            body.append(self.own(self.bullets(mots, "\u2605"), st.small))
            out.append(
                Table(
                    [self.heads(titles), body],
                    colWidths=[self.width / 4] * 4,
                    splitInRow=1,
                    repeatRows=1,
                    style=table_style(k),
                )
            )
            if a["notes"].strip():
                out.append(self.p(translate("pdf", "Notes"), st.h3))
                out.append(self.p(clip(a["notes"], 20_000)))
            out.append(Spacer(1, 8 * k))
            self.tick("personas")
        return out

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
            out.append(self.p(translate("pdf", "No friction is recorded on this map."), st.soft))
            return out
        open_n = sum(1 for f in frs if nodes[f]["status"] != "resolved")
        summary = translate("pdf", "{frictions}, {open} not resolved; most severe first.").format(
            frictions=translate("pdf", "%Ln friction(s)", None, len(frs)), open=open_n
        )
        states = ", ".join(
            f"<b>{markup(L.evidence_label(s))}</b> ({markup(L.evidence_meaning(s))})"
            for s in V.EVIDENCE_STATUSES
        )
        evidence_key = markup(translate("pdf", "Evidence: {states}.")).replace("{states}", states)
        out.append(self.own(f"{markup(summary)} {evidence_key}", st.soft))
        out.append(Spacer(1, 4 * k))
        titles = (
            translate("pdf", "Severity"),
            translate("pdf", "Friction"),
            translate("pdf", "Where"),
            translate("pdf", "Evidence"),
            translate("pdf", "Opportunity"),
        )
        rows = [self.heads(titles)]
        for f in frs:
            rows.append(self._friction_row(f))
            self.tick("frictions")
        cols = widths(self.width, {0: 72 * k}, [0, 1.1, 0.8, 1.3, 1.1])
        out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        return out

    def _friction_row(self, f: str) -> list:
        st, k, nodes, doc = self.st, self.k, self.nodes, self.doc
        a = nodes[f]
        t = a["target"]
        bits = [L.category_label(a["category"]), L.status_label(a["status"])]
        if a["owner"].strip():
            bits.append(translate("pdf", "owner {owner}").format(owner=a["owner"]))
        friction = f"<b>{markup(clip(a['title'], 500))}</b><br/>{self.soft(' · '.join(bits))}"
        if a["description"].strip():
            friction += f"<br/>{markup(clip(a['description'], 600))}"
        if doc.kind_of(t) == "link":
            u, _ = doc.link_ends(t)
            place = markup(translate("pdf", "Step {step}").format(step=self.name(t)))
            stage = nodes[u]["stage"]
        else:
            place = markup(self.name(t))
            stage = nodes[t]["stage"]
        place += f"<br/>{self.soft(nodes[stage]['name'])}"
        ev = a["evidence"]
        evidence = f"<b>{markup(L.evidence_label(a['evidence_status']))}</b>"
        if ev["quote"].strip():
            evidence += f"<br/>\u201c{markup(clip(ev['quote']))}\u201d"
        src = []
        if ev["source"].strip():
            src.append(ev["source"])
        if ev["count"] is not None:
            src.append(translate("pdf", "count {count}").format(count=formats.number(ev["count"])))
        if src:
            evidence += f"<br/>{self.soft_open}\u2014 {markup(', '.join(src))}</font>"
        opp = (
            markup(clip(a["opportunity"]))
            if a["opportunity"].strip()
            else self.soft(translate("pdf", "none recorded yet"))
        )
        return [
            SeverityMark(a["severity"], a["status"] == "resolved", k),
            self.own(friction, st.small),
            self.own(place, st.small),
            self.own(evidence, st.small),
            self.own(opp, st.small),
        ]

    # ------------------------------------------------------------ comments
    def comments(self) -> list:
        """Every comment, grouped by what it is on (the map, then stages and cards in
        journey order), oldest first; resolved ones are marked."""
        st, k, nodes, doc = self.st, self.k, self.nodes, self.doc
        out: list = [self.heading("comments")]
        if not doc.count("comment"):
            out.append(self.p(translate("pdf", "No comment is recorded on this map."), st.soft))
            return out
        order = [None, *doc.stages(), *doc.touchpoints()]
        order += [f for tp in doc.touchpoints() for f in doc.frictions_on(tp)]
        order += [f for f in doc.frictions() if f not in order]
        open_n = sum(1 for c in doc.comments() if not nodes[c]["resolved"])
        summary = translate("pdf", "{comments}, {open} not resolved").format(
            comments=translate("pdf", "%Ln comment(s)", None, doc.count("comment")), open=open_n
        )
        out.append(self.p(summary, st.soft))
        out.append(Spacer(1, 4 * k))
        rows = [self.heads((translate("pdf", "On"), translate("pdf", "Comment")))]
        for target in order:
            for c in doc.comments_on(target):
                a = nodes[c]
                where = (
                    markup(translate("pdf", "The map"))
                    if target is None
                    else f"{markup(self.name(target))}<br/>{self.soft(L.kind_label(doc.kind_of(target)))}"
                )
                byline = " · ".join(x for x in (a["author"], formats.moment(a["created"])) if x.strip())
                status = translate("pdf", "Resolved") if a["resolved"] else ""
                text = markup(clip(a["text"]))
                if byline or status:
                    text += f"<br/>{self.soft(' · '.join(x for x in (byline, status) if x))}"
                rows.append([self.own(where, st.small), self.own(text, st.small)])
                self.tick("comments")
        cols = widths(self.width, {}, [0.8, 2.2])
        out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        return out
