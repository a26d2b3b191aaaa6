"""Starting the editor: ``run(path)`` makes the QApplication, opens the window
(and the map, if given), offers back autosaved work, and runs the event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from . import translations
from .fonts import load_fonts

APP_NAME = "JourneyDesk"
ORG_NAME = "JourneyDesk"
ORG_DOMAIN = "journeydesk.app"


def app_icon() -> QIcon:
    """The window icon, drawn (no image files to ship): three stage columns and a
    journey curve with a friction dot, in the map's colours."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 64.0
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#2E4057"))
        p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
        p.setBrush(QColor(255, 255, 255, 40))
        for i in range(3):
            p.drawRoundedRect(QRectF((9 + i * 16) * s, 10 * s, 14 * s, 44 * s), 3 * s, 3 * s)
        path = QPainterPath(QPointF(10 * s, 40 * s))
        path.cubicTo(QPointF(22 * s, 14 * s), QPointF(34 * s, 52 * s), QPointF(54 * s, 20 * s))
        p.setPen(QPen(QColor("#F2A541"), max(1.5, 4.5 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#E4572E"))
        p.drawEllipse(QPointF(31 * s, 33 * s), 5 * s, 5 * s)
        p.end()
        icon.addPixmap(pm)
    return icon


def make_app(argv: list[str] | None = None) -> QApplication:
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
    translations.install(app)
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


def run(path: str | None) -> int:
    app = make_app()
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
