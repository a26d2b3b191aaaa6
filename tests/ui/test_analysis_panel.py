"""Analysis panel: lists hotspots, persona paths, channel switches, the stage
scorecard and lint; refreshes after edits (debounced); choosing an entry centres
its item; a big map is analysed off the UI thread on a snapshot."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import Qt
from test_ui_helpers import EXAMPLE, ROOT, open_window

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


def test_big_map_is_analysed_off_the_ui_thread(qtbot):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from make_map import make_document
    except ImportError:
        pytest.skip("benchmarks/make_map.py not available")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    doc = make_document(2000, seed=1)
    panel = A.AnalysisPanel(doc)
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: panel.result is not None, timeout=10_000)
        assert panel.last_mode == "worker"
        tp = doc.touchpoints()[10]
        started = time.perf_counter()
        with qtbot.waitSignal(panel.refreshed, timeout=10_000):
            doc.set(tp, title="Edited during a workshop")
        assert panel.last_total_ms >= panel.last_ui_ms
        print(
            f"\n2,000 touchpoints: UI thread {panel.last_ui_ms:.0f} ms, whole refresh {panel.last_total_ms:.0f} ms"
        )
        # Generous bound for slow CI; the budget (100 ms) is measured in benchmarks.
        assert panel.last_ui_ms < 400
        assert time.perf_counter() - started < 10
        assert panel.result["paths"]
    finally:
        panel.shutdown()


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
