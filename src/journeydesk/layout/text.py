"""Wrapping and eliding text with any renderer's measure function.

The canvas passes ``QFontMetricsF.horizontalAdvance`` and the PDF passes reportlab's
``stringWidth``, so a card's title breaks into lines the same way on both.
"""

from __future__ import annotations

from collections.abc import Callable

from ..i18n import formats, translate

Measure = Callable[[str], float]
ELLIPSIS = "…"


def elide(text: str, width: float, measure: Measure) -> str:
    """Cut ``text`` to fit ``width``, ending in an ellipsis when cut."""
    if measure(text) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def wrap(text: str, width: float, measure: Measure, max_lines: int) -> list[str]:
    """Break text into at most ``max_lines`` lines of ``width``; the last line is
    elided when text is left over. Words longer than a line are broken."""
    words = text.split()
    lines: list[str] = []
    current = ""
    while words and len(lines) <= max_lines:
        word = words[0]
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            words.pop(0)
        elif current:
            lines.append(current)
            current = ""
        else:  # one word wider than a line: break it
            cut = _fit_prefix(word, width, measure)
            lines.append(word[:cut])
            words[0] = word[cut:]
    if current:
        lines.append(current)
    if len(lines) > max_lines or words:
        rest = " ".join(lines[max_lines - 1 :] + words)
        lines = lines[: max_lines - 1] + [elide(rest, width, measure)]
    return lines


def _fit_prefix(word: str, width: float, measure: Measure) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(word[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def metric_chips(metrics: dict) -> list[str]:
    """The metric chips a card shows (CSAT, NPS, CES), worded alike on screen and
    on paper, with the numbers as the current language writes them ("CES 4,2")."""
    out = []
    if "csat" in metrics:
        out.append(translate("card", "CSAT {value}%").format(value=formats.number(round(metrics["csat"]), 0)))
    if "nps" in metrics:
        out.append(translate("card", "NPS {value}").format(value=formats.signed(round(metrics["nps"]), 0)))
    if "ces" in metrics:
        out.append(translate("card", "CES {value}").format(value=formats.number(metrics["ces"], 1)))
    return out
