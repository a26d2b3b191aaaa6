"""Dock panels beside the canvas: personas, the friction register, analysis."""

from .analysis import AnalysisPanel
from .frictions import FrictionPanel
from .personas import PersonasPanel

__all__ = ["AnalysisPanel", "FrictionPanel", "PersonasPanel"]
