"""The PyInstaller one-folder build (packaging/journeydesk.spec) is a JourneyDesk
that needs no Python: with every Python installation on the machine hidden, it
validates, exports a PDF (fonts embedded) and a PNG (Qt offscreen), and its
editor starts on an example under a real X server and quits on Ctrl+Q. Installed
on the desktop, opening a map file as a file manager does starts it on that map.

Set JOURNEYDESK_FROZEN_APP=dist/journeydesk/journeydesk to check a bundle already
built instead of building one (about a minute)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from packaging_helpers import (
    EXAMPLE_NAME,
    EXAMPLE_TITLE,
    ROOT,
    mapped_files,
    needs,
    python_dirs,
    quit_with_keyboard,
    run,
    stop,
    user_env,
    wait_for_window,
    wait_gone,
)
from pypdf import PdfReader

pytestmark = pytest.mark.packaging

# Run a command with every folder that holds a Python installation covered by an
# empty tmpfs, in a private mount namespace (needs root or user namespaces), and
# refuse to run it if a Python still starts there.
_HIDE = (
    'IFS=:; for d in $JD_HIDE; do mount -t tmpfs none "$d" || exit 97; done; '
    "for py in python3 python; do if command -v $py >/dev/null && $py -c 1 2>/dev/null; then "
    'echo "a Python still runs: $(command -v $py)" >&2; exit 98; fi; done; exec "$@"'
)


def _can_hide_python() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


HIDE_PYTHON = _can_hide_python()


def without_python(cmd: list) -> list[str]:
    """``cmd`` run where no Python is installed (or as is, when namespaces are not allowed)."""
    cmd = [str(c) for c in cmd]
    if not HIDE_PYTHON:
        return cmd
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", _HIDE, "sh", *cmd]


def frozen_env(base: Path, **extra) -> dict[str, str]:
    # A Python pointed at a home that does not exist cannot start; the bundle ignores it.
    return user_env(base, JD_HIDE=":".join(python_dirs()), PYTHONHOME="/nonexistent", **extra)


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    given = os.environ.get("JOURNEYDESK_FROZEN_APP")
    if given:
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("frozen")
    env = user_env(tmp_path_factory.mktemp("build-user"))
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            out / "dist",
            "--workpath",
            out / "build",
            ROOT / "packaging" / "journeydesk.spec",
        ],
        env=env,
        timeout=1200,
    )
    return out / "dist" / "journeydesk" / "journeydesk"


def bundle_data(app: Path) -> Path:
    return app.parent / "_internal" / "journeydesk"


def test_the_bundle_carries_its_data_and_no_unwanted_qt(app):
    data = bundle_data(app)
    assert sorted(p.name for p in (data / "examples").glob("*.journey.json")) == sorted(
        p.name for p in (ROOT / "examples").glob("*.journey.json")
    )
    assert (data / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (data / "resources" / "linux" / "app.journeydesk.JourneyDesk.desktop").is_file()
    qt = app.parent / "_internal" / "PySide6"
    modules = sorted(p.name.split(".")[0] for p in qt.glob("Qt*.so"))
    assert modules == ["QtCore", "QtGui", "QtSvg", "QtWidgets"], modules
    plugins = {p.name for p in (qt / "Qt" / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= plugins
    assert not any("vnc" in p or "eglfs" in p for p in plugins), plugins
    assert not (qt / "Qt" / "plugins" / "platformthemes" / "libqgtk3.so").exists()


def test_the_bundle_needs_no_python(app, tmp_path):
    if not HIDE_PYTHON:
        pytest.skip("cannot make a mount namespace here to hide Python (run as root, as CI does)")
    env = frozen_env(tmp_path)
    # The wrapper refuses (98) while a Python still starts; hidden, python3 itself fails.
    proc = subprocess.run(without_python(["python3", "-c", "1"]), env=env, capture_output=True, text=True)
    assert proc.returncode not in (0, 97, 98), proc.stderr
    hidden = subprocess.run(
        without_python(["sh", "-c", "ls $JD_HIDE_ONE | wc -l"]),
        env={**env, "JD_HIDE_ONE": python_dirs()[0]},
        capture_output=True,
        text=True,
    )
    assert hidden.stdout.strip() == "0", hidden.stdout + hidden.stderr
    assert run(without_python([app, "--version"]), env=env).stdout.startswith("journeydesk ")


def test_the_bundle_validates_and_exports(app, tmp_path):
    env = frozen_env(tmp_path)
    examples = sorted((bundle_data(app) / "examples").glob("*.journey.json"))
    assert run(without_python([app, "validate", *examples]), env=env).stderr.count(": ok") == len(examples)
    pdf = tmp_path / "map.pdf"
    run(without_python([app, "export", bundle_data(app) / "examples" / EXAMPLE_NAME, "-o", pdf]), env=env)
    reader = PdfReader(pdf)
    assert EXAMPLE_TITLE in reader.pages[0].extract_text()
    assert b"/FontFile2" in pdf.read_bytes()
    assert "FRICTION HOTSPOTS" in run(without_python([app, "analyze", examples[0]]), env=env).stdout
    assert '"journeydesk"' in run(without_python([app, "schema"]), env=env).stdout


def test_the_bundle_renders_png_offscreen(app, tmp_path):
    env = frozen_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    png = tmp_path / "map.png"
    run(without_python([app, "export", bundle_data(app) / "examples" / EXAMPLE_NAME, "-o", png]), env=env)
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    assert width > 1000 and height > 500


def test_the_frozen_editor_starts_on_an_example_and_quits(app, xvfb, tmp_path):
    env = frozen_env(tmp_path, DISPLAY=xvfb)
    example = bundle_data(app) / "examples" / EXAMPLE_NAME
    launched = time.monotonic()
    proc = subprocess.Popen(
        without_python([app, example]), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        window = wait_for_window(xvfb, EXAMPLE_NAME, launched, proc)
        # Every Python library and extension module it runs on comes from the bundle.
        pythonish = [
            f
            for f in mapped_files(window.pid)
            if "python" in f.lower() or f.endswith((".abi3.so", ".cpython-311-x86_64-linux-gnu.so"))
        ]
        assert pythonish and all(f.startswith(str(app.parent)) for f in pythonish), pythonish
        if shutil.which("xprop"):  # the dock and task bar match the window to the menu entry by these
            props = run(["xprop", "-id", window.id, "WM_CLASS", "_GTK_APPLICATION_ID"], env=env).stdout
            assert '"JourneyDesk"' in props and '"app.journeydesk.JourneyDesk"' in props, props
        quit_with_keyboard(xvfb, window)
        _out, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "qt.qpa.plugin" not in err, err
    finally:
        stop(proc)


@needs("gio", "libglib2.0-bin")
def test_opening_a_map_from_the_file_manager_starts_the_frozen_app(app, xvfb, tmp_path):
    env = frozen_env(tmp_path, DISPLAY=xvfb)
    run([app, "--install-desktop"], env=env)
    entry = Path(env["XDG_DATA_HOME"]) / "applications" / "app.journeydesk.JourneyDesk.desktop"
    assert f"Exec={app} %f" in entry.read_text()
    doc = tmp_path / "Workshop notes" / "my map.journey.json"
    doc.parent.mkdir()
    shutil.copy(bundle_data(app) / "examples" / EXAMPLE_NAME, doc)
    launched = time.monotonic()
    # What a double-click does in GNOME Files. The app it starts inherits gio's
    # output, so that goes to a file (a pipe would stay open while the app runs).
    log = tmp_path / "gio.log"
    with log.open("w") as out:
        opened = subprocess.run(["gio", "open", str(doc)], env=env, stdout=out, stderr=out, timeout=60)
    assert opened.returncode == 0, log.read_text()
    window = wait_for_window(xvfb, "my map.journey.json", launched)
    try:
        assert Path(f"/proc/{window.pid}/exe").resolve() == app.resolve()
        quit_with_keyboard(xvfb, window)
        assert wait_gone(window.pid), "the app did not quit on Ctrl+Q"
    finally:
        if not wait_gone(window.pid, 0):
            os.kill(window.pid, 9)
