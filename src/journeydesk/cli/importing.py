"""journeydesk import FILE.csv|FILE.xlsx -o MAP.journey.json: a spreadsheet as a map.

Exit codes: 0 imported, 1 the spreadsheet (or the destination) is the problem,
2 wrong usage. A file with bad rows imports nothing unless ``--skip-bad``.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..io import LoadError, SaveError, save
from ..io.errors import one_line
from ..io.tabular import FIELDS, SHAPES, MappingError, import_file
from ..model import FieldError, JourneyDocument
from ..model import fields as F
from .common import bug_line, error_line

CONTEXT = "cli.import"
EPILOG = QT_TRANSLATE_NOOP(
    "cli.import",
    "Shapes: 'long' has one touchpoint per row and a header row naming the fields (in English, "
    "Indonesian or Malay: stage/tahap/peringkat, channel/saluran, owner/pemilik, friction/hambatan...); "
    "'grid' has stages across the first row, lanes down the first column and card texts in the cells "
    "(several cards in a cell separated by blank lines or bullets). Fields for --map: {fields}, or "
    "emotion:PERSONA. Exit status: 0 imported, 1 the file has problems, 2 wrong usage.",
).format(fields=", ".join(FIELDS))


def _mapping(text: str) -> tuple[str, str]:
    column, sep, field = text.rpartition("=")
    if not sep or not column.strip() or not field.strip():
        raise argparse.ArgumentTypeError(
            translate("cli.import", "must be COLUMN=FIELD, e.g. Fase=stage (got {text})").format(
                text=repr(text)
            )
        )
    return column.strip(), field.strip()


def _language(text: str) -> str:
    try:
        JourneyDocument(language=text)
    except FieldError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _title(text: str) -> str:
    try:
        return F.name(text)
    except FieldError as exc:
        raise argparse.ArgumentTypeError(f"the title {exc}") from None


def configure(parser) -> None:
    parser.epilog = translate(CONTEXT, EPILOG)
    parser.add_argument("file", metavar="FILE", help=translate("cli.import", "a .csv or .xlsx file"))
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=translate("cli.import", "the map to write (*.journey.json)"),
    )
    parser.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("cli.import", ".xlsx: the sheet to read (default: the first)"),
    )
    parser.add_argument(
        "--map",
        dest="mapping",
        action="append",
        type=_mapping,
        default=[],
        metavar="COLUMN=FIELD",
        help=translate("cli.import", "read column COLUMN (its header, or a letter) as FIELD; repeatable"),
    )
    parser.add_argument(
        "--shape", choices=SHAPES, default="auto", help=translate("cli.import", "default: auto-detect")
    )
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help=translate("cli.import", "import the good rows even if some rows are bad"),
    )
    parser.add_argument(
        "--title", type=_title, help=translate("cli.import", "the map's title (default: the file's name)")
    )
    parser.add_argument(
        "--language", type=_language, help=translate("cli.import", "the map's language tag, e.g. en, id, ms")
    )
    parser.add_argument(
        "--force", action="store_true", help=translate("cli.import", "overwrite OUT if it exists")
    )


def run(args) -> int:
    if os.path.exists(args.output) and not args.force:
        print(
            translate("cli.import", "{out}: already exists (use --force to overwrite it)").format(
                out=one_line(args.output)
            ),
            file=sys.stderr,
        )
        return 1
    try:
        result = import_file(
            args.file,
            sheet=args.sheet,
            mapping=dict(args.mapping),
            shape=args.shape,
            title=args.title,
            language=args.language,
        )
    except MappingError as exc:
        print(error_line(f"--map: {exc}", "import"), file=sys.stderr)
        return 2
    except LoadError as err:
        for line in err.lines():
            print(line, file=sys.stderr)
        return 1
    except Exception as exc:  # a bug met on strange input is one line, not a traceback
        if os.environ.get("JOURNEYDESK_DEBUG"):
            raise
        print(bug_line(args.file, exc, reading=False), file=sys.stderr)
        return 1
    return _finish(args, result)


def _finish(args, result) -> int:
    name = one_line(args.file)
    for problem in result.problems:
        print(problem.format(args.file), file=sys.stderr)
    if result.problems and not args.skip_bad:
        print(
            translate(
                "cli.import",
                "{file}: %Ln bad row(s); nothing imported (--skip-bad imports the other rows)",
                None,
                result.bad_rows,
            ).format(file=name),
            file=sys.stderr,
        )
        return 1
    counts = result.counts()
    if not counts.get("touchpoint") and not counts.get("stage"):
        print(
            translate("cli.import", "{file}: nothing to import (no rows under the header)").format(file=name),
            file=sys.stderr,
        )
        return 1
    for header in result.unused:
        print(
            translate(
                "cli.import", "{file}: column {column} not imported (name its field with --map)"
            ).format(file=name, column=repr(header)),
            file=sys.stderr,
        )
    try:
        save(result.document, args.output)
    except SaveError as err:
        print(one_line(str(err)), file=sys.stderr)
        return 1
    print(summary_line(args.file, args.output, result), file=sys.stderr)
    return 0


def summary_line(file: str, out: str, result) -> str:
    c = result.counts()
    parts = [
        translate("cli.import", "%Ln touchpoint(s)", None, c.get("touchpoint", 0)),
        translate("cli.import", "%Ln stage(s)", None, c.get("stage", 0)),
        translate("cli.import", "%Ln lane(s)", None, c.get("lane", 0)),
        translate("cli.import", "%Ln channel(s)", None, c.get("channel", 0)),
        translate("cli.import", "%Ln persona(s)", None, c.get("persona", 0)),
        translate("cli.import", "%Ln friction(s)", None, c.get("friction", 0)),
    ]
    table = result.table
    how = [
        translate("cli.import", "long form") if result.shape == "long" else translate("cli.import", "grid")
    ]
    if table.source == "csv":
        how.append(translate("cli.import", "{delimiter}-separated").format(delimiter=repr(table.delimiter)))
        how.append(table.encoding)
    else:
        how.append(translate("cli.import", "sheet {sheet}").format(sheet=repr(table.sheet)))
    if result.bad_rows:
        how.append(translate("cli.import", "%Ln bad row(s) skipped", None, result.bad_rows))
    return translate("cli.import", "{file}: imported {items} ({how}) -> {out}").format(
        file=one_line(file), items=", ".join(parts), how=", ".join(how), out=one_line(out)
    )
