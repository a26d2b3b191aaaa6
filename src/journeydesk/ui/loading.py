"""Loading a map off the UI thread, with a progress dialog and Cancel.

Small files (under ``BACKGROUND_BYTES``) load directly: it takes less time than a
dialog would need to appear. Bigger ones load on a worker thread while a local
event loop keeps the window painting; the window-modal progress dialog blocks
edits meanwhile, shows the steps ``io.load`` reports, and Cancel stops the load
at the next step (the current map stays as it was). ``load_map`` returns the
document, or None when cancelled, and raises ``LoadError`` as ``io.load`` does.
"""

from __future__ import annotations

import os
import queue
import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from .. import io
from ..io.load import LoadCancelled
from ..model import JourneyDocument

BACKGROUND_BYTES = 2 * 1024 * 1024
POLL_MS = 30  # how often the dialog reads the worker's progress


def load_map(parent: QWidget | None, path: str) -> JourneyDocument | None:
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    if size < BACKGROUND_BYTES:
        return io.load(path)
    return _load_in_background(parent, path)


def _load_in_background(parent: QWidget | None, path: str) -> JourneyDocument | None:
    # The worker touches no Qt object: it leaves its progress in a queue that a
    # timer on the UI thread reads. A cancelled worker may outlive this call (it
    # stops at its next step); with nothing of Qt's in its hands it cannot reach
    # a dialog or a relay that is already gone.
    cancelled = threading.Event()
    steps: queue.SimpleQueue[tuple[float, str]] = queue.SimpleQueue()
    result: dict[str, object] = {}

    def report(fraction: float, what: str) -> bool:
        steps.put((fraction, what))
        return not cancelled.is_set()

    def work() -> None:
        try:
            result["doc"] = io.load(path, progress=report)
        except LoadCancelled:
            result["cancelled"] = True
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread and raised there
            result["error"] = exc

    dialog = _progress_dialog(parent, path)
    loop = QEventLoop()
    thread = threading.Thread(target=work, name="journeydesk-load", daemon=True)

    def poll() -> None:
        while not steps.empty():
            fraction, what = steps.get()
            dialog.setValue(int(fraction * 100))
            dialog.setLabelText(what)
        if not thread.is_alive():
            loop.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    dialog.canceled.connect(cancelled.set)
    dialog.canceled.connect(loop.quit)
    dialog.show()
    thread.start()
    timer.start()
    if os.environ.get("JOURNEYDESK_TEST_CANCEL_LOAD"):  # tests: press Cancel once it runs
        QTimer.singleShot(50, lambda: dialog.findChild(QPushButton).click())
    loop.exec()
    timer.stop()
    was_cancelled = cancelled.is_set()
    dialog.canceled.disconnect()  # closing a QProgressDialog emits canceled
    dialog.close()
    dialog.deleteLater()
    if was_cancelled:
        return None  # the worker stops at its next step; its result is dropped
    thread.join()
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result.get("doc")  # type: ignore[return-value]


def _progress_dialog(parent: QWidget | None, path: str) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setObjectName("loadProgressDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Loading", "Opening map"))
    dialog.setLabelText(
        QCoreApplication.translate("Loading", "Opening “{name}”…").format(name=os.path.basename(path))
    )
    dialog.setCancelButtonText(QCoreApplication.translate("Loading", "Cancel"))
    dialog.setRange(0, 100)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog
