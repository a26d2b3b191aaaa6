"""The packaging tests build things (a wheel and a fresh venv, a PyInstaller
bundle) and take a minute or two each, so they carry the ``packaging`` mark and
the default run leaves them out; ``python -m pytest -m packaging tests/packaging``
runs them (.ci/run does). This file holds the shared X server; the helpers are
in packaging_helpers.py."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest


@pytest.fixture(scope="session")
def xvfb():
    """A private X server; yields its DISPLAY value (":N")."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool not installed (apt-get install xvfb xdotool; .ci/run does)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
