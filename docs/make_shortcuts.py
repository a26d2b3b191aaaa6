"""Write the keyboard-shortcut table of the user guide from the app's own actions.

    python docs/make_shortcuts.py            # rewrite the table in docs/guide/README.md
    python docs/make_shortcuts.py --check    # exit 1 when the committed table is stale

It builds a real MainWindow and reads every action of its ``Actions``
(ui/actions.py) that has a shortcut, in menu order, so a new action or a changed
key shows up the next time this runs (tests/docs/test_guide.py runs --check).

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
SCHEMES = (("Linux", "xcb"), ("Windows", "offscreen"))


def plain(text: str) -> str:
    """A menu text without its mnemonic marks ("Save &As…" -> "Save As…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def read_rows(platform: str) -> list[list]:
    """In this process: [menu, command, [keys]] for each action with a shortcut."""
    os.environ["QT_QPA_PLATFORM"] = platform
    os.environ["HOME"] = tempfile.mkdtemp(prefix="journeydesk-shortcuts-")
    from PySide6.QtCore import QStandardPaths, Qt
    from PySide6.QtGui import QKeySequence

    QStandardPaths.setTestModeEnabled(True)
    from journeydesk.ui.app import make_app
    from journeydesk.ui.main_window import MainWindow

    def keys(action) -> list[str]:
        # Leave out the keys few keyboards have: the dedicated "Open", "Save", "Zoom
        # Out" buttons and F13 to F35 (old Unix keyboards' Undo, Copy, Paste keys).
        rare = range(Qt.Key.Key_F13.value, Qt.Key.Key_F35.value + 1)
        return [
            s.toString(QKeySequence.SequenceFormat.PortableText)
            for s in action.shortcuts()
            if not s.isEmpty() and s[0].key().value < Qt.Key.Key_Back.value and s[0].key().value not in rare
        ]

    make_app()
    window = MainWindow()
    try:
        places: dict[int, str] = {}

        def walk(menu, path: str) -> None:
            for action in menu.actions():
                sub = action.menu()
                if sub is not None:
                    walk(sub, f"{path} › {plain(sub.title())}")
                elif not action.isSeparator():
                    places.setdefault(id(action), path)

        for top in window.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu(), plain(top.menu().title()))
        order = {key: n for n, key in enumerate(places)}
        actions = sorted(window.actions_.all.values(), key=lambda a: order.get(id(a), len(order)))
        return [[places.get(id(a), "(no menu)"), plain(a.text()), keys(a)] for a in actions]
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


def scheme_rows() -> dict[str, list[list]]:
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


def table(by_scheme: dict[str, list[list]]) -> str:
    names = [name for name, _ in SCHEMES]
    first = by_scheme[names[0]]
    keyed = {name: {(m, c): k for m, c, k in rows} for name, rows in by_scheme.items()}
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
    clashes = []
    for name in names:
        seen: dict[str, list[str]] = {}
        for _menu, command, keys in by_scheme[name]:
            for key in keys:
                seen.setdefault(key, []).append(command)
        clashes += [
            f"- {name}: `{k}` is bound to {' and '.join(c)}, so neither runs"
            for k, c in seen.items()
            if len(c) > 1
        ]
    if clashes:
        lines += ["", "Keys bound to two commands (a bug; Qt runs neither):", "", *clashes]
    return "\n".join([*lines, "", END])


def with_table(guide: str, block: str) -> str:
    start, end = guide.find(BEGIN), guide.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{GUIDE}: the shortcut markers are missing ({BEGIN!r} ... {END!r})")
    return guide[:start] + block + guide[end + len(END) :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed table is stale")
    parser.add_argument("--print", action="store_true", help="print the table instead of writing it")
    parser.add_argument("--rows", metavar="PLATFORM", help=argparse.SUPPRESS)  # one scheme, as JSON
    args = parser.parse_args(argv)
    if args.rows:
        print(json.dumps(read_rows(args.rows)))
        return 0
    block = table(scheme_rows())
    if args.print:
        print(block)
        return 0
    text = GUIDE.read_text(encoding="utf-8")
    updated = with_table(text, block)
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
