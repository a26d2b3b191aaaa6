"""Two windows in one process, one hosting and one joined over 127.0.0.1."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDockWidget
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.commands import SetFields
from journeydesk.io import dumps

SHOTS = os.environ.get("JOURNEYDESK_SHOTS")  # a folder: save screenshots there


@pytest.fixture
def room(qtbot):
    host = open_window(qtbot, EXAMPLE)
    session = host.live.share(bind="127.0.0.1", port=0, show=False, announce=False)
    qtbot.waitUntil(lambda: session.status == "online", timeout=10000)
    guest = open_window(qtbot)
    guest.live.join_here(session.host.url("127.0.0.1"), "Siti")
    qtbot.waitUntil(lambda: guest.document.count("touchpoint") > 10, timeout=15000)
    yield host, guest
    guest.live.end()
    host.live.end()


def test_edits_appear_in_the_other_window_both_ways(qtbot, room):
    host, guest = room
    assert dumps(guest.document) == dumps(host.document)
    tp = host.document.touchpoints()[0]
    guest.undo_stack.push(SetFields(guest.document, tp, {"title": "From Siti"}))
    qtbot.waitUntil(lambda: host.document.get(tp)["title"] == "From Siti", timeout=5000)
    assert host.scene.card_items()[tp] is not None  # the host's canvas has the card
    assert host.is_modified  # someone else's edit is an unsaved change on the host
    other = host.document.touchpoints()[1]
    host.undo_stack.push(SetFields(host.document, other, {"owner": "Host team"}))
    qtbot.waitUntil(lambda: guest.document.get(other)["owner"] == "Host team", timeout=5000)
    # Per-person undo: the guest's Undo takes back the guest's edit only.
    guest.action("actionUndo").trigger()
    qtbot.waitUntil(lambda: host.document.get(tp)["title"] != "From Siti", timeout=5000)
    assert guest.document.get(other)["owner"] == "Host team"
    assert host.undo_stack.undoText()  # the host's own step is still there
    qtbot.waitUntil(lambda: dumps(guest.document) == dumps(host.document), timeout=5000)


def test_participants_presence_rings_and_comments(qtbot, room, tmp_path):
    host, guest = room
    names = lambda w: [p.name for p in w.live.session.people()]
    qtbot.waitUntil(lambda: "Siti" in names(host) and len(names(guest)) == 2, timeout=10000)
    assert host.findChild(QDockWidget, "participantsDock").isVisible()
    assert host.live.participants.list.count() == 2
    tp = guest.document.touchpoints()[2]
    guest.scene.select_ids([tp])
    qtbot.waitUntil(lambda: len(host.live.overlay.rings()) == 1, timeout=5000)
    ring = host.live.overlay.rings()[0]
    assert ring.sceneBoundingRect().contains(host.scene.item_for(tp).sceneBoundingRect())
    # Renaming the card in place tells the room who is typing on it.
    editing = lambda: {p.name: p.editing for p in host.live.session.people()}.get("Siti")
    assert editing() is None
    guest.edit_title()
    assert guest.scene.is_editing()
    qtbot.waitUntil(lambda: editing() == tp, timeout=5000)
    guest.scene.text_editor.finish(commit=False)
    assert not guest.scene.is_editing()
    qtbot.waitUntil(lambda: editing() is None, timeout=5000)
    # A comment from the guest reaches the host's panel; the host resolves it.
    guest.live.comments.text.setText("Is this the real cost?")
    cid = guest.live.comments.add()
    qtbot.waitUntil(lambda: cid in host.document, timeout=5000)
    assert host.document.get(cid)["target"] == tp and host.document.get(cid)["author"] == "Siti"
    qtbot.waitUntil(lambda: host.live.comments.tree.topLevelItemCount() == 1, timeout=3000)
    host.live.comments.tree.topLevelItem(0).setCheckState(
        0, host.live.comments.tree.topLevelItem(0).checkState(0).Checked
    )
    qtbot.waitUntil(lambda: guest.document.get(cid)["resolved"], timeout=5000)
    if SHOTS:
        dialog = host.live.show_share_dialog()
        qtbot.waitExposed(dialog)
        dialog.grab().save(os.path.join(SHOTS, "share_dialog.png"))
        host.live.participants_dock.grab().save(os.path.join(SHOTS, "participants_dock.png"))
        guest.live.participants_dock.grab().save(os.path.join(SHOTS, "participants_dock_guest.png"))
        host.grab().save(os.path.join(SHOTS, "host_window.png"))


def test_read_only_snaps_back_and_offline_edits_merge(qtbot, room):
    host, guest = room
    tp = guest.document.touchpoints()[0]
    before = guest.document.get(tp)["title"]
    host.live.participants.read_only.setChecked(True)
    qtbot.waitUntil(lambda: guest.live.session.read_only(), timeout=5000)
    guest.undo_stack.push(SetFields(guest.document, tp, {"title": "Not allowed"}))
    assert guest.document.get(tp)["title"] == before  # snapped back
    assert guest.undo_stack.count() == 0
    host.live.participants.read_only.setChecked(False)
    qtbot.waitUntil(lambda: not guest.live.session.read_only(), timeout=5000)
    guest.live.session.go_offline()
    qtbot.waitUntil(lambda: guest.live.session.status == "offline", timeout=5000)
    assert "Offline" in guest.live.indicator.text()
    guest.undo_stack.push(SetFields(guest.document, tp, {"title": "Written offline"}))
    guest.live.session.go_offline(False)
    qtbot.waitUntil(lambda: host.document.get(tp)["title"] == "Written offline", timeout=10000)
    assert "Offline" not in guest.live.indicator.text()


def test_remove_and_end(qtbot, room, tmp_path):
    host, guest = room
    qtbot.waitUntil(lambda: host.live.participants.list.count() == 2, timeout=10000)
    row = next(i for i in range(2) if host.live.participants.list.item(i).text().startswith("Siti"))
    host.live.participants.list.setCurrentRow(row)
    host.live.participants.remove.click()
    qtbot.waitUntil(lambda: guest.live.session is None, timeout=10000)
    assert "removed you" in guest.statusBar().currentMessage()
    assert guest.document.count("touchpoint") > 10  # the copy stays
    path = host.path
    host.live.end()
    assert host.live.session is None and host.path == path
    assert host.undo_stack.count() == 0
    out = tmp_path / "copy.journey.json"
    guest._ask_save_path = lambda: str(out)
    assert guest.live.save_copy() and out.exists()
