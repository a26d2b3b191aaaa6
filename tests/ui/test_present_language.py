"""Every text the presentation paints or shows goes through translation.

Under the pseudo-language (every translation answers ``⟦source⟧``) the
presentation steps through every tour with every panel, message and key list
showing; each text it paints (``Ink.text``, the overlay's one way to draw
words) and each text its capture bar and presenter console show must be
bracketed, apart from map content and key names."""

from __future__ import annotations

import re

import pytest
from present_helpers import _present_settings_cleared, present  # noqa: F401 - autouse
from pseudo_language import Pseudo, untranslated, visible_texts
from PySide6.QtWidgets import QApplication
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.io import dumps
from journeydesk.ui.present import ink as ink_module

# Key names in the key list and metric abbreviations are names, not words.
NAMES = {
    "Right", "Down", "PageDown", "Space", "Enter", "Left", "Up", "PageUp", "Backspace",
    "Home", "End", "Shift", "Ctrl", "Esc", "CSAT", "NPS", "CES",
}  # fmt: skip


@pytest.fixture
def pseudo(qapp):
    from journeydesk_testkit import pseudo_language

    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    with pseudo_language():
        yield
    qapp.removeTranslator(translator)


@pytest.fixture
def painted(monkeypatch):
    texts: list[str] = []
    original = ink_module.Ink.text

    def recording(self, painter, x, top, text, *args, **kwargs):
        texts.append(text)
        return original(self, painter, x, top, text, *args, **kwargs)

    monkeypatch.setattr(ink_module.Ink, "text", recording)
    return texts


def _paint(pw) -> None:
    pw.overlay.forget()
    pw.view.viewport().grab()  # a paint now (offscreen, repaint() may wait)


def test_every_painted_text_of_every_tour_is_translated(qtbot, pseudo, painted):
    from journeydesk.ui.present.console import PresenterConsole

    w = open_window(qtbot, EXAMPLE)
    allowed = NAMES | set(re.findall(r"[A-Za-z]{3,}", dumps(w.document)))
    pw = present(qtbot, w)
    p = pw.presentation
    console = PresenterConsole(p, pw.handle_key)
    qtbot.addWidget(console)
    shown: list[str] = []

    def every_step() -> None:
        for i in range(len(p.tour.steps)):
            p.go(i, animate=False)
            _paint(pw)
            shown.extend(text for _, text in visible_texts(console))

    for name in ("notes", "metrics"):
        p.toggle(name)
    every_step()
    for persona in w.document.personas():
        p.walk(persona)
        every_step()
    p.friction_tour()
    every_step()
    p.back()
    for flag in ("help", "chooser"):
        setattr(p, flag, True)
        _paint(pw)
        setattr(p, flag, False)
    p.cycle_theme()  # a message: "Theme: ..."
    _paint(pw)
    pw.open_capture()
    QApplication.processEvents()
    shown.extend(text for _, text in visible_texts(pw.capture_bar))
    assert len(painted) > 200
    leftovers = sorted({t for t in painted + shown if untranslated(t, allowed)})
    assert not leftovers, "\n".join(leftovers)
    console.shutdown()
    pw.close()
