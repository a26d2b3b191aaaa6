"""What a persona's step shows: its emotion in numbers and words, the frictions
it meets there, and its emotion curve drawn up to that step and no further
(the panels are drawn into a recording painter and read back)."""

from __future__ import annotations

import pytest
import shiboken6
from present_helpers import _present_settings_cleared, present  # noqa: F401 - autouse
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.present import TOUCHPOINT
from journeydesk.present import wording as W
from journeydesk.ui.present import panels


class Recorder:
    """Stands in for a QPainter: keeps the words, paths and dots drawn."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.paths: list = []
        self.dots: list = []

    def drawText(self, _where, *args) -> None:
        self.texts.append(args[-1])

    def drawPath(self, path) -> None:
        self.paths.append(path)

    def drawEllipse(self, centre, rx, _ry=None) -> None:
        self.dots.append((centre.x(), centre.y(), rx))

    def __getattr__(self, _name):
        return lambda *args, **kwargs: None


@pytest.fixture
def walk(qtbot):
    w = open_window(qtbot, EXAMPLE)
    pw = present(qtbot, w)
    p = pw.presentation
    p.walk(w.document.personas()[0])
    yield w, pw, p
    if shiboken6.isValid(pw):
        pw.close()


def test_each_step_shows_its_emotion_and_the_frictions_met_there(walk):
    w, pw, p = walk
    nodes = w.document.graph.nodes
    met = 0
    for i, step in enumerate(p.tour.steps):
        if step.kind != TOUCHPOINT:
            continue
        p.go(i, animate=False)
        painter = Recorder()
        panels.persona_panel(painter, pw.overlay.ink(), p, step)
        shown = " ".join(painter.texts)
        assert W.emotion_word(step.emotion) in shown
        if step.emotion is not None:
            assert W.signed(step.emotion) in painter.texts
        for f in step.frictions[:2]:  # the panel has room for the first ones at least
            assert nodes[f]["title"][:12] in shown
        met += bool(step.frictions)
    assert met >= 2  # the example's first persona meets frictions on its way


def test_the_curve_is_drawn_up_to_the_current_step(walk):
    _w, pw, p = walk
    touchpoints = [s for s in p.tour.steps if s.kind == TOUCHPOINT]
    for i, step in enumerate(p.tour.steps):
        p.go(i, animate=False)
        painter = Recorder()
        panels.emotion_curve(painter, pw.overlay.ink(), p, step)
        upto = step.number if step.kind == TOUCHPOINT else 0
        felt = [s for s in touchpoints[:upto] if s.emotion is not None]
        (path,) = painter.paths
        assert path.elementCount() == len(felt)
        rings = [d for d in painter.dots if d[2] > pw.overlay.ink().px(11)]
        dots = [d for d in painter.dots if d not in rings]
        assert len(dots) == len(felt)
        if step.kind == TOUCHPOINT and step.emotion is not None:
            assert len(rings) == 1 and rings[0][:2] == dots[-1][:2]  # the current step, ringed
        else:
            assert not rings
