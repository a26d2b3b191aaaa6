"""The editable fields of each item kind, with their defaults and checks.

The document runs every value through these checks, so no edit from the canvas,
the inspector or a script can put an invalid value into a map.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, formats, translate
from . import vocabulary as V
from .labels import field_label, kind_label, metric_label

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# Characters no field may hold: C0 controls, DEL and the C1 controls (U+0080-U+009F,
# which 8-bit terminals read as CSI, OSC...). They corrupt terminals (an OSC 52
# sequence in a title writes the clipboard of whoever runs `journeydesk info`),
# break printing and search, and no keyboard types them. A multi-line text field
# may hold tabs and line breaks; a one-line field (a name, a title) may not, nor
# the Unicode line and paragraph separators.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
CONTROL_IN_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_NAMES = {
    0: "NUL",
    7: "BEL",
    8: QT_TRANSLATE_NOOP("model.fields", "backspace"),
    9: QT_TRANSLATE_NOOP("model.fields", "tab"),
    10: QT_TRANSLATE_NOOP("model.fields", "line break"),
    13: QT_TRANSLATE_NOOP("model.fields", "carriage return"),
    27: "ESC",
}


class FieldError(ValueError):
    """A value that a field does not accept; the message says why in plain words."""


def control_character(value: str, multiline: bool = False) -> str | None:
    """The first character of ``value`` a field may not hold, or None."""
    found = (CONTROL_IN_MULTILINE if multiline else CONTROL).search(value)
    return found.group() if found else None


_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\u2028\u2029]+")


def one_line(value: str) -> str:
    """Text for a one-line field from text that may wrap (a spreadsheet cell with
    line breaks, cells joined): each run of line breaks and tabs becomes a space."""
    return _LINE_BREAKS.sub(" ", value).strip()


def describe_control(char: str) -> str:
    """'ESC (U+001B)', 'U+0085'."""
    code = ord(char)
    label = _CONTROL_NAMES.get(code)
    return f"{translate('model.fields', label)} (U+{code:04X})" if label else f"U+{code:04X}"


def _text(limit: int, multiline: bool) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise FieldError(translate("model.fields", "must be text"))
        if len(value) > limit:
            raise FieldError(too_long(len(value), limit))
        bad = control_character(value, multiline)
        if bad is not None:
            message = (
                translate(
                    "model.fields", "contains a control character, {char}, which text here may not hold"
                )
                if multiline or bad not in "\t\n\r\u2028\u2029"
                else translate("model.fields", "must be one line: it contains a {char}")
            )
            raise FieldError(message.format(char=describe_control(bad)))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise FieldError(
                translate("model.fields", "contains a broken character (a lone surrogate)")
            ) from exc
        return value

    check.multiline = multiline  # type: ignore[attr-defined]
    return check


name = _text(V.MAX_NAME, multiline=False)  # one line: names, titles, owners
text = _text(V.MAX_TEXT, multiline=True)  # descriptions, notes, quotes


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in options:
            raise FieldError(
                translate("model.fields", "must be one of {options} (got {value})").format(
                    options=", ".join(options), value=repr(value)
                )
            )
        return value

    return check


def _int_range(lo: int, hi: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise FieldError(
                translate("model.fields", "must be a whole number from {low} to {high}").format(
                    low=lo, high=hi
                )
            )
        if not lo <= value <= hi:
            raise FieldError(
                translate("model.fields", "must be from {low} to {high} (got {value})").format(
                    low=lo, high=hi, value=value
                )
            )
        return value

    return check


def too_long(length: int, limit: int) -> str:
    """'is too long (600 characters, at most 500)' (the loader says it alike)."""
    return translate("model.fields", "is too long ({length} characters, at most {limit})").format(
        length=formats.number(length), limit=formats.number(limit)
    )


def too_many(limit: int) -> str:
    return translate("model.fields", "has too many entries (at most {limit})").format(
        limit=formats.number(limit)
    )


def _text_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise FieldError(translate("model.fields", "must be a list of text"))
    if len(value) > V.MAX_LIST_ITEMS:
        raise FieldError(too_many(V.MAX_LIST_ITEMS))
    return tuple(text(v) for v in value)


def _id_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise FieldError(translate("model.fields", "must be a list of ids"))
    if len(value) > V.MAX_LIST_ITEMS:
        raise FieldError(too_many(V.MAX_LIST_ITEMS))
    out = []
    for v in value:
        if not isinstance(v, str):
            raise FieldError(translate("model.fields", "must be a list of ids"))
        if v not in out:
            out.append(v)
    return tuple(out)


def _optional_id(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise FieldError(translate("model.fields", "must be an id or empty"))


def colour(value: Any) -> str:
    if not isinstance(value, str) or not _COLOUR.match(value):
        raise FieldError(
            translate("model.fields", "must be a colour like #3B82F6 (got {value})").format(value=repr(value))
        )
    return value.upper()


def _number(x: float) -> str:
    """80 -> '80', 1e15 -> '1,000,000,000,000,000', 2.5 -> '2.5' (in the
    language's digits)."""
    if float(x).is_integer():
        return formats.number(int(x))
    return formats.number(float(f"{x:g}"))


def metric(key: str, value: Any) -> float | int | None:
    """Check one metric value; None clears it."""
    if value is None:
        return None
    _, lo, hi, integer = V.METRICS[key]
    label = metric_label(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FieldError(translate("model.fields", "{metric} must be a number").format(metric=label))
    if isinstance(value, float) and not math.isfinite(value):
        raise FieldError(translate("model.fields", "{metric} must be a finite number").format(metric=label))
    if hi is None:
        hi = V.MAX_COUNT
    if value < lo or value > hi:  # before float(): a huge int does not fit in a float
        shown = _number(value) if abs(value) < 10**20 else translate("model.fields", "a huge number")
        raise FieldError(
            translate("model.fields", "{metric} must be from {low} to {high} (got {value})").format(
                metric=label, low=_number(lo), high=_number(hi), value=shown
            )
        )
    if integer:
        if isinstance(value, float):
            if not value.is_integer():
                raise FieldError(
                    translate("model.fields", "{metric} must be a whole number").format(metric=label)
                )
            value = int(value)
    else:
        value = float(value)  # 80 and 80.0 are one value: save them alike
    return value


def metrics(value: Any) -> dict[str, float | int]:
    if not isinstance(value, dict):
        raise FieldError(translate("model.fields", "must be a set of metrics"))
    out: dict[str, float | int] = {}
    for key in V.METRICS:  # canonical key order
        if key in value:
            checked = metric(key, value[key])
            if checked is not None:
                out[key] = checked
    unknown = set(value) - set(V.METRICS)
    if unknown:
        raise FieldError(
            translate("model.fields", "has unknown metric {key} (known: {keys})").format(
                key=repr(min(unknown)), keys=", ".join(V.METRICS)
            )
        )
    return out


emotion = _int_range(V.EMOTION_MIN, V.EMOTION_MAX)


def emotions(value: Any) -> dict[str, int]:
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise FieldError(translate("model.fields", "must map persona ids to emotions"))
    return {k: emotion(value[k]) for k in sorted(value)}


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldError(translate("model.fields", "must be true or false"))
    return value


def _category(value: Any) -> str:
    # Known categories or a custom one the team names itself.
    value = name(value)
    if not value.strip():
        raise FieldError(translate("model.fields", "must not be empty"))
    return value


def _evidence(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FieldError(translate("model.fields", "must hold quote, source and count"))
    unknown = set(value) - {"quote", "source", "count"}
    if unknown:
        raise FieldError(translate("model.fields", "has unknown entry {key}").format(key=repr(min(unknown))))
    count = value.get("count")
    if count is not None and (
        isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= V.MAX_COUNT
    ):
        raise FieldError(
            translate("model.fields", "count must be a whole number from 0 to {high}").format(
                high=formats.number(V.MAX_COUNT)
            )
        )
    return {
        "quote": text(value.get("quote", "")),
        "source": name(value.get("source", "")),
        "count": count,
    }


# kind -> field -> (default, check). Defaults are immutable or rebuilt per item.
FIELDS: dict[str, dict[str, tuple[Any, Callable[[Any], Any]]]] = {
    "persona": {
        "name": ("", name),
        "role": ("", name),
        "goals": ((), _text_list),
        "needs": ((), _text_list),
        "frustrations": ((), _text_list),
        "quote": ("", text),
        "colour": (V.PERSONA_COLOURS[0], colour),
        "notes": ("", text),
    },
    "stage": {
        "name": ("", name),
        "description": ("", text),
        "notes": ("", text),
    },
    "lane": {
        "name": ("", name),
        "kind": ("touchpoints", _choice(V.LANE_KINDS)),
    },
    "channel": {
        "name": ("", name),
    },
    "touchpoint": {
        "title": ("", name),
        "description": ("", text),
        "channel": (None, _optional_id),
        "owner": ("", name),
        "personas": ((), _id_list),
        "metrics": ({}, metrics),
        "emotions": ({}, emotions),
        "evidence": ("observed", _choice(V.EVIDENCE_STATUSES)),
        "moment_of_truth": (False, _bool),
        "notes": ("", text),
    },
    "link": {
        "persona": (None, _optional_id),
        "label": ("", name),
    },
    "friction": {
        "title": ("", name),
        "description": ("", text),
        "severity": (2, _int_range(V.SEVERITY_MIN, V.SEVERITY_MAX)),
        "category": ("effort", _category),
        "evidence": ({"quote": "", "source": "", "count": None}, _evidence),
        "evidence_status": ("assumed", _choice(V.EVIDENCE_STATUSES)),
        "status": ("open", _choice(V.FRICTION_STATUSES)),
        "opportunity": ("", text),
        "owner": ("", name),
    },
    # A note anyone in a workshop can pin on a touchpoint, friction, stage or the
    # map itself (its target, like a friction's, is fixed when it is added).
    "comment": {
        "author": ("", name),
        "created": ("", name),
        "text": ("", text),
        "resolved": (False, _bool),
    },
}


def check(kind: str, field: str, value: Any) -> Any:
    """Return the checked (normalised) value or raise FieldError naming the field."""
    spec = FIELDS[kind].get(field)
    if spec is None:
        raise FieldError(no_such_field(kind, field))
    try:
        return spec[1](value)
    except FieldError as exc:
        raise FieldError(about(field, str(exc))) from None


def about(field: str, problem: str) -> str:
    """A field's problem as one sentence: "title must be text" (the translator
    may reorder the two)."""
    return translate("model.fields", "{field} {problem}").format(field=field_label(field), problem=problem)


def no_such_field(kind: str, field: str) -> str:
    return translate("model.fields", "{kind} has no field {field}").format(
        kind=kind_label(kind), field=repr(field)
    )


def defaults(kind: str) -> dict[str, Any]:
    return {f: (dict(d) if isinstance(d, dict) else d) for f, (d, _) in FIELDS[kind].items()}
