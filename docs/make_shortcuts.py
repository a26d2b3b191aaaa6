"""Write the keyboard-shortcut table of the user guide from the app's own actions.

    python docs/make_shortcuts.py            # rewrite the table in docs/guide/README.md
    python docs/make_shortcuts.py --check    # exit 1 when the committed table is stale

It builds a real MainWindow and reads every action of its ``Actions``
(ui/actions.py) that has a shortcut, in menu order, through the same code as
Help > Keyboard Shortcuts (``journeydesk.ui.shortcuts``), so a new action or a
changed key shows up the next time this runs (tests/docs/test_guide.py runs
--check). The canvas's own keys (arrows, Ctrl+Space...) come from the table the
canvas runs them from (``ui/canvas/keyboard.CANVAS_KEYS``), in a second block.

Qt gives standard actions (Quit, Close, Redo, Full Screen...) different keys on
each system, so the table has a column per scheme: Linux, read under X11 (an X
server is needed: DISPLAY, or Xvfb, which this starts itself), and Windows, read
offscreen (Qt's offscreen platform uses the Windows scheme). Keys bound to two
commands at once are listed under the table: Qt runs neither of them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

GUIDE = Path(__file__).resolve().parent / "guide" / "README.md"
BEGIN = "<!-- shortcuts: made by docs/make_shortcuts.py; do not edit by hand -->"
END = "<!-- end of shortcuts -->"
CANVAS_BEGIN = "<!-- canvas keys: made by docs/make_shortcuts.py; do not edit by hand -->"
CANVAS_END = "<!-- end of canvas keys -->"
SCHEMES = (("Linux", "xcb"), ("Windows", "offscreen"))


def read_rows(platform: str) -> dict[str, list[list]]:
    """In this process: {"menus": [[menu, command, [keys]]...], "canvas": [[keys], text]...}."""
    os.environ["QT_QPA_PLATFORM"] = platform
    os.environ["HOME"] = tempfile.mkdtemp(prefix="journeydesk-shortcuts-")
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from journeydesk.ui import shortcuts
    from journeydesk.ui.app import make_app
    from journeydesk.ui.main_window import MainWindow

    make_app()
    window = MainWindow()
    try:
        rows = shortcuts.action_rows(window, shortcuts.PORTABLE, with_keys_only=False)
        return {
            "menus": [[r.menu, r.command, list(r.keys)] for r in rows],
            "clashes": shortcuts.clashes(rows),
            "canvas": [[list(r.keys), r.command] for r in shortcuts.canvas_rows(shortcuts.PORTABLE)],
        }
    finally:
        window.teardown()
        window.close()


def _x_server() -> tuple[dict[str, str], subprocess.Popen | None]:
    """An environment with a DISPLAY: this one's, or a private Xvfb started here."""
    if os.environ.get("DISPLAY"):
        return dict(os.environ), None
    if shutil.which("Xvfb") is None:
        raise SystemExit(
            "the Linux keys are read under X11: set DISPLAY or install Xvfb (apt-get install xvfb)"
        )
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    return {**os.environ, "DISPLAY": f":{number}"}, server


def scheme_rows() -> dict[str, dict]:
    env, server = _x_server()
    try:
        out = {}
        for name, platform in SCHEMES:
            proc = subprocess.run(
                [sys.executable, __file__, "--rows", platform],
                check=False,
                env=env if platform == "xcb" else {**os.environ},
                capture_output=True,
                text=True,
                timeout=300,
            )
            if proc.returncode != 0:
                raise SystemExit(f"reading the {name} keys failed:\n{proc.stderr}")
            out[name] = json.loads(proc.stdout.strip().splitlines()[-1])
        return out
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)


def table(read: dict[str, dict]) -> str:
    """The menus' keys, a column per scheme."""
    names = [name for name, _ in SCHEMES]
    first = read[names[0]]["menus"]
    keyed = {name: {(m, c): k for m, c, k in rows["menus"]} for name, rows in read.items()}
    lines = [
        BEGIN,
        "",
        "| Menu | Command | " + " | ".join(names) + " |",
        "| --- | --- |" + " --- |" * len(names),
    ]
    for menu, command, _ in first:
        cells = [", ".join(f"`{k}`" for k in keyed[n].get((menu, command), [])) or "—" for n in names]
        if any(c != "—" for c in cells):
            lines.append(f"| {menu} | {command} | " + " | ".join(cells) + " |")
    clashes = [
        f"- {name}: `{k}` is bound to {' and '.join(c)}, so neither runs"
        for name in names
        for k, c in read[name]["clashes"].items()
    ]
    if clashes:
        lines += ["", "Keys bound to two commands (a bug; Qt runs neither):", "", *clashes]
    return "\n".join([*lines, "", END])


def canvas_table(rows: list[list]) -> str:
    """The canvas's keys (the same under every scheme: the canvas reads them itself)."""
    lines = [CANVAS_BEGIN, "", "| Keys | On the map |", "| --- | --- |"]
    for keys, text in rows:
        lines.append(f"| {', '.join(f'`{k}`' for k in keys)} | {text} |")
    return "\n".join([*lines, "", CANVAS_END])


def with_table(guide: str, block: str, begin: str = BEGIN, end_mark: str = END) -> str:
    start, end = guide.find(begin), guide.find(end_mark)
    if start < 0 or end < start:
        raise SystemExit(f"{GUIDE}: the shortcut markers are missing ({begin!r} ... {end_mark!r})")
    return guide[:start] + block + guide[end + len(end_mark) :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed table is stale")
    parser.add_argument("--print", action="store_true", help="print the table instead of writing it")
    parser.add_argument("--rows", metavar="PLATFORM", help=argparse.SUPPRESS)  # one scheme, as JSON
    args = parser.parse_args(argv)
    if args.rows:
        print(json.dumps(read_rows(args.rows)))
        return 0
    read = scheme_rows()
    block = table(read)
    canvas = canvas_table(read[SCHEMES[0][0]]["canvas"])
    if args.print:
        print(block + "\n\n" + canvas)
        return 0
    text = GUIDE.read_text(encoding="utf-8")
    updated = with_table(with_table(text, block), canvas, CANVAS_BEGIN, CANVAS_END)
    if args.check:
        if updated != text:
            print(f"{GUIDE}: the shortcut table is stale; run python docs/make_shortcuts.py", file=sys.stderr)
            return 1
        return 0
    if updated != text:
        GUIDE.write_text(updated, encoding="utf-8")
        print(f"updated {GUIDE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
