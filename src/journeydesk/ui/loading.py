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
import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from .. import io
from ..io.load import LoadCancelled
from ..model import JourneyDocument

BACKGROUND_BYTES = 2 * 1024 * 1024


class _Relay(QObject):
    """Carries the worker's progress to the UI thread: it lives there, so the
    signals the worker emits reach its slots queued, on the UI thread."""

    progress = Signal(float, str)
    finished = Signal()

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog, self.loop = dialog, loop
        self.progress.connect(self.show_progress)
        self.finished.connect(self.done)

    @Slot(float, str)
    def show_progress(self, fraction: float, what: str) -> None:
        self.dialog.setValue(int(fraction * 100))
        self.dialog.setLabelText(what)

    @Slot()
    def done(self) -> None:
        self.loop.quit()


def load_map(parent: QWidget | None, path: str) -> JourneyDocument | None:
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    if size < BACKGROUND_BYTES:
        return io.load(path)
    return _load_in_background(parent, path)


def _load_in_background(parent: QWidget | None, path: str) -> JourneyDocument | None:
    cancelled = threading.Event()
    result: dict[str, object] = {}

    def report(fraction: float, what: str) -> bool:
        relay.progress.emit(fraction, what)
        return not cancelled.is_set()

    def work() -> None:
        try:
            result["doc"] = io.load(path, progress=report)
        except LoadCancelled:
            result["cancelled"] = True
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread and raised there
            result["error"] = exc
        finally:
            relay.finished.emit()

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
    loop = QEventLoop()
    relay = _Relay(dialog, loop)
    dialog.canceled.connect(cancelled.set)
    dialog.canceled.connect(loop.quit)
    thread = threading.Thread(target=work, name="journeydesk-load", daemon=True)
    dialog.show()
    thread.start()
    if os.environ.get("JOURNEYDESK_TEST_CANCEL_LOAD"):  # tests: press Cancel once it runs
        QTimer.singleShot(50, lambda: dialog.findChild(QPushButton).click())
    loop.exec()
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
