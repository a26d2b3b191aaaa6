"""Loading a map file: read, parse, migrate, validate, check references, build.

Every problem becomes a ``LoadError`` that names the file, the place and what is
wrong. Loading only reads the file.
"""

from __future__ import annotations

import gc
import os
import re
import stat
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..i18n import QT_TRANSLATE_NOOP, formats, translate
from ..model import JourneyDocument
from ..model import fields as F
from . import migrations, schema
from .convert import to_document
from .errors import LoadError, Problem
from .parse import JSONProblem, decode, parse
from .problems import friendly, in_item, place, reference_problems, surrogate_problems

MAX_FILE_BYTES = 50 * 1024 * 1024
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
# What can put a control character into a field: a \u escape of one, \b or \f, or
# a raw DEL or C1 character (JSON itself refuses raw C0 characters in strings).
_CONTROL_HINT = re.compile(r"\\u00[01][0-9a-fA-F]|\\u00[89][0-9a-fA-F]|\\u007[fF]|\\[bf]|[\x7f-\x9f]")
_RAW_CONTROL = re.compile("[\x7f-\x9f]")


def _controls_to_check(text: str) -> str:
    """'all' when the text may hold a control character, 'lines' when it may hold
    line breaks or tabs (which only one-line fields refuse), else ''. Substring
    tests first: a regex over a big map costs more than parsing it."""
    escapes = "\\" in text
    wide = not text.isascii()  # O(1): Python knows how each string is stored
    if (escapes and ("\\u00" in text or "\\b" in text or "\\f" in text) and _CONTROL_HINT.search(text)) or (
        "\x7f" in text or (wide and _RAW_CONTROL.search(text))
    ):
        return "all"
    if escapes and ("\\n" in text or "\\t" in text or "\\r" in text or "\\u202" in text):
        return "lines"
    if wide and ("\u2028" in text or "\u2029" in text):
        return "lines"
    return ""


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
    return [] if _references_ok(f) else reference_problems(f)


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


class LoadCancelled(Exception):
    """The ``progress`` callback of ``load`` asked to stop."""


Progress = Callable[[float, str], bool]


def _step(progress: Progress | None, fraction: float, what: str) -> None:
    if progress is not None and progress(fraction, what) is False:
        raise LoadCancelled


def load_text(text: str, file: str = "<text>") -> JourneyDocument:
    """Load a map from JSON text (e.g. the clipboard); same checks as ``load``."""
    with _no_gc():
        return _from_text([text], file, None)


def _from_text(box: list[str], file: str, progress: Progress | None) -> JourneyDocument:
    """Parse the text in ``box`` (taken out, so it can be freed before the
    document is built), validate and build."""
    text = box.pop()
    if not text.strip():
        raise LoadError(
            file, [Problem("", translate("io.load", "is empty; a map file holds a JSON object {...}"))]
        )
    _step(progress, 0.3, translate("io.load", "Reading the map"))
    if len(text) > 1 << 20 and text.lstrip()[:1] != "{":  # not 50 MB of something else parsed first
        raise LoadError(file, [Problem("", translate("io.load", _NOT_A_MAP))])
    try:
        data = parse(text)
    except JSONProblem as exc:
        raise LoadError(file, [Problem(exc.place, exc.message)]) from None
    # Decoded UTF-8 holds no lone surrogates; only \uD800-style escapes can make them.
    surrogates = _SURROGATE_ESCAPE.search(text) is not None
    controls = _controls_to_check(text)
    del text
    _step(progress, 0.55, translate("io.load", "Checking the map"))
    return _from_data([data], file, surrogates, controls, progress)


_NOT_A_MAP = QT_TRANSLATE_NOOP("io.load", "does not hold a journey map (expected an object {...} at the top)")


def load_data(data: Any, file: str = "<data>", *, check_surrogates: bool = True) -> JourneyDocument:
    """Validate parsed JSON data and build the document."""
    return _from_data([data], file, check_surrogates, "all", None)


def _control_problems(f: schema.JourneyFile, only_lines: bool) -> list[Problem]:
    """Fields holding characters ``model.fields`` refuses (the one rule for the
    loader, the inspector and pasting). ``only_lines``: the text can only hold
    line breaks and tabs, which only one-line fields refuse."""
    problems: list[Problem] = []

    def check(kind: str, where: tuple[Any, ...], field: str, value: Any) -> None:
        rule = F.FIELDS[kind][field][1] if kind != "map" else _META_RULES[field]
        if only_lines and getattr(rule, "multiline", True):
            return
        try:
            rule(value)
        except F.FieldError as exc:
            problems.append(Problem(place((*where, field)), str(exc)))

    for field in _META_RULES:
        check("map", ("map",), field, getattr(f.map, field))
    for group, kind in _GROUPS:
        names = _TEXT_FIELDS[kind]
        for i, item in enumerate(getattr(f, group)):
            for field in names:
                value = getattr(item, field)
                if field == "evidence" and kind == "friction":
                    value = value.model_dump()
                check(kind, (group, i), field, value)
    return problems


_GROUPS = (
    ("personas", "persona"),
    ("stages", "stage"),
    ("lanes", "lane"),
    ("channels", "channel"),
    ("touchpoints", "touchpoint"),
    ("links", "link"),
    ("frictions", "friction"),
)
_META_RULES = {"title": F.name, "description": F.text, "created": F.name, "modified": F.name}
# The fields whose rule checks text (names, texts, lists of texts, evidence).
_TEXT_FIELDS = {
    kind: tuple(
        f
        for f, (default, _) in F.FIELDS[kind].items()
        if isinstance(default, str)
        and f not in ("kind", "evidence", "evidence_status", "status")
        or f in ("goals", "needs", "frustrations")
        or (kind == "friction" and f in ("evidence", "category"))
    )
    for _, kind in _GROUPS
}


def _from_data(
    box: list[Any], file: str, check_surrogates: bool, controls: str, progress: Progress | None
) -> JourneyDocument:
    data = box.pop()
    if not isinstance(data, dict):
        raise LoadError(file, [Problem("", translate("io.load", _NOT_A_MAP))])
    data = _current_format(data, file)
    if check_surrogates:
        bad = surrogate_problems(data)
        if bad:
            raise LoadError(file, bad)
    try:
        validated = schema.JourneyFile.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(place(e["loc"]), in_item(friendly(e), data, e["loc"]))
            for e in exc.errors(include_url=False)
        ]
        raise LoadError(file, problems) from None
    del data  # the parsed JSON can go before the document is built
    problems = _reference_problems(validated)
    if not problems and controls:
        problems = _control_problems(validated, only_lines=controls == "lines")
    if problems:
        raise LoadError(file, problems)
    _step(progress, 0.8, translate("io.load", "Building the map"))
    return to_document(validated)


def _current_format(data: dict[str, Any], file: str) -> dict[str, Any]:
    """The data of a JourneyDesk map in the current format version (older ones
    migrated); LoadError for anything else."""
    if data.get("format") != schema.FORMAT_NAME:
        message = translate("io.load", 'is not a JourneyDesk map (expected "format": "journeydesk")')
        raise LoadError(file, [Problem("format", message)])
    if "format_version" not in data:
        message = translate("io.load", 'is missing (a map file starts with "format_version": 1)')
        raise LoadError(file, [Problem("format_version", message)])
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        message = translate("io.load", "must be a whole number of 1 or more")
        raise LoadError(file, [Problem("format_version", message)])
    if version > schema.FORMAT_VERSION:
        message = translate(
            "io.load",
            "the file is format version {version}, made by a newer JourneyDesk; "
            "this version reads format version {current} and older",
        )
        raise LoadError(
            file, [Problem("format_version", message.format(version=version, current=schema.FORMAT_VERSION))]
        )
    if version == schema.FORMAT_VERSION:
        return data
    try:
        return migrations.migrate(data, version, schema.FORMAT_VERSION)
    except migrations.MissingMigration as exc:
        message = translate("io.load", "no migration from format version {version} to {next}")
        problem = message.format(version=exc.version, next=exc.version + 1)
        raise LoadError(file, [Problem("format_version", problem)]) from None
    except Exception as exc:  # noqa: BLE001 - a step that cannot make sense of an old file
        message = translate("io.load", "could not upgrade the file from format version {version}: {error}")
        raise LoadError(
            file, [Problem("format_version", message.format(version=version, error=repr(exc)))]
        ) from None


def _megabytes(size: int) -> str:
    mb = size / 2**20
    shown = formats.number(round(mb)) if mb >= 10 else formats.number(round(mb, 1))
    return translate("io.load", "{size} MB").format(size=shown)


def _too_big(size: int | None) -> Problem:
    limit = translate("io.load", "{size} ({bytes} bytes)").format(
        size=_megabytes(MAX_FILE_BYTES), bytes=formats.number(MAX_FILE_BYTES)
    )
    if size is None:
        return Problem(
            "", translate("io.load", "is larger than {limit}, the most a map file may be").format(limit=limit)
        )
    shown = _megabytes(size)
    if shown == _megabytes(MAX_FILE_BYTES):  # 50 MB + 1 byte: show the bytes, not "50 MB; at most 50 MB"
        shown = translate("io.load", "{bytes} bytes").format(bytes=formats.number(size))
    return Problem(
        "",
        translate("io.load", "is {size}; a map file may be at most {limit}").format(size=shown, limit=limit),
    )


_CHUNK = 1 << 20


def _read(path: Path, name: str, progress: Progress | None) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(name, [Problem("", translate("io.load", "is a folder, not a map file"))])
        if not stat.S_ISREG(info.st_mode):  # a pipe or device could block forever
            raise LoadError(
                name, [Problem("", translate("io.load", "is not a regular file (a pipe or a device?)"))]
            )
        if info.st_size > MAX_FILE_BYTES:
            raise LoadError(name, [_too_big(info.st_size)])
        chunks, total = [], 0
        with open(path, "rb") as fh:
            while total <= MAX_FILE_BYTES:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                _step(
                    progress,
                    0.25 * min(1.0, total / max(1, info.st_size)),
                    translate("io.load", "Reading the file"),
                )
    except FileNotFoundError:
        raise LoadError(name, [Problem("", translate("io.load", "no such file"))]) from None
    except PermissionError:
        raise LoadError(
            name, [Problem("", translate("io.load", "you do not have permission to read this file"))]
        ) from None
    except OSError as exc:
        raise LoadError(
            name,
            [
                Problem(
                    "", translate("io.load", "cannot be read: {reason}").format(reason=exc.strerror or exc)
                )
            ],
        ) from None
    if total > MAX_FILE_BYTES:  # it grew since stat()
        raise LoadError(name, [_too_big(None)])
    return b"".join(chunks)


def load(path: str | os.PathLike[str], progress: Progress | None = None) -> JourneyDocument:
    """Load a map file. Raises ``LoadError`` naming the file, place and problem.

    ``progress(fraction, what)`` is called between steps (from the loading thread);
    returning False stops the load with ``LoadCancelled``."""
    path = Path(path)
    name = str(path)
    raw = _read(path, name, progress)
    try:
        box = [decode(raw)]
    except JSONProblem as exc:
        raise LoadError(name, [Problem(exc.place, exc.message)]) from None
    del raw
    with _no_gc():
        doc = _from_text(box, name, progress)
    _step(progress, 1.0, translate("io.load", "Done"))
    return doc
