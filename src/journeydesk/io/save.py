"""Saving: canonical bytes, written atomically (temp file, fsync, rename)."""

from __future__ import annotations

import json
import os
from json.encoder import encode_basestring as _s  # C-accelerated, keeps non-ASCII as is
from typing import Any

from ..model import JourneyDocument
from ..model.vocabulary import METRICS
from .atomic import write_atomic
from .convert import comment_data, to_data
from .schema import FORMAT_NAME, FORMAT_VERSION

_float = float.__repr__  # what json.dumps writes for a float
_int = int.__repr__


def dumps_reference(doc: JourneyDocument) -> str:
    """The canonical text, the plain way: ``json.dumps(to_data(doc), indent=2)``.

    ``dumps`` writes exactly these characters, about five times faster; the tests
    hold the two equal on the examples and on generated maps."""
    return json.dumps(to_data(doc), ensure_ascii=False, indent=2) + "\n"


def _value(o: Any, pad: str) -> str:
    """``json.dumps(o, indent=2, ensure_ascii=False)`` at indentation ``pad``."""
    t = type(o)
    if t is str:
        return _s(o)
    if t is dict:
        if not o:
            return "{}"
        inner = pad + "  "
        body = (",\n" + inner).join(
            [_s(k) + ": " + (_s(v) if type(v) is str else _value(v, inner)) for k, v in o.items()]
        )
        return "{\n" + inner + body + "\n" + pad + "}"
    if t is list or t is tuple:
        if not o:
            return "[]"
        inner = pad + "  "
        body = (",\n" + inner).join([_s(v) if type(v) is str else _value(v, inner) for v in o])
        return "[\n" + inner + body + "\n" + pad + "]"
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if t is int:
        return _int(o)
    if t is float:
        return _float(o)
    raise TypeError(f"cannot write {t.__name__} to a map file")


def _list(items: list[str]) -> str:
    """A top-level list whose items are already written at indentation 4."""
    if not items:
        return "[]"
    return "[\n    " + ",\n    ".join(items) + "\n  ]"


_P6 = ",\n      "


_METRIC_KEYS = tuple(METRICS)


def touchpoint_text(tp: str, a: dict[str, Any]) -> str:
    """One touchpoint as ``dumps`` writes it (inside the touchpoints list)."""
    m = a["metrics"]
    metrics = (
        "{\n        "
        + ",\n        ".join([f'"{k}": {_value(m[k], "")}' for k in _METRIC_KEYS if k in m])
        + "\n      }"
        if m
        else "{}"
    )
    e = a["emotions"]
    emotions = (
        "{\n        " + ",\n        ".join([f"{_s(p)}: {_int(e[p])}" for p in sorted(e)]) + "\n      }"
        if e
        else "{}"
    )
    ps = a["personas"]
    personas = "[\n        " + ",\n        ".join(map(_s, ps)) + "\n      ]" if ps else "[]"
    ch = a["channel"]
    return (
        f'{{\n      "id": {_s(tp)}{_P6}"title": {_s(a["title"])}{_P6}"description": {_s(a["description"])}'
        f'{_P6}"stage": {_s(a["stage"])}{_P6}"lane": {_s(a["lane"])}'
        f'{_P6}"channel": {"null" if ch is None else _s(ch)}{_P6}"owner": {_s(a["owner"])}'
        f'{_P6}"personas": {personas}{_P6}"metrics": {metrics}{_P6}"emotions": {emotions}'
        f'{_P6}"evidence": {_s(a["evidence"])}{_P6}"moment_of_truth": {"true" if a["moment_of_truth"] else "false"}'
        f'{_P6}"notes": {_s(a["notes"])}\n    }}'
    )


def link_text(link: str, u: str, v: str, a: dict[str, Any]) -> str:
    p = a["persona"]
    return (
        f'{{\n      "id": {_s(link)}{_P6}"source": {_s(u)}{_P6}"target": {_s(v)}'
        f'{_P6}"persona": {"null" if p is None else _s(p)}{_P6}"label": {_s(a["label"])}\n    }}'
    )


def friction_text(fr: str, a: dict[str, Any]) -> str:
    ev = a["evidence"]
    count = ev["count"]
    return (
        f'{{\n      "id": {_s(fr)}{_P6}"target": {_s(a["target"])}{_P6}"title": {_s(a["title"])}'
        f'{_P6}"description": {_s(a["description"])}{_P6}"severity": {_int(a["severity"])}'
        f'{_P6}"category": {_s(a["category"])}'
        f'{_P6}"evidence": {{\n        "quote": {_s(ev["quote"])},\n        "source": {_s(ev["source"])}'
        f',\n        "count": {"null" if count is None else _int(count)}\n      }}'
        f'{_P6}"evidence_status": {_s(a["evidence_status"])}{_P6}"status": {_s(a["status"])}'
        f'{_P6}"opportunity": {_s(a["opportunity"])}{_P6}"owner": {_s(a["owner"])}\n    }}'
    )


def touchpoint_texts(doc: JourneyDocument, cache: dict[str, str]) -> list[str]:
    """Each touchpoint's text in journey order; ``cache`` holds item texts."""
    nodes = doc.graph.nodes
    out = []
    for tp in doc.touchpoints():
        text = cache.get(tp)
        if text is None:
            text = cache[tp] = touchpoint_text(tp, nodes[tp])
        out.append(text)
    return out


def link_texts(doc: JourneyDocument, cache: dict[str, str]) -> list[str]:
    edges = doc.graph.edges
    out = []
    for link in sorted(doc.links()):
        text = cache.get(link)
        if text is None:
            u, v = doc.link_ends(link)
            text = cache[link] = link_text(link, u, v, edges[u, v, link])
        out.append(text)
    return out


def friction_texts(doc: JourneyDocument, cache: dict[str, str]) -> list[str]:
    nodes = doc.graph.nodes
    out = []
    for fr in sorted(doc.frictions()):
        text = cache.get(fr)
        if text is None:
            text = cache[fr] = friction_text(fr, nodes[fr])
        out.append(text)
    return out


def head_parts(doc: JourneyDocument) -> list[str]:
    """Everything before the touchpoints (small: written each time)."""
    data = to_data(doc, bulk=False)
    parts = [
        f'{{\n  "format": {_s(FORMAT_NAME)},\n  "format_version": {FORMAT_VERSION}',
        f'"map": {_value(data["map"], "  ")}',
    ]
    for key in ("personas", "stages", "lanes", "channels"):
        parts.append(f'"{key}": {_list([_value(item, "    ") for item in data[key]])}')
    return parts


def tail_parts(doc: JourneyDocument) -> list[str]:
    """Everything after the frictions: the comments (few; written each time)."""
    return [f'"comments": {_list([_value(comment_data(doc, c), "    ") for c in doc.comments()])}']


def join_parts(
    head: list[str], touchpoints: list[str], links: list[str], frictions: list[str], tail: list[str]
) -> str:
    """The whole text from its parts (may run on another thread: parts are never
    changed once made)."""
    return (
        ",\n  ".join(
            [
                *head,
                f'"touchpoints": {_list(touchpoints)}',
                f'"links": {_list(links)}',
                f'"frictions": {_list(frictions)}',
                *tail,
            ]
        )
        + "\n}\n"
    )


def dumps(doc: JourneyDocument, cache: dict[str, str] | None = None) -> str:
    """The canonical text of a map: fixed key and list order, 2-space indent,
    real characters (not \\u escapes), one trailing newline.

    Same characters as ``dumps_reference``, written straight from the graph: the
    touchpoints, links and frictions that make up nearly all of a big map go
    through one template each instead of json's general-purpose encoder.

    ``cache`` maps item ids to their text from an earlier call; items missing
    from it are written and added. Whoever passes one must drop the ids of items
    that change (``io.snapshot.SnapshotText`` does, from the document's events)."""
    c: dict[str, str] = {} if cache is None else cache
    return join_parts(
        head_parts(doc), touchpoint_texts(doc, c), link_texts(doc, c), friction_texts(doc, c), tail_parts(doc)
    )


def save(doc: JourneyDocument, path: str | os.PathLike[str], *, backup: bool = False) -> None:
    """Save a map in canonical form, atomically (see ``io.atomic``). With
    ``backup`` the previous version stays beside it as ``NAME~``. Raises
    ``SaveError`` (``ReadOnlyError`` for a read-only file)."""
    write_atomic(path, dumps(doc).encode("utf-8"), backup=backup)
