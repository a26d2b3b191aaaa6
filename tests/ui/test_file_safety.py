"""No silent overwrite in the app (issue 15, defects 1, 2, 4): two windows on one
file, a change on disk, a deleted file, a read-only file, backups, recovery
snapshots within a second, big files loaded off the UI thread with Cancel."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys

import pytest
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.commands import SetFields
from journeydesk.io import backup_path, dumps, load, save
from journeydesk.io import file_lock as L
from journeydesk.ui import file_guard as G
from journeydesk.ui import settings as S


@pytest.fixture
def mapfile(tmp_path):
    path = tmp_path / "shop.journey.json"
    shutil.copy(EXAMPLE, path)
    return path


def edit(w, title="Edited here"):
    tp = w.document.touchpoints()[0]
    w.undo_stack.push(SetFields(w.document, tp, {"title": title}))
    return tp


# ---------------------------------------------------------------- two openers
def test_a_second_window_is_told_who_has_it_and_opens_read_only(qtbot, mapfile, _file_questions_answered):
    first = open_window(qtbot, mapfile)
    assert L.read_lock(mapfile).owner == first.file_guard.lock.owner
    second = open_window(qtbot, mapfile)
    (_, (_, file_name, info)), *_ = [q for q in _file_questions_answered if q[0] == "locked"]
    assert file_name == "shop.journey.json" and info.pid == os.getpid() and info.user is not None
    assert second.file_guard.read_only and "(read-only)" in second.windowTitle()
    # Both edit; the read-only one must pick a new name, so nothing is lost.
    edit(first, "First window's edit")
    edit(second, "Second window's edit")
    assert first.save()
    asked = []
    second._ask_save_path = lambda: asked.append("save as") or None
    assert not second.save()
    assert asked == ["save as"]
    assert load(mapfile).get(first.document.touchpoints()[0])["title"] == "First window's edit"


def test_open_a_copy_is_untitled_and_unlocked(qtbot, mapfile, monkeypatch):
    open_window(qtbot, mapfile)
    monkeypatch.setattr(G, "ask_locked", lambda *a: G.COPY)
    copy = open_window(qtbot, mapfile)
    assert copy.path is None and not copy.file_guard.read_only
    assert copy.document.meta["title"].startswith("Copy of")


def test_cancel_keeps_the_current_map(qtbot, mapfile, monkeypatch):
    open_window(qtbot, mapfile)
    monkeypatch.setattr(G, "ask_locked", lambda *a: G.CANCEL)
    other = open_window(qtbot)
    before = dumps(other.document)
    assert not other.load_path(str(mapfile))
    assert dumps(other.document) == before and other.path is None


def test_closing_lets_the_lock_go(qtbot, mapfile):
    w = open_window(qtbot, mapfile)
    assert L.lock_path(mapfile).exists()
    w.close()
    assert not L.lock_path(mapfile).exists()


def test_a_stale_lock_of_a_dead_process_is_taken_over(qtbot, mapfile):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = L.LockInfo("ghost", os.uname().nodename, int(dead.stdout), "yesterday", "gone/gone")
    L.lock_path(mapfile).write_text(stale.text(), "utf-8")
    w = open_window(qtbot, mapfile)
    assert not w.file_guard.read_only
    assert L.read_lock(mapfile).owner == w.file_guard.lock.owner


def test_a_lock_from_another_host_is_respected(qtbot, mapfile, _file_questions_answered):
    L.lock_path(mapfile).write_text(L.LockInfo("ana", "laptop-of-ana", 1, "09:00", "x/y").text(), "utf-8")
    w = open_window(qtbot, mapfile)
    assert w.file_guard.read_only
    info = next(q for q in _file_questions_answered if q[0] == "locked")[1][2]
    assert (info.user, info.host) == ("ana", "laptop-of-ana")


# ---------------------------------------------------------------- changes on disk
def test_saving_over_a_file_changed_on_disk_asks_and_shows_counts(qtbot, mapfile, monkeypatch):
    w = open_window(qtbot, mapfile)
    edit(w)
    theirs = load(mapfile)
    theirs.add_touchpoint("Added by a teammate", theirs.stages()[0], theirs.lanes()[0])
    save(theirs, mapfile)
    seen = []
    monkeypatch.setattr(w, "_ask_changed_on_disk", lambda name, what, missing: seen.append(what) or G.CANCEL)
    assert not w.save()
    assert load(mapfile).count("touchpoint") == theirs.count("touchpoint")  # not overwritten
    assert any("touchpoints:" in line and "here" in line and "on disk" in line for line in seen[0])
    assert w.is_modified
    monkeypatch.setattr(w, "_ask_changed_on_disk", lambda *a: G.OVERWRITE)
    assert w.save()
    assert load(mapfile).count("touchpoint") == theirs.count("touchpoint") - 1


def test_reload_takes_the_file_from_disk(qtbot, mapfile, monkeypatch):
    w = open_window(qtbot, mapfile)
    edit(w)
    theirs = load(mapfile)
    theirs.set_meta(title="Their title")
    save(theirs, mapfile)
    monkeypatch.setattr(w, "_ask_changed_on_disk", lambda *a: G.RELOAD)
    assert not w.save()
    assert w.document.meta["title"] == "Their title" and not w.is_modified


def test_a_touch_without_change_does_not_ask(qtbot, mapfile, monkeypatch):
    w = open_window(qtbot, mapfile)
    edit(w)
    os.utime(mapfile, (1, 1))
    monkeypatch.setattr(w, "_ask_changed_on_disk", lambda *a: pytest.fail("asked about an unchanged file"))
    assert w.save()


def test_the_watcher_offers_reload_when_the_map_is_unmodified(qtbot, mapfile, monkeypatch):
    w = open_window(qtbot, mapfile)
    monkeypatch.setattr(w, "_ask_reload", lambda name: True)
    theirs = load(mapfile)
    theirs.set_meta(title="Changed by a sync folder")
    save(theirs, mapfile)
    qtbot.waitUntil(lambda: w.document.meta["title"] == "Changed by a sync folder", timeout=5000)
    assert not w.is_modified


def test_the_watcher_says_so_when_the_file_is_deleted(qtbot, mapfile):
    w = open_window(qtbot, mapfile)
    edit(w)
    mapfile.unlink()
    qtbot.waitUntil(lambda: w.file_missing, timeout=5000)
    assert "deleted or moved" in w.statusBar().currentMessage()


def test_saving_a_deleted_file_says_it_writes_it_again(qtbot, mapfile, monkeypatch):
    w = open_window(qtbot, mapfile)
    edit(w)
    mapfile.unlink()
    seen = []
    monkeypatch.setattr(
        w, "_ask_changed_on_disk", lambda n, what, missing: seen.append((what, missing)) or G.OVERWRITE
    )
    assert w.save() and mapfile.exists()
    assert seen[0][1] and "deleted or moved" in seen[0][0][0]


def test_two_windows_never_lose_an_update_silently(qtbot, mapfile, monkeypatch):
    """Even when a lock is ignored (another program), the second save asks."""
    first = open_window(qtbot, mapfile)
    first.file_guard.close()  # as if the first window were another program without locks
    second = open_window(qtbot, mapfile)
    assert not second.file_guard.read_only
    edit(first, "one")
    edit(second, "two")
    first.file_guard.state = second.file_guard.state
    assert second.save()
    monkeypatch.setattr(first, "_ask_changed_on_disk", lambda *a: G.CANCEL)
    assert not first.save()
    assert load(mapfile).get(second.document.touchpoints()[0])["title"] == "two"


# ---------------------------------------------------------------- read-only files
def test_a_read_only_file_opens_read_only_and_save_asks_for_a_name(qtbot, mapfile, tmp_path):
    mapfile.chmod(0o444)
    w = open_window(qtbot, mapfile)
    assert w.file_guard.read_only and "(read-only)" in w.windowTitle()
    assert w.file_guard.badge.isVisible()
    edit(w)
    target = tmp_path / "mine.journey.json"
    w._ask_save_path = lambda: str(target)
    assert w.save()
    assert mapfile.read_bytes() == EXAMPLE.read_bytes() and stat.S_IMODE(mapfile.stat().st_mode) == 0o444
    assert target.exists() and w.path == str(target) and not w.file_guard.read_only
    assert not w.file_guard.badge.isVisible() and "(read-only)" not in w.windowTitle()


# ---------------------------------------------------------------- backups and recovery
def test_backups_follow_the_preference(qtbot, mapfile):
    w = open_window(qtbot, mapfile)
    edit(w)
    assert w.save()
    assert backup_path(mapfile).read_bytes() == EXAMPLE.read_bytes()
    S.set_flag("save/backups", False)
    try:
        backup_path(mapfile).unlink()
        edit(w, "again")
        assert w.save() and not backup_path(mapfile).exists()
    finally:
        S.set_flag("save/backups", True)


def test_a_snapshot_is_on_disk_within_a_second_of_an_edit(qtbot, mapfile):
    w = open_window(qtbot, mapfile)
    edit(w)
    qtbot.waitUntil(lambda: w.autosaver.written, timeout=1500)
    w.autosaver.flush()
    assert w.autosaver.map_path.read_text("utf-8") == dumps(w.document)
    assert w.autosaver.ui_seconds < 1.0
    w.undo_stack.undo()  # back to the saved state: the snapshot goes
    w.autosaver.flush()
    assert not w.autosaver.map_path.exists()


def test_recovery_can_be_switched_off(qtbot, mapfile):
    S.set_flag("recovery/enabled", False)
    try:
        w = open_window(qtbot, mapfile)
        edit(w)
        assert not w.autosaver.tick()
    finally:
        S.set_flag("recovery/enabled", True)


# ---------------------------------------------------------------- loading big files
def test_a_big_file_loads_off_the_ui_thread_with_progress(qtbot, monkeypatch, mapfile):
    from journeydesk.ui import loading

    monkeypatch.setattr(loading, "BACKGROUND_BYTES", 1)
    seen_threads = []
    real_load = loading.io.load

    def spy(path, progress=None):
        import threading

        seen_threads.append(threading.current_thread().name)
        return real_load(path, progress=progress)

    monkeypatch.setattr(loading.io, "load", spy)
    w = open_window(qtbot)
    assert w.load_path(str(mapfile))
    assert seen_threads == ["journeydesk-load"]
    assert w.document.count("touchpoint") == load(EXAMPLE).count("touchpoint")


def test_cancel_stops_a_big_load_and_keeps_the_map(qtbot, monkeypatch, mapfile):
    import time

    from journeydesk.io.load import LoadCancelled
    from journeydesk.ui import loading

    real_load = loading.io.load

    def slow(path, progress=None):  # a big file: many steps, each a while
        for _ in range(200):
            if progress(0.1, "Reading the file") is False:
                raise LoadCancelled
            time.sleep(0.01)
        return real_load(path, progress=progress)

    monkeypatch.setattr(loading.io, "load", slow)
    monkeypatch.setenv("JOURNEYDESK_TEST_CANCEL_LOAD", "1")
    monkeypatch.setattr(loading, "BACKGROUND_BYTES", 1)
    w = open_window(qtbot)
    before = dumps(w.document)
    assert not w.load_path(str(mapfile))
    assert dumps(w.document) == before and w.path is None
    assert not L.lock_path(mapfile).exists()
