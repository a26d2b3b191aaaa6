"""Menus by keyboard in every language: each entry has an Alt mnemonic, and no
two entries of one menu share one (a shared letter only moves the highlight:
Alt+B, S would not save)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.ui import translations

# Menus listing content (maps, templates, files; panels by their titles): no mnemonics.
CONTENT = {"menuExamples", "menuTemplates", "menuOpenRecent", "menuPanels"}


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def problems(menu) -> list[str]:
    texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text() and a.isVisible()]
    out = [f"{menu.title()!r}: {t!r} has no mnemonic" for t in texts if mnemonic(t) is None]
    twice = {k for k, v in Counter(mnemonic(t) for t in texts).items() if k and v > 1}
    out += [f"{menu.title()!r}: {t!r} shares &{mnemonic(t)}" for t in texts if mnemonic(t) in twice]
    return out


@pytest.fixture(params=["en", "id", "ms"])
def language(request, qapp):
    translations.uninstall(qapp)
    translations.install(qapp, request.param)
    yield request.param
    translations.uninstall(qapp)
    translations.install(qapp, "en")


def test_every_menu_entry_has_its_own_mnemonic(qtbot, language):
    w = open_window(qtbot, EXAMPLE)
    bar = w.menuBar()
    found = problems(bar)
    for action in bar.actions():
        menu = action.menu()
        menu.aboutToShow.emit()
        found += problems(menu)
        for sub in menu.actions():
            if sub.menu() is not None and sub.menu().objectName() not in CONTENT:
                sub.menu().aboutToShow.emit()
                found += problems(sub.menu())
    assert not found, "\n".join(found)
