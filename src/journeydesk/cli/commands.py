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
    ``journeydesk --help`` shows for it. (A plain class: dataclasses costs start-up.)"""

    __slots__ = ("help", "module", "name")

    def __init__(self, name: str, module: str, help: str) -> None:
        self.name, self.module, self.help = name, module, help

    def load(self) -> ModuleType:
        return importlib.import_module(f".{self.module}", __package__)

    @property
    def description(self) -> str:
        return getattr(self.load(), "HELP", self.help)

    def configure(self, parser) -> None:
        self.load().configure(parser)

    def run(self, args) -> int:
        return self.load().run(args)


COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        Command("validate", "validate", "Check map files; one line per problem (FILE: PLACE: what)."),
        Command("fmt", "fmt", "Rewrite map files in canonical form (or just check it)."),
        Command("info", "info", "A short summary of a map."),
        Command("schema", "schema", "Print the JSON Schema of the map file format."),
        Command("export", "export", "Export a map as PDF, PNG, SVG or CSV."),
        Command("analyze", "analyze", "Hotspots, persona paths, channel switches, scorecards, lint."),
    )
}
