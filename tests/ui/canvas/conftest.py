"""Fixtures for the canvas tests: a small map on a shown MapView (helpers that drive
real mouse and key events live in canvas_helpers.py)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import networkx as nx
import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from journeydesk.io import dumps
from journeydesk.ui.canvas import MapEditor, MapScene, MapView

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_sample import sample_document


@pytest.fixture
def doc():
    return sample_document()


@pytest.fixture
def stack():
    s = QUndoStack()
    yield s
    s.clear()


@pytest.fixture
def canvas(qtbot, doc, stack):
    """(scene, view) on the sample map at 100 %, shown and active."""
    scene = MapScene(doc, stack)
    MapEditor(scene, stack)  # the canvas edits (scene.input.editor)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    QApplication.processEvents()
    view.actual_size()
    yield scene, view
    scene.detach()


class Snapshot:
    """The document as it was: graph (deep copy) and saved bytes."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.graph = copy.deepcopy(nx.MultiDiGraph(doc.graph))
        self.text = dumps(doc)

    def same(self) -> bool:
        return nx.utils.graphs_equal(self.graph, nx.MultiDiGraph(self.doc.graph)) and (
            dumps(self.doc) == self.text
        )


@pytest.fixture
def editor(canvas):
    """The canvas's MapEditor."""
    return canvas[0].input.editor


@pytest.fixture
def snapshot():
    return Snapshot
