"""Fixed vocabularies and limits shared by the live model and the file schema.

One place for them, so the editor, the file validator and the exporters agree on
what a valid map is. How a value reads to a person (translated) is
``model.labels``'s job: the values here are the file format's.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP

MAX_NAME = 500  # names and titles
MAX_TEXT = 20_000  # descriptions, notes, quotes
MAX_LIST_ITEMS = 1_000  # goals, needs, personas on a touchpoint...
MAX_ITEMS = 100_000  # items of one kind in one map
MAX_COUNT = 10**15  # volumes and evidence counts (JSON readers lose precision past 2**53)

# The kinds kept in a user-given order (the rest are ordered by where they sit).
ORDERED_KINDS = ("persona", "stage", "lane", "channel")

LANE_KINDS = (
    "touchpoints",
    "actions",
    "thoughts",
    "emotions",
    "pain_points",
    "opportunities",
    "frontstage",
    "backstage",
    "support_processes",
    "custom",
)

EVIDENCE_STATUSES = ("observed", "assumed", "proposed")
FRICTION_STATUSES = ("open", "in_progress", "resolved")

FRICTION_CATEGORIES = (
    "waiting",
    "confusion",
    "missing_information",
    "broken_promise",
    "channel_break",
    "effort",
    "price_surprise",
    "failure",
)

SEVERITY_MIN, SEVERITY_MAX = 1, 4

EMOTION_MIN, EMOTION_MAX = -3, 3

# metric key -> (label, minimum, maximum, integer?); the label is the English
# source text: show it through ``labels.metric_label``.
METRICS: dict[str, tuple[str, float, float | None, bool]] = {
    "csat": (QT_TRANSLATE_NOOP("vocabulary.metric", "CSAT %"), 0.0, 100.0, False),
    "nps": (QT_TRANSLATE_NOOP("vocabulary.metric", "NPS"), -100.0, 100.0, False),
    "ces": (QT_TRANSLATE_NOOP("vocabulary.metric", "CES"), 1.0, 7.0, False),
    "volume": (QT_TRANSLATE_NOOP("vocabulary.metric", "Volume"), 0, None, True),
    "conversion": (QT_TRANSLATE_NOOP("vocabulary.metric", "Conversion %"), 0.0, 100.0, False),
}

DEFAULT_CHANNELS = (
    "Store visit",
    "Website",
    "E-commerce",
    "Mobile app",
    "Email",
    "Social media",
    "Phone / contact centre",
    "Live chat / chatbot",
    "Print",
    "Events",
    "Word of mouth",
    "Marketplace",
)

PERSONA_COLOURS = (
    "#3B82F6",
    "#E4572E",
    "#17A398",
    "#9B5DE5",
    "#F2A541",
    "#2E4057",
    "#D81E5B",
    "#4C956C",
)
