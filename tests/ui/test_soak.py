"""A shorter soak than benchmarks/bench_soak.py (100,000 updates): item updates
and repaints leave None's reference count steady and memory flat (issue 15)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_ui_helpers import EXAMPLE, open_window

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from soak import soak


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmRSS")
def test_updates_and_repaints_leak_neither_none_nor_memory(qtbot):
    w = open_window(qtbot, EXAMPLE)
    w.autosaver.stop()  # the document is edited behind the undo stack's back here
    result = soak(w, updates=6_000, repaint_every=50, warmup=1_500)
    assert abs(result["none_delta"]) < 200, result
    assert result["growth_pct"] < 5.0, result
