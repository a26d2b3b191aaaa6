"""The registry of subcommands. A subcommand is a module with ``CONTEXT`` (its
translation context), ``HELP`` (marked with ``QT_TRANSLATE_NOOP(CONTEXT, ...)``;
translated when the parser is built, once the language is chosen),
``configure(parser)`` and ``run(args) -> int``; add it to ``_MODULES``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from ..i18n import translate

_MODULES = {
    "validate": "validate",
    "fmt": "fmt",
    "info": "info",
    "schema": "schema",
    "export": "export",
    "analyze": "analyze",
    "import": "importing",
    "diff": "diff",
    "merge": "merge",
    "new": "new",
    "serve": "serve",
    "join": "join",
}


@dataclass(frozen=True)
class Command:
    module: ModuleType

    @property
    def help(self) -> str:
        return translate(self.module.CONTEXT, self.module.HELP)

    def configure(self, parser) -> None:
        self.module.configure(parser)

    def run(self, args) -> int:
        return self.module.run(args)


COMMANDS = {name: Command(importlib.import_module(f".{mod}", __package__)) for name, mod in _MODULES.items()}
