"""journeydesk diff OLD NEW [--json]: what changed between two versions of a map.

Exit codes, like diff(1): 0 the maps are equal, 1 they differ, 2 bad input.
"""

from __future__ import annotations

import json
import sys

from ..i18n import QT_TRANSLATE_NOOP, translate
from .common import load_checked

CONTEXT = "cli.diff"
EPILOG = QT_TRANSLATE_NOOP(
    "cli.diff",
    "The map's created and modified stamps are not compared. "
    "Exit status: 0 equal, 1 different, 2 a file could not be read (or wrong usage).",
)


def configure(parser) -> None:
    parser.epilog = translate(CONTEXT, EPILOG)
    parser.add_argument("old", metavar="OLD", help=translate("cli.diff", "the earlier map"))
    parser.add_argument("new", metavar="NEW", help=translate("cli.diff", "the later map"))
    parser.add_argument(
        "--json", action="store_true", help=translate("cli.diff", "print JSON instead of a report")
    )


def run(args) -> int:
    docs = []
    for path in (args.old, args.new):
        doc, problems = load_checked(path)
        for line in problems:
            print(line, file=sys.stderr)
        docs.append(doc)
    if None in docs:
        return 2
    from ..versions import diff, report, to_json

    result = diff(docs[0], docs[1])
    if args.json:
        data = to_json(result)
        data["old"], data["new"] = args.old, args.new
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(report(result, args.old, args.new))
    return 0 if result.equal else 1
