"""The report sections that read the analysis: stage scorecards, friction
hotspots and the channel switches under them. Their sentences come from
``analysis.words`` (the hotspot reasons), their numbers from
``i18n.formats``, in the map's language."""

from __future__ import annotations

from reportlab.platypus import Spacer, Table

from ...analysis import words
from ...i18n import formats, translate
from ...model import labels as L
from ..fonts import markup
from .blocks import (
    DASH,
    TOP_ROWS,
    Heading,
    SectionBase,
    clip,
    head_width,
    more_line,
    plain,
    sev_glyph,
    signed,
    table_style,
    widths,
)


class AnalysisSections(SectionBase):
    # ------------------------------------------------------------ scorecards
    def scorecards(self) -> list:
        if self.analysis is None:
            return self.no_analysis("scorecards")
        st, k = self.st, self.k
        out: list = [self.heading("scorecards")]
        rows_in = self.analysis.get("stages", [])
        if not rows_in:
            out.append(self.p(translate("pdf", "This map has no stages."), st.soft))
            return out
        note = translate(
            "pdf",
            "Metrics are means over the stage's touchpoints that carry them (\u2013 when none does). "
            "Frictions count where they sit: on a touchpoint of the stage or on a step starting in it.",
        )
        out.append(self.p(note, st.soft))
        out.append(Spacer(1, 4 * k))
        titles = (
            translate("pdf", "Stage"),
            translate("pdf", "Touchpoints"),
            L.metric_label("csat"),
            L.metric_label("nps"),
            L.metric_label("ces"),
            translate("pdf", "Emotion by persona"),
            translate("pdf", "Open frictions"),
            translate("pdf", "Resolved"),
            translate("pdf", "Channel switches"),
            translate("pdf", "Moments of truth"),
        )
        rows = [self.heads(titles)]
        for r in rows_in:
            rows.append(self._scorecard_row(r))
            self.tick("scorecards")
        fixed = {i: head_width(titles[i], st.cell_head, 36 * k) for i in (1, 2, 3, 4, 7)}
        # "Channel switches" may wrap: as wide as its longest word.
        fixed[8] = max(head_width(w, st.cell_head, 36 * k) for w in titles[8].split() or [""])
        cols = widths(self.width, fixed, [1.0, 0, 0, 0, 0, 1.1, 0.7, 0, 0, 1.1])
        out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        return out

    def _scorecard_row(self, r: dict) -> list:
        st, nodes = self.st, self.nodes
        emo = [
            f'<font color="{nodes[e["persona"]["id"]]["colour"]}">\u25cf</font> '
            f"{markup(e['persona']['title'])} {signed(e['average'])}"
            for e in r.get("emotion", [])
            if e.get("average") is not None and e["persona"]["id"] in nodes
        ]
        sev = r.get("frictions_by_severity", {})
        fr = " ".join(f"{sev_glyph(int(s))}\u2009{sev.get(s, 0)}" for s in ("4", "3", "2", "1") if sev.get(s))
        mots = r.get("moments_of_truth", [])
        moments = "<br/>".join("\u2605 " + markup(clip(m["title"], 200)) for m in mots[:12])
        if len(mots) > 12:
            moments += "<br/>" + more_line(len(mots) - 12)
        return [
            self.p(r.get("title", ""), st.small),
            formats.number(r.get("touchpoints", 0)),
            plain(r.get("csat"), 1),
            signed(r.get("nps")),
            plain(r.get("ces"), 1),
            self.own("<br/>".join(emo) or DASH, st.small),
            self.own(fr or markup(translate("pdf", "none")), st.small),
            formats.number(r.get("frictions_resolved", 0)),
            formats.number(r.get("channel_switches", 0)),
            self.own(moments or DASH, st.small),
        ]

    # ------------------------------------------------------------ hotspots
    def hotspots(self) -> list:
        if self.analysis is None:
            return self.no_analysis("hotspots")
        st, k = self.st, self.k
        out: list = [self.heading("hotspots")]
        spots = self.analysis.get("hotspots", [])
        if not spots:
            message = translate("pdf", "No hotspots: no touchpoint or step carries unresolved friction.")
            out.append(self.p(message, st.soft))
        else:
            shown = spots[:TOP_ROWS]
            intro = translate(
                "pdf",
                "Where fixing friction matters most: severity of unresolved friction, weighted by how many "
                "customers pass (volume) and how much of the journey flows through the place.",
            )
            if len(spots) > len(shown):
                more = translate(
                    "pdf", "The top {shown} of {total} are listed; `journeydesk analyze` lists all."
                ).format(shown=len(shown), total=formats.number(len(spots)))
                intro = f"{intro} {more}"
            out.append(self.p(intro, st.soft))
            out.append(Spacer(1, 4 * k))
            titles = (
                "#",
                translate("pdf", "Where"),
                translate("pdf", "Score"),
                translate("pdf", "Frictions"),
            )
            rows = [self.heads((*titles, translate("pdf", "Why")))]
            for h in shown:
                rows.append(self._hotspot_row(h))
                self.tick("hotspots")
            cols = widths(self.width, {0: 22 * k, 2: 40 * k}, [0, 1.0, 0, 1.2, 1.1])
            out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        out.extend(self.switches())
        return out

    def _hotspot_row(self, h: dict) -> list:
        st = self.st
        kind = translate("pdf", "step") if h.get("kind") == "link" else translate("pdf", "touchpoint")
        where = self.own(
            f"<b>{markup(clip(h.get('title', ''), 300))}</b><br/>"
            + self.soft(f"{kind} \u00b7 {h.get('stage', {}).get('title', '')}"),
            st.small,
        )
        frs = "<br/>".join(
            f"{sev_glyph(f['severity'], f.get('status') == 'resolved')} {markup(clip(f['title'], 200))}"
            for f in h.get("frictions", [])[:10]
        )
        if len(h.get("frictions", [])) > 10:
            frs += "<br/>" + more_line(len(h["frictions"]) - 10)
        return [
            str(h.get("rank", "")),
            where,
            formats.number(h.get("score", 0)),
            self.own(frs, st.small),
            self.p(words.hotspot_reason(h), st.small_soft),
        ]

    def switches(self) -> list:
        st, k = self.st, self.k
        sw = self.analysis.get("channel_switches") if self.analysis else None
        if not sw:
            return []
        title = translate("pdf", "Channel switches")
        out: list = [Heading(markup(title), st.h2, "section-switches", title, 1)]
        total, flagged = sw.get("total", 0), sw.get("flagged", 0)
        summary = translate(
            "pdf",
            "{steps} where the customer changes channel; {flagged} with unresolved friction on the step or "
            "where the customer lands (listed below).",
        ).format(steps=translate("pdf", "%Ln step(s)", None, total), flagged=formats.number(flagged))
        out.append(self.p(summary, st.soft))
        bad = [s for s in sw.get("links", []) if s.get("flagged")][:TOP_ROWS]
        if bad:
            out.append(Spacer(1, 4 * k))
            titles = (
                translate("pdf", "From"),
                translate("pdf", "To"),
                translate("pdf", "Channels"),
                translate("pdf", "Stage"),
                translate("pdf", "Frictions"),
            )
            rows = [self.heads(titles)]
            for s in bad:
                frs = "<br/>".join(
                    f"{sev_glyph(f['severity'])} {markup(clip(f['title'], 200))}"
                    for f in s.get("frictions", [])[:8]
                )
                channels = f"{markup(s['from_channel']['title'])} \u2192 {markup(s['to_channel']['title'])}"
                if s.get("channel_break"):
                    channels += f" <b>{markup(translate('pdf', '(channel break)'))}</b>"
                rows.append(
                    [
                        self.p(clip(s["source"]["title"], 300), st.small),
                        self.p(clip(s["target"]["title"], 300), st.small),
                        self.own(channels, st.small),
                        self.p(s["stage"]["title"], st.small_soft),
                        self.own(frs, st.small),
                    ]
                )
            cols = widths(self.width, {}, [1, 1, 1, 0.7, 1.3])
            out.append(Table(rows, colWidths=cols, repeatRows=1, splitInRow=1, style=table_style(k)))
        return out
