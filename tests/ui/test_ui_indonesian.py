"""The window in Bahasa Indonesia and in Malay: no English left.

Every word the window shows is looked up: a word of the English source texts
that no translation, no map content and no name (CSAT, PDF, Ctrl) accounts for
is English shown to an Indonesian or Malay user."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from journeydesk_testkit import ROOT
from pseudo_language import visible_texts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from test_ui_helpers import EXAMPLE, open_window
from test_ui_language import ALLOWED, CONTENT_MENUS

from journeydesk.io import dumps
from journeydesk.ui import translations

CATALOGS = ROOT / "src" / "journeydesk" / "translations"
WORD = re.compile(r"[A-Za-z]{3,}")


def _words(texts) -> set[str]:
    return {w.lower() for t in texts for w in WORD.findall(re.sub(r"\{[a-z_]*\}|<[^>]+>", " ", t or ""))}


def _catalog(language: str) -> tuple[set[str], set[str], set[str]]:
    """The English words, the translated words, and the English texts whose
    translation differs from them (seen whole, they are untranslated)."""
    sources, targets, changed = [], [], set()
    for message in ET.parse(CATALOGS / f"journeydesk_{language}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        forms = [f.text for f in message.iter("numerusform")] or [message.findtext("translation")]
        sources.append(source)
        targets += forms
        if forms[0] != source and "%n" not in source and "%Ln" not in source and "{" not in source:
            changed.add(source.replace("&", ""))
    return _words(sources), _words(targets), changed


@pytest.fixture(params=["id", "ms"])
def speaking(request, qapp):
    translations.uninstall(qapp)
    translations.install(qapp, request.param)
    yield request.param
    translations.uninstall(qapp)
    translations.install(qapp, "en")


def test_the_window_speaks_the_language(qtbot, speaking):
    english, translated, whole = _catalog(speaking)
    w = open_window(qtbot, EXAMPLE.with_name("contact-centre.journey.json"))
    doc = w.document
    allowed = translated | _words([dumps(doc)]) | {a.lower() for a in ALLOWED}
    for menu in w.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()
    leaks = set()
    for item in [
        None,
        doc.touchpoints()[0],
        doc.personas()[0],
        doc.stages()[0],
        doc.lanes()[0],
        doc.frictions()[0],
    ]:
        w.scene.select_ids([item] if item else [])
        qtbot.wait(20)
        for where, text in visible_texts(w):
            if where.startswith(CONTENT_MENUS):
                continue
            english_words = (_words([text]) & english) - allowed
            if text.replace("&", "") in whole:
                english_words.add("untranslated")
            if english_words:
                leaks.add(f"{where}: {text[:70]!r} ({', '.join(sorted(english_words))})")
    assert w.menuBar().actions()[0].text().replace("&", "") == {"id": "Berkas", "ms": "Fail"}[speaking]
    assert not leaks, "\n".join(sorted(leaks))


def test_longer_words_fit_the_friction_register(qtbot, speaking):
    from journeydesk.ui.panels.frictions import COL, FrictionPanel

    w = open_window(qtbot, EXAMPLE.with_name("contact-centre.journey.json"))
    w.resize(1440, 900)
    qtbot.wait(50)
    header = w.friction_panel.table.horizontalHeader()
    clipped = [
        header.model().headerData(COL[name], Qt.Orientation.Horizontal)
        for name in FrictionPanel.BASE_WIDTHS
        if header.sectionSize(COL[name]) < header.sectionSizeHint(COL[name])
    ]
    assert not clipped


def test_big_counts_are_written_as_the_language_groups_digits(qtbot, speaking):
    # "%Ln": 1.200 in Indonesian, 1,200 in Malay (was "1200" in both)
    from make_map import make_document
    from PySide6.QtGui import QUndoStack

    from journeydesk.ui.inspector import Inspector

    doc = make_document(1200, seed=1)
    insp = Inspector(doc, QUndoStack())
    qtbot.addWidget(insp)
    insp.show_ids(doc.touchpoints())
    grouped = {"id": "1.200", "ms": "1,200"}[speaking]
    assert insp.heading.text().startswith(grouped + " "), insp.heading.text()
    assert insp.multi.label.text().startswith(f"<b>{grouped} "), insp.multi.label.text()
    insp.detach()
