"""The real-input layer: a real X server (Xvfb) per session, the real app in a
subprocess, input through xdotool (see robot.py). Skips, with the reason, only
where Xvfb or xdotool is missing; .ci/run installs both."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCREEN = os.environ.get("REALINPUT_SCREEN", "1440x900x24")
SHOTS = Path(tempfile.gettempdir()) / "journeydesk-realinput"  # a failed journey's last screen
SHOTS.mkdir(exist_ok=True)


@pytest.fixture(scope="session")
def xserver():
    """DISPLAY of a fresh Xvfb, stopped at the end of the session."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"real-input tests need {' and '.join(missing)} (apt-get install xvfb xdotool)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    proc.terminate()
    proc.wait(10)


def run_journey(
    display: str, journey: str, map_path: Path | None, timeout: float = 120, preferences: str = ""
) -> dict:
    """Run one journey in a fresh app process; its result dict (or fail with the
    app's traceback and output). ``preferences``: the text of the app's settings
    file (journeydesk.ini) before it starts, as the Preferences dialog writes it."""
    home = Path(tempfile.mkdtemp(prefix="journeydesk-realinput-home-"))
    result = home / "result.json"
    if preferences:
        ini = home / ".config" / "JourneyDesk" / "JourneyDesk" / "journeydesk.ini"
        ini.parent.mkdir(parents=True)
        ini.write_text(preferences, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(
        DISPLAY=display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        ROBOT_TIMEOUT=str(timeout - 10),
        QT_QPA_PLATFORM="xcb",
    )
    try:
        done = subprocess.run(
            [sys.executable, str(HERE / "robot.py"), journey, str(map_path or ""), str(result)],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        outcome = json.loads(result.read_text()) if result.exists() else {}
        if done.returncode != 0 or "error" in outcome:
            pytest.fail(
                f"journey {journey} failed (exit {done.returncode}); its last screen: {SHOTS}\n"
                f"{outcome.get('error', '')}\n"
                f"--- app output ---\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
            )
        return outcome["result"]
    finally:
        shutil.rmtree(home, ignore_errors=True)
