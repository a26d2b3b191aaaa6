"""QA: closing a window while the analysis worker runs ends the analysis; no
refresh is started for the closed window afterwards."""

from __future__ import annotations

from test_ui_helpers import EXAMPLE, open_window

from journeydesk.commands import SetFields
from journeydesk.ui.panels import analysis as A


def test_close_while_the_worker_runs_with_a_refresh_pending(qtbot, monkeypatch):
    monkeypatch.setattr(A, "SYNC_LIMIT", 0)  # the example goes to the worker thread
    started = []

    class CountedJob(A._Job):
        def __init__(self, *args):
            super().__init__(*args)
            started.append(self)

    monkeypatch.setattr(A, "_Job", CountedJob)
    w = open_window(qtbot, EXAMPLE)
    panel = w.analysis_panel
    qtbot.waitUntil(lambda: panel._running is None)
    panel.refresh_now()
    assert panel._running is not None
    tp = w.document.touchpoints()[0]
    w.undo_stack.push(SetFields(w.document, tp, {"title": "Changed while analysing"}))
    panel.refresh_now()  # waits for the running one: a refresh is now pending
    assert panel._pending
    jobs = len(started)
    assert w.close()
    qtbot.wait(A.DEBOUNCE_MS + 200)
    assert panel._running is None
    assert len(started) == jobs  # nothing analysed for a closed window
