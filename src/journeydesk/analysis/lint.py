"""Lint: gaps a team should close before presenting or acting on a map.

Each finding has a level: ``error`` needs attention now, ``warning`` is a gap in the
map, ``info`` is worth a look. Rules, in report order:

- open-critical-friction (error): an open friction of severity 4;
- touchpoint-no-channel (warning): a touchpoint on no channel;
- touchpoint-no-owner (warning): nobody in the company owns the touchpoint;
- stage-empty (warning): a stage with no touchpoints;
- persona-no-touchpoints (warning): no touchpoint concerns the persona;
- friction-no-opportunity (warning; info once resolved): no fix is written down.
"""

from __future__ import annotations

from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..model import JourneyDocument
from .view import MapView
from .words import in_source_language, lint_message

LEVELS = ("error", "warning", "info")
RULES = (
    "open-critical-friction",
    "touchpoint-no-channel",
    "touchpoint-no-owner",
    "stage-empty",
    "persona-no-touchpoints",
    "friction-no-opportunity",
)


_RULE_TITLES = {
    "open-critical-friction": QT_TRANSLATE_NOOP("lint", "Open critical friction"),
    "touchpoint-no-channel": QT_TRANSLATE_NOOP("lint", "Touchpoint on no channel"),
    "touchpoint-no-owner": QT_TRANSLATE_NOOP("lint", "Touchpoint nobody owns"),
    "stage-empty": QT_TRANSLATE_NOOP("lint", "Empty stage"),
    "persona-no-touchpoints": QT_TRANSLATE_NOOP("lint", "Persona with no touchpoints"),
    "friction-no-opportunity": QT_TRANSLATE_NOOP("lint", "Friction with no fix written down"),
}
_LEVEL_LABELS = {
    "error": QT_TRANSLATE_NOOP("lint", "error"),
    "warning": QT_TRANSLATE_NOOP("lint", "warning"),
    "info": QT_TRANSLATE_NOOP("lint", "info"),
}


def rule_title(rule: str) -> str:
    """A rule as a person reads it, in the current language (ids stay in --json)."""
    text = _RULE_TITLES.get(rule)
    return translate("lint", text) if text else rule.replace("-", " ").capitalize()


def level_label(level: str) -> str:
    text = _LEVEL_LABELS.get(level)
    return translate("lint", text) if text else level


def lint(doc: JourneyDocument, *, view: MapView | None = None) -> list[dict[str, Any]]:
    """All findings, errors first, then by rule and by the item's place in the map."""
    view = view or MapView(doc)
    nodes = view.nodes
    found: list[tuple[str, str, str]] = []  # level, rule, item

    def add(level: str, rule: str, item: str) -> None:
        found.append((level, rule, item))

    for fr in view.frictions:
        a = nodes[fr]
        if a["status"] == "open" and a["severity"] == 4:
            add("error", "open-critical-friction", fr)
        if not a["opportunity"].strip():
            add("info" if a["status"] == "resolved" else "warning", "friction-no-opportunity", fr)
    used_stages = set()
    for tp in view.touchpoints:
        a = nodes[tp]
        used_stages.add(a["stage"])
        if a["channel"] is None:
            add("warning", "touchpoint-no-channel", tp)
        if not a["owner"].strip():
            add("warning", "touchpoint-no-owner", tp)
    for stage in view.stages:
        if stage not in used_stages:
            add("warning", "stage-empty", stage)
    for persona in view.personas:
        if not any(view.concerns(tp, persona) for tp in view.touchpoints):
            add("warning", "persona-no-touchpoints", persona)

    kind_order = {k: i for i, k in enumerate(("stage", "persona", "touchpoint", "friction"))}

    def place(item: str) -> tuple[int, int, str]:
        kind = view.doc.kind_of(item) or ""
        if kind == "touchpoint":
            return kind_order[kind], view.position[item], item
        if kind == "stage":
            return kind_order[kind], view.stage_index[item], item
        if kind == "persona":
            return kind_order[kind], view.personas.index(item), item
        target = nodes[item]["target"]  # a friction: where it sits
        tp = view.ends[target][0] if target in view.ends else target
        return kind_order["friction"], view.position[tp], item

    found.sort(key=lambda f: (LEVELS.index(f[0]), RULES.index(f[1]), place(f[2])))
    out = []
    for level, rule, item in found:
        entry = {"level": level, "rule": rule, **view.ref(item), "kind": view.doc.kind_of(item)}
        if entry["kind"] == "friction":
            entry["on"] = view.ref(nodes[item]["target"])
        # In English, as all the results: words.lint_message(entry) in the reader's language.
        entry["message"] = in_source_language(lint_message, entry)
        out.append(entry)
    return out
