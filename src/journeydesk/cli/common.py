"""Helpers the subcommands share: loading files and printing problems.

Cheap to import (subcommand modules import it at the top): the file format and the
model load when a file is first read."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import JourneyDocument


def load(path: str) -> JourneyDocument:
    """``io.load``, imported on first use."""
    from ..io import load as load_file

    return load_file(path)


def load_checked(path: str) -> tuple[JourneyDocument | None, list[str]]:
    """Load a map; return it, or None and one ``FILE: PLACE: what`` line per problem.

    A bad file is never a traceback. Neither is a bug in JourneyDesk met while
    reading one: that is reported as one line too (set JOURNEYDESK_DEBUG=1 to
    see the traceback)."""
    from ..io import LoadError
    from ..io.errors import one_line

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
