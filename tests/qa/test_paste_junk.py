"""QA: pasting damaged items, items from a newer JourneyDesk, or another app's
text never changes the map, and says why nothing was pasted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication
from test_ui_helpers import EXAMPLE, assert_valid, open_window

from journeydesk.io import dumps
from journeydesk.io.fragment import MIME_TYPE


def _clip(data: bytes, mime_type: str = MIME_TYPE) -> None:
    mime = QMimeData()
    if mime_type == "text/plain":
        mime.setText(data.decode("utf-8", "replace"))
    else:
        mime.setData(mime_type, QByteArray(data))
    QGuiApplication.clipboard().setMimeData(mime)


@pytest.mark.parametrize(
    ("data", "mime_type", "says"),
    [
        (b'{"format": "journeydesk-fragment", "format_version": 9}', MIME_TYPE, "newer JourneyDesk"),
        (b'{"format": "journeydesk-fragment", "format_version": 9}', "text/plain", "newer JourneyDesk"),
        (b"\xff\xfe not json", MIME_TYPE, "Cannot paste: not a JourneyDesk fragment"),
        (b"[" * 50_000, MIME_TYPE, "Cannot paste: not a JourneyDesk fragment"),
        (b'{"format": "journeydesk"}', MIME_TYPE, "Cannot paste: not a JourneyDesk fragment"),
        (b"just some words from a chat", "text/plain", "the clipboard holds no map items"),
    ],
)
def test_junk_on_the_clipboard(qtbot, data, mime_type, says):
    w = open_window(qtbot, EXAMPLE)
    before = dumps(w.document)
    _clip(data, mime_type)
    assert w.clipboard.paste() == []
    assert says in w.statusBar().currentMessage()
    assert dumps(w.document) == before and w.undo_stack.count() == 0
    assert_valid(w.document)
