"""The desktop editor (Qt). ``MainWindow`` is imported on first use, so importing a
sub-package (``journeydesk.ui.canvas``) does not pull in the whole window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The headless packages the editor uses, imported before the first PySide6 import:
# PySide6 reads the source of every module imported after it (shibokensupport's
# __feature__ check, about 50 ms at start-up for networkx, pydantic and ours).
from .. import analysis, io, layout, model  # noqa: F401
from ..workers import analysis_process  # noqa: F401

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from .main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
