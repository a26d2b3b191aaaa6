"""Helpers the subcommands share: loading files and printing problems."""

from __future__ import annotations

import sys

from ..io import LoadError, load
from ..model import JourneyDocument


def load_or_report(path: str) -> JourneyDocument | None:
    """Load a map, or print its problems (one line each) and return None."""
    try:
        return load(path)
    except LoadError as err:
        for line in err.lines():
            print(line, file=sys.stderr)
        return None
