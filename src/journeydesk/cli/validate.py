"""journeydesk validate FILE...: check map files."""

from __future__ import annotations

import sys

from ..i18n import translate
from .common import load_checked

CONTEXT = "cli.validate"


def configure(parser) -> None:
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help=translate("cli.validate", "map files (*.journey.json)")
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help=translate("cli.validate", "print problems only, not 'ok' lines"),
    )


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
            print(translate("cli.validate", "{path}: ok").format(path=path), file=sys.stderr)
    return status
