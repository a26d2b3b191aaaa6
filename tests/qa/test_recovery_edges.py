"""QA: a damaged autosave note (``*.meta.json``) never stops the app from
starting; the snapshot beside it is still offered back."""

from __future__ import annotations

import json

import pytest
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.ui import autosave, dialogs
from journeydesk.ui.app import offer_recovery


@pytest.mark.parametrize(
    "meta",
    [
        {"pid": 2**70, "path": None},  # beyond any pid: os.kill overflowed
        {"pid": 999_999_999, "path": 123},  # a path that is not text
        {"pid": 999_999_999, "path": {"a": 1}, "title": ["x"], "saved": 5},
        {"path": None},  # no pid: 0 asked about the whole process group, never offered
    ],
)
def test_damaged_meta_still_offers_the_snapshot(qtbot, monkeypatch, tmp_path, meta):
    """Notes in the format before sessions (a pid only), damaged ones too."""
    monkeypatch.setattr(autosave, "folder", lambda: tmp_path)
    (tmp_path / "k1.journey.json").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "k1.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert [s.key for s in autosave.orphans()] == ["k1"]
    window = open_window(qtbot)
    monkeypatch.setattr(dialogs, "ask_recover", lambda *args: "recover")
    assert offer_recovery(window) == 1
    assert window.path is None and window.isWindowModified()
    assert window.document.count("touchpoint") > 10
