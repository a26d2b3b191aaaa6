"""Exporters (read the document and its layout, write files): PDF and CSV here,
headless; PNG and SVG render the canvas scene, so they live in
``journeydesk.ui.canvas.render`` and are imported only when asked for.

``export(doc, path, **options)`` picks the format from the file extension.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..i18n import translate
from .errors import ExportCancelled, ExportError

FORMATS = {".pdf": "pdf", ".csv": "csv", ".png": "png", ".svg": "svg"}

__all__ = ["FORMATS", "ExportCancelled", "ExportError", "format_for"]


def format_for(path: str | os.PathLike[str]) -> str:
    """The export format named by a file's extension, or ExportError."""
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        message = (
            translate("export", "{path}: cannot tell the format from the extension {extension} (use {known})")
            if ext
            else translate("export", "{path}: cannot tell the format without an extension (use {known})")
        )
        raise ExportError(message.format(path=path, extension=repr(ext), known=", ".join(FORMATS)))
    return FORMATS[ext]
