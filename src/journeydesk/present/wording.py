"""What the steps say, in the current language: progress, emotions, why a
hotspot ranks where it does. Headless (``i18n.translate``), so the
presentation and the slide deck say it alike."""

from __future__ import annotations

from typing import Any

from ..i18n import translate
from ..i18n.formats import number, percent
from ..model import labels


def stage_progress(number: int, total: int, part: int = 1, parts: int = 1) -> str:
    text = translate("present", "Stage {number} of {total}").format(number=number, total=total)
    if parts > 1:
        text += " \u00b7 " + translate("present", "part {part} of {parts}").format(part=part, parts=parts)
    return text


def step_progress(number: int, total: int) -> str:
    return translate("present", "Step {number} of {total}").format(number=number, total=total)


def hotspot_progress(number: int, total: int) -> str:
    return translate("present", "Hotspot {number} of {total}").format(number=number, total=total)


def overview_progress() -> str:
    return translate("present", "Overview")


def severity_label(severity: int) -> str:
    """A severity (1-4) as a word (translated): the model's one wording of it."""
    return labels.severity_label(severity)


def emotion_word(value: int | None) -> str:
    """How a persona feels at an emotion value (-3..+3)."""
    if value is None:
        return translate("present", "not recorded")
    words = {
        -3: translate("emotion", "very negative"),
        -2: translate("emotion", "negative"),
        -1: translate("emotion", "a little negative"),
        0: translate("emotion", "neutral"),
        1: translate("emotion", "a little positive"),
        2: translate("emotion", "positive"),
        3: translate("emotion", "delighted"),
    }
    return words[max(-3, min(3, value))]


def signed(value: int) -> str:
    """+2, 0, \u22123 (a real minus sign)."""
    return (f"{value:+d}" if value else "0").replace("-", "\u2212")


def _share(share: float) -> str:
    if share <= 0:
        return percent(0)
    if share < 0.005:
        return "<" + percent(0.01)
    return percent(round(share, 2))


def hotspot_reason(entry: dict[str, Any]) -> str:
    """Why a hotspot (an ``analysis.hotspots`` entry) ranks where it does, in words."""
    parts = []
    opened, fixing = entry["open"], entry["in_progress"]  # plain names: lupdate skips expressions
    if opened:
        parts.append(
            translate("present", "%Ln open friction(s)", None, opened)
            + " ("
            + translate("present", "worst: {severity}").format(severity=severity_label(entry["max_severity"]))
            + ")"
        )
    if fixing:
        parts.append(translate("present", "%Ln being fixed", None, fixing))
    if entry["volume"] is None:
        parts.append(translate("present", "volume unknown"))
    else:
        parts.append(
            translate("present", "{volume} customers pass here").format(volume=number(entry["volume"]))
        )
    parts.append(
        translate("present", "on {share} of the routes through the map").format(
            share=_share(entry["route_share"])
        )
    )
    return "; ".join(parts)
