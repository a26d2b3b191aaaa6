"""Starting the editor from the command line; Qt is imported only here."""

from __future__ import annotations

import sys


def run_app(path: str | None) -> int:
    try:
        from ..ui.app import run
    except ImportError as exc:  # e.g. Qt's system libraries missing
        print(f"journeydesk: cannot start the editor: {exc}", file=sys.stderr)
        return 1
    return run(path)
