"""The WebSocket work runs in an asyncio loop on a thread of its own, so the
window never waits on the network; everything that touches the map runs on the
Qt thread, posted there through a ``Mailbox``."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading

from PySide6.QtCore import QObject, Qt, Signal


class NetworkThread:
    """An asyncio event loop in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="journeydesk-live", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coro) -> concurrent.futures.Future:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def call(self, fn, *args) -> None:
        """Run a plain function in the loop's thread."""
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(fn, *args)

    def stop(self, timeout: float = 5.0) -> None:
        if self.loop.is_closed():
            return

        async def drain() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        try:
            self.submit(drain()).result(timeout)
        except (concurrent.futures.TimeoutError, RuntimeError):
            pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self.loop.close()


class Mailbox(QObject):
    """``post(fn, *args)`` from any thread runs ``fn(*args)`` on this object's
    (the Qt) thread."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self.closed = False

    def post(self, fn, *args) -> None:
        if not self.closed:
            self._posted.emit((fn, args))

    def _run(self, item) -> None:
        if not self.closed:
            fn, args = item
            fn(*args)
