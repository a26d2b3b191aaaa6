"""A headless host session: a map file served to a room, saved as people edit.

Used by ``journeydesk serve`` (a room server, a Raspberry Pi). The map is the
file's document, bound to the room's CRDT; participants' edits reach it through
the binding, and it is saved through ``io.save`` (atomic) a moment after the
edits stop (at most ``save_within`` seconds after the first unsaved one), and
once more when the session ends.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from concurrent.futures import ThreadPoolExecutor

from pycrdt import Doc

from .. import io
from ..model import JourneyDocument
from ..model.document import now_iso
from .binding import Binding
from .host import LiveHost

log = logging.getLogger("journeydesk.live")


def lan_address() -> str:
    """This machine's address on the local network, as others would dial it.
    (A UDP socket's connect() sends nothing: it only picks the route.)"""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


class HostedMap:
    """Serve ``doc`` (from ``path``) and keep ``path`` up to date."""

    def __init__(
        self,
        doc: JourneyDocument,
        path: str | os.PathLike[str] | None,
        *,
        host: str = "0.0.0.0",
        port: int = 0,
        code: str | None = None,
        save_after: float = 2.0,
        save_within: float = 10.0,
    ) -> None:
        self.doc, self.path = doc, path
        self.ydoc = Doc()
        self.binding = Binding(doc, self.ydoc, populate=True)
        self.host = LiveHost(self.ydoc, host=host, port=port, token=code, title=doc.meta["title"])
        self.host.on_sync.append(self._synced)
        self.binding.on_remote.append(self._edited)
        self.save_after, self.save_within = save_after, save_within
        self.saves = 0
        self._dirty_since: float | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        # Saves are written (and fsynced) on one worker thread, in order, so a slow
        # disk never holds up the room; the text is made on the loop's thread.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journeydesk-save")
        self._final = False

    def join_url(self) -> str:
        address = self.host.bind_host
        if address in ("", "0.0.0.0", "::"):
            address = lan_address()
        return self.host.url(address)

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        await self.host.start()

    async def stop(self) -> None:
        await self.host.stop()
        self._final = True
        self._writer.shutdown(wait=True)  # writes in flight land first, in order
        self.save_now()
        self.binding.close()

    def _synced(self, full: bool) -> None:
        if full:
            self.binding.stale = True
        self.binding.catch_up()

    def _edited(self) -> None:
        self.host.set_title(self.doc.meta["title"])
        if self.path is None or self._loop is None:
            return
        now = self._loop.time()
        if self._dirty_since is None:
            self._dirty_since = now
        if self._timer is not None:
            self._timer.cancel()
        delay = min(self.save_after, max(0.0, self._dirty_since + self.save_within - now))
        self._timer = self._loop.call_later(delay, self.save_now)

    def save_now(self) -> bool:
        """Save if anything changed since the last save; False if it failed."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._dirty_since is None or self.path is None:
            return True
        self._dirty_since = None
        with self.binding.step():
            self.doc.set_meta(modified=now_iso())
        data = io.dumps(self.doc).encode("utf-8")
        if self._final or self._loop is None:
            return self._write(data)
        self._writer.submit(self._write, data)
        return True

    def _write(self, data: bytes) -> bool:
        try:
            io.write_atomic(self.path, data)
        except io.SaveError as exc:
            log.error("%s", exc)
            return False
        self.saves += 1
        log.info("saved %s", self.path)
        return True
