"""Presenting a map (no Qt): which steps a presentation walks through and how
each is framed, the speaker notes, and what quick capture adds.

    framing.py  the readability rule (18 px card titles on 1920 x 1080), windows
    steps.py    the main tour, a persona's walk-through, the friction tour
    notes.py    speaker notes from the notes fields of stages, cards and personas
    wording.py  progress, emotions, hotspot reasons in words (translated)
    capture.py  quick capture: the values of a captured friction or idea, its mark

The presentation window (``ui/present``) and the slide deck (``export/slides``)
both take their steps from here, so the deck follows the talk.
"""

from .framing import Screen, Screens, display
from .steps import (
    EMPTY,
    FRICTIONS,
    HOTSPOT,
    MAIN,
    OVERVIEW,
    PERSONA,
    STAGE,
    TOUCHPOINT,
    WALK,
    Step,
    Tour,
    friction_tour,
    main_tour,
    persona_tour,
)

__all__ = [
    "EMPTY",
    "FRICTIONS",
    "HOTSPOT",
    "MAIN",
    "OVERVIEW",
    "PERSONA",
    "STAGE",
    "TOUCHPOINT",
    "WALK",
    "Screen",
    "Screens",
    "Step",
    "Tour",
    "display",
    "friction_tour",
    "main_tour",
    "persona_tour",
]
