"""Quick capture while presenting: what an idea or a friction typed in front of
the room becomes in the map, and how it stays marked as captured.

The file format has no field for "captured during a session", and none is
added (a format change for a mark would bump every reader). The mark goes in
the field that already says where something came from:

- a friction's ``evidence.source`` (where the evidence came from: this session),
  with ``evidence_status`` "assumed" (nobody has checked it yet);
- an idea is a comment (a note pinned on the card, stage or map the room pointed
  at), its ``author`` saying it came from the session.

Both read ``captured while presenting, <date time>``: plain words a person
understands in the inspector and the comments panel, and a fixed prefix
(``CAPTURED``, not translated: it is data in the file) that ``is_captured``
finds again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..model import JourneyDocument

CAPTURED = "captured while presenting"
FRICTION, IDEA = "friction", "idea"


def mark(when: datetime) -> str:
    """The provenance text of an item captured at ``when`` (minutes, local time)."""
    return f"{CAPTURED}, {when:%Y-%m-%d %H:%M}"


def friction_values(target: str, text: str, when: datetime) -> dict[str, Any]:
    """``JourneyDocument.add_friction`` keyword arguments for a captured friction."""
    return {
        "target": target,
        "title": text.strip(),
        "evidence_status": "assumed",
        "evidence": {"quote": "", "source": mark(when), "count": None},
    }


def idea_values(target: str | None, text: str, when: datetime) -> dict[str, Any]:
    """``JourneyDocument.add_comment`` keyword arguments for a captured idea
    (``target`` None: the map itself)."""
    return {"target": target, "text": text.strip(), "author": mark(when)}


def is_captured(doc: JourneyDocument, item: str) -> bool:
    """Whether a friction or comment was captured while presenting."""
    kind = doc.kind_of(item)
    a = doc.graph.nodes.get(item) if kind in ("friction", "comment") else None
    if a is None:
        return False
    text = a["evidence"]["source"] if kind == "friction" else a["author"]
    return text.startswith(CAPTURED)


def target_kind_ok(doc: JourneyDocument, kind: str, target: str | None) -> bool:
    """A friction needs a card or link; an idea goes on a card, stage or the map."""
    if kind == FRICTION:
        return target is not None and doc.kind_of(target) in ("touchpoint", "link")
    return target is None or doc.kind_of(target) in ("touchpoint", "stage", "friction")
