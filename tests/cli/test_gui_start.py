"""Starting the editor where it cannot open a window gives a clear message, not
Qt's abort."""

import os
import subprocess
import sys

from journeydesk.cli.gui import display_problem

found = lambda lib: f"lib{lib}.so"
missing = lambda lib: None


def test_no_display_is_reported():
    msg = display_problem({}, "linux", found)
    assert msg and "DISPLAY" in msg


def test_missing_xcb_libraries_name_the_packages():
    msg = display_problem({"DISPLAY": ":0"}, "linux", missing)
    assert "libxcb-cursor0" in msg and "apt-get install" in msg


def test_display_with_libraries_is_fine():
    assert display_problem({"DISPLAY": ":0"}, "linux", found) is None


def test_offscreen_wayland_and_other_systems_are_left_to_qt():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", missing) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", missing) is None
    assert display_problem({}, "darwin", missing) is None
    assert display_problem({}, "win32", missing) is None


def test_journeydesk_without_display_exits_1_with_a_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run(
        [sys.executable, "-m", "journeydesk", "no-such.journey.json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert "cannot start the editor" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_frozen_build_carrying_the_xcb_libraries_needs_none_installed(tmp_path):
    for lib in ("xcb-cursor.so.0", "xcb-icccm.so.4", "xcb-keysyms.so.1"):
        (tmp_path / f"lib{lib}").write_bytes(b"")
    assert display_problem({"DISPLAY": ":0"}, "linux", missing, bundle=str(tmp_path)) is None
    (tmp_path / "libxcb-icccm.so.4").unlink()
    msg = display_problem({"DISPLAY": ":0"}, "linux", missing, bundle=str(tmp_path))
    assert "libxcb-icccm4" in msg and "libxcb-cursor0" not in msg
