"""Shared helpers for the main-window tests (imported by the other test_*.py here)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from journeydesk.io import dumps, load_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "online-store.journey.json"


def open_window(qtbot, path=None):
    """A shown MainWindow that closes without asking at the end of the test."""
    from journeydesk.ui import MainWindow

    w = MainWindow(str(path) if path else None)
    qtbot.addWidget(w)
    w._ask_save = lambda: "discard"  # tests that care replace it again
    w.show()
    qtbot.waitExposed(w)
    activate(qtbot, w)
    return w


def activate(qtbot, w):
    """Make ``w`` the active window (shortcuts only reach the active window)."""
    from PySide6.QtWidgets import QApplication

    w.raise_()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)


def assert_valid(doc):
    """The document round-trips through the file format unchanged: every
    reference is valid and every value is one a file can hold."""
    again = load_text(dumps(doc))
    assert nx.utils.graphs_equal(doc.graph, again.graph)
    return again


def snapshot(doc):
    return load_text(dumps(doc))


def test_example_maps_are_found():
    from journeydesk.ui.examples import examples

    names = [e.name for e in examples()]
    assert "online-store" in names and EXAMPLE.exists()
    assert all(e.title for e in examples())
