"""Starting the editor: ``run(path)`` makes the QApplication, opens the window
(and the map, if given), offers back autosaved work, and runs the event loop."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ..cli.desktop import APP_ID
from . import translations
from .fonts import load_fonts
from .icon import app_icon

APP_NAME = "JourneyDesk"
ORG_NAME = "JourneyDesk"
ORG_DOMAIN = "journeydesk.app"


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    from .. import __version__

    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    translations.install(app, language)
    # Wayland and the desktop's dock match windows to the menu entry by this name.
    app.setDesktopFileName(APP_ID)
    load_fonts()  # the shipped typeface, before anything measures text
    return app


def offer_recovery(window) -> int:
    """Offer back maps autosaved by a JourneyDesk that did not close cleanly."""
    from ..io.recovery import remove_ended_session_locks
    from . import dialogs
    from .autosave import folder, orphans, session

    recovered = 0
    for snap in orphans():
        answer = dialogs.ask_recover(window, snap.title, snap.when(), snap.original)
        if answer == "recover":
            target = window if window.is_pristine else window.new_window()
            if target.recover(snap):
                recovered += 1
        elif answer == "discard":
            snap.discard()
    remove_ended_session_locks(folder(), {session().token})
    return recovered


TEST_SCRIPT_VARIABLE = "JOURNEYDESK_TEST_SCRIPT"


def run_test_script(window) -> None:
    """Tests only: run the Python file named by $JOURNEYDESK_TEST_SCRIPT inside
    the running app (``window`` and ``app`` in its namespace), e.g. to edit a map
    and answer dialogs before the test kills the process."""
    import os

    script = os.environ.get(TEST_SCRIPT_VARIABLE)
    if not script:
        return
    with open(script, encoding="utf-8") as fh:
        code = compile(fh.read(), script, "exec")
    exec(code, {"window": window, "app": QApplication.instance(), "__name__": "__journeydesk_test__"})  # noqa: S102


def run(path: str | None, language: str | None = None) -> int:
    app = make_app(language=language)
    from .clipboard import release_clipboard_at_exit
    from .main_window import MainWindow

    app.aboutToQuit.connect(release_clipboard_at_exit)  # before the app and Python go
    window = MainWindow()
    window.setWindowIcon(app.windowIcon())
    window.show()
    run_test_script(window)  # tests: may answer the recovery question before it is asked
    offer_recovery(window)
    if path:
        if window.is_pristine:
            window.load_path(path)
        else:
            window.new_window().load_path(path)
    if hasattr(window, "after_start"):  # set by a test script
        window.after_start()
    return app.exec()
