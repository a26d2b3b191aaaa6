"""journeydesk analyze FILE [--json]: friction hotspots, persona paths, channel
switches, the stage scorecard and lint, as a readable report or as JSON.

The report is in the chosen language (its sentences from ``analysis.words``);
the JSON is the analysis's language-neutral data, the same bytes in any."""

from __future__ import annotations

import gc
import json
import sys

from ..i18n import QT_TRANSLATE_NOOP, translate
from .common import load_or_report

CONTEXT = "cli.analyze"
EPILOG = QT_TRANSLATE_NOOP(
    "cli.analyze",
    "Hotspot score = severity load x volume factor x centrality factor: severity summed over open "
    "(x1) and in-progress (x0.5) frictions; 1 + log10(1 + volume)/4 where volume is known; "
    "1 + 2 x the share of shortest routes through the item. "
    "JSON keys: hotspots, paths, channel_switches, stages, lint. "
    "Exit status: 0 analysed, 1 the file could not be read, 2 wrong usage.",
)


def configure(parser) -> None:
    parser.epilog = translate(CONTEXT, EPILOG)
    parser.add_argument("file", metavar="FILE", help=translate("cli.analyze", "a map file (*.journey.json)"))
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("cli.analyze", "print JSON (every result, no limit) instead of a report"),
    )
    parser.add_argument(
        "--limit",
        type=_limit,
        default=20,
        metavar="N",
        help=translate(
            "cli.analyze", "in the report, list at most N entries per section (default 20; 0 lists all)"
        ),
    )


def _limit(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        message = translate("cli.analyze", "must be a whole number (got {text})")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate("cli.analyze", "must be 0 or more"))
    return value


def run(args) -> int:
    doc = load_or_report(args.file)
    if doc is None:
        return 1
    from ..analysis import analyze
    from .analyze_report import report

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
