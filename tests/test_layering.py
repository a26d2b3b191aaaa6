"""The headless half never imports Qt: model, io, layout, analysis, export, sync
and the cli core run (and are tested) without PySide6."""

from __future__ import annotations

import json
import subprocess
import sys

HEADLESS = [
    "journeydesk",
    "journeydesk.model",
    "journeydesk.io",
    "journeydesk.cli",
    "journeydesk.analysis",
    "journeydesk.versions",
    "journeydesk.io.tabular",
    "journeydesk.layout",
    "journeydesk.export",
    "journeydesk.present",
    "journeydesk.present.steps",
    "journeydesk.export.slides",
    "journeydesk.i18n",
    "journeydesk.sync",
    "journeydesk.sync.host",
    "journeydesk.sync.client",
    "journeydesk.sync.serve",
    "journeydesk.sync.undo",
    "journeydesk.sync.mdns",
]

CHECK = """
import importlib, importlib.util, json, sys
found = []
for name in json.loads(sys.argv[1]):
    if importlib.util.find_spec(name) is None:
        continue  # not written yet
    importlib.import_module(name)
    found.append(name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken6")))
print(json.dumps({"imported": found, "qt": qt}))
"""


def test_headless_packages_do_not_import_qt():
    done = subprocess.run(
        [sys.executable, "-c", CHECK, json.dumps(HEADLESS)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {"journeydesk", "journeydesk.model", "journeydesk.io", "journeydesk.cli"} <= set(
        result["imported"]
    )
    assert result["qt"] == [], f"PySide6 imported by one of {result['imported']}"


def test_loading_a_map_and_every_cli_core_command_stay_headless(tmp_path):
    code = (
        "import sys, io, contextlib\n"
        "from journeydesk.cli import main\n"
        "from pathlib import Path\n"
        "examples = sorted(Path(sys.argv[1]).glob('*.journey.json'))\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "    main(['validate', *map(str, examples)])\n"
        "    main(['info', str(examples[0])])\n"
        "    main(['schema'])\n"
        "    main(['fmt', '--check', *map(str, examples)])\n"
        "print('PySide6' in sys.modules)\n"
    )
    from journeydesk_testkit import ROOT

    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "examples")], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
