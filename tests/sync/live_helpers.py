"""Helpers for tests that run a host and headless clients on 127.0.0.1."""

from __future__ import annotations

import asyncio
import time
from typing import Self

from pycrdt import Doc

from journeydesk.model import JourneyDocument
from journeydesk.sync import Binding
from journeydesk.sync.client import Connection, LiveClient
from journeydesk.sync.host import LiveHost


def run(coro, timeout: float = 30.0):
    """Run a test's coroutine, bounded in time."""
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def until(condition, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


class Room:
    """A host serving ``doc`` and the clients that joined it."""

    def __init__(self, doc: JourneyDocument, **host_options) -> None:
        self.doc = doc
        self.ydoc = Doc()
        self.binding = Binding(doc, self.ydoc, populate=True)
        self.host = LiveHost(self.ydoc, host="127.0.0.1", port=0, title=doc.meta["title"], **host_options)
        self.host.on_sync.append(self._synced)
        self.clients: list[tuple[LiveClient, Connection, asyncio.Task]] = []

    def _synced(self, full: bool) -> None:
        if full:
            self.binding.stale = True
        self.binding.catch_up()

    async def __aenter__(self) -> Self:
        await self.host.start()
        return self

    async def __aexit__(self, *exc) -> None:
        for _client, connection, task in self.clients:
            await connection.close()
            task.cancel()
        await self.host.stop()

    async def join(
        self, name: str = "P", url: str | None = None, wait: bool = True
    ) -> tuple[LiveClient, Connection]:
        client = LiveClient(name=name)
        connection = Connection(client, url or self.host.url())
        task = asyncio.create_task(connection.run())
        self.clients.append((client, connection, task))
        if wait:
            await until(lambda: client.doc is not None, what=f"{name} to join")
        return client, connection
