"""journeydesk merge BASE OURS THEIRS -o OUT: a three-way merge by id and field.

Usable as a git merge driver (see README): ``journeydesk merge %O %A %B -o %A
--name %P``. Exit codes: 0 merged (conflicts, if any, settled by --ours or
--theirs), 1 conflicts left with the OURS value (listed on stderr), 2 bad input.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from ..i18n import QT_TRANSLATE_NOOP, translate
from .common import load_checked

if TYPE_CHECKING:
    from ..model import JourneyDocument

CONTEXT = "cli.merge"
EPILOG = QT_TRANSLATE_NOOP(
    "cli.merge",
    "As a git merge driver: in .gitattributes '*.journey.json merge=journeydesk'; then "
    "git config merge.journeydesk.driver 'journeydesk merge %O %A %B -o %A --name %P'. "
    "Exit status: 0 merged, 1 conflicts left as the OURS value, 2 a file could not be read.",
)


def configure(parser) -> None:
    parser.epilog = translate(CONTEXT, EPILOG)
    parser.add_argument("base", metavar="BASE", help=translate("cli.merge", "the common ancestor"))
    parser.add_argument("ours", metavar="OURS", help=translate("cli.merge", "our edited copy"))
    parser.add_argument("theirs", metavar="THEIRS", help=translate("cli.merge", "their edited copy"))
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=translate("cli.merge", "where to write the merge"),
    )
    side = parser.add_mutually_exclusive_group()
    side.add_argument(
        "--ours",
        dest="prefer",
        action="store_const",
        const="ours",
        help=translate("cli.merge", "settle conflicts with our value"),
    )
    side.add_argument(
        "--theirs",
        dest="prefer",
        action="store_const",
        const="theirs",
        help=translate("cli.merge", "settle conflicts with their value"),
    )
    parser.add_argument(
        "--name", metavar="NAME", help=translate("cli.merge", "the file's name in messages (git: %%P)")
    )


def _load(path: str, may_be_empty: bool) -> JourneyDocument | None:
    # git gives an empty file as the ancestor of two files added on both sides.
    if may_be_empty and os.path.isfile(path) and os.path.getsize(path) == 0:
        from ..model import JourneyDocument

        return JourneyDocument()
    doc, problems = load_checked(path)
    for line in problems:
        print(line, file=sys.stderr)
    return doc


def run(args) -> int:
    from ..io import SaveError, save
    from ..io.errors import one_line

    docs = [_load(args.base, True), _load(args.ours, False), _load(args.theirs, False)]
    if None in docs:
        return 2
    from ..versions import merge
    from ..versions.conflicts import conflict_line

    result = merge(*docs, prefer=args.prefer or "ours")
    name = one_line(args.name or args.output)
    for c in result.conflicts:
        print(f"{name}: {conflict_line(result, docs, c)}", file=sys.stderr)
    try:
        save(result.document, args.output)
    except SaveError as err:
        print(one_line(str(err)), file=sys.stderr)
        return 2
    if result.conflicts and not args.prefer:
        print(
            translate(
                "cli.merge",
                "{name}: %Ln conflict(s), left as our value; check them and save again",
                None,
                len(result.conflicts),
            ).format(name=name),
            file=sys.stderr,
        )
        return 1
    return 0
