"""Edit > Preferences: every setting is written to the settings file, cleaned of
bad values, and applies at once where it can (theme, recovery snapshots,
backups on save, the export page size, the recent files list)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.commands import SetFields
from journeydesk.io.backups import backups_of
from journeydesk.ui import appearance
from journeydesk.ui import preferences_store as P
from journeydesk.ui import settings as S
from journeydesk.ui.preferences_dialog import PreferencesDialog, show_preferences


@pytest.fixture(autouse=True)
def defaults():
    P.reset()
    yield
    P.reset()
    appearance.apply_theme("light")


def test_values_are_cleaned_to_their_type_and_range():
    s = S.settings()
    s.setValue("recent/max", "not a number")
    s.setValue("save/backups_keep", 500)
    s.setValue("ui/theme", "purple")
    s.setValue("recovery/enabled", "false")
    s.setValue("ui/language", "id")
    s.sync()
    assert P.get("recent/max") == 10
    assert P.get("save/backups_keep") == 20
    assert P.get("ui/theme") == "light"
    assert P.get("recovery/enabled") is False
    assert P.get("ui/language") == "id"
    assert P.put("export/page_size", "B5") == "A3"  # not a size the export knows


def test_the_dialog_writes_each_setting_as_it_changes(qtbot):
    w = open_window(qtbot)
    dialog = show_preferences(w)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PreferencesDialog)
    assert show_preferences(w) is dialog  # one per window
    dialog.language.setCurrentIndex(dialog.language.findData("ms"))
    dialog.keep.setValue(4)
    dialog.page_size.setCurrentText("A4")
    dialog.recent.setValue(3)
    assert S.settings().value("ui/language") == "ms"
    assert P.get("save/backups_keep") == 4
    assert P.get("export/page_size") == "A4"
    assert P.get("recent/max") == 3
    assert "next time" in dialog.language_note.text()
    dialog.backups.setChecked(False)
    assert P.get("save/backups") is False and not dialog.keep.isEnabled()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert P.get("recent/max") == 10 and dialog.recent.value() == 10 and dialog.keep.isEnabled()


def test_the_theme_applies_at_once_and_comes_back(qtbot):
    w = open_window(qtbot)
    light = QApplication.palette().color(QPalette.ColorRole.Window)
    dialog = show_preferences(w)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high_contrast"))
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.Window).name() == "#000000"
    assert pal.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert pal.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    QApplication.processEvents()  # the palette reaches the widgets as an event
    assert w.inspector.palette().color(QPalette.ColorRole.Window).name() == "#000000"  # widgets follow
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert QApplication.palette().color(QPalette.ColorRole.Window) == light


def test_recovery_settings_reach_every_window_at_once(qtbot):
    a, b = open_window(qtbot, EXAMPLE), open_window(qtbot, EXAMPLE)
    for w in (a, b):
        tp = w.document.touchpoints()[0]
        w.undo_stack.push(SetFields(w.document, tp, {"title": "unsaved"}))
        qtbot.waitUntil(lambda w=w: w.autosaver.map_path.exists(), timeout=3000)
    P.put("recovery/enabled", False)
    gone = lambda: not a.autosaver.map_path.exists() and not b.autosaver.map_path.exists()
    qtbot.waitUntil(gone, timeout=2000)  # removed by the writer thread
    assert not a.autosaver.timer.isActive() and not b.autosaver.timer.isActive()
    P.put("recovery/enabled", True)
    assert a.autosaver.timer.isActive()  # unsaved: snapshotted again within a second


def test_saving_over_a_map_keeps_as_many_versions_as_asked(qtbot, tmp_path):
    path = tmp_path / "map.journey.json"
    path.write_bytes(EXAMPLE.read_bytes())
    w = open_window(qtbot, path)
    P.put("save/backups_keep", 2)
    for title in ("one", "two", "three"):
        w.document.set_meta(title=title)
        assert w.save()
    kept = backups_of(path)
    assert [p.name for p in kept] == ["map.journey.json~", "map.journey.json~2"]
    assert '"title": "two"' in kept[0].read_text(encoding="utf-8")
    P.put("save/backups", False)
    w.document.set_meta(title="four")
    assert w.save()
    assert '"title": "two"' in backups_of(path)[0].read_text(encoding="utf-8")  # untouched


def test_older_backups_that_cannot_move_still_save_and_say_so(qtbot, tmp_path):
    path = tmp_path / "map.journey.json"
    path.write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "map.journey.json~3").mkdir()  # past the 2 kept: cannot be removed
    P.put("save/backups_keep", 2)
    w = open_window(qtbot, path)
    w.document.set_meta(title="saved anyway")
    assert w.save()
    assert "saved anyway" in path.read_text(encoding="utf-8")
    assert backups_of(path)[0].name == "map.journey.json~"  # the newest is still kept
    assert "older backups were not kept" in w.statusBar().currentMessage()


def test_recent_files_follow_the_length_preference(qtbot, tmp_path):
    S.clear_recent_files()
    for i in range(6):
        S.add_recent_file(str(tmp_path / f"m{i}.journey.json"))
    assert len(S.recent_files()) == 6
    P.put("recent/max", 2)
    assert [os.path.basename(f) for f in S.recent_files()] == ["m5.journey.json", "m4.journey.json"]


def test_the_export_dialog_starts_at_the_preferred_page_size(qtbot):
    from journeydesk.ui.export_dialog import ExportDialog

    P.put("export/page_size", "Letter")
    w = open_window(qtbot, EXAMPLE)
    dialog = ExportDialog(w.document, w)
    qtbot.addWidget(dialog)
    assert dialog.page_size.currentText() == "Letter"


def test_edit_menu_has_preferences_with_its_menu_role(qtbot):
    w = open_window(qtbot)
    action = w.action("actionPreferences")
    assert action in w.findChild(type(w.menuBar().actions()[0].menu()), "menuEdit").actions()
    assert action.menuRole() == action.MenuRole.PreferencesRole
    action.trigger()
    assert w.findChild(PreferencesDialog, "preferencesDialog").isVisible()
