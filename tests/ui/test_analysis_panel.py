"""Analysis panel: lists hotspots, persona paths, channel switches, the stage
scorecard and lint; refreshes after edits (debounced); choosing an entry centres
its item; a big map is analysed off the UI thread on a snapshot."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.commands import SetFields
from journeydesk.ui.panels import analysis as A


def top_titles(panel):
    return [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]


def test_sections_and_entries(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.analysis_panel
    qtbot.waitUntil(lambda: p.result is not None)
    titles = top_titles(p)
    for word in ("hotspots", "Persona paths", "Channel switches", "Stage scorecard", "Lint"):
        assert any(word in t for t in titles), word
    p.expand_all()
    # Every hotspot of the analysis is listed by title.
    for h in p.result["hotspots"][:5]:
        assert p.find_items(h["title"])
    names = [w.document.get(x)["name"] for x in w.document.personas()]
    for name in names:
        assert p.find_items(name)
    for s in w.document.stages():
        assert p.find_items(w.document.get(s)["name"])


def test_refreshes_after_an_edit(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.analysis_panel
    qtbot.waitUntil(lambda: p.result is not None)
    first = p.result
    top = first["hotspots"][0]
    # Resolving every friction on the top hotspot takes it off the top.
    with qtbot.waitSignal(p.refreshed, timeout=3000):
        for fr in w.document.frictions_on(top["id"]):
            w.undo_stack.push(SetFields(w.document, fr, {"status": "resolved", "opportunity": "Fixed"}))
    assert p.result is not first
    assert p.result["hotspots"][0]["id"] != top["id"] or p.result["hotspots"][0]["score"] < top["score"]
    # A stage rename shows up in the scorecard.
    stage = w.document.stages()[0]
    with qtbot.waitSignal(p.refreshed, timeout=3000):
        w.undo_stack.push(SetFields(w.document, stage, {"name": "Sebelum membeli"}))
    p.expand_all()
    assert p.find_items("Sebelum membeli")


def test_refresh_is_debounced(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.analysis_panel
    qtbot.waitUntil(lambda: p.result is not None)
    count = []
    p.refreshed.connect(lambda: count.append(1))
    tp = w.document.touchpoints()[0]
    for i in range(10):  # a burst of typing
        w.undo_stack.push(SetFields(w.document, tp, {"title": f"T{i}"}, merge=True))
    qtbot.waitUntil(lambda: bool(count), timeout=3000)
    qtbot.wait(A.DEBOUNCE_MS + 100)
    assert len(count) == 1


def test_choosing_an_entry_centres_its_item(qtbot):
    w = open_window(qtbot, EXAMPLE)
    p = w.analysis_panel
    qtbot.waitUntil(lambda: p.result is not None)
    w.analysis_dock.raise_()
    top = p.result["hotspots"][0]
    item = p.find_items(top["title"])[0]
    tree = p.tree
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert top["id"] in w.scene.selected_ids()
    assert w.inspector.page.item_id == top["id"]


def test_big_map_is_analysed_in_a_worker_process_that_gets_patches(qtbot, monkeypatch):
    from make_map import make_document

    doc = make_document(2000, seed=1)
    sent = {"maps": 0, "patches": []}
    real_map, real_patch = A.AnalysisProcess.send_map, A.AnalysisProcess.send_patch
    monkeypatch.setattr(
        A.AnalysisProcess,
        "send_map",
        lambda self, **kw: (sent.__setitem__("maps", sent["maps"] + 1), real_map(self, **kw)),
    )
    monkeypatch.setattr(
        A.AnalysisProcess,
        "send_patch",
        lambda self, patch: (sent["patches"].append(patch), real_patch(self, patch)),
    )
    panel = A.AnalysisPanel(doc)
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: panel.result is not None and panel._waiting is None, timeout=30_000)
        assert panel.last_mode == "worker" and panel.worker.running
        assert panel.worker._process.pid != os.getpid()
        hot = panel.result["hotspots"][0]["id"]
        with qtbot.waitSignal(panel.refreshed, timeout=30_000):
            doc.set(hot, title="Renamed during a workshop")
        assert sent["maps"] == 1  # the map went over once ...
        assert len(sent["patches"]) == 1 and len(sent["patches"][0]["upsert"]) == 1  # ... then just the edit
        assert panel.result["hotspots"][0]["title"] == "Renamed during a workshop"
        # The worker sends the lists cut to what the panel shows, with their full counts.
        from journeydesk import analysis

        full = analysis.analyze(doc)
        n = len(full["hotspots"])
        assert n > A.MAX_ROWS and len(panel.result["hotspots"]) == A.MAX_ROWS
        assert panel.find_items(f"Friction hotspots ({n})")
        panel.expand_all()
        assert panel.find_items(f"… and {n - A.MAX_ROWS} more")
        switches = len(full["channel_switches"]["links"])
        assert panel.find_items(f"Links ({switches})")
    finally:
        panel.shutdown()
    assert not panel.worker.running


def test_failures_are_shown_not_raised(qtbot, monkeypatch):
    w = open_window(qtbot, EXAMPLE)
    p = w.analysis_panel

    class Broken:
        @staticmethod
        def flow_centrality(doc):
            raise RuntimeError("boom")

        analyze = flow_centrality

    monkeypatch.setattr(A, "analysis", Broken)
    p._centrality = None
    p.refresh_now()
    assert "boom" in p.status.text()
