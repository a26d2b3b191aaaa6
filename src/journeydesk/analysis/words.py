"""The analysis in words: why a hotspot ranks where it does, what a lint finding
means, why a persona path was not checked. One copy for every reader.

The analysis results (``analyze``) are language-neutral data; their ``reason``,
``message`` and ``note`` are these sentences in English, the source language, so
``journeydesk analyze --json`` gives the same bytes whatever the interface
speaks. A report for a person (the command line's, the PDF's, the app's panel)
calls these functions on the result and gets the current language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..i18n import QT_TRANSLATE_NOOP, translate, use_language

T = TypeVar("T")

SOURCE_LANGUAGE = "en"
ALL_CUSTOMERS = QT_TRANSLATE_NOOP("analysis", "All customers")

_LEVELS = ("error", "warning", "info")  # their names: lint.level_label
_MESSAGES = {
    "open-critical-friction": QT_TRANSLATE_NOOP("analysis", "open critical friction (severity 4) on {on}"),
    "friction-no-opportunity": QT_TRANSLATE_NOOP(
        "analysis", "no opportunity (fix) recorded for this friction on {on}"
    ),
    "touchpoint-no-channel": QT_TRANSLATE_NOOP("analysis", "touchpoint has no channel"),
    "touchpoint-no-owner": QT_TRANSLATE_NOOP("analysis", "touchpoint has no owner"),
    "stage-empty": QT_TRANSLATE_NOOP("analysis", "stage has no touchpoints"),
    "persona-no-touchpoints": QT_TRANSLATE_NOOP("analysis", "no touchpoint concerns this persona"),
}


def in_source_language(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` in English, the source language (for the neutral results)."""
    with use_language(SOURCE_LANGUAGE):
        return fn(*args)


def share_text(share: float) -> str:
    """A share of routes as a percentage: "0%", "<1%", "44%"."""
    if share <= 0:
        return "0%"
    if share < 0.005:
        return "<1%"
    return f"{round(share * 100)}%"


def hotspot_reason(hotspot: dict[str, Any]) -> str:
    """Why a hotspot (an ``analyze()["hotspots"]`` entry) ranks where it does:
    its frictions by status, the customers passing, the share of routes."""
    by_status: dict[str, list[int]] = {"open": [], "in_progress": [], "resolved": []}
    for f in hotspot.get("frictions") or []:
        by_status.setdefault(f.get("status", "open"), []).append(f.get("severity", 0))
    parts = []
    if by_status["open"]:
        sevs = by_status["open"]
        parts.append(
            translate("analysis", "%Ln open friction(s) (max severity {severity})", None, len(sevs)).format(
                severity=max(sevs)
            )
        )
    if by_status["in_progress"]:
        sevs = by_status["in_progress"]
        parts.append(
            translate(
                "analysis", "%Ln in progress friction(s) (max severity {severity})", None, len(sevs)
            ).format(severity=max(sevs))
        )
    if by_status["resolved"]:
        parts.append(translate("analysis", "%Ln resolved", None, len(by_status["resolved"])))
    volume = hotspot.get("volume")
    if volume is None:
        parts.append(translate("analysis", "volume unknown"))
    else:
        parts.append(translate("analysis", "%Ln customer(s)", None, volume))
    share = share_text(hotspot.get("route_share") or 0.0)
    if hotspot.get("route_share_exact", True):
        parts.append(translate("analysis", "on {share} of shortest routes").format(share=share))
    else:  # sampled on a big map
        parts.append(translate("analysis", "on ~{share} of shortest routes").format(share=share))
    return "; ".join(parts)


def lint_message(finding: dict[str, Any]) -> str:
    """What a lint finding (an ``analyze()["lint"]`` entry) says about its item."""
    text = _MESSAGES.get(finding.get("rule", ""))
    if text is None:
        return str(finding.get("message", ""))
    on = (finding.get("on") or {}).get("title", "")
    return translate("analysis", text).format(on=repr(on))


def lint_summary(findings: list[dict[str, Any]]) -> str:
    """ "1 error, 3 warnings" ("" when there is nothing to report)."""
    counts = {lvl: sum(1 for f in findings if f.get("level") == lvl) for lvl in _LEVELS}
    parts = []
    if counts["error"]:
        parts.append(translate("analysis", "%Ln error(s)", None, counts["error"]))
    if counts["warning"]:
        parts.append(translate("analysis", "%Ln warning(s)", None, counts["warning"]))
    if counts["info"]:
        parts.append(translate("analysis", "%Ln note(s)", None, counts["info"]))
    return ", ".join(parts)


def path_note(path: dict[str, Any]) -> str:
    """Why a persona path (an ``analyze()["paths"]`` entry) was not checked in
    full, or "" when it was."""
    if not path.get("touchpoints"):
        return translate("analysis", "no touchpoints concern this persona")
    if not path.get("links") and path.get("touchpoints", 0) > 1:
        return translate(
            "analysis", "no links drawn for this persona yet: dead ends and reachability not checked"
        )
    return ""


def persona_title(ref: dict[str, Any] | None) -> str:
    """A persona's name in a report; the path of a map without personas is
    everyone's ("All customers")."""
    if not ref or ref.get("id") is None:
        return translate("analysis", ALL_CUSTOMERS)
    return str(ref.get("title", ""))
