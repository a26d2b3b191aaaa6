"""Helpers for the packaging tests (imported by name: ``from packaging_helpers
import ...``): an isolated user (HOME and XDG folders in a temporary place),
running a command and failing with its output, waiting for a window by its title
with xdotool, and what a process has mapped."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_NAME = "online-store.journey.json"
EXAMPLE_TITLE = "Online store: buying a pair of running shoes"
# pip's own cache of the person running the tests (tests/ui/conftest.py moves
# HOME to a temporary folder, which would make every run download Qt again).
PIP_CACHE = os.environ.get("PIP_CACHE_DIR") or str(Path(pwd.getpwuid(os.getuid()).pw_dir) / ".cache" / "pip")


def needs(binary: str, package: str):
    return pytest.mark.skipif(
        shutil.which(binary) is None,
        reason=f"{binary} not installed (apt-get install {package}; .ci/run does)",
    )


def user_env(base: Path, **extra: str) -> dict[str, str]:
    """An environment for a fresh user: own HOME and XDG folders, no Qt platform
    forced, nothing inherited that points at this checkout's Python."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("QT_", "PYTHON", "VIRTUAL_ENV", "XDG_"))
        and k not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    home = base / "home"
    for sub in ("config", "data", "cache", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        PIP_CACHE_DIR=PIP_CACHE,
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        LC_ALL="C.UTF-8",
    )
    env.update(extra)
    return env


def run(cmd: list, env: dict | None = None, timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [str(c) for c in cmd], env=env, capture_output=True, text=True, timeout=timeout, **kw
    )
    assert proc.returncode == 0, (
        f"{cmd} exited {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    )
    return proc


@dataclass
class Window:
    id: str
    pid: int
    seconds: float  # from launch to the window being there


def wait_for_window(display: str, title: str, launched: float, proc=None, timeout: float = 90) -> Window:
    """Poll for a window whose title contains ``title``; fail early if ``proc`` dies."""
    env = {**os.environ, "DISPLAY": display}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the app exited {proc.returncode} before its window showed\n{out}\n{err}")
        found = subprocess.run(
            ["xdotool", "search", "--name", title], env=env, capture_output=True, text=True, timeout=30
        )
        ids = found.stdout.split()
        if ids:
            seconds = time.monotonic() - launched
            pid = subprocess.run(
                ["xdotool", "getwindowpid", ids[-1]], env=env, capture_output=True, text=True, timeout=30
            ).stdout.strip()
            return Window(ids[-1], int(pid or 0), seconds)
        time.sleep(0.1)
    pytest.fail(f"no window titled {title!r} within {timeout} s")


def quit_with_keyboard(display: str, window: Window) -> None:
    """Ctrl+Q in the window, as a person would."""
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["xdotool", "windowfocus", "--sync", window.id], env=env, timeout=30, check=False)
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], env=env, timeout=30, check=True)


def wait_gone(pid: int, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists():
            return True
        try:  # a zombie child of a process that has not reaped it counts as gone
            if Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z":
                return True
        except OSError:
            return True
        time.sleep(0.1)
    return False


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def mapped_files(pid: int) -> set[str]:
    """The files a running process has mapped (its libraries and extension modules)."""
    out = set()
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith("/"):
            out.add(parts[5])
    return out


def python_dirs() -> list[str]:
    """Folders that hold a Python installation on this machine (to hide them)."""
    found = {sys.base_prefix, sys.prefix}
    for pattern in ("/usr/lib/python3*", "/usr/local/lib/python3*", "/usr/lib/python2*"):
        found.update(str(p) for p in Path("/").glob(pattern.lstrip("/")))
    return sorted(d for d in found if Path(d).is_dir())
