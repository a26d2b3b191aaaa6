"""journeydesk validate FILE...: check map files."""

from __future__ import annotations

import sys

from .common import load_checked

HELP = "Check map files; print one line per problem as FILE: PLACE: what is wrong."


def configure(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="map files (*.journey.json)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only, not 'ok' lines")


def run(args) -> int:
    status = 0
    for path in args.files:
        doc, problems = load_checked(path)
        if doc is None:
            status = 1
            for line in problems:
                print(line)
            continue
        if not args.quiet:
            print(f"{path}: ok", file=sys.stderr)
    return status
