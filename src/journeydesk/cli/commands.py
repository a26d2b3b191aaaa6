"""The registry of subcommands, imported only when named.

A subcommand is a module in this package with ``configure(parser)`` (its options)
and ``run(args) -> int``, and optionally ``HELP`` (the description its own
``--help`` shows; the registry's line is used when it has none). To add one, write
the module and add ONE line to ``COMMANDS`` below: its name, its module and the one
line ``journeydesk --help`` lists for it.

Start-up: ``journeydesk --help`` lists every command from this table without
importing any of them, and ``journeydesk NAME ...`` imports only NAME's module. So a
subcommand module keeps its top-level imports light (the standard library, ``.common``)
and imports what it works with (io, analysis, export, reportlab...) inside ``run``:
then ``journeydesk NAME --help`` is instant too. tests/cli/test_startup.py checks it.
"""

from __future__ import annotations

import importlib
from types import ModuleType


class Command:
    """A subcommand: its name, its module inside journeydesk.cli, and the one line
    ``journeydesk --help`` shows for it (``(context, text)`` when it is translated:
    worded in the chosen language only when shown). A plain class: dataclasses
    costs start-up."""

    __slots__ = ("_help", "module", "name")

    def __init__(self, name: str, module: str, help: str | tuple[str, str]) -> None:
        self.name, self.module, self._help = name, module, help

    @property
    def help(self) -> str:
        if isinstance(self._help, tuple):
            from ..i18n import translate

            return translate(*self._help)
        return self._help

    def load(self) -> ModuleType:
        return importlib.import_module(f".{self.module}", __package__)

    @property
    def description(self) -> str:
        return getattr(self.load(), "HELP", self.help)

    def configure(self, parser) -> None:
        self.load().configure(parser)

    def run(self, args) -> int:
        return self.load().run(args)


# The translated lines are the modules' own HELP texts (same context and words, so
# the catalogs hold them once).
COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        Command("validate", "validate", "Check map files; one line per problem (FILE: PLACE: what)."),
        Command("fmt", "fmt", "Rewrite map files in canonical form (or just check it)."),
        Command("info", "info", "A short summary of a map."),
        Command("schema", "schema", "Print the JSON Schema of the map file format."),
        Command("export", "export", "Export a map as PDF, PNG, SVG or CSV."),
        Command("analyze", "analyze", "Hotspots, persona paths, channel switches, scorecards, lint."),
        Command(
            "import",
            "importing",
            (
                "cli.import",
                "Import a spreadsheet (CSV or .xlsx) of touchpoints, or a grid of stages and lanes, as a map.",
            ),
        ),
        Command(
            "diff",
            "diff",
            (
                "cli.diff",
                (
                    "Compare two versions of a map by id: items added, removed and changed, field by field; "
                    "cards moved or reordered; metric and emotion changes with their direction."
                ),
            ),
        ),
        Command(
            "merge",
            "merge",
            (
                "cli.merge",
                (
                    "Merge two edited copies of a map with their common ancestor, by id and field; "
                    "conflicts are listed by item and field."
                ),
            ),
        ),
        Command(
            "new",
            "new",
            ("cli.new", "Start a new map from a template (journeydesk new --list names them)."),
        ),
        Command(
            "serve",
            "serve",
            (
                "cli.serve",
                (
                    "Host a live workshop session on the local network: participants join with the "
                    "printed URL (or its code) and edit the map together; the map is saved as they go."
                ),
            ),
        ),
        Command(
            "join",
            "join",
            (
                "cli.join",
                "Save a copy of the map of a live session (ws://HOST:PORT/journeydesk?token=CODE).",
            ),
        ),
    )
}
