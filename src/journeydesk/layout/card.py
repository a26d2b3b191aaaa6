"""What a touchpoint card shows and where, for every renderer.

The canvas, the PNG/SVG export and the PDF each measure text with their own
engine (Qt's font metrics, reportlab's ``stringWidth``: the same DejaVu Sans
metrics), then draw what ``card_content`` decides: the wrapped title, the
channel and owner line, the metric chips that fit and their places, the
persona dots. One function, so print matches screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..i18n import translate
from . import style as S
from .text import elide, metric_chips, wrap

CARD_PAD = 10.0  # inside a card's edge
META_GAP = 5.0  # between the meta line and the title
CHIP_H = 15.0
CHIP_GAP = 4.0
CHIP_PAD = 10.0  # a chip is its text plus this
DOT_R = 4.0
DOT_STEP = 10.0
MAX_DOTS = 4
MORE_W = 14.0  # room for "+2" after the dots
MOT_W = 13.0  # the moment-of-truth star before the meta line

Measure = Callable[[str], float]


@dataclass(frozen=True, slots=True)
class Measures:
    """Text width functions (layout units) for the card's three type sizes."""

    title: Measure
    meta: Measure
    chip: Measure


@dataclass(frozen=True, slots=True)
class Chip:
    text: str
    x: float  # from the card's left edge
    w: float


@dataclass(frozen=True, slots=True)
class CardContent:
    lines: tuple[str, ...]  # the title, wrapped ("Untitled" when there is none)
    untitled: bool
    meta: str  # channel and owner, elided to fit
    meta_x: float  # where the meta line starts (after the star)
    chips: tuple[Chip, ...]  # the metric chips that fit, left to right
    dots: tuple[str, ...]  # persona colours, at most MAX_DOTS
    more: int  # personas past the dots ("+2")
    evidence: str
    moment_of_truth: bool

    def title_top(self, meta_line_h: float) -> float:
        """The top of the title's first line, given the meta line's height."""
        return CARD_PAD + meta_line_h + META_GAP

    @staticmethod
    def chip_top(h: float) -> float:
        return h - CARD_PAD - CHIP_H

    def dot_centres(self, w: float, h: float) -> list[tuple[float, str]]:
        """(x, colour) of each persona dot, right to left from the card's right edge."""
        x = w - CARD_PAD - 4 - (MORE_W if self.more else 0)
        out = []
        for colour in reversed(self.dots):
            out.append((x, colour))
            x -= DOT_STEP
        return out


def card_content(
    nodes: Mapping[str, Mapping[str, Any]],
    attrs: Mapping[str, Any],
    w: float,
    measures: Measures,
    clean: Callable[[str], str] = str,
) -> CardContent:
    """The content of a card ``w`` wide for a touchpoint's ``attrs`` (``nodes``
    resolves its channel and personas). ``clean`` readies user text for the
    renderer (the PDF swaps characters its font cannot draw)."""
    inner = w - 2 * CARD_PAD
    title = clean(attrs["title"]).strip()
    lines = wrap(title, inner - 1, measures.title, S.TITLE_MAX_LINES) if title else []
    mot = bool(attrs["moment_of_truth"])
    channel = attrs["channel"]
    parts = [clean(nodes[channel]["name"]) if channel in nodes else "", clean(attrs["owner"])]
    meta = "  ·  ".join(p for p in parts if p.strip())
    meta = elide(meta, inner - 16 - (12 if mot else 0), measures.meta) if meta else ""
    personas = [p for p in attrs["personas"] if p in nodes]
    dots = tuple(nodes[p]["colour"] for p in personas[:MAX_DOTS])
    more = max(0, len(personas) - MAX_DOTS)
    limit = w - CARD_PAD - (len(dots) * DOT_STEP + (MORE_W if more else 0)) - 2
    chips = []
    x = CARD_PAD
    for text in metric_chips(attrs["metrics"]):
        cw = measures.chip(text) + CHIP_PAD
        if x + cw > limit:
            break
        chips.append(Chip(text, x, cw))
        x += cw + CHIP_GAP
    return CardContent(
        lines=tuple(lines) or (translate("card", "Untitled"),),
        untitled=not lines,
        meta=meta,
        meta_x=CARD_PAD + (MOT_W if mot else 0),
        chips=tuple(chips),
        dots=dots,
        more=more,
        evidence=attrs["evidence"],
        moment_of_truth=mot,
    )
