"""Main window: open, save, modified mark, errors, Save/Discard/Cancel, layout."""

from __future__ import annotations

import json
import os

import networkx as nx
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QWidget
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.commands import SetFields
from journeydesk.io import load

ACTIONS = [
    "actionNew",
    "actionOpen",
    "actionSave",
    "actionSaveAs",
    "actionExport",
    "actionClose",
    "actionQuit",
    "actionUndo",
    "actionRedo",
    "actionCut",
    "actionCopy",
    "actionPaste",
    "actionDuplicate",
    "actionDelete",
    "actionSelectAll",
    "actionZoomIn",
    "actionZoomOut",
    "actionFit",
    "actionActualSize",
    "actionHeatmap",
]


def test_structure_object_names_and_shortcuts(qtbot):
    w = open_window(qtbot)
    assert w.centralWidget().objectName() == "canvasView"
    for name in ("paletteDock", "inspector", "personasPanel", "frictionPanel", "analysisPanel"):
        assert isinstance(w.findChild(QDockWidget, name), QDockWidget), name
    assert w.findChild(QWidget, "palette") is w.palette
    for name in ACTIONS:
        assert w.findChild(type(w.action(name)), name) is not None, name
    assert not w.action("actionSave").shortcut().isEmpty()
    assert not w.action("actionUndo").shortcut().isEmpty()
    assert w.action("actionHeatmap").isCheckable()
    assert w.action("actionExport").isEnabled()
    # Redo answers Ctrl+Shift+Z and Ctrl+Y; F11 toggles full screen.
    redo = [k.toString() for k in w.action("actionRedo").shortcuts()]
    assert "Ctrl+Shift+Z" in redo and "Ctrl+Y" in redo
    assert "F11" in [k.toString() for k in w.action("actionFullScreen").shortcuts()]


def test_open_save_reopen_gives_equal_documents(qtbot, tmp_path):
    w = open_window(qtbot, EXAMPLE)
    assert w.document.count("touchpoint") > 10
    assert w.undo_stack.count() == 0 and w.undo_stack.isClean()
    assert "online-store.journey.json" in w.windowTitle()
    out = tmp_path / "copy.journey.json"
    assert w.save_to(str(out))
    assert nx.utils.graphs_equal(load(out).graph, w.document.graph)
    w.close()  # its lock goes: the next window opens the map for editing
    w2 = open_window(qtbot, out)
    assert not w2.file_guard.read_only
    assert nx.utils.graphs_equal(w2.document.graph, w.document.graph)
    # Saving an unchanged map twice gives the same bytes.
    first = out.read_bytes()
    w2.save()
    assert out.read_bytes() == first


def test_modified_mark_follows_undo_stack_and_clears_on_save(qtbot, tmp_path):
    path = tmp_path / "m.journey.json"
    w = open_window(qtbot, EXAMPLE)
    w.save_to(str(path))
    assert not w.isWindowModified() and "[*]" in w.windowTitle()
    tp = w.document.touchpoints()[0]
    w.undo_stack.push(SetFields(w.document, tp, {"title": "Changed"}))
    assert w.isWindowModified()
    w.undo_stack.undo()
    assert not w.isWindowModified()
    w.undo_stack.redo()
    assert w.isWindowModified()
    before = w.document.meta["modified"]
    # Ctrl+S from the canvas, as a user would.
    w.activateWindow()
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.isWindowModified())
    assert load(path).get(tp)["title"] == "Changed"
    assert load(path).meta["modified"] >= before


def test_broken_file_shows_error_and_keeps_window_and_document(qtbot, tmp_path):
    w = open_window(qtbot, EXAMPLE)
    tp = w.document.touchpoints()[0]
    w.undo_stack.push(SetFields(w.document, tp, {"title": "Unsaved work"}))
    doc = w.document
    bad = tmp_path / "broken.journey.json"
    bad.write_text('{"format": "journeydesk", "format_version": 1, "stages": [', encoding="utf-8")
    assert not w.open_file(str(bad))
    box = w.findChild(QMessageBox, "loadErrorDialog")
    assert box is not None and box.isVisible()
    assert "broken.journey.json" in box.text()
    # The window and its document are alive and untouched.
    assert w.document is doc and w.isVisible()
    assert w.document.get(tp)["title"] == "Unsaved work" and w.isWindowModified()
    box.close()
    # A file that is not a map at all, and one that does not exist.
    other = tmp_path / "notes.journey.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    assert not w.load_path(str(other))
    assert "journeydesk" in w.findChild(QMessageBox, "loadErrorDialog").text()
    assert not w.load_path(str(tmp_path / "missing.journey.json"))
    assert w.document is doc


def test_save_error_is_shown_and_nothing_is_lost(qtbot, tmp_path):
    w = open_window(qtbot, EXAMPLE)
    tp = w.document.touchpoints()[0]
    w.undo_stack.push(SetFields(w.document, tp, {"title": "Keep me"}))
    target = tmp_path / "no-such-folder" / "x.journey.json"
    assert not w.save_to(str(target))
    box = w.findChild(QMessageBox, "saveErrorDialog")
    assert box is not None and "x.journey.json" in box.text()
    assert w.isWindowModified() and w.document.get(tp)["title"] == "Keep me"
    assert not target.exists()


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_close_with_changes_asks_save_discard_cancel(qtbot, tmp_path, answer):
    path = tmp_path / "c.journey.json"
    w = open_window(qtbot, EXAMPLE)
    w.save_to(str(path))
    tp = w.document.touchpoints()[0]
    w.undo_stack.push(SetFields(w.document, tp, {"title": "Edited"}))
    asked = []
    w._ask_save = lambda: asked.append(1) or answer
    closed = w.close()
    assert asked == [1]
    if answer == "cancel":
        assert not closed and w.isVisible() and w.isWindowModified()
        assert w.document.get(tp)["title"] == "Edited"
    else:
        assert closed
        saved = load(path).get(tp)["title"]
        assert saved == ("Edited" if answer == "save" else load(EXAMPLE).get(tp)["title"])
        assert w.undo_stack.count() == 0  # torn down: stack cleared


def test_close_without_changes_does_not_ask(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w._ask_save = lambda: pytest.fail("asked without changes")
    assert w.close()


def test_new_and_open_ask_first(qtbot, tmp_path):
    w = open_window(qtbot, EXAMPLE)
    doc = w.document
    w.undo_stack.push(SetFields(doc, doc.touchpoints()[0], {"title": "Edited"}))
    w._ask_save = lambda: "cancel"
    assert not w.new_document() and w.document is doc
    assert not w.open_file(str(EXAMPLE)) and w.document is doc
    w._ask_save = lambda: "discard"
    assert w.new_document() and w.document is not doc
    assert w.windowTitle().startswith("Untitled") and not w.isWindowModified()
    assert w.document.count("stage") == 5 and w.document.count("lane") == 1
    assert w.undo_stack.count() == 0


def test_new_from_example_is_untitled(qtbot):
    w = open_window(qtbot)
    assert w.new_from_example("online-store")
    assert w.path is None and w.document.count("touchpoint") > 10
    assert not w.isWindowModified()
    w.actions_.examples_menu.aboutToShow.emit()
    names = [a.objectName() for a in w.actions_.examples_menu.actions()]
    assert "actionExample_online-store" in names


def test_recent_files(qtbot, tmp_path):
    from journeydesk.ui import settings as S

    S.clear_recent_files()
    paths = []
    for i in range(12):
        p = tmp_path / f"r{i}.journey.json"
        p.write_bytes(EXAMPLE.read_bytes())
        paths.append(str(p))
    w = open_window(qtbot)
    for p in paths:
        assert w.load_path(p)
    recent = S.recent_files()
    assert len(recent) == 10 and recent[0] == os.path.abspath(paths[-1])
    w.actions_.recent_menu.aboutToShow.emit()
    entries = [a for a in w.actions_.recent_menu.actions() if a.data()]
    assert len(entries) == 10
    entries[3].trigger()
    assert w.path == recent[3]


def test_undo_redo_actions_follow_the_stack(qtbot):
    w = open_window(qtbot, EXAMPLE)
    undo, redo = w.action("actionUndo"), w.action("actionRedo")
    assert not undo.isEnabled()
    tp = w.document.touchpoints()[0]
    old = w.document.get(tp)["title"]
    w.undo_stack.push(SetFields(w.document, tp, {"title": "New"}))
    assert undo.isEnabled()
    undo.trigger()
    assert w.document.get(tp)["title"] == old and redo.isEnabled()
    redo.trigger()
    assert w.document.get(tp)["title"] == "New"


def test_layout_is_remembered(qtbot):
    w = open_window(qtbot)
    w.friction_dock.hide()
    w.close()
    w2 = open_window(qtbot)
    assert not w2.friction_dock.isVisible()
    w2.friction_dock.show()
    w2.close()
    w3 = open_window(qtbot)
    assert w3.friction_dock.isVisible()


def test_heatmap_and_zoom_actions_reach_the_canvas(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.action("actionHeatmap").trigger()
    assert w.scene.heatmap_enabled()
    w.action("actionHeatmap").trigger()
    assert not w.scene.heatmap_enabled()
    w.action("actionActualSize").trigger()
    z = w.view.zoom()
    w.action("actionZoomIn").trigger()
    assert w.view.zoom() > z
    w.action("actionZoomOut").trigger()
    w.action("actionZoomOut").trigger()
    assert w.view.zoom() < z


def test_autosave_snapshot_and_recovery(qtbot, tmp_path, monkeypatch):
    from journeydesk.io import recovery as R
    from journeydesk.ui import autosave

    w = open_window(qtbot, EXAMPLE)
    tp = w.document.touchpoints()[0]
    assert not w.autosaver.tick()  # nothing unsaved: nothing written
    w.undo_stack.push(SetFields(w.document, tp, {"title": "Crash survivor"}))
    assert w.autosaver.tick()
    w.autosaver.flush()
    assert w.autosaver.map_path.exists() and w.autosaver.meta_path.exists()
    assert w.autosaver.map_path.read_text("utf-8") == w.autosaver.last_text
    # This process's session is running: its snapshots are never offered back here.
    assert not [s for s in autosave.orphans() if s.key.endswith(w.autosaver.key)]
    meta = json.loads(w.autosaver.meta_path.read_text("utf-8"))
    snap = R.Snapshot(
        w.autosaver.map_path.name[: -len(".journey.json")],
        w.autosaver.map_path,
        w.autosaver.meta_path,
        meta["path"],
        meta["title"],
        meta["saved"],
        meta["session"]["token"],
    )
    assert snap.original == str(EXAMPLE)
    w2 = open_window(qtbot)
    assert w2.recover(snap)
    assert w2.document.get(tp)["title"] == "Crash survivor"
    assert w2.isWindowModified() and w2.path == str(EXAMPLE)
    # Undoing back to the saved state removes the snapshot.
    w.undo_stack.undo()
    w.autosaver.flush()
    assert not w.isWindowModified() and not w.autosaver.map_path.exists()


def test_teardown_detaches_before_widgets_go(qtbot):
    w = open_window(qtbot, EXAMPLE)
    doc = w.document
    w.undo_stack.push(SetFields(doc, doc.touchpoints()[0], {"title": "x"}))
    w._ask_save = lambda: "discard"
    assert w.close()
    assert w.undo_stack.count() == 0
    # The document no longer talks to the window's widgets.
    doc.set(doc.touchpoints()[0], title="after close")
    QApplication.processEvents()


def test_quit_stops_when_a_window_cancels(qtbot, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(1))
    a = open_window(qtbot, EXAMPLE)
    b = open_window(qtbot, EXAMPLE)
    b.undo_stack.push(SetFields(b.document, b.document.touchpoints()[0], {"title": "Unsaved"}))
    b._ask_save = lambda: "cancel"
    a.quit_app()
    assert b.isVisible() and not quits
    b._ask_save = lambda: "discard"
    a.quit_app()
    assert not a.isVisible() and not b.isVisible() and quits == [1]


def test_export_opens_the_export_dialog(qtbot, monkeypatch):
    from journeydesk.ui import export_dialog

    w = open_window(qtbot, EXAMPLE)
    calls = []
    monkeypatch.setattr(export_dialog, "run_export_dialog", lambda window: calls.append(window))
    w.action("actionExport").trigger()
    assert calls == [w]


def _visible(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _shows_title_and_first_stage(w) -> bool:
    shown = _visible(w.view)
    L = w.scene.layout
    title, first = L.title, next(iter(L.stage_headers.values()))
    # the map's title and the first stage's header (its name, at least) are on screen
    return shown.contains(QRectF(title.x, title.y, 200, title.h)) and shown.contains(
        QRectF(first.x, first.y, min(first.w, 240), first.h)
    )


@pytest.mark.parametrize("how", ["open", "new", "example"])
def test_a_map_opens_with_its_title_and_first_stage_in_view(qtbot, how):
    w = open_window(qtbot, EXAMPLE if how == "open" else None)
    w.resize(1440, 900)
    if how == "new":
        w.view.set_zoom(2.5)  # wherever the old map was left
        w.new_document()
    elif how == "example":
        w.view.set_zoom(2.5)
        w.new_from_example("online-store")
    qtbot.waitUntil(lambda: _shows_title_and_first_stage(w), timeout=3000)


def test_the_view_scrolls_within_the_map_and_a_margin(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.resize(1440, 900)
    w.view.set_zoom(1.0)
    bars = (w.view.horizontalScrollBar(), w.view.verticalScrollBar())
    qtbot.waitUntil(lambda: bars[0].maximum() > 0)  # scroll bars, like any editor
    assert w.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    for bar in bars:
        bar.setValue(bar.maximum() + 10_000)  # a Shift+wheel spin cannot throw the map away
    shown = _visible(w.view)
    L = w.scene.layout
    assert shown.intersects(QRectF(0, 0, L.width, L.height))
    assert shown.right() <= L.width + 60 and shown.bottom() <= L.height + 60


def test_a_map_too_big_to_read_opens_readable_at_its_top_left(qtbot, tmp_path):
    from make_map import make_document

    from journeydesk.io import save
    from journeydesk.ui.canvas import theme

    path = tmp_path / "big.journey.json"
    save(make_document(400, seed=1), path)
    w = open_window(qtbot, path)
    w.resize(1200, 800)
    w.view.show_start()
    assert w.view.zoom() >= theme.LOD_OVERVIEW  # card text is drawn, not blank blocks
    title = w.scene.layout.title
    assert _visible(w.view).contains(title.x + 1, title.y + 1)  # the map's title corner shows
    w.view.fit()
    assert w.view.zoom() < theme.LOD_OVERVIEW  # Fit to Window still shows it all


def test_a_map_that_reads_when_fitted_opens_whole(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.resize(1600, 1000)
    w.view.show_start()
    rect = w.view.map_rect()
    assert _visible(w.view).adjusted(-1, -1, 1, 1).contains(rect)


def _file_drop_events(path, target):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    at = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    drop = QDropEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    return mime, enter, drop


def test_dropping_a_map_file_on_the_window_opens_it(qtbot):
    w = open_window(qtbot)
    _mime, enter, drop = _file_drop_events(EXAMPLE, w)
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(w, drop)
    qtbot.waitUntil(lambda: w.path is not None and w.path.endswith(EXAMPLE.name))
    assert nx.utils.graphs_equal(w.document.graph, load(EXAMPLE).graph)


def test_dropping_other_files_is_refused(qtbot, tmp_path):
    w = open_window(qtbot)
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    mime, enter, _drop = _file_drop_events(other, w)
    QApplication.sendEvent(w, enter)
    assert not enter.isAccepted()
    assert w.dropped_map(mime) is None


def test_a_map_file_dropped_on_the_canvas_opens_too(qtbot):
    w = open_window(qtbot)
    viewport = w.view.viewport()
    _mime, enter, drop = _file_drop_events(EXAMPLE, viewport)
    QApplication.sendEvent(viewport, enter)  # the canvas passes what it does not take to the window
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: w.path is not None and w.path.endswith(EXAMPLE.name))


def test_default_docks_give_the_canvas_most_of_the_room(qtbot):
    from journeydesk.ui import settings
    from journeydesk.ui.panels.frictions import COL

    settings.settings().remove("window")  # a first start: no layout saved by earlier windows
    w = open_window(qtbot, EXAMPLE)
    w.resize(1440, 900)
    w.apply_default_dock_sizes()
    w.friction_dock.raise_()
    qtbot.wait(50)
    vp = w.view.viewport()
    assert vp.width() >= 900 and vp.height() >= 640  # was 840 x 570
    header = w.friction_panel.table.horizontalHeader()
    owner_right = header.sectionViewportPosition(COL["Owner"]) + header.sectionSize(COL["Owner"])
    assert owner_right <= w.friction_panel.table.viewport().width()  # every column in view


def test_counts_read_as_a_person_writes_them(qtbot, tmp_path):
    from journeydesk.model import JourneyDocument

    doc = JourneyDocument("One of each")
    s, la = doc.add_stage("Only stage"), doc.add_lane("Touchpoints")
    a, b = doc.add_touchpoint("A", s, la), doc.add_touchpoint("B", s, la)
    doc.add_friction(a, "Slow")
    doc.add_link(a, b)
    path = tmp_path / "one.journey.json"
    from journeydesk.io import save

    save(doc, path)
    w = open_window(qtbot, path)
    w._update_counts()
    assert w.status_label.text() == "1 stage · 2 touchpoints · 1 link · 1 friction"


def test_open_starts_in_the_folder_last_used(qtbot, tmp_path, monkeypatch):
    from journeydesk.ui import dialogs

    folder = tmp_path / "maps"
    folder.mkdir()
    asked = []

    def ask(parent, start=""):
        asked.append(start)
        return str(folder / "x.journey.json")

    monkeypatch.setattr(dialogs, "ask_open_path", ask)
    w = open_window(qtbot)
    w._ask_open_path()
    other = w.new_window()
    qtbot.addWidget(other)
    other._ask_open_path()
    assert asked[-1] == str(folder)  # not the home folder
