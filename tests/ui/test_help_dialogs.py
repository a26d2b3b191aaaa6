"""Help > User Guide, Keyboard Shortcuts and About: the guide with its pictures
offline and its links working, the shortcut list made from the actions, the
About dialog's versions and licences."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTextBrowser
from test_ui_helpers import open_window

from journeydesk import __version__
from journeydesk.ui import about_dialog, guide_dialog, shortcuts
from journeydesk.ui import preferences_store as P
from journeydesk.ui.shortcuts_dialog import ShortcutsDialog


@pytest.fixture(autouse=True)
def english():
    P.put("ui/language", "en")
    yield
    P.reset(["ui/language"])


# ---------------------------------------------------------------------- the guide
def test_the_guide_opens_from_help_with_every_picture_loaded(qtbot):
    w = open_window(qtbot)
    w.action("actionUserGuide").trigger()
    dialog = w.findChild(guide_dialog.GuideDialog, "guideDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "A first map in five steps" in text
    assert "Keyboard shortcuts" in text and "Ctrl+S" in text  # the generated table came along
    assert "<!--" not in text  # the makers' markers are not shown
    pictures = dialog.images()
    assert len(pictures) >= 6
    for name, shown, natural in pictures:
        assert natural > 0, f"{name} did not load"
        assert shown <= max(200, dialog.browser.viewport().width() - 40) + 0.5  # fitted to the page
    assert w.action("actionUserGuide").shortcut() == QKeySequence("F1")
    dialog.resize(dialog.width() - 120, dialog.height())  # pictures fit again
    qtbot.wait(20)
    assert dialog.browser.verticalScrollBar().value() == 0  # it opens, and stays, at the top


def test_links_inside_the_guide_scroll_to_their_heading(qtbot):
    dialog = guide_dialog.GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    at = dialog.heading_position("keyboard-shortcuts")
    assert at > 0
    dialog.browser.verticalScrollBar().setValue(0)
    dialog._follow(QUrl("#keyboard-shortcuts"))
    assert dialog.browser.textCursor().position() == at
    assert dialog.browser.verticalScrollBar().value() > 0


def test_a_translated_guide_is_used_when_one_ships(tmp_path, monkeypatch):
    (tmp_path / "README.md").write_text("# Guide\n", encoding="utf-8")
    (tmp_path / "guide_id.md").write_text("# Panduan\n", encoding="utf-8")
    monkeypatch.setattr(guide_dialog, "guide_folders", lambda: [tmp_path])
    assert guide_dialog.guide_file("id").name == "guide_id.md"
    assert guide_dialog.guide_file("ms").name == "README.md"  # no Malay guide yet: English
    assert guide_dialog.guide_file("en").name == "README.md"
    from journeydesk.ui import translations

    monkeypatch.setattr(translations, "language", lambda: "id")  # the interface speaks Indonesian
    assert guide_dialog.guide_file().name == "guide_id.md"


def test_the_checkout_guide_is_found():
    path = guide_dialog.guide_file("en")
    assert path is not None and path.name == "README.md" and (path.parent / "images").is_dir()


def test_slugs_are_githubs():
    assert guide_dialog.slug("A first map in five steps") == "a-first-map-in-five-steps"
    assert guide_dialog.slug("Screen readers, contrast and size") == "screen-readers-contrast-and-size"


# ---------------------------------------------------------------------- shortcuts
def test_the_shortcuts_dialog_lists_every_action_with_keys(qtbot):
    w = open_window(qtbot)
    w.action("actionKeyboardShortcuts").trigger()
    dialog = w.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows_shown()
    commands = {(menu, command) for menu, command, _keys in rows}
    with_keys = [a for a in w.actions_.all.values() if shortcuts.key_texts(a)]
    assert len([r for r in rows if r[0] != "Canvas"]) == len(with_keys)
    assert ("File", "Save") in commands and ("Help", "Keyboard Shortcuts") in commands
    save = next(keys for menu, command, keys in rows if command == "Save")
    assert (
        QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText) in save
    )
    canvas = [r for r in rows if r[0] == "Canvas"]
    assert len(canvas) == len(shortcuts.CANVAS_KEYS)
    assert any("Ctrl+Space" in keys for _m, _c, keys in canvas)


def test_a_new_key_shows_up_without_touching_the_dialog(qtbot):
    w = open_window(qtbot)
    w.action("actionHeatmap").setShortcut(QKeySequence("Ctrl+Alt+J"))
    dialog = ShortcutsDialog(w)
    qtbot.addWidget(dialog)
    heat = next(keys for _m, command, keys in dialog.rows_shown() if command == "Friction Heatmap")
    assert heat == QKeySequence("Ctrl+Alt+J").toString(QKeySequence.SequenceFormat.NativeText)


def test_the_filter_finds_commands_and_keys(qtbot):
    w = open_window(qtbot)
    dialog = ShortcutsDialog(w)
    qtbot.addWidget(dialog)
    dialog.filter.setText("zoom")
    assert {c for _m, c, _k in dialog.rows_shown()} == {"Zoom In", "Zoom Out"}
    dialog.filter.setText("ctrl+space")
    assert [m for m, _c, _k in dialog.rows_shown()] == ["Canvas"]
    dialog.filter.setText("")
    assert len(dialog.rows_shown()) > 30


def test_no_two_commands_share_a_key(qtbot):
    w = open_window(qtbot)
    assert shortcuts.clashes(shortcuts.all_rows(w)) == {}


# ---------------------------------------------------------------------- about
def test_about_shows_versions_components_and_font_licences(qtbot):
    w = open_window(qtbot)
    w.action("actionAbout").trigger()
    dialog = w.findChild(about_dialog.AboutDialog, "aboutDialog")
    assert dialog is not None
    assert __version__ in dialog.findChild(QLabel, "aboutHeading").text()
    versions = about_dialog.version_text()
    assert qVersion() in versions and __version__ in versions
    table = dialog.findChild(QTableWidget, "aboutComponents")
    rows = {
        table.item(r, 0).text().lower(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    for name in ("networkx", "pydantic", "reportlab", "pyside6-essentials", "qt"):
        assert name in rows, sorted(rows)
    assert rows["networkx"] == (metadata.version("networkx"), "BSD-3-Clause")
    assert "pytest" not in rows and "ruff" not in rows  # test tools are not shipped
    fonts = dialog.findChild(QTextBrowser, "aboutFonts").toPlainText()
    assert "DejaVu" in fonts and "Bitstream" in fonts and "Permission is hereby granted" in fonts
    QGuiApplication.clipboard().clear()
    dialog.findChild(QPushButton, "aboutCopyVersion").click()
    assert QGuiApplication.clipboard().text() == versions
