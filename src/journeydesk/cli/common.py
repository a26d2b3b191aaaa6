"""Helpers the subcommands share: loading files and printing problems."""

from __future__ import annotations

import os
import sys

from ..io import LoadError, load
from ..io.errors import one_line
from ..model import JourneyDocument


def load_checked(path: str) -> tuple[JourneyDocument | None, list[str]]:
    """Load a map; return it, or None and one ``FILE: PLACE: what`` line per problem.

    A bad file is never a traceback. Neither is a bug in JourneyDesk met while
    reading one: that is reported as one line too (set JOURNEYDESK_DEBUG=1 to
    see the traceback)."""
    try:
        return load(path), []
    except LoadError as err:
        return None, err.lines()
    except Exception as exc:
        if os.environ.get("JOURNEYDESK_DEBUG"):
            raise
        what = one_line(f"{type(exc).__name__}: {exc}")[:300]
        return None, [f"{one_line(path)}: JourneyDesk could not read this file ({what}); please report this"]


def load_or_report(path: str) -> JourneyDocument | None:
    """Load a map, or print its problems (one line each) to stderr and return None."""
    doc, problems = load_checked(path)
    for line in problems:
        print(line, file=sys.stderr)
    return doc
