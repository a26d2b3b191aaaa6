"""The columns of JourneyDesk's own CSV export, as the importer reads them back.

``export/csv.py`` writes these headers in the map's language, and the words of
the yes/no and evidence columns as ``model.labels`` gives them; this module
knows each shipped language's version of them (from the same catalogs), so a
CSV exported from a map in any language imports back to the same touchpoints,
whatever a translator chose to call the columns.

English headers are the source texts, which are also the field names
("moment_of_truth"): an English export is byte for byte what it always was.
"""

from __future__ import annotations

from ...i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, use_language
from ...model import labels as L
from ...model import vocabulary as V
from .values import fold

# column -> (its header, the import field it fills; "ignore": counted, not read)
EXPORT_COLUMNS: dict[str, tuple[str, str]] = {
    "id": (QT_TRANSLATE_NOOP("csv.header", "id"), "id"),
    "title": (QT_TRANSLATE_NOOP("csv.header", "title"), "title"),
    "stage": (QT_TRANSLATE_NOOP("csv.header", "stage"), "stage"),
    "lane": (QT_TRANSLATE_NOOP("csv.header", "lane"), "lane"),
    "channel": (QT_TRANSLATE_NOOP("csv.header", "channel"), "channel"),
    "owner": (QT_TRANSLATE_NOOP("csv.header", "owner"), "owner"),
    "personas": (QT_TRANSLATE_NOOP("csv.header", "personas"), "personas"),
    "evidence": (QT_TRANSLATE_NOOP("csv.header", "evidence"), "evidence"),
    "moment_of_truth": (QT_TRANSLATE_NOOP("csv.header", "moment_of_truth"), "moment_of_truth"),
    "csat": (QT_TRANSLATE_NOOP("csv.header", "csat"), "csat"),
    "nps": (QT_TRANSLATE_NOOP("csv.header", "nps"), "nps"),
    "ces": (QT_TRANSLATE_NOOP("csv.header", "ces"), "ces"),
    "volume": (QT_TRANSLATE_NOOP("csv.header", "volume"), "volume"),
    "conversion": (QT_TRANSLATE_NOOP("csv.header", "conversion"), "conversion"),
    "frictions": (QT_TRANSLATE_NOOP("csv.header", "frictions"), "ignore"),
    "open_frictions": (QT_TRANSLATE_NOOP("csv.header", "open_frictions"), "ignore"),
    "highest_severity": (QT_TRANSLATE_NOOP("csv.header", "highest_severity"), "ignore"),
    "description": (QT_TRANSLATE_NOOP("csv.header", "description"), "description"),
}
EMOTION_HEADER = QT_TRANSLATE_NOOP("csv.header", "emotion: {persona}")
assert set(V.METRICS) <= set(EXPORT_COLUMNS)


def header(column: str) -> str:
    """A column's header in the current language."""
    return translate("csv.header", EXPORT_COLUMNS[column][0])


def emotion_header(persona: str) -> str:
    """The header of a persona's emotion column: "emotion: Dina"."""
    return translate("csv.header", EMOTION_HEADER).format(persona=persona)


def _other_languages() -> list[str]:
    return [lang for lang in LANGUAGES if lang != "en"]


def exported_field(text: str) -> str | None:
    """The import field of a header some language's export writes, or None
    (read from the catalogs on each call: a dozen lookups per header row)."""
    key = fold(text)
    for lang in _other_languages():
        with use_language(lang):
            for source, field in EXPORT_COLUMNS.values():
                if fold(translate("csv.header", source)) == key:
                    return field
    return None


def exported_emotion(text: str) -> str | None:
    """The persona of an emotion header some language's export writes, or None."""
    for lang in _other_languages():
        with use_language(lang):
            head, _, tail = translate("csv.header", EMOTION_HEADER).partition("{persona}")
        if (
            head.strip()
            and text.startswith(head)
            and text.endswith(tail)
            and len(text) > len(head) + len(tail)
        ):
            return text[len(head) : len(text) - len(tail)].strip() or None
    return None


def exported_yes_no(text: str) -> bool | None:
    """True or False for the yes/no word of some language's export, else None."""
    key = fold(text)
    for lang in _other_languages():
        with use_language(lang):
            if key == fold(L.yes_no(True)):
                return True
            if key == fold(L.yes_no(False)):
                return False
    return None


def exported_evidence(text: str) -> str | None:
    """The evidence state an export wrote as ``text`` in any language, else None."""
    key = fold(text)
    for lang in ("en", *_other_languages()):
        with use_language(lang):
            for state in V.EVIDENCE_STATUSES:
                if key == fold(L.evidence_label(state)):
                    return state
    return None
