"""The readable report of ``journeydesk analyze``: tables and sentences in the
chosen language (its sentences from ``analysis.words``), fitted to a terminal's
width. Imported when a report is printed (``analyze --help`` needs none of it)."""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Sequence
from typing import Any

from ..analysis import words
from ..analysis.lint import level_label
from ..i18n import QT_TRANSLATE_NOOP, formats, translate
from ..model.labels import kind_label, metric_label
from ..model.wording import counted

TITLE_WIDTH = 36
NBSP = "\u00a0"
REPORT_WIDTH = 100  # where lists of names wrap; tables take the width they need


# ---------------------------------------------------------------------- text
def clean(text: Any) -> str:
    """One line of printable text: control characters and line breaks become spaces."""
    text = "" if text is None else str(text)
    out = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return " ".join(out.split())


def width(text: str) -> int:
    """Columns the text takes in a terminal (wide East Asian characters take two)."""
    w = 0
    for c in text:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return w


def fit(text: Any, limit: int = TITLE_WIDTH) -> str:
    """Clean text cut to at most ``limit`` columns, with an ellipsis where cut."""
    text = clean(text)
    if width(text) <= limit:
        return text
    out, w = "", 0
    for c in text:
        cw = width(c)
        if w + cw > limit - 1:
            break
        out += c
        w += cw
    return out + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[int] = ()) -> list[str]:
    """Rows in aligned columns, two spaces apart; columns in ``right`` align right."""
    cells = [[clean(h) for h in headers]] + [[clean(c) for c in row] for row in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for r in cells:
        parts = []
        for i, c in enumerate(r):
            pad = " " * (widths[i] - width(c))
            parts.append(pad + c if i in right else c + pad)
        lines.append("  " + "  ".join(parts).rstrip())
    return lines


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else formats.number(value, digits)


def _n(value: int) -> str:
    return formats.number(value)


def _more(total: int, shown: int) -> list[str]:
    if total <= shown:
        return []
    message = translate("cli.analyze", "... and {count} more (--limit 0 lists all, --json gives everything)")
    return ["  " + message.format(count=_n(total - shown))]


def _head(items: list, limit: int) -> list:
    return items if limit == 0 else items[:limit]


def _names(refs: list[dict[str, Any]], limit: int) -> str:
    """Titles joined by commas; spaces inside a title are kept from wrapping."""
    shown = [fit(r["title"], 28).replace(" ", NBSP) for r in _head(refs, limit)]
    if len(refs) > len(shown):
        more = translate("cli.analyze", "... {count} more").format(count=_n(len(refs) - len(shown)))
        shown.append(more.replace(" ", NBSP))
    return ", ".join(shown)


def _wrapped(label: str, text: str) -> list[str]:
    pad = max(14, width(label))
    lines = textwrap.wrap(
        text,
        REPORT_WIDTH,
        initial_indent=f"    {label}{' ' * (pad - width(label))} ",
        subsequent_indent=" " * (pad + 5),
        break_on_hyphens=False,
        break_long_words=False,
    )
    return [line.replace(NBSP, " ") for line in lines]


def _hotspots(rows: list[dict[str, Any]], limit: int) -> list[str]:
    out = [translate("cli.analyze", "FRICTION HOTSPOTS ({count})").format(count=_n(len(rows)))]
    if not rows:
        return out + ["  " + translate("cli.analyze", "no unresolved friction")]
    score = translate(
        "cli.analyze",
        "score = severity load x volume factor x centrality factor (journeydesk analyze --help)",
    )
    out.append("  " + score)
    shown = _head(rows, limit)
    heads = ("#", *(translate("cli.analyze", t) for t in _HOTSPOT_HEADS))
    out += table(
        heads,
        [
            (
                r["rank"],
                formats.number(r["score"], 2),
                kind_label(r["kind"]),
                fit(r["title"]),
                fit(r["stage"]["title"], 20),
                words.hotspot_reason(r),
            )
            for r in shown
        ],
        right=(0, 1),
    )
    return out + _more(len(rows), len(shown))


_HOTSPOT_HEADS = (
    QT_TRANSLATE_NOOP("cli.analyze", "Score"),
    QT_TRANSLATE_NOOP("cli.analyze", "Kind"),
    QT_TRANSLATE_NOOP("cli.analyze", "Item"),
    QT_TRANSLATE_NOOP("cli.analyze", "Stage"),
    QT_TRANSLATE_NOOP("cli.analyze", "Why"),
)


def _paths(paths: list[dict[str, Any]], limit: int) -> list[str]:
    out = [translate("cli.analyze", "PERSONA PATHS")]
    for p in paths:
        sizes = translate("cli.analyze", "{touchpoints}, {links}").format(
            touchpoints=counted("touchpoint", p["touchpoints"]), links=counted("link", p["links"])
        )
        out.append(f"  {clean(words.persona_title(p))}: {sizes}")
        if p["entries"]:
            stage = clean(p["entries"][0]["stage"]["title"])
            starts = translate("cli.analyze", "{count} in {stage}: {names}").format(
                count=_n(len(p["entries"])), stage=stage, names=_names(p["entries"], limit)
            )
            out += _wrapped(translate("cli.analyze", "starts at"), starts)
        for key, label in (
            ("dead_ends", translate("cli.analyze", "dead ends")),
            ("unreachable", translate("cli.analyze", "unreachable")),
        ):
            if p[key]:
                out += _wrapped(label, f"{_n(len(p[key]))}: {_names(p[key], limit)}")
        if p["loops"]:
            more = "+" if p["loops_truncated"] else ""
            label = translate("cli.analyze", "loops")
            pad = " " * max(1, 15 - width(label))
            out.append(f"    {label}{pad}{_n(len(p['loops']))}{more}:")
            for loop in _head(p["loops"], limit):
                names = [fit(t["title"], 24) for t in loop]
                out.append("      " + " → ".join([*names, names[0]]))
        note = words.path_note(p)
        if note:
            out.append("    " + translate("cli.analyze", "note: {note}").format(note=note))
    return out


def _switches(sw: dict[str, Any], limit: int) -> list[str]:
    head = translate("cli.analyze", "CHANNEL SWITCHES ({total}; {flagged} with friction)")
    out = [head.format(total=_n(sw["total"]), flagged=_n(sw["flagged"]))]
    out += table(
        (
            translate("cli.analyze", "Stage"),
            translate("cli.analyze", "Switches"),
            translate("cli.analyze", "With friction"),
            translate("cli.analyze", "Channel breaks"),
        ),
        [
            (fit(s["title"], 24), _n(s["switches"]), _n(s["flagged"]), _n(s["channel_breaks"]))
            for s in sw["per_stage"]
        ],
        right=(1, 2, 3),
    )
    flagged = [s for s in sw["links"] if s["flagged"]]
    flagged.sort(key=lambda s: (not s["channel_break"], -max(f["severity"] for f in s["frictions"])))
    if flagged:
        out.append("")
        out.append("  " + translate("cli.analyze", "Switches with friction (channel breaks first):"))
        shown = _head(flagged, limit)
        out += table(
            (
                translate("cli.analyze", "From"),
                "",
                translate("cli.analyze", "To"),
                translate("cli.analyze", "Channels"),
                translate("cli.analyze", "Friction"),
            ),
            [
                (
                    fit(s["source"]["title"], 28),
                    "→",
                    fit(s["target"]["title"], 28),
                    f"{fit(s['from_channel']['title'], 16)} → {fit(s['to_channel']['title'], 16)}",
                    fit(_switch_friction(s), 40),
                )
                for s in shown
            ],
        )
        out += _more(len(flagged), len(shown))
    return out


def _switch_friction(s: dict[str, Any]) -> str:
    worst = max(f["severity"] for f in s["frictions"])
    if s["channel_break"]:
        text = translate("cli.analyze", "{count} (max severity {severity}); channel break")
    else:
        text = translate("cli.analyze", "{count} (max severity {severity})")
    return text.format(count=_n(len(s["frictions"])), severity=worst)


_STAGE_HEADS = (
    QT_TRANSLATE_NOOP("cli.analyze", "Stage"),
    QT_TRANSLATE_NOOP("cli.analyze", "Touchpoints"),
    QT_TRANSLATE_NOOP("cli.analyze", "Friction 4/3/2/1"),
    QT_TRANSLATE_NOOP("cli.analyze", "Resolved"),
    QT_TRANSLATE_NOOP("cli.analyze", "Switches"),
    QT_TRANSLATE_NOOP("cli.analyze", "Moments of truth"),
)


def _stages(stages: list[dict[str, Any]]) -> list[str]:
    out = [translate("cli.analyze", "STAGE SCORECARD")]
    out += table(
        (
            *(translate("cli.analyze", t) for t in _STAGE_HEADS[:2]),
            *(metric_label(m) for m in ("csat", "nps", "ces")),
            *(translate("cli.analyze", t) for t in _STAGE_HEADS[2:]),
        ),
        [
            (
                fit(s["title"], 24),
                _n(s["touchpoints"]),
                _num(s["csat"]),
                _num(s["nps"]),
                _num(s["ces"], 2),
                "/".join(str(s["frictions_by_severity"][k]) for k in ("4", "3", "2", "1")),
                _n(s["frictions_resolved"]),
                _n(s["channel_switches"]),
                _n(len(s["moments_of_truth"])),
            )
            for s in stages
        ],
        right=(1, 2, 3, 4, 5, 6, 7, 8),
    )
    if stages and stages[0]["emotion"]:
        out.append("")
        out.append("  " + translate("cli.analyze", "Average emotion (-3..+3) per persona:"))
        personas = [fit(e["persona"]["title"], 20) for e in stages[0]["emotion"]]
        out += table(
            (translate("cli.analyze", "Stage"), *personas),
            [(fit(s["title"], 24), *(_num(e["average"]) for e in s["emotion"])) for s in stages],
            right=tuple(range(1, len(personas) + 1)),
        )
    return out


def _lint(findings: list[dict[str, Any]], limit: int) -> list[str]:
    summary = words.lint_summary(findings) or translate("cli.analyze", "nothing to report")
    out = [translate("cli.analyze", "LINT ({summary})").format(summary=summary)]
    shown = _head(findings, limit)
    if shown:
        out += table(
            (
                translate("cli.analyze", "Level"),
                translate("cli.analyze", "Rule"),
                translate("cli.analyze", "Item"),
                translate("cli.analyze", "Message"),
            ),
            [(level_label(f["level"]), f["rule"], fit(f["title"]), words.lint_message(f)) for f in shown],
        )
    return out + _more(len(findings), len(shown))


def report(doc, result: dict[str, Any], limit: int = 20) -> str:
    """The analysis as a plain-text report with aligned columns."""
    meta = doc.meta
    head = [
        translate("cli.analyze", "Analysis of {title}").format(title=clean(meta["title"])),
        ", ".join(counted(k, doc.count(k)) for k in ("touchpoint", "link", "friction", "persona", "stage")),
    ]
    sections = [
        head,
        _hotspots(result["hotspots"], limit),
        _paths(result["paths"], limit),
        _switches(result["channel_switches"], limit),
        _stages(result["stages"]),
        _lint(result["lint"], limit),
    ]
    return "\n\n".join("\n".join(s) for s in sections) + "\n"
