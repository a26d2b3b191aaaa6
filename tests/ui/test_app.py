"""Starting the app: run(path) sets up the application, opens the map and offers
back autosaved work; the CLI's `journeydesk gui` reaches it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from test_ui_helpers import EXAMPLE

from journeydesk.ui import app as app_module
from journeydesk.ui.main_window import MainWindow


@pytest.fixture
def restore_app_identity():
    app = QApplication.instance()
    saved = (
        app.applicationName(),
        app.organizationName(),
        app.organizationDomain(),
        app.applicationDisplayName(),
    )
    yield
    app.setApplicationName(saved[0])
    app.setOrganizationName(saved[1])
    app.setOrganizationDomain(saved[2])
    app.setApplicationDisplayName(saved[3])


def _windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def _close_all(windows):
    for w in windows:
        w._ask_save = lambda: "discard"
        w.close()


def test_run_opens_the_map_and_runs_the_loop(qtbot, monkeypatch, restore_app_identity):
    before = set(map(id, _windows()))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    monkeypatch.setattr(app_module, "offer_recovery", lambda window: 0)
    assert app_module.run(str(EXAMPLE)) == 0
    app = QApplication.instance()
    assert app.applicationName() == "JourneyDesk" and not app.windowIcon().isNull()
    new = [w for w in _windows() if id(w) not in before]
    try:
        assert len(new) == 1
        w = new[0]
        assert w.path == str(EXAMPLE) and w.document.count("touchpoint") > 10
        assert not w.windowIcon().isNull()
    finally:
        _close_all(new)


def test_recovery_is_offered_at_start(qtbot, monkeypatch, tmp_path):
    """Snapshots of a session that ended (no one holds its lock) are offered back;
    the recovered map is exactly the snapshot."""
    from test_ui_helpers import open_window

    from journeydesk.io import dumps, load
    from journeydesk.io import recovery as R
    from journeydesk.ui import autosave, dialogs

    monkeypatch.setattr(autosave, "folder", lambda: tmp_path)
    doc = load(EXAMPLE)
    doc.set("tp_checkout", title="Unsaved when it crashed")
    R.SnapshotStore(tmp_path, R.Session.new()).write("k1", dumps(doc), str(EXAMPLE), "Online store")
    fresh = open_window(qtbot)
    asked = []

    def answer(parent, title, when, original):
        asked.append((title, original))
        return "recover"

    monkeypatch.setattr(dialogs, "ask_recover", answer)
    assert app_module.offer_recovery(fresh) == 1
    assert asked == [("Online store", str(EXAMPLE))]
    assert dumps(fresh.document) == dumps(doc)
    assert fresh.isWindowModified() and fresh.path == str(EXAMPLE)
    fresh.autosaver.flush()
    assert autosave.orphans() == []  # the old snapshot went once the new one was written


def test_cli_gui_reaches_run(monkeypatch):
    from journeydesk.cli import gui

    called = []
    monkeypatch.setattr(app_module, "run", lambda path, language=None: called.append((path, language)) or 0)
    assert gui.run_app("x.journey.json") == 0
    assert gui.run_app("y.journey.json", "id") == 0
    assert called == [("x.journey.json", None), ("y.journey.json", "id")]
