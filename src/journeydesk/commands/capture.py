"""Quick capture while presenting: an idea or a friction typed in front of the
room, added as one ordinary undo step (``present.capture`` says what it holds
and how it stays marked as captured)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ..model import JourneyDocument
from ..present.capture import FRICTION, IDEA, friction_values, idea_values
from . import AddItem


class CaptureItem(AddItem):
    """Add a captured friction (on a card or link) or idea (a comment on a card,
    stage or the map). Undo takes it away again; redo brings the same item back."""

    def __init__(
        self, doc: JourneyDocument, kind: str, target: str | None, text: str, when: datetime | None = None
    ) -> None:
        when = when or datetime.now()
        if kind == FRICTION:
            if target is None:
                raise ValueError("a captured friction needs a card or link")
            values, doc_kind = friction_values(target, text, when), "friction"
            label = QCoreApplication.translate("Commands", "Capture friction")
        elif kind == IDEA:
            values, doc_kind = idea_values(target, text, when), "comment"
            label = QCoreApplication.translate("Commands", "Capture idea")
        else:
            raise ValueError(f"unknown capture kind {kind!r}")
        super().__init__(doc, doc_kind, values, text=label)
        self.capture_kind = kind


__all__ = ["CaptureItem"]
