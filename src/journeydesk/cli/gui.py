"""Starting the editor from the command line; Qt is imported only here.

Qt aborts the whole process (no exception to catch) when it has no display or
its platform plugin lacks a system library, so check those first and say what
to do instead."""

from __future__ import annotations

import ctypes.util
import glob
import os
import sys

from ..i18n import translate

# Libraries Qt's xcb (X11) plugin needs beyond a basic X client.
_XCB_LIBS = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}


def _bundled(lib: str, bundle: str | None) -> bool:
    """A frozen build (packaging/journeydesk.spec) carries the XCB libraries of the
    machine it was built on, in its own folder, where find_library does not look."""
    return bool(bundle) and any(glob.glob(os.path.join(glob.escape(bundle), f"lib{lib}.so*")))


def display_problem(
    environ=os.environ,
    platform: str = sys.platform,
    find=ctypes.util.find_library,
    bundle: str | None = getattr(sys, "_MEIPASS", None),
) -> str | None:
    """Why the editor cannot open a window here, or None if it should work."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM", "") not in ("", "xcb"):
        return None
    if environ.get("WAYLAND_DISPLAY") and environ.get("QT_QPA_PLATFORM", "") != "xcb":
        return None
    if not environ.get("DISPLAY"):
        return translate(
            "cli",
            "no display to open a window on (DISPLAY is not set). Start JourneyDesk from a desktop "
            "session, or use the headless commands: journeydesk --help",
        )
    missing = [pkg for lib, pkg in _XCB_LIBS.items() if find(lib) is None and not _bundled(lib, bundle)]
    if missing:
        message = translate(
            "cli",
            "Qt needs system libraries that are missing; install them with: sudo apt-get install {packages}",
        )
        return message.format(packages=" ".join(missing))
    return None


def _cannot_start(problem) -> str:
    return translate("cli", "journeydesk: cannot start the editor: {problem}").format(problem=problem)


def run_app(path: str | None, language: str | None = None) -> int:
    problem = display_problem()
    if problem:
        print(_cannot_start(problem), file=sys.stderr)
        return 1
    try:
        from ..ui.app import run
    except ImportError as exc:  # e.g. Qt's own libraries missing
        print(_cannot_start(exc), file=sys.stderr)
        return 1
    return run(path, language)
