"""A robot for the real app under a real X server: input through xdotool, state
read on the GUI thread.

Run as a script (``python robot.py JOURNEY MAP RESULT``) with DISPLAY set: it
starts JourneyDesk the way ``journeydesk MAP`` does (same QApplication set-up,
same MainWindow, the xcb platform), then runs the journey function in a worker
thread. The journey sends pointer and key events with xdotool, so they travel
through the X server, Qt's xcb plugin, window activation, focus and QDrag's own
event loop exactly as a user's do; it reads geometry and document state through
``Robot.gui(fn)``, which runs ``fn`` on the GUI thread (also while a QDrag's
nested event loop runs). The journey's result dict is written to RESULT as JSON.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import queue
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRectF, QTimer
from PySide6.QtWidgets import QWidget

TIMEOUT = 20.0  # seconds for any one wait


class Robot:
    """What a journey uses: ``gui`` to look, ``xdo`` / helpers to act."""

    def __init__(self, window) -> None:
        self.window = window
        self._calls: queue.Queue = queue.Queue()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._run_calls)
        self._timer.start()

    # ------------------------------------------------------------ the GUI thread
    def _run_calls(self) -> None:
        while True:
            try:
                fn, future = self._calls.get_nowait()
            except queue.Empty:
                return
            try:
                future.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed back to the journey thread
                future.set_exception(exc)

    def gui(self, fn):
        """Run ``fn()`` on the GUI thread and return its result."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._calls.put((fn, future))
        return future.result(timeout=TIMEOUT)

    def wait_for(self, predicate, what: str, timeout: float = TIMEOUT):
        """Poll ``predicate()`` on the GUI thread until it is truthy."""
        end = time.monotonic() + timeout
        while True:
            value = self.gui(predicate)
            if value:
                return value
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.02)

    def settle(self, seconds: float = 0.15) -> None:
        """Let the event loop run (the X server and Qt deliver what was sent)."""
        time.sleep(seconds)
        self.gui(lambda: None)

    # ------------------------------------------------------------ input
    @staticmethod
    def xdo(*args: str | float) -> None:
        subprocess.run(["xdotool", *map(str, args)], check=True, timeout=TIMEOUT)

    def move_to(self, p: QPoint) -> None:
        self.xdo("mousemove", p.x(), p.y())

    def glide(self, a: QPoint, b: QPoint, steps: int = 24, pause: float = 0.02) -> None:
        """Move the pointer from a to b in steps, as a hand does."""
        for i in range(1, steps + 1):
            t = i / steps
            self.xdo("mousemove", round(a.x() + (b.x() - a.x()) * t), round(a.y() + (b.y() - a.y()) * t))
            time.sleep(pause)

    def drag(self, a: QPoint, b: QPoint, steps: int = 24, during=None) -> object:
        """Press at a, glide to b, (call ``during()`` while still held), release."""
        self.move_to(a)
        self.settle(0.1)
        self.xdo("mousedown", 1)
        self.settle(0.05)
        self.glide(a, b, steps)
        self.settle(0.2)
        seen = during() if during is not None else None
        self.xdo("mouseup", 1)
        self.settle(0.3)
        return seen

    def click(self, p: QPoint, button: int = 1, repeat: int = 1) -> None:
        self.move_to(p)
        self.settle(0.05)
        if repeat > 1:
            self.xdo("click", "--repeat", repeat, "--delay", 60, button)
        else:
            self.xdo("click", button)
        self.settle()

    def key(self, *keys: str) -> None:
        self.xdo("key", "--delay", 40, *keys)
        self.settle()

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", 30, text)
        self.settle()

    # ------------------------------------------------------------ geometry
    def global_centre(self, widget: QWidget) -> QPoint:
        return self.gui(lambda: widget.mapToGlobal(widget.rect().center()))

    def scene_to_global(self, scene_point: QPointF) -> QPoint:
        """Where a scene point is on the screen, scrolling it into view (clear of
        the pinned header strips) first."""

        def at() -> QPoint:
            view = self.window.view
            view.reveal(QRectF(scene_point.x() - 40, scene_point.y() - 40, 80, 80))
            return view.viewport().mapToGlobal(view.mapFromScene(scene_point))

        return self.gui(at)

    def screenshot(self, path: str) -> None:
        self.gui(lambda: self.window.grab().save(path))


def _start_app(map_path: str | None):
    from journeydesk.ui.app import make_app
    from journeydesk.ui.main_window import MainWindow

    app = make_app([sys.argv[0]])
    window = MainWindow()
    window.show()
    if map_path:
        window.load_path(map_path)
    window.raise_()
    window.activateWindow()
    return app, window


def main(argv: list[str]) -> int:
    journey_name, map_path, result_path = argv[1], argv[2] or None, argv[3]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import journeys

    journey = getattr(journeys, journey_name)
    app, window = _start_app(map_path)
    robot = Robot(window)
    outcome: dict = {}

    def run() -> None:
        try:
            robot.wait_for(lambda: window.isActiveWindow() or window.isVisible(), "the window")
            robot.settle(0.8)  # first layout, fit, and the window manager's (none) placement
            outcome["result"] = journey(robot)
        except BaseException:  # noqa: BLE001 - reported to the test as text
            outcome["error"] = traceback.format_exc()
            shot = os.environ.get("ROBOT_SCREENSHOT")
            if shot:
                robot.screenshot(shot)
        finally:
            robot.gui(lambda: window.teardown() or app.quit())

    worker = threading.Thread(target=run, daemon=True)
    QTimer.singleShot(0, worker.start)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: (outcome.setdefault("error", "journey timed out"), app.quit()))
    watchdog.start(int(float(os.environ.get("ROBOT_TIMEOUT", "90")) * 1000))
    app.exec()
    worker.join(5)
    Path(result_path).write_text(json.dumps(outcome, default=str), encoding="utf-8")
    return 0 if "error" not in outcome else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
