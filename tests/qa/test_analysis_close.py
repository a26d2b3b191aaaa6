"""QA: closing a window while the analysis worker runs ends the analysis; no
refresh is started for the closed window afterwards."""

from __future__ import annotations

from test_ui_helpers import EXAMPLE, open_window

from journeydesk.commands import SetFields
from journeydesk.ui.panels import analysis as A


def test_close_while_the_worker_runs_with_a_refresh_pending(qtbot, monkeypatch):
    monkeypatch.setattr(A, "SYNC_LIMIT", 0)  # the example goes to the worker process
    requested = []
    real = A.AnalysisProcess.request
    monkeypatch.setattr(
        A.AnalysisProcess, "request", lambda self, gen, **kw: (requested.append(gen), real(self, gen, **kw))
    )
    w = open_window(qtbot, EXAMPLE)
    panel = w.analysis_panel
    qtbot.waitUntil(lambda: panel._waiting is None and panel.result is not None, timeout=20_000)
    panel.refresh_now()
    assert panel._waiting is not None and panel.worker.running
    tp = w.document.touchpoints()[0]
    w.undo_stack.push(SetFields(w.document, tp, {"title": "Changed while analysing"}))
    panel.refresh_now()  # waits for the running one: a refresh is now pending
    assert panel._pending
    process = panel.worker._process
    asked = len(requested)
    assert w.close()
    qtbot.wait(A.DEBOUNCE_MS + 200)
    assert panel._waiting is None
    assert len(requested) == asked  # nothing analysed for a closed window
    assert not process.is_alive()  # and no worker process outlives it
