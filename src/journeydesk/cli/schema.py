"""journeydesk schema: print the JSON Schema of the file format (machine output:
its descriptions stay English, whatever the language)."""

from __future__ import annotations

import json

from ..i18n import QT_TRANSLATE_NOOP
from ..io import json_schema

CONTEXT = "cli.schema"
HELP = QT_TRANSLATE_NOOP("cli.schema", "Print the JSON Schema of the map file format.")


def configure(parser) -> None:
    pass


def run(args) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0
