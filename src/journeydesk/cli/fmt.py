"""journeydesk fmt FILE... [--check]: rewrite maps in canonical form."""

from __future__ import annotations

import sys
from pathlib import Path

from ..i18n import translate
from .common import load_or_report

CONTEXT = "cli.fmt"


def configure(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help=translate("cli.fmt", "map files to format"))
    parser.add_argument(
        "--check",
        action="store_true",
        help=translate("cli.fmt", "change nothing; exit 1 if any file is not in canonical form"),
    )


def run(args) -> int:
    from ..io import SaveError, dumps, write_atomic

    status = 0
    for path in args.files:
        doc = load_or_report(path)
        if doc is None:
            status = 1
            continue
        text = dumps(doc).encode("utf-8")
        try:
            if Path(path).read_bytes() == text:
                continue
        except OSError as exc:  # gone or locked since it was loaded
            message = translate("cli.fmt", "{path}: cannot be read: {reason}")
            print(message.format(path=path, reason=exc.strerror or exc), file=sys.stderr)
            status = 1
            continue
        if args.check:
            print(
                translate("cli.fmt", "{path}: not in canonical form (run: journeydesk fmt {path})").format(
                    path=path
                )
            )
            status = 1
            continue
        try:
            write_atomic(path, text)
        except SaveError as err:
            print(err, file=sys.stderr)
            status = 1
            continue
        print(translate("cli.fmt", "{path}: formatted").format(path=path), file=sys.stderr)
    return status
