"""journeydesk analyze FILE [--json]: friction hotspots, persona paths, channel
switches, the stage scorecard and lint, as a readable report or as JSON."""

from __future__ import annotations

import gc
import json
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from typing import Any

from .common import load_or_report

HELP = (
    "Analyse a map: friction hotspots, persona paths (dead ends, unreachable touchpoints, loops), "
    "channel switches, a scorecard per stage, and lint. Prints a report, or JSON with --json."
)

EPILOG = (
    "Hotspot score = severity load x volume factor x centrality factor: severity summed over open "
    "(x1) and in-progress (x0.5) frictions; 1 + log10(1 + volume)/4 where volume is known; "
    "1 + 2 x the share of shortest routes through the item. "
    "JSON keys: hotspots, paths, channel_switches, stages, lint. "
    "Exit status: 0 analysed, 1 the file could not be read, 2 wrong usage."
)

TITLE_WIDTH = 36
NBSP = "\u00a0"
REPORT_WIDTH = 100  # where lists of names wrap; tables take the width they need


def configure(parser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("file", metavar="FILE", help="a map file (*.journey.json)")
    parser.add_argument(
        "--json", action="store_true", help="print JSON (every result, no limit) instead of a report"
    )
    parser.add_argument(
        "--limit",
        type=_limit,
        default=20,
        metavar="N",
        help="in the report, list at most N entries per section (default 20; 0 lists all)",
    )


def _limit(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number (got {text!r})") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def run(args) -> int:
    doc = load_or_report(args.file)
    if doc is None:
        return 1
    from ..analysis import analyze

    # The map lives until the command ends: keep the garbage collector from walking it
    # again and again while the analysis allocates its results (~10% of the run).
    gc.freeze()

    result = analyze(doc)
    if args.json:
        # Compact: the C encoder is ten times faster than indent= on a big map; pipe to jq to read.
        sys.stdout.write(json.dumps(result, ensure_ascii=False))
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report(doc, result, args.limit))
    return 0


# ---------------------------------------------------------------------- text
def count(n: int, noun: str) -> str:
    """'1 stage', '2 stages'."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


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
    return "-" if value is None else f"{value:,.{digits}f}"


def _more(total: int, shown: int) -> list[str]:
    return (
        [f"  ... and {total - shown:,} more (--limit 0 lists all, --json gives everything)"]
        if total > shown
        else []
    )


def _head(items: list, limit: int) -> list:
    return items if limit == 0 else items[:limit]


def _names(refs: list[dict[str, Any]], limit: int) -> str:
    """Titles joined by commas; spaces inside a title are kept from wrapping."""
    shown = [fit(r["title"], 28).replace(" ", NBSP) for r in _head(refs, limit)]
    rest = f", ...{NBSP}{len(refs) - len(shown):,}{NBSP}more" if len(refs) > len(shown) else ""
    return ", ".join(shown) + rest


def _wrapped(label: str, text: str) -> list[str]:
    lines = textwrap.wrap(
        text,
        REPORT_WIDTH,
        initial_indent=f"    {label:<14} ",
        subsequent_indent=" " * 19,
        break_on_hyphens=False,
        break_long_words=False,
    )
    return [line.replace(NBSP, " ") for line in lines]


def _hotspots(rows: list[dict[str, Any]], limit: int) -> list[str]:
    out = [f"FRICTION HOTSPOTS ({len(rows):,})"]
    if not rows:
        return out + ["  no unresolved friction"]
    out.append("  score = severity load x volume factor x centrality factor (journeydesk analyze --help)")
    shown = _head(rows, limit)
    out += table(
        ("#", "Score", "Kind", "Item", "Stage", "Why"),
        [
            (
                r["rank"],
                f"{r['score']:.2f}",
                r["kind"],
                fit(r["title"]),
                fit(r["stage"]["title"], 20),
                r["reason"],
            )
            for r in shown
        ],
        right=(0, 1),
    )
    return out + _more(len(rows), len(shown))


def _paths(paths: list[dict[str, Any]], limit: int) -> list[str]:
    out = ["PERSONA PATHS"]
    for p in paths:
        out.append(
            f"  {clean(p['title'])}: {count(p['touchpoints'], 'touchpoint')}, {count(p['links'], 'link')}"
        )
        if p["entries"]:
            stage = clean(p["entries"][0]["stage"]["title"])
            out += _wrapped("starts at", f"{len(p['entries']):,} in {stage}: {_names(p['entries'], limit)}")
        for key, label in (("dead_ends", "dead ends"), ("unreachable", "unreachable")):
            if p[key]:
                out += _wrapped(label, f"{len(p[key]):,}: {_names(p[key], limit)}")
        if p["loops"]:
            more = "+" if p["loops_truncated"] else ""
            out.append(f"    loops          {len(p['loops']):,}{more}:")
            for loop in _head(p["loops"], limit):
                names = [fit(t["title"], 24) for t in loop]
                out.append("      " + " → ".join([*names, names[0]]))
        if p["note"]:
            out.append(f"    note: {p['note']}")
    return out


def _switches(sw: dict[str, Any], limit: int) -> list[str]:
    out = [f"CHANNEL SWITCHES ({sw['total']:,}; {sw['flagged']:,} with friction)"]
    out += table(
        ("Stage", "Switches", "With friction", "Channel breaks"),
        [
            (fit(s["title"], 24), f"{s['switches']:,}", f"{s['flagged']:,}", f"{s['channel_breaks']:,}")
            for s in sw["per_stage"]
        ],
        right=(1, 2, 3),
    )
    flagged = [s for s in sw["links"] if s["flagged"]]
    flagged.sort(key=lambda s: (not s["channel_break"], -max(f["severity"] for f in s["frictions"])))
    if flagged:
        out.append("")
        out.append("  Switches with friction (channel breaks first):")
        shown = _head(flagged, limit)
        out += table(
            ("From", "", "To", "Channels", "Friction"),
            [
                (
                    fit(s["source"]["title"], 28),
                    "→",
                    fit(s["target"]["title"], 28),
                    f"{fit(s['from_channel']['title'], 16)} → {fit(s['to_channel']['title'], 16)}",
                    fit(
                        f"{len(s['frictions'])} (max severity {max(f['severity'] for f in s['frictions'])})"
                        + ("; channel break" if s["channel_break"] else ""),
                        40,
                    ),
                )
                for s in shown
            ],
        )
        out += _more(len(flagged), len(shown))
    return out


def _stages(stages: list[dict[str, Any]]) -> list[str]:
    out = ["STAGE SCORECARD"]
    out += table(
        (
            "Stage",
            "Touchpoints",
            "CSAT %",
            "NPS",
            "CES",
            "Friction 4/3/2/1",
            "Resolved",
            "Switches",
            "Moments of truth",
        ),
        [
            (
                fit(s["title"], 24),
                f"{s['touchpoints']:,}",
                _num(s["csat"]),
                _num(s["nps"]),
                _num(s["ces"], 2),
                "/".join(str(s["frictions_by_severity"][k]) for k in ("4", "3", "2", "1")),
                f"{s['frictions_resolved']:,}",
                f"{s['channel_switches']:,}",
                f"{len(s['moments_of_truth']):,}",
            )
            for s in stages
        ],
        right=(1, 2, 3, 4, 5, 6, 7, 8),
    )
    if stages and stages[0]["emotion"]:
        out.append("")
        out.append("  Average emotion (-3..+3) per persona:")
        personas = [fit(e["persona"]["title"], 20) for e in stages[0]["emotion"]]
        out += table(
            ("Stage", *personas),
            [(fit(s["title"], 24), *(_num(e["average"]) for e in s["emotion"])) for s in stages],
            right=tuple(range(1, len(personas) + 1)),
        )
    return out


def _lint(findings: list[dict[str, Any]], limit: int) -> list[str]:
    counts = {lvl: sum(1 for f in findings if f["level"] == lvl) for lvl in ("error", "warning", "info")}
    summary = ", ".join(f"{n:,} {lvl}{'s' if n != 1 else ''}" for lvl, n in counts.items() if n)
    out = [f"LINT ({summary or 'nothing to report'})"]
    shown = _head(findings, limit)
    if shown:
        out += table(
            ("Level", "Rule", "Item", "Message"),
            [(f["level"], f["rule"], fit(f["title"]), f["message"]) for f in shown],
        )
    return out + _more(len(findings), len(shown))


def report(doc, result: dict[str, Any], limit: int = 20) -> str:
    """The analysis as a plain-text report with aligned columns."""
    meta = doc.meta
    head = [
        f"Analysis of {clean(meta['title'])!s}",
        (", ".join(count(doc.count(k), k) for k in ("touchpoint", "link", "friction", "persona", "stage"))),
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
