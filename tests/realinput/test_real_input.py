"""Journeys through the real window system: Xvfb, xdotool, the real app."""

from __future__ import annotations

import json
import shutil

from conftest import run_journey
from journeydesk_testkit import EXAMPLES


def example(tmp_path, name="online-store"):
    src = next(p for p in EXAMPLES if p.name.startswith(name))
    dst = tmp_path / src.name
    shutil.copy(src, dst)
    return dst


def test_palette_drags_drop_every_kind_where_released(xserver, tmp_path):
    before_counts = None
    out = run_journey(xserver, "palette_drops", example(tmp_path))
    assert out["touchpoint_marker"], "no drop marker while dragging over the cell"
    cell, editing = out["touchpoint_cell"]
    assert len(cell) == 1 and editing
    assert out["touchpoint_title"] == "Queue at the door"
    assert out["stage_index"] == 1
    assert out["lane_index"] == 1
    assert before_counts is None
    assert out["counts"]["friction"] == 11


def test_link_edit_undo_redo_and_save_by_hand(xserver, tmp_path):
    from journeydesk.io import load

    path = example(tmp_path)
    out = run_journey(xserver, "link_edit_undo_save", path)
    assert out["edited"] == "Renamed by hand"
    assert out["undone"] != "Renamed by hand"
    assert out["redone"] == out["redone_again"] == "Renamed by hand"  # Ctrl+Y and Ctrl+Shift+Z
    saved = load(out["path"])
    assert saved.get(out["card"])["title"] == "Renamed by hand"
    assert tuple(out["linked"]) in {saved.link_ends(k) for k in saved.links()}


def test_quick_entry_by_hand_leaves_no_stray_card(xserver, tmp_path):
    out = run_journey(xserver, "quick_entry", example(tmp_path))
    assert out["added"] == ["Sees the poster", "Scans the QR code"]
    assert out["steps"] == 2


def test_edit_keys_under_x11_bindings(xserver, tmp_path):
    out = run_journey(xserver, "keys_on_cards", example(tmp_path))
    assert out["after_duplicate"] == 1 and out["copy_selected"]  # Ctrl+D is not ambiguous
    assert out["after_delete"] == 0  # Del took the copy away again
    assert list(out["tool_after_l"]) == ["link", True]
    assert out["tool_after_second_l"] == "select"
    assert out["title"].endswith(" lily") and out["tool_after_typing"] == "select"
    assert out["full_screen_toggled"]


def test_a_stage_card_link_and_friction_with_the_keyboard_alone(xserver, tmp_path):
    from journeydesk.io import load

    path = example(tmp_path)
    out = run_journey(xserver, "keyboard_only", path)
    assert out["stage_name"] == "Aftercare"
    title, in_new_stage = out["card_place"]
    assert title == "Rates the delivery" and in_new_stage
    assert len(out["link_selection"]) == 2 and out["card"] in out["link_selection"]
    assert out["linked_to_card"]
    assert out["friction_target"] == [out["card"]] and out["friction_on"] == out["card"]
    saved = load(out["path"])
    card = saved.get(out["card"])
    assert card["title"] == "Rates the delivery"
    assert saved.get(card["stage"])["name"] == "Aftercare"
    assert any(saved.link_ends(k)[1] == out["card"] for k in saved.links())
    assert any(saved.get(f)["target"] == out["card"] for f in saved.frictions())
    # every step a handful of key presses, not a walk through every widget
    assert all(n <= 8 for n in out["presses"].values()), out["presses"]


def test_the_app_in_indonesian_by_hand(xserver, tmp_path):
    # The language chosen in Preferences; the menus answer their Indonesian
    # mnemonics (Alt+B, then S: Berkas > Simpan) through the window system.
    path = example(tmp_path)
    out = run_journey(xserver, "indonesian_by_hand", path, preferences="[ui]\nlanguage=id\n")
    assert [m.replace("&", "") for m in out["menus"]] == ["Berkas", "Sunting", "Tampilan", "Bantuan"]
    assert out["open_menu"].replace("&", "") == "Berkas"
    assert out["title"].endswith(" diubah") and out["modified"]
    assert out["undo_text"] == "Ganti nama"  # Edit > Undo says what it takes back, in Indonesian
    saved = json.loads(path.read_text("utf-8"))
    assert any(t["title"] == out["title"] for t in saved["touchpoints"])


def test_presenting_by_keys_and_back_to_the_editor(xserver, tmp_path):
    out = run_journey(xserver, "present_and_back", example(tmp_path))
    assert out["full_screen"]
    assert out["seen"] == out["steps"] and len(out["steps"]) > 3  # the overview and every stage
    assert out["after_page_up"] == len(out["steps"]) - 2
    assert out["help"] and not out["help_after_esc"] and out["still_presenting"]
    assert out["unchanged"]  # the drag and the keys changed nothing
    assert out["after"] == out["before"] and out["editor_scene"]


def test_a_drag_given_up_at_the_edge_leaves_no_copy_of_the_card(xserver, tmp_path):
    out = run_journey(xserver, "drag_given_up_leaves_no_trace", example(tmp_path))
    assert out["scrolled"] > 0  # the view scrolled under the held card
    assert out["undo"] == 0  # Escape: nothing moved
    assert out["differing"] == 0, out
