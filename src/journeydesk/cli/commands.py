"""The registry of subcommands, imported only when named.

A subcommand is a module in this package with ``CONTEXT`` (its translation
context), ``configure(parser)`` (its options) and ``run(args) -> int``. To add
one, write the module and add ONE entry to ``COMMANDS`` below: its name, its
module and its help, marked with ``QT_TRANSLATE_NOOP`` in the module's context
(translated when the parser is built, once the language is chosen).

Start-up: ``journeydesk --help`` lists every command from this table without
importing any of them, and ``journeydesk NAME ...`` imports only NAME's module. So a
subcommand module keeps its top-level imports light (the standard library,
``..i18n``, ``.common``) and imports what it works with (io, analysis, export,
reportlab...) inside ``run``: then ``journeydesk NAME --help`` is instant too.
tests/cli/test_startup.py checks it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..i18n import QT_TRANSLATE_NOOP, translate


class Command:
    """A subcommand: its name, its module inside journeydesk.cli and its help.
    (A plain class: dataclasses cost start-up.)"""

    __slots__ = ("context", "module", "name", "source_help")

    def __init__(self, name: str, module: str, source_help: str) -> None:
        self.name, self.module, self.source_help = name, module, source_help
        self.context = f"cli.{name}"

    @property
    def help(self) -> str:
        return translate(self.context, self.source_help)

    def load(self) -> ModuleType:
        return importlib.import_module(f".{self.module}", __package__)

    def configure(self, parser) -> None:
        self.load().configure(parser)

    def run(self, args) -> int:
        return self.load().run(args)


COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        Command(
            "validate",
            "validate",
            QT_TRANSLATE_NOOP(
                "cli.validate", "Check map files; print one line per problem as FILE: PLACE: what is wrong."
            ),
        ),
        Command(
            "fmt",
            "fmt",
            QT_TRANSLATE_NOOP(
                "cli.fmt",
                "Rewrite map files in canonical form (stable order, 2-space indent) so they diff cleanly.",
            ),
        ),
        Command(
            "info",
            "info",
            QT_TRANSLATE_NOOP(
                "cli.info",
                "Print a short summary of a map: personas, stages, lanes, touchpoints, links, frictions.",
            ),
        ),
        Command(
            "schema",
            "schema",
            QT_TRANSLATE_NOOP("cli.schema", "Print the JSON Schema of the map file format."),
        ),
        Command(
            "export",
            "export",
            QT_TRANSLATE_NOOP(
                "cli.export",
                "Export a map as PDF, PNG, SVG or CSV (the format comes from the output file's extension), "
                "or as a slide deck (PDF, --slides); the export speaks the map's language.",
            ),
        ),
        Command(
            "analyze",
            "analyze",
            QT_TRANSLATE_NOOP(
                "cli.analyze",
                "Analyse a map: friction hotspots, persona paths (dead ends, unreachable touchpoints, loops), "
                "channel switches, a scorecard per stage, and lint. Prints a report, or JSON with --json.",
            ),
        ),
        Command(
            "import",
            "importing",
            QT_TRANSLATE_NOOP(
                "cli.import",
                "Import a spreadsheet (CSV or .xlsx) of touchpoints, or a grid of stages and lanes, as a map.",
            ),
        ),
        Command(
            "diff",
            "diff",
            QT_TRANSLATE_NOOP(
                "cli.diff",
                "Compare two versions of a map by id: items added, removed and changed, field by field; "
                "cards moved or reordered; metric and emotion changes with their direction.",
            ),
        ),
        Command(
            "merge",
            "merge",
            QT_TRANSLATE_NOOP(
                "cli.merge",
                "Merge two edited copies of a map with their common ancestor, by id and field; "
                "conflicts are listed by item and field.",
            ),
        ),
        Command(
            "new",
            "new",
            QT_TRANSLATE_NOOP(
                "cli.new", "Start a new map from a template (journeydesk new --list names them)."
            ),
        ),
        Command(
            "serve",
            "serve",
            QT_TRANSLATE_NOOP(
                "cli.serve",
                "Host a live workshop session on the local network: participants join with the "
                "printed URL (or its code) and edit the map together; the map is saved as they go.",
            ),
        ),
        Command(
            "join",
            "join",
            QT_TRANSLATE_NOOP(
                "cli.join",
                "Save a copy of the map of a live session (ws://HOST:PORT/journeydesk?token=CODE).",
            ),
        ),
    )
}
