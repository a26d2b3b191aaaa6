"""Messages pyside6-lupdate does not see, put into the catalogs all the same.

lupdate's Python parser drops a ``translate("ctx", "%n card(s)", None, len(ids))``
whose count is itself a call, a string in single quotes inside an f-string, and
``QT_TRANSLATE_NOOP3``: those texts would stay English in every language. Every
call with a literal context and source is read here from the syntax tree, and
what lupdate left out is added after it ran, with the translation the committed
catalog had for it (lupdate, run with ``-no-obsolete``, drops them each time).
"""

from __future__ import annotations

import ast
import copy
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, str]  # context, source, disambiguation
CALLS = ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3")


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def literal_messages(paths: list[str]) -> list[Key]:
    """Every (context, source, disambiguation) of a translate call with literal
    context and source, in the order of the files and of their lines."""
    found: list[Key] = []
    seen: set[Key] = set()
    for path in paths:
        calls = [n for n in ast.walk(ast.parse(Path(path).read_text("utf-8"))) if isinstance(n, ast.Call)]
        for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            args = node.args
            if name not in CALLS or len(args) < 2 or _text(args[0]) is None or _text(args[1]) is None:
                continue
            disambiguation = (_text(args[2]) or "") if len(args) > 2 and name != "QT_TRANSLATE_NOOP" else ""
            key = (_text(args[0]), _text(args[1]), disambiguation)
            if key not in seen:
                seen.add(key)
                found.append(key)  # type: ignore[arg-type]
    return found


def _key(context: str, message: ET.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def messages_of(ts: Path) -> dict[Key, ET.Element]:
    """The messages of a catalog file, by key (none when it does not exist)."""
    if not ts.exists():
        return {}
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[_key(name, message)] = message
    return out


def add_missed(ts: Path, wanted: list[Key], committed: dict[Key, ET.Element]) -> int:
    """Add to ``ts`` every wanted message it lacks, as the committed catalog had
    it (else unfinished); returns how many were added."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    have = {_key(name, m) for name, c in contexts.items() for m in c.iter("message")}
    added = 0
    for key in wanted:
        if key in have:
            continue
        context, source, disambiguation = key
        holder = contexts.get(context)
        if holder is None:
            holder = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(holder, "name").text = context
        if key in committed:
            holder.append(copy.deepcopy(committed[key]))
        else:
            message = ET.SubElement(holder, "message")
            ET.SubElement(message, "source").text = source
            if disambiguation:
                ET.SubElement(message, "comment").text = disambiguation
            ET.SubElement(message, "translation", type="unfinished")
        added += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return added
