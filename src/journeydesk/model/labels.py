"""How each fixed vocabulary value reads to a person, in the current language.

One function per vocabulary, so the canvas, the inspector, the PDF, the CSV and
the command line all say "Major" (or "Berat") for severity 3. The values
themselves (``"in_progress"``, ``"pain_points"``) are the file format's and are
never translated; only these labels are. A value the table does not know (a
team's own friction category, a value from a newer file) is shown as it is.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP, translate
from . import vocabulary as V

_SEVERITY = {
    1: QT_TRANSLATE_NOOP("vocabulary.severity", "Minor"),
    2: QT_TRANSLATE_NOOP("vocabulary.severity", "Moderate"),
    3: QT_TRANSLATE_NOOP("vocabulary.severity", "Major"),
    4: QT_TRANSLATE_NOOP("vocabulary.severity", "Critical"),
}
_CATEGORY = {
    "waiting": QT_TRANSLATE_NOOP("vocabulary.category", "Waiting"),
    "confusion": QT_TRANSLATE_NOOP("vocabulary.category", "Confusion"),
    "missing_information": QT_TRANSLATE_NOOP("vocabulary.category", "Missing information"),
    "broken_promise": QT_TRANSLATE_NOOP("vocabulary.category", "Broken promise"),
    "channel_break": QT_TRANSLATE_NOOP("vocabulary.category", "Channel break"),
    "effort": QT_TRANSLATE_NOOP("vocabulary.category", "Effort"),
    "price_surprise": QT_TRANSLATE_NOOP("vocabulary.category", "Price surprise"),
    "failure": QT_TRANSLATE_NOOP("vocabulary.category", "Failure"),
}
_STATUS = {
    "open": QT_TRANSLATE_NOOP("vocabulary.status", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("vocabulary.status", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("vocabulary.status", "Resolved"),
}
_LANE_KIND = {
    "touchpoints": QT_TRANSLATE_NOOP("vocabulary.lane", "Touchpoints"),
    "actions": QT_TRANSLATE_NOOP("vocabulary.lane", "Actions"),
    "thoughts": QT_TRANSLATE_NOOP("vocabulary.lane", "Thoughts"),
    "emotions": QT_TRANSLATE_NOOP("vocabulary.lane", "Emotions"),
    "pain_points": QT_TRANSLATE_NOOP("vocabulary.lane", "Pain points"),
    "opportunities": QT_TRANSLATE_NOOP("vocabulary.lane", "Opportunities"),
    "frontstage": QT_TRANSLATE_NOOP("vocabulary.lane", "Frontstage"),
    "backstage": QT_TRANSLATE_NOOP("vocabulary.lane", "Backstage"),
    "support_processes": QT_TRANSLATE_NOOP("vocabulary.lane", "Support processes"),
    "custom": QT_TRANSLATE_NOOP("vocabulary.lane", "Custom"),
}
_EVIDENCE = {
    "observed": QT_TRANSLATE_NOOP("vocabulary.evidence", "Observed"),
    "assumed": QT_TRANSLATE_NOOP("vocabulary.evidence", "Assumed"),
    "proposed": QT_TRANSLATE_NOOP("vocabulary.evidence", "Proposed"),
}
# What each evidence state means, for legends and report notes.
_EVIDENCE_MEANING = {
    "observed": QT_TRANSLATE_NOOP("vocabulary.evidence", "seen or measured"),
    "assumed": QT_TRANSLATE_NOOP("vocabulary.evidence", "the team's belief"),
    "proposed": QT_TRANSLATE_NOOP("vocabulary.evidence", "to be checked"),
}
_METRIC = {key: spec[0] for key, spec in V.METRICS.items()}  # marked for translation there
_KIND = {
    "map": QT_TRANSLATE_NOOP("vocabulary.kind", "Map"),
    "persona": QT_TRANSLATE_NOOP("vocabulary.kind", "Persona"),
    "stage": QT_TRANSLATE_NOOP("vocabulary.kind", "Stage"),
    "lane": QT_TRANSLATE_NOOP("vocabulary.kind", "Lane"),
    "channel": QT_TRANSLATE_NOOP("vocabulary.kind", "Channel"),
    "touchpoint": QT_TRANSLATE_NOOP("vocabulary.kind", "Touchpoint"),
    "link": QT_TRANSLATE_NOOP("vocabulary.kind", "Link"),
    "friction": QT_TRANSLATE_NOOP("vocabulary.kind", "Friction"),
    "comment": QT_TRANSLATE_NOOP("vocabulary.kind", "Comment"),
}
# Field names as they read inside a line of a report ("title: 'Ad' -> 'Blog'").
_FIELD = {
    "name": QT_TRANSLATE_NOOP("vocabulary.field", "name"),
    "title": QT_TRANSLATE_NOOP("vocabulary.field", "title"),
    "description": QT_TRANSLATE_NOOP("vocabulary.field", "description"),
    "notes": QT_TRANSLATE_NOOP("vocabulary.field", "notes"),
    "role": QT_TRANSLATE_NOOP("vocabulary.field", "role"),
    "goals": QT_TRANSLATE_NOOP("vocabulary.field", "goals"),
    "needs": QT_TRANSLATE_NOOP("vocabulary.field", "needs"),
    "frustrations": QT_TRANSLATE_NOOP("vocabulary.field", "frustrations"),
    "quote": QT_TRANSLATE_NOOP("vocabulary.field", "quote"),
    "colour": QT_TRANSLATE_NOOP("vocabulary.field", "colour"),
    "kind": QT_TRANSLATE_NOOP("vocabulary.field", "kind"),
    "stage": QT_TRANSLATE_NOOP("vocabulary.field", "stage"),
    "lane": QT_TRANSLATE_NOOP("vocabulary.field", "lane"),
    "channel": QT_TRANSLATE_NOOP("vocabulary.field", "channel"),
    "owner": QT_TRANSLATE_NOOP("vocabulary.field", "owner"),
    "personas": QT_TRANSLATE_NOOP("vocabulary.field", "personas"),
    "persona": QT_TRANSLATE_NOOP("vocabulary.field", "persona"),
    "metrics": QT_TRANSLATE_NOOP("vocabulary.field", "metrics"),
    "emotions": QT_TRANSLATE_NOOP("vocabulary.field", "emotions"),
    "evidence": QT_TRANSLATE_NOOP("vocabulary.field", "evidence"),
    "moment_of_truth": QT_TRANSLATE_NOOP("vocabulary.field", "moment of truth"),
    "label": QT_TRANSLATE_NOOP("vocabulary.field", "label"),
    "source": QT_TRANSLATE_NOOP("vocabulary.field", "source"),
    "target": QT_TRANSLATE_NOOP("vocabulary.field", "target"),
    "severity": QT_TRANSLATE_NOOP("vocabulary.field", "severity"),
    "category": QT_TRANSLATE_NOOP("vocabulary.field", "category"),
    "evidence_status": QT_TRANSLATE_NOOP("vocabulary.field", "evidence status"),
    "status": QT_TRANSLATE_NOOP("vocabulary.field", "status"),
    "opportunity": QT_TRANSLATE_NOOP("vocabulary.field", "opportunity"),
    "author": QT_TRANSLATE_NOOP("vocabulary.field", "author"),
    "created": QT_TRANSLATE_NOOP("vocabulary.field", "created"),
    "modified": QT_TRANSLATE_NOOP("vocabulary.field", "modified"),
    "text": QT_TRANSLATE_NOOP("vocabulary.field", "text"),
    "resolved": QT_TRANSLATE_NOOP("vocabulary.field", "resolved"),
    "language": QT_TRANSLATE_NOOP("vocabulary.field", "language"),
    "position": QT_TRANSLATE_NOOP("vocabulary.field", "position"),
    "cell": QT_TRANSLATE_NOOP("vocabulary.field", "cell"),
}
# Fields whose values are one of these vocabularies, and the label function.
_VALUE_LABELS = {
    "status": lambda v: status_label(v),
    "category": lambda v: category_label(v),
    "evidence": lambda v: evidence_label(v),
    "evidence_status": lambda v: evidence_label(v),
    "kind": lambda v: lane_kind_label(v),
    "severity": lambda v: severity_label(v),
}

assert set(_SEVERITY) == set(range(V.SEVERITY_MIN, V.SEVERITY_MAX + 1))
assert set(_CATEGORY) == set(V.FRICTION_CATEGORIES) and set(_STATUS) == set(V.FRICTION_STATUSES)
assert set(_LANE_KIND) == set(V.LANE_KINDS) and set(_EVIDENCE) == set(V.EVIDENCE_STATUSES)


def _looked_up(table: dict, context: str, key: object, otherwise: str) -> str:
    """``key``'s label from ``table`` in the current language (the labels are
    marked with their context where the table is), else ``otherwise``."""
    found = table.get(key)
    return translate(context, found) if found else otherwise


def severity_label(severity: int) -> str:
    """1 -> "Minor" ... 4 -> "Critical"."""
    return _looked_up(_SEVERITY, "vocabulary.severity", severity, str(severity))


def severity_choice(severity: int) -> str:
    """A severity as a list offers it: "3 · Major"."""
    return translate("vocabulary.severity", "{number} · {label}").format(
        number=severity, label=severity_label(severity)
    )


def category_label(category: str) -> str:
    """A friction category; a team's own category as it is written."""
    return _looked_up(_CATEGORY, "vocabulary.category", category, category)


def status_label(status: str) -> str:
    """A friction's status: "Open", "In progress", "Resolved"."""
    return _looked_up(_STATUS, "vocabulary.status", status, status)


def lane_kind_label(kind: str) -> str:
    """A lane's kind: "Pain points", "Backstage"..."""
    return _looked_up(_LANE_KIND, "vocabulary.lane", kind, kind)


def evidence_label(state: str) -> str:
    """An evidence state: "Observed", "Assumed", "Proposed"."""
    return _looked_up(_EVIDENCE, "vocabulary.evidence", state, state)


def evidence_meaning(state: str) -> str:
    """What an evidence state means ("seen or measured")."""
    return _looked_up(_EVIDENCE_MEANING, "vocabulary.evidence", state, "")


def metric_label(key: str) -> str:
    """A metric's name with its unit: "CSAT %", "NPS", "Volume"."""
    return _looked_up(_METRIC, "vocabulary.metric", key, key)


def kind_label(kind: str | None) -> str:
    """An item kind: "Touchpoint", "Link", "Stage"..."""
    return _looked_up(_KIND, "vocabulary.kind", kind or "", kind or "")


def field_label(field: str) -> str:
    """A field's name as it reads inside a report line: "moment of truth"."""
    return _looked_up(_FIELD, "vocabulary.field", field, field.replace("_", " "))


def value_label(field: str, value: object) -> str | None:
    """A field's value in words when it is one of the vocabularies ("status",
    "in_progress" -> "In progress"); None for any other field."""
    shown = _VALUE_LABELS.get(field)
    return shown(value) if shown is not None else None


def yes_no(value: bool) -> str:
    """A true/false field in words: "yes", "no"."""
    return translate("vocabulary", "yes") if value else translate("vocabulary", "no")
