"""What is wrong with a map file, in words, and where: the schema's findings
(pydantic's error types) and broken references, as ``Problem``s.

The place is the file's own path (``touchpoints[3].stage``): it names keys of
the format, which are never translated. The message is in the interface's
language; a sentence that gains a detail ("(got 9)", the item's name) does so
through a template, so a translation may put the detail where its grammar wants.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, formats, translate
from ..model.fields import too_long, too_many
from . import schema
from .errors import Problem

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def place(loc: tuple[Any, ...]) -> str:
    """('touchpoints', 3, 'stage') -> 'touchpoints[3].stage'; odd keys are quoted:
    emotions[""], emotions["pe 1"]."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part == "[key]":  # pydantic's marker: the problem is the key itself
            continue
        elif _PLAIN_KEY.match(str(part)) and len(part) <= 40:
            out += f".{part}" if out else str(part)
        else:
            shown = part if len(part) <= 40 else part[:39] + "…"
            out += f"[{json.dumps(shown, ensure_ascii=False)}]"
    return out


def _number(x: Any) -> str:
    """1e15 -> '1,000,000,000,000,000', 100 -> '100', 2.5 -> '2.5' (the
    language's digits)."""
    if isinstance(x, (int, float)) and float(x).is_integer():
        return formats.number(int(x))
    return formats.number(x) if isinstance(x, float) else str(x)


# pydantic error type -> the words, for the types whose words need no detail.
_PLAIN = {
    "missing": QT_TRANSLATE_NOOP("io.load", "is missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP("io.load", "is not a field JourneyDesk knows (misspelt?)"),
    "string_too_short": QT_TRANSLATE_NOOP("io.load", "must not be empty"),
    "finite_number": QT_TRANSLATE_NOOP("io.load", "is too large a number (or not a number at all)"),
    "list_type": QT_TRANSLATE_NOOP("io.load", "must be a list [...]"),
    "tuple_type": QT_TRANSLATE_NOOP("io.load", "must be a list [...]"),
    "dict_type": QT_TRANSLATE_NOOP("io.load", "must be an object {...}"),
    "model_type": QT_TRANSLATE_NOOP("io.load", "must be an object {...}"),
    "model_attributes_type": QT_TRANSLATE_NOOP("io.load", "must be an object {...}"),
}
# ... and those that may show the value found.
_SHOWING = {
    "int_type": QT_TRANSLATE_NOOP("io.load", "must be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("io.load", "must be a whole number"),
    "int_parsing": QT_TRANSLATE_NOOP("io.load", "must be a whole number"),
    "float_type": QT_TRANSLATE_NOOP("io.load", "must be a number"),
    "float_parsing": QT_TRANSLATE_NOOP("io.load", "must be a number"),
    "string_type": QT_TRANSLATE_NOOP("io.load", "must be text"),
    "bool_type": QT_TRANSLATE_NOOP("io.load", "must be true or false"),
}


def friendly(err: dict[str, Any]) -> str:
    """A pydantic validation error in plain words."""
    kind, ctx = err["type"], err.get("ctx") or {}
    if err["loc"] and err["loc"][-1] == "[key]":
        inner = friendly({**err, "loc": err["loc"][:-1]})
        return translate("io.load", "the key {problem}").format(problem=inner)
    got = err.get("input")
    showable = isinstance(got, (int, float, str)) and len(repr(got)) < 60

    def showing(problem: str) -> str:
        if not showable:
            return problem
        return translate("io.load", "{problem} (got {value})").format(problem=problem, value=repr(got))

    if kind in _PLAIN:
        return translate("io.load", _PLAIN[kind])
    if kind == "string_too_long":
        return too_long(len(got), ctx["max_length"])
    if kind == "too_long":
        return too_many(ctx["max_length"])
    if kind in ("greater_than_equal", "greater_than"):
        least = _number(ctx.get("ge", ctx.get("gt")))
        return showing(translate("io.load", "must be at least {least}").format(least=least))
    if kind in ("less_than_equal", "less_than"):
        most = _number(ctx.get("le", ctx.get("lt")))
        return showing(translate("io.load", "must be at most {most}").format(most=most))
    if kind == "literal_error":
        return showing(translate("io.load", "must be one of {options}").format(options=ctx["expected"]))
    if kind == "string_pattern_mismatch":
        field = err["loc"][-1] if err["loc"] else ""
        if field == "colour":
            return showing(translate("io.load", "must be a colour like #3B82F6"))
        if field == "language":
            return showing(translate("io.load", "must be a language tag such as 'en', 'id' or 'pt-BR'"))
        return showing(translate("io.load", "is not in the expected form"))
    if kind in ("float_type", "float_parsing") and isinstance(got, int) and not isinstance(got, bool):
        return translate("io.load", "is far too large a number")
    if kind in _SHOWING:
        return showing(translate("io.load", _SHOWING[kind]))
    return err["msg"]  # a type JourneyDesk's schema does not produce: pydantic's (English) words


def in_item(problem: str, data: Any, loc: tuple[Any, ...]) -> str:
    """``problem`` with the name of the item it is in, e.g. 'must be at most 4
    (got 9) (in "Checkout")'."""
    if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(data, dict):
        items = data.get(loc[0])
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            item = items[loc[1]]
            name = item.get("title", item.get("name"))
            if isinstance(name, str) and name.strip():
                short = name if len(name) <= 40 else name[:39] + "…"
                return translate("io.load", '{problem} (in "{name}")').format(problem=problem, name=short)
    return problem


def surrogate_problems(data: Any, loc: tuple[Any, ...] = ()) -> list[Problem]:
    found: list[Problem] = []
    stack = [(loc, data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                message = translate("io.load", "contains a broken character (a lone UTF-16 surrogate)")
                found.append(Problem(place(where), message))
        elif isinstance(value, dict):
            stack.extend(((*where, k), v) for k, v in value.items())
            for k in value:
                stack.append(((*where, "(key)"), k))
        elif isinstance(value, list):
            stack.extend(((*where, i), v) for i, v in enumerate(value))
    return sorted(found, key=lambda p: p.place)


# The groups of a map file, by their key (a reference names the group it wants).
_GROUP_WORDS = {
    "personas": QT_TRANSLATE_NOOP("io.load", "personas"),
    "stages": QT_TRANSLATE_NOOP("io.load", "stages"),
    "lanes": QT_TRANSLATE_NOOP("io.load", "lanes"),
    "channels": QT_TRANSLATE_NOOP("io.load", "channels"),
    "touchpoints": QT_TRANSLATE_NOOP("io.load", "touchpoints"),
    "links": QT_TRANSLATE_NOOP("io.load", "links"),
    "frictions": QT_TRANSLATE_NOOP("io.load", "frictions"),
    "comments": QT_TRANSLATE_NOOP("io.load", "comments"),
}
_WANTED = {
    ("stages",): QT_TRANSLATE_NOOP("io.load", "refers to {id}, which is one of the {group}, not the stages"),
    ("lanes",): QT_TRANSLATE_NOOP("io.load", "refers to {id}, which is one of the {group}, not the lanes"),
    ("channels",): QT_TRANSLATE_NOOP(
        "io.load", "refers to {id}, which is one of the {group}, not the channels"
    ),
    ("personas",): QT_TRANSLATE_NOOP(
        "io.load", "refers to {id}, which is one of the {group}, not the personas"
    ),
    ("touchpoints",): QT_TRANSLATE_NOOP(
        "io.load", "refers to {id}, which is one of the {group}, not the touchpoints"
    ),
    ("touchpoints", "links"): QT_TRANSLATE_NOOP(
        "io.load", "refers to {id}, which is one of the {group}, not the touchpoints or links"
    ),
    ("touchpoints", "frictions", "stages"): QT_TRANSLATE_NOOP(
        "io.load", "refers to {id}, which is one of the {group}, not the touchpoints, frictions or stages"
    ),
}


def reference_problems(f: schema.JourneyFile) -> list[Problem]:
    """Every id used twice and every reference to a missing or wrong item."""
    problems: list[Problem] = []
    kinds: dict[str, str] = {}
    first: dict[str, str] = {}
    for group in _GROUP_WORDS:
        for i, item in enumerate(getattr(f, group)):
            if item.id in kinds:
                message = translate("io.load", "the id {id} is used twice (first at {place})")
                problems.append(
                    Problem(f"{group}[{i}].id", message.format(id=repr(item.id), place=first[item.id]))
                )
            else:
                kinds[item.id] = group
                first[item.id] = f"{group}[{i}]"

    def ref(where: str, value: str | None, *wanted: str) -> None:
        if value is None:
            return
        got = kinds.get(value)
        if got is None:
            message = translate("io.load", "refers to {id}, which is not in this map")
            problems.append(Problem(where, message.format(id=repr(value))))
        elif got not in wanted:
            message = translate("io.load", _WANTED[wanted])
            group = translate("io.load", _GROUP_WORDS[got])
            problems.append(Problem(where, message.format(id=repr(value), group=group)))

    for i, t in enumerate(f.touchpoints):
        p = f"touchpoints[{i}]"
        ref(f"{p}.stage", t.stage, "stages")
        ref(f"{p}.lane", t.lane, "lanes")
        ref(f"{p}.channel", t.channel, "channels")
        for j, persona in enumerate(t.personas):
            ref(f"{p}.personas[{j}]", persona, "personas")
        if len(set(t.personas)) != len(t.personas):
            problems.append(Problem(f"{p}.personas", translate("io.load", "names the same persona twice")))
        for persona in t.emotions:
            ref(place(("touchpoints", i, "emotions", persona)), persona, "personas")
    for i, link in enumerate(f.links):
        p = f"links[{i}]"
        ref(f"{p}.source", link.source, "touchpoints")
        ref(f"{p}.target", link.target, "touchpoints")
        ref(f"{p}.persona", link.persona, "personas")
        if link.source == link.target:
            message = translate("io.load", "a link must join two different touchpoints")
            problems.append(Problem(f"{p}.target", message))
    for i, fr in enumerate(f.frictions):
        ref(f"frictions[{i}].target", fr.target, "touchpoints", "links")
    for i, c in enumerate(f.comments):
        ref(f"comments[{i}].target", c.target, "touchpoints", "frictions", "stages")
    return problems
