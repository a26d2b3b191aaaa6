"""journeydesk schema: print the JSON Schema of the file format (machine output:
its descriptions stay English, whatever the language)."""

from __future__ import annotations

import json

CONTEXT = "cli.schema"


def configure(parser) -> None:
    pass


def run(args) -> int:
    from ..io import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0
