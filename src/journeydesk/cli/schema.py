"""journeydesk schema: print the JSON Schema of the file format."""

from __future__ import annotations

import json

HELP = "Print the JSON Schema of the map file format."


def configure(parser) -> None:
    pass


def run(args) -> int:
    from ..io import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0
