"""journeydesk new --template NAME -o FILE (and --list): start a map from a template."""

from __future__ import annotations

import os
import sys

from ..i18n import translate
from .common import error_line

CONTEXT = "cli.new"


def configure(parser) -> None:
    parser.add_argument(
        "--template", "-t", metavar="NAME", help=translate("cli.new", "the template to start from")
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help=translate("cli.new", "the map to write (*.journey.json)")
    )
    parser.add_argument(
        "--list", action="store_true", help=translate("cli.new", "list the templates and exit")
    )
    parser.add_argument(
        "--force", action="store_true", help=translate("cli.new", "overwrite FILE if it exists")
    )


def run(args) -> int:
    from ..io import SaveError, save
    from ..io.errors import one_line
    from ..io.templates import TemplateError, list_templates, new_from_template

    if args.list:
        rows = list_templates()
        width = max(len(t.name) for t in rows)
        for t in rows:
            stages = translate("cli.new", "%Ln stage(s)", None, t.stages)
            cards = translate("cli.new", "%Ln card(s)", None, t.touchpoints)
            print(f"{t.name:<{width}}  [{t.language}]  {t.title} ({stages}, {cards})")
        return 0
    if not args.template or not args.output:
        print(
            error_line(translate("cli.new", "give --template NAME and -o FILE (or --list)"), "new"),
            file=sys.stderr,
        )
        return 2
    if os.path.exists(args.output) and not args.force:
        print(
            translate("cli.new", "{out}: already exists (use --force to overwrite it)").format(
                out=one_line(args.output)
            ),
            file=sys.stderr,
        )
        return 1
    try:
        doc = new_from_template(args.template)
    except TemplateError as exc:
        print(error_line(str(exc), "new"), file=sys.stderr)
        return 2
    try:
        save(doc, args.output)
    except SaveError as err:
        print(one_line(str(err)), file=sys.stderr)
        return 1
    print(
        translate("cli.new", "{out}: new map from the template {name}").format(
            out=one_line(args.output), name=args.template
        ),
        file=sys.stderr,
    )
    return 0
