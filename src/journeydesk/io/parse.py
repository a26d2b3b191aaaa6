"""Strict JSON for map files: every problem with its place, memory bounded.

Python's json module is fast but says little: its hooks get no position, so a
duplicate key, NaN or a 5,000-digit number would be reported without a line. Here
the C parser does the work, and only when it fails do slower helpers find the
place (a regex that skips strings, or the pure-Python scanner for duplicates).

Memory: before parsing, the objects and lists of the text are counted (outside
strings). Parsed JSON costs far more than its text (``{}`` is 3 bytes of text and
about 70 bytes of dict), so a text denser in containers than any map could be, or
with more of them than the largest map allowed, is refused before anything is
built. ``benchmarks/bench_load_memory.py`` measures the peak on hostile inputs.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
import sys
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..model import vocabulary as V
from ..model.fields import describe_control

# The most objects and lists a valid map can hold: every kind at its limit, each
# item with its own nested ones (a touchpoint: itself, personas, metrics, emotions).
_PER_ITEM = {"persona": 4, "stage": 1, "lane": 1, "channel": 1, "touchpoint": 4, "link": 1, "friction": 2}
MAX_CONTAINERS = V.MAX_ITEMS * sum(_PER_ITEM.values()) + 16
# Even written without spaces, a map spends more than 12 bytes per object or list
# (the smallest is a persona's empty list: ``,"goals":[]``) and more than 8 per key.
BYTES_PER_CONTAINER = 12
BYTES_PER_KEY = 8
_ALLOWANCE = 2_000
MAX_DEPTH = 64  # named in the error when the parser runs out of stack; a map nests 4 deep

_STRING = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"')
_UNITS = r'(?:[^"]|"[^"\\]*+(?:\\.[^"\\]*+)*+")*?'  # outside strings, up to the match
_CONSTANT = re.compile(_UNITS + r"(-?Infinity|NaN)")
_MAX_DIGITS = sys.get_int_max_str_digits() or 4300
_HUGE_INT = re.compile(_UNITS + r"(?<![0-9.eE+\-])(-?[0-9]{" + str(_MAX_DIGITS + 1) + r",})(?![0-9.eE])")


class JSONProblem(Exception):
    """A problem in the text; ``place`` is 'line L, column C' (or 'line L')."""

    def __init__(self, place: str, message: str) -> None:
        super().__init__(message)
        self.place = place
        self.message = message


class _Duplicate(Exception):
    def __init__(self, key: str, item_id: Any) -> None:
        super().__init__(key)
        self.key, self.item_id, self.pos = key, item_id, None


class _Constant(Exception):
    pass


def line_col(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return translate("io.load", "line {line}, column {column}").format(line=line, column=col)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Duplicate(key, obj.get("id"))
            seen.add(key)
    return obj


def _constant(name: str) -> Any:
    raise _Constant(name)


# ------------------------------------------------------------------ before parsing
def _nth_container(skeleton: str, n: int) -> int:
    """Position of the n-th '{' or '[' (1-based), counted in 1 MB steps."""
    step, start, seen = 1 << 20, 0, 0
    while start < len(skeleton):
        chunk = skeleton[start : start + step]
        here = chunk.count("{") + chunk.count("[")
        if seen + here >= n:
            for m in re.finditer(r"[\[{]", chunk):
                seen += 1
                if seen == n:
                    return start + m.start()
        seen += here
        start += step
    return len(skeleton)


def check_budget(text: str) -> None:
    """Refuse, before parsing, a text with more objects, lists or keys than a map
    of its size can hold (counted outside strings)."""
    size = len(text)
    container_limit = min(MAX_CONTAINERS, _ALLOWANCE + size // BYTES_PER_CONTAINER)
    key_limit = _ALLOWANCE * 8 + size // BYTES_PER_KEY
    opens = text.count("{") + text.count("[")
    keys = text.count(":")
    if opens <= container_limit and keys <= key_limit:
        return  # the quick upper bound (strings counted too) is already fine
    # Blank the strings (same line numbers: strings hold no raw line breaks).
    skeleton = _STRING.sub('""', text)
    opens = skeleton.count("{") + skeleton.count("[")
    if opens > container_limit:
        pos = _nth_container(skeleton, container_limit + 1)
        line = skeleton.count("\n", 0, pos) + 1
        raise JSONProblem(
            translate("io.load", "line {line}").format(line=line),
            translate(
                "io.load",
                "holds more than {limit} objects and lists; a journey map of this size has far fewer "
                "(it is not a map, or it was damaged)",
            ).format(limit=f"{container_limit:,}"),
        )
    if skeleton.count(":") > key_limit:
        raise JSONProblem(
            "",
            translate(
                "io.load", "holds more than {limit} keys; a journey map of this size has far fewer"
            ).format(limit=f"{key_limit:,}"),
        )


def _depth_problem(text: str) -> JSONProblem:
    """After the parser ran out of stack: where the nesting goes deeper than any
    map's (only on this error path: a loop over every bracket)."""
    depth = 0
    for m in re.finditer(r'[\[{]|[\]}]|"[^"\\\n]*(?:\\.[^"\\\n]*)*"', text):
        c = m.group()[0]
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return JSONProblem(
                    line_col(text, m.start()),
                    translate(
                        "io.load", "is nested more than {depth} levels deep; a journey map nests only a few"
                    ).format(depth=MAX_DEPTH),
                )
        elif c in "]}":
            depth -= 1
    return JSONProblem("", translate("io.load", "is nested too deeply to be a journey map"))


# ------------------------------------------------------------------ parsing
def parse(text: str) -> Any:
    """Strict JSON: no duplicate keys, no NaN or Infinity, nothing a map cannot
    hold. Raises ``JSONProblem`` with the place of the first problem.

    A number too large for a float (1e400) parses as infinity here; the schema
    refuses it at its place (``touchpoints[3].metrics.csat: is far too large``)."""
    check_budget(text)
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except _Duplicate:
        raise _duplicate_problem(text) from None
    except _Constant as exc:
        found = _CONSTANT.match(text)
        place = line_col(text, found.start(1)) if found else ""
        raise JSONProblem(
            place,
            translate(
                "io.load", "{name} is not a number a map can hold (NaN and Infinity are not allowed)"
            ).format(name=str(exc)),
        ) from None
    except json.JSONDecodeError as exc:
        raise JSONProblem(line_col(text, exc.pos), syntax_message(text, exc)) from None
    except RecursionError:
        raise _depth_problem(text) from None
    except ValueError as exc:
        if "digits" not in str(exc):
            raise JSONProblem(
                "", translate("io.load", "holds a value JourneyDesk cannot read: {error}").format(error=exc)
            ) from None
        found = _HUGE_INT.match(text)
        place = line_col(text, found.start(1)) if found else ""
        digits = len(found.group(1).lstrip("-")) if found else 0
        raise JSONProblem(
            place,
            translate("io.load", "holds a number with {digits} digits, far too large for a map").format(
                digits=f"{digits:,}" if digits else translate("io.load", "thousands of")
            ),
        ) from None


def _duplicate_problem(text: str) -> JSONProblem:
    """Parse again with the pure-Python scanner, which tells where each object
    starts, to name the object with the duplicate key."""
    decoder = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_constant)

    def parse_object(s_and_end, *args, **kwargs):
        try:
            return json.decoder.JSONObject(s_and_end, *args, **kwargs)
        except _Duplicate as exc:
            if exc.pos is None:  # the innermost object: the one holding the key twice
                exc.pos = s_and_end[1] - 1
            raise

    decoder.parse_object = parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    found: _Duplicate | None = None
    try:
        decoder.decode(text)
    except _Duplicate as exc:
        found = exc
    except (ValueError, RecursionError, _Constant):
        found = None
    if found is None or found.pos is None:
        return JSONProblem("", translate("io.load", "a key appears twice in one object"))
    where = (
        translate("io.load", " (in the item with id {id})").format(id=repr(found.item_id))
        if isinstance(found.item_id, str)
        else ""
    )
    return JSONProblem(
        line_col(text, found.pos),
        translate("io.load", "the key {key} appears twice in the object that starts here{where}").format(
            key=repr(found.key), where=where
        ),
    )


# Python's json error (English, by its start) -> the words for it.
_HINTS = {
    "Expecting value": QT_TRANSLATE_NOOP("io.load", "a value is missing or is not valid JSON here"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "io.load", 'expected a "key" in double quotes (a trailing comma?)'
    ),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("io.load", "a comma is missing here"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("io.load", "a colon is missing here"),
    "Extra data": QT_TRANSLATE_NOOP("io.load", "there is more text after the end of the map"),
    "Invalid control character at": QT_TRANSLATE_NOOP(
        "io.load", "a text value holds a raw control character (a line break or tab inside quotes?)"
    ),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP(
        "io.load", "a \\u escape must be followed by four hex digits"
    ),
    "Invalid \\escape": QT_TRANSLATE_NOOP(
        "io.load", "a backslash in a text value must be doubled (\\\\) or start an escape such as \\n"
    ),
}


def syntax_message(text: str, exc: json.JSONDecodeError) -> str:
    msg = exc.msg
    if msg.startswith("Unterminated string"):
        return translate(
            "io.load",
            'not valid JSON: the file ends inside this text value (a closing " is missing, or the file '
            "was cut off)",
        )
    if not msg.startswith("Extra data") and exc.pos >= len(text.rstrip()):
        return translate(
            "io.load",
            "not valid JSON: the file ends too early (it looks cut off: saved or copied only in part?)",
        )
    char = text[exc.pos] if exc.pos < len(text) else ""
    if char and (ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F) and msg.startswith("Expecting"):
        return translate(
            "io.load", "not valid JSON: a raw control character, {char}, is not allowed here"
        ).format(char=describe_control(char))
    for key, hint in _HINTS.items():
        if msg.startswith(key):
            return translate("io.load", "not valid JSON: {hint}").format(hint=translate("io.load", hint))
    return translate("io.load", "not valid JSON: {error}").format(error=msg)


# ------------------------------------------------------------------ bytes to text
_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)
_WIDE = (("utf-32-be", 4), ("utf-32-le", 4), ("utf-16-be", 2), ("utf-16-le", 2))


def _looks_wide(raw: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' when the bytes are JSON in one of those: the text
    decodes in it and starts with '{' or '[' (after spaces). Three bytes such as
    ``[\\0]`` are neither: they are UTF-8 holding a NUL."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    if len(raw) < 2 or (raw[0] != 0 and raw[1] != 0):
        return None
    for codec, width in _WIDE:
        if len(raw) % width:
            continue
        try:
            head = raw[: 64 * width].decode(codec)
        except UnicodeDecodeError:
            continue
        if head.lstrip()[:1] in ("{", "["):
            return "UTF-32" if width == 4 else "UTF-16"
    return None


def decode(raw: bytes) -> str:
    """UTF-8 text of a map file (a UTF-8 byte order mark is allowed)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    wide = _looks_wide(raw)
    if wide is not None:
        raise JSONProblem(
            "",
            translate(
                "io.load", "is {encoding} text; JourneyDesk maps are UTF-8 (save it again as UTF-8)"
            ).format(encoding=wide),
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = raw[: exc.start].decode("utf-8", errors="replace")
        raise JSONProblem(
            line_col(prefix, len(prefix)),
            translate("io.load", "is not valid UTF-8 text (byte 0x{byte})").format(
                byte=f"{raw[exc.start]:02x}"
            ),
        ) from None
