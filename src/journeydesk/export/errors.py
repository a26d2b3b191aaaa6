"""The one error every exporter raises, worded for the person who asked for it."""

from __future__ import annotations


class ExportError(Exception):
    """An export could not be written. ``str(err)`` says what and why in one line;
    nothing half-written is left at the destination."""


class ExportCancelled(ExportError):
    """The person cancelled the export (the progress callback returned False)."""
