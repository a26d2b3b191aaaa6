"""journeydesk validate FILE...: check map files."""

from __future__ import annotations

import sys

from ..io import LoadError, load

HELP = "Check map files; print one line per problem as FILE: PLACE: what is wrong."


def configure(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="map files (*.journey.json)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only, not 'ok' lines")


def run(args) -> int:
    status = 0
    for path in args.files:
        try:
            load(path)
        except LoadError as err:
            status = 1
            for line in err.lines():
                print(line)
            continue
        if not args.quiet:
            print(f"{path}: ok", file=sys.stderr)
    return status
