"""Loading a map file: read, parse, migrate, validate, check references, build.

Every problem becomes a ``LoadError`` that names the file, the place and what is
wrong. Loading only reads the file.
"""

from __future__ import annotations

import gc
import json
import os
import re
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..model import JourneyDocument
from . import migrations, schema
from .convert import to_document
from .errors import LoadError, Problem

MAX_FILE_BYTES = 50 * 1024 * 1024
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class _Bad(Exception):
    """A problem found while parsing, before there is a path to name."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                where = f" (in the item with id {obj['id']!r})" if isinstance(obj.get("id"), str) else ""
                raise _Bad(f"the key {key!r} appears twice in one object{where}")
            seen.add(key)
    return obj


def _constant(name: str) -> Any:
    raise _Bad(f"{name} is not a number a map can hold (NaN and Infinity are not allowed)")


def _line_col(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) >= 2 and (raw[0] == 0 or raw[1] == 0)):
        # JSON starts with an ASCII character: in UTF-16 or UTF-32 one of the
        # first two bytes is then NUL, which UTF-8 JSON never has there.
        raise _Bad("is UTF-16 or UTF-32 text; JourneyDesk maps are UTF-8 (save it again as UTF-8)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = raw[: exc.start].decode("utf-8", errors="replace")
        raise _Bad(
            f"{_line_col(prefix, len(prefix))}: is not valid UTF-8 text (byte 0x{raw[exc.start]:02x})"
        ) from None


def parse(text: str) -> Any:
    """Strict JSON: no duplicate keys, no NaN or Infinity.

    A number too large for a float (1e400) parses as infinity here; the schema
    refuses it at its place (``touchpoints[3].metrics.csat: is far too large``)."""
    return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def _place(loc: tuple[Any, ...]) -> str:
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
    """1e15 -> '1,000,000,000,000,000', 100 -> '100', 2.5 -> '2.5'."""
    if isinstance(x, (int, float)) and float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:g}" if isinstance(x, float) else str(x)


def _friendly(err: dict[str, Any]) -> str:
    kind, ctx = err["type"], err.get("ctx") or {}
    if err["loc"] and err["loc"][-1] == "[key]":
        return "the key " + _friendly({**err, "loc": err["loc"][:-1]})
    got = err.get("input")
    shown = f" (got {got!r})" if isinstance(got, (int, float, str)) and len(repr(got)) < 60 else ""
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        return "is not a field JourneyDesk knows (misspelt?)"
    if kind == "string_too_long":
        return f"is too long ({len(got):,} characters, at most {ctx['max_length']:,})"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_long":
        return f"has too many entries (at most {ctx['max_length']:,})"
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {_number(ctx.get('ge', ctx.get('gt')))}{shown}"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {_number(ctx.get('le', ctx.get('lt')))}{shown}"
    if kind == "literal_error":
        return f"must be one of {ctx['expected']}{shown}"
    if kind == "string_pattern_mismatch":
        field = err["loc"][-1] if err["loc"] else ""
        if field == "colour":
            return f"must be a colour like #3B82F6{shown}"
        if field == "language":
            return f"must be a language tag such as 'en', 'id' or 'pt-BR'{shown}"
        return f"is not in the expected form{shown}"
    if kind in ("int_type", "int_from_float", "int_parsing"):
        return f"must be a whole number{shown}"
    if kind == "finite_number":
        return "is too large a number (or not a number at all)"
    if kind in ("float_type", "float_parsing"):
        if isinstance(got, int) and not isinstance(got, bool):
            return "is far too large a number"
        return f"must be a number{shown}"
    if kind == "string_type":
        return f"must be text{shown}"
    if kind == "bool_type":
        return f"must be true or false{shown}"
    if kind in ("list_type", "tuple_type"):
        return "must be a list [...]"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "must be an object {...}"
    return err["msg"]


def _label(data: Any, loc: tuple[Any, ...]) -> str:
    """A readable name for the item an error is in, e.g. ' ("Checkout")'."""
    if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(data, dict):
        items = data.get(loc[0])
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            item = items[loc[1]]
            name = item.get("title", item.get("name"))
            if isinstance(name, str) and name.strip():
                short = name if len(name) <= 40 else name[:39] + "…"
                return f' (in "{short}")'
    return ""


def _surrogate_problems(data: Any, loc: tuple[Any, ...] = ()) -> list[Problem]:
    found: list[Problem] = []
    stack = [(loc, data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                found.append(Problem(_place(where), "contains a broken character (a lone UTF-16 surrogate)"))
        elif isinstance(value, dict):
            stack.extend(((*where, k), v) for k, v in value.items())
            for k in value:
                stack.append(((*where, "(key)"), k))
        elif isinstance(value, list):
            stack.extend(((*where, i), v) for i, v in enumerate(value))
    return sorted(found, key=lambda p: p.place)


def _references_ok(f: schema.JourneyFile) -> bool:
    """The fast check of ids and references, with sets; ``_reference_problems``
    finds and words the problems when this says there are some."""
    personas = {p.id for p in f.personas}
    stages = {s.id for s in f.stages}
    lanes = {la.id for la in f.lanes}
    channels = {c.id for c in f.channels}
    tps = {t.id for t in f.touchpoints}
    links = {k.id for k in f.links}
    frictions = {fr.id for fr in f.frictions}
    comments = {c.id for c in f.comments}
    every = set().union(personas, stages, lanes, channels, tps, links, frictions, comments)
    groups = (f.personas, f.stages, f.lanes, f.channels, f.touchpoints, f.links, f.frictions, f.comments)
    if len(every) != sum(map(len, groups)):
        return False  # an id used twice
    touchpoints = f.touchpoints
    if not {t.stage for t in touchpoints} <= stages or not {t.lane for t in touchpoints} <= lanes:
        return False
    if not {t.channel for t in touchpoints} <= channels | {None}:
        return False
    for t in touchpoints:
        tp_personas = t.personas
        if tp_personas and (
            not personas.issuperset(tp_personas) or len(set(tp_personas)) != len(tp_personas)
        ):
            return False
        if t.emotions and not personas.issuperset(t.emotions):
            return False
    for k in f.links:
        if k.source == k.target or k.source not in tps or k.target not in tps:
            return False
        if k.persona is not None and k.persona not in personas:
            return False
    if not {c.target for c in f.comments} <= tps | frictions | stages | {None}:
        return False
    return all(fr.target in tps or fr.target in links for fr in f.frictions)


def _reference_problems(f: schema.JourneyFile) -> list[Problem]:
    if _references_ok(f):
        return []
    problems: list[Problem] = []
    kinds: dict[str, str] = {}
    first: dict[str, str] = {}
    for group in ("personas", "stages", "lanes", "channels", "touchpoints", "links", "frictions", "comments"):
        for i, item in enumerate(getattr(f, group)):
            if item.id in kinds:
                problems.append(
                    Problem(
                        f"{group}[{i}].id", f"the id {item.id!r} is used twice (first at {first[item.id]})"
                    )
                )
            else:
                kinds[item.id] = group
                first[item.id] = f"{group}[{i}]"

    def ref(place: str, value: str | None, *wanted: str) -> None:
        if value is None:
            return
        got = kinds.get(value)
        if got is None:
            problems.append(Problem(place, f"refers to {value!r}, which is not in this map"))
        elif got not in wanted:
            problems.append(
                Problem(
                    place, f"refers to {value!r}, which is one of the {got}, not the {' or '.join(wanted)}"
                )
            )

    for i, t in enumerate(f.touchpoints):
        p = f"touchpoints[{i}]"
        ref(f"{p}.stage", t.stage, "stages")
        ref(f"{p}.lane", t.lane, "lanes")
        ref(f"{p}.channel", t.channel, "channels")
        for j, persona in enumerate(t.personas):
            ref(f"{p}.personas[{j}]", persona, "personas")
        if len(set(t.personas)) != len(t.personas):
            problems.append(Problem(f"{p}.personas", "names the same persona twice"))
        for persona in t.emotions:
            ref(_place(("touchpoints", i, "emotions", persona)), persona, "personas")
    for i, link in enumerate(f.links):
        p = f"links[{i}]"
        ref(f"{p}.source", link.source, "touchpoints")
        ref(f"{p}.target", link.target, "touchpoints")
        ref(f"{p}.persona", link.persona, "personas")
        if link.source == link.target:
            problems.append(Problem(f"{p}.target", "a link must join two different touchpoints"))
    for i, fr in enumerate(f.frictions):
        ref(f"frictions[{i}].target", fr.target, "touchpoints", "links")
    for i, c in enumerate(f.comments):
        ref(f"comments[{i}].target", c.target, "touchpoints", "frictions", "stages")
    return problems


@contextmanager
def _no_gc():
    """Loading makes many objects and no garbage cycles: pausing the cyclic
    garbage collector meanwhile saves a third of the time on large maps."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_text(text: str, file: str = "<text>") -> JourneyDocument:
    """Load a map from JSON text (e.g. the clipboard); same checks as ``load``."""
    with _no_gc():
        return _load_text(text, file)


def _load_text(text: str, file: str) -> JourneyDocument:
    if not text.strip():
        raise LoadError(file, [Problem("", "is empty; a map file holds a JSON object {...}")])
    try:
        data = parse(text)
    except _Bad as exc:
        raise LoadError(file, [Problem("", str(exc))]) from None
    except json.JSONDecodeError as exc:
        raise LoadError(file, [Problem(f"line {exc.lineno}, column {exc.colno}", _syntax(exc))]) from None
    except RecursionError:
        raise LoadError(file, [Problem("", "is nested too deeply to be a journey map")]) from None
    except ValueError as exc:
        if "digits" in str(exc):  # an integer of more than 4,300 digits
            raise LoadError(
                file, [Problem("", "holds a number with thousands of digits, far too large for a map")]
            ) from None
        raise LoadError(file, [Problem("", f"holds a value JourneyDesk cannot read: {exc}")]) from None
    # Decoded UTF-8 holds no lone surrogates; only \uD800-style escapes can make them.
    return load_data(data, file, check_surrogates=_SURROGATE_ESCAPE.search(text) is not None)


def _syntax(exc: json.JSONDecodeError) -> str:
    msg = exc.msg
    hints = {
        "Expecting value": "a value is missing or is not valid JSON here",
        "Expecting property name enclosed in double quotes": 'expected a "key" in double quotes (a trailing comma?)',
        "Expecting ',' delimiter": "a comma is missing here",
        "Expecting ':' delimiter": "a colon is missing here",
        "Extra data": "there is more text after the end of the map",
        "Unterminated string starting at": 'a text value is not closed with "',
        "Invalid control character at": "a text value holds a raw control character (a line break or tab inside quotes?)",
        "Invalid \\uXXXX escape": "a \\u escape must be followed by four hex digits",
        "Invalid \\escape": "a backslash in a text value must be doubled (\\\\) or start an escape such as \\n",
    }
    for key, hint in hints.items():
        if msg.startswith(key):
            return f"not valid JSON: {hint}"
    return f"not valid JSON: {msg}"


def load_data(data: Any, file: str = "<data>", *, check_surrogates: bool = True) -> JourneyDocument:
    """Validate parsed JSON data and build the document."""
    if not isinstance(data, dict):
        raise LoadError(
            file, [Problem("", "does not hold a journey map (expected an object {...} at the top)")]
        )
    if data.get("format") != schema.FORMAT_NAME:
        raise LoadError(
            file, [Problem("format", 'is not a JourneyDesk map (expected "format": "journeydesk")')]
        )
    if "format_version" not in data:
        raise LoadError(
            file, [Problem("format_version", 'is missing (a map file starts with "format_version": 1)')]
        )
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise LoadError(file, [Problem("format_version", "must be a whole number of 1 or more")])
    if version > schema.FORMAT_VERSION:
        raise LoadError(
            file,
            [
                Problem(
                    "format_version",
                    f"the file is format version {version}, made by a newer JourneyDesk; "
                    f"this version reads format version {schema.FORMAT_VERSION} and older",
                )
            ],
        )
    if version < schema.FORMAT_VERSION:
        try:
            data = migrations.migrate(data, version, schema.FORMAT_VERSION)
        except migrations.MissingMigration as exc:
            raise LoadError(file, [Problem("format_version", str(exc))]) from None
        except Exception as exc:  # noqa: BLE001 - a step that cannot make sense of an old file
            raise LoadError(
                file,
                [
                    Problem(
                        "format_version", f"could not upgrade the file from format version {version}: {exc!r}"
                    )
                ],
            ) from None
    if check_surrogates:
        bad = _surrogate_problems(data)
        if bad:
            raise LoadError(file, bad)
    try:
        validated = schema.JourneyFile.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(_place(e["loc"]), _friendly(e) + _label(data, e["loc"]))
            for e in exc.errors(include_url=False)
        ]
        raise LoadError(file, problems) from None
    problems = _reference_problems(validated)
    if problems:
        raise LoadError(file, problems)
    return to_document(validated)


def _megabytes(size: int) -> str:
    mb = size / 2**20
    return f"{mb:.0f} MB" if mb >= 10 else f"{mb:.1f} MB".replace(".0 MB", " MB")


def load(path: str | os.PathLike[str]) -> JourneyDocument:
    """Load a map file. Raises ``LoadError`` naming the file, place and problem."""
    path = Path(path)
    name = str(path)
    try:
        info = path.stat()
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(name, [Problem("", "is a folder, not a map file")])
        if not stat.S_ISREG(info.st_mode):  # a pipe or device could block forever
            raise LoadError(name, [Problem("", "is not a regular file (a pipe or a device?)")])
        if size > MAX_FILE_BYTES:
            raise LoadError(
                name,
                [
                    Problem(
                        "", f"is {_megabytes(size)}; a map file may be at most {_megabytes(MAX_FILE_BYTES)}"
                    )
                ],
            )
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise LoadError(name, [Problem("", "no such file")]) from None
    except PermissionError:
        raise LoadError(name, [Problem("", "you do not have permission to read this file")]) from None
    except OSError as exc:
        raise LoadError(name, [Problem("", f"cannot be read: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError(
            name, [Problem("", f"is larger than {_megabytes(MAX_FILE_BYTES)}, the most a map file may be")]
        )
    try:
        text = _decode(raw)
    except _Bad as exc:
        raise LoadError(name, [Problem("", str(exc))]) from None
    return load_text(text, name)
