"""Start-up does only the work a command needs: what each command imports.

A test that counts work, not time: ``journeydesk --help`` must not pay for networkx,
pydantic or reportlab (0.5 s of a 0.52 s start before), and a subcommand imports its
own module only. Each case runs in a fresh interpreter and reports ``sys.modules``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from journeydesk_testkit import EXAMPLES

from journeydesk.cli.commands import COMMANDS

HEAVY = ("networkx", "pydantic", "pydantic_core", "reportlab", "PySide6", "shiboken6")
OURS_HEAVY = (
    "journeydesk.io",
    "journeydesk.model",
    "journeydesk.analysis",
    "journeydesk.export",
    "journeydesk.ui",
)

PROBE = """
import json, sys
code = None
try:
    {call}
except SystemExit as exc:
    code = exc.code
print("\\n@@" + json.dumps({{"code": code, "modules": sorted(sys.modules)}}))
"""


def imported(call: str) -> tuple[object, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(call=call)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.rsplit("@@", 1)[1])
    return report["code"], set(report["modules"])


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(OURS_HEAVY))


def main_call(*args: str) -> str:
    return f"from journeydesk.cli import main; code = main({list(args)!r})"


LIGHT = {"journeydesk.cli.commands", "journeydesk.cli.common", "journeydesk.cli.argtext"}
# import's help lists the spreadsheet fields the format has (io.tabular): the one
# command whose options need the format.
NEEDS_THE_FORMAT = {"import"}


def test_importing_the_package_or_the_cli_loads_nothing_heavy():
    _, modules = imported("import journeydesk, journeydesk.cli")
    assert heavy_in(modules) == []


def test_the_package_names_still_resolve_on_first_use():
    _, modules = imported(
        "import journeydesk; "
        "assert journeydesk.load.__module__ == 'journeydesk.io.load'; "
        "assert journeydesk.JourneyDocument.__name__ == 'JourneyDocument'; "
        "from journeydesk import LoadError, SaveError, save; "
        "assert {'load', 'save', 'JourneyDocument'} <= set(dir(journeydesk))"
    )
    assert "networkx" in modules and "pydantic" in modules  # now they were needed


def test_main_help_imports_no_subcommand():
    code, modules = imported(main_call("--help"))
    assert code == 0
    assert heavy_in(modules) == []
    assert not [m for m in modules if m.startswith("journeydesk.cli.") and m not in LIGHT]


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_commands_help_imports_that_command_only(name):
    code, modules = imported(main_call(name, "--help"))
    assert code == 0
    heavy = heavy_in(modules)
    if name in NEEDS_THE_FORMAT:
        heavy = [
            m
            for m in heavy
            if m.startswith(("reportlab", "PySide6", "journeydesk.analysis", "journeydesk.ui"))
        ]
    assert heavy == []
    ours = {m for m in modules if m.startswith("journeydesk.cli.")}
    assert ours <= LIGHT | {f"journeydesk.cli.{COMMANDS[name].module}"}


def test_validate_loads_the_format_but_not_analysis_export_or_qt():
    code, modules = imported(main_call("validate", "-q", str(EXAMPLES[0])))
    assert code == 0
    assert "journeydesk.io" in modules and "networkx" in modules
    assert [
        m
        for m in heavy_in(modules)
        if m.startswith(
            ("reportlab", "PySide6", "journeydesk.analysis", "journeydesk.export", "journeydesk.ui")
        )
    ] == []


def test_analyze_needs_no_pdf_or_qt():
    code, modules = imported(main_call("analyze", "--json", str(EXAMPLES[0])))
    assert code == 0
    assert "journeydesk.analysis" in modules
    assert [
        m for m in modules if m.startswith(("reportlab", "PySide6", "journeydesk.export", "journeydesk.ui"))
    ] == []


def test_version_and_a_bad_option_import_nothing_heavy():
    code, modules = imported(main_call("--version"))
    assert code == 0 and heavy_in(modules) == []
    code, modules = imported(main_call("-x"))
    assert code == 2 and heavy_in(modules) == []


# What only a session, a dialog or a presentation needs: loaded when first used.
EDITOR_LATER = (
    "pycrdt",
    "websockets",
    "qrcode",
    "journeydesk.sync.host",
    "journeydesk.ui.live.session",
    "journeydesk.ui.live.dialogs",
    "journeydesk.ui.export_dialog",
    "journeydesk.ui.import_dialog",
    "journeydesk.ui.compare",
    "journeydesk.ui.guide_dialog",
    "journeydesk.ui.preferences_dialog",
    "journeydesk.ui.shortcuts_dialog",
    "journeydesk.ui.present.window",
)


def test_the_editor_window_loads_no_session_dialog_or_presentation_code():
    call = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "    from journeydesk.ui.app import make_app\n"
        "    from journeydesk.ui.main_window import MainWindow\n"
        "    app = make_app([]); w = MainWindow(); w.show(); app.processEvents()"
    )
    _code, modules = imported(call)
    assert "journeydesk.ui.main_window" in modules and "journeydesk.ui.live" in modules
    assert sorted(m for m in modules if m.startswith(EDITOR_LATER)) == []
