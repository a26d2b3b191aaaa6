"""Journeys through the real window system: Xvfb, xdotool, the real app."""

from __future__ import annotations

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
