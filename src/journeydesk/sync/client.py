"""A participant's side: the y-sync messages of pycrdt, sans I/O, and a WebSocket
connection that feeds them.

``LiveClient`` holds the participant's ``pycrdt.Doc``, the binding to their
document and their presence. It does no I/O: whoever carries the bytes calls
``connection_made(send)``, ``receive(message)`` and ``connection_lost()``; it
answers with pycrdt's own ``create_sync_message`` / ``handle_sync_message`` /
``create_update_message`` (what ``pycrdt.Provider`` does, but callable from the
Qt thread). Edits made while offline stay in the CRDT; on reconnecting, the
sync step exchange sends them, and the CRDT merges them with everyone else's.

``Connection`` is the I/O: one ``websockets`` client in an asyncio loop that
reconnects with back-off, and stops for good when the host removed this person,
ended the session or refused the join code.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from urllib.parse import parse_qs, quote, urlencode, urlsplit, urlunsplit

from pycrdt import (
    Awareness,
    Doc,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from ..model import JourneyDocument
from .binding import Binding
from .guard import CLOSE_ENDED, CLOSE_POLICY, CLOSE_READ_ONLY, CLOSE_REMOVED
from .presence import colour_for, local_state, new_pid, people, session_info

log = logging.getLogger("journeydesk.live")

MAX_INBOUND = 256 * 2**20  # the whole map arrives in one message when joining
RENEW_SECONDS, OUTDATED_SECONDS = 10.0, 30.0


class LiveClient:
    """One person's replica of the shared map. With ``doc``, that document is
    shared (the host's window); without, the map arrives from the host and
    ``doc`` is set once it has (``on_joined``)."""

    def __init__(
        self,
        doc: JourneyDocument | None = None,
        *,
        name: str = "",
        colour: str | None = None,
        pid: str | None = None,
        role: str = "participant",
    ) -> None:
        self.doc = doc
        self.name, self.role = name, role
        self.pid = pid or new_pid()
        self.colour = colour or colour_for(name or self.pid)
        self.synced = False
        self.online = False
        self.on_joined: list[Callable[[JourneyDocument], None]] = []
        self.on_presence: list[Callable[[], None]] = []
        self.on_remote: list[Callable[[], None]] = []
        self.on_synced: list[Callable[[], None]] = []
        self._send: Callable[[bytes], None] | None = None
        self._receiving = False
        self._echoes: set[bytes] = set()  # updates we sent, which the room relays back to us
        self.binding: Binding | None = None
        self._new_replica()
        if doc is not None:
            self._bind(Binding(doc, self.ydoc, populate=True))

    def _new_replica(self) -> None:
        self.ydoc = Doc()
        self.ydoc.observe(self._outgoing)
        self.awareness = Awareness(self.ydoc)
        self.awareness.set_local_state(local_state(self.name, self.colour, self.pid, self.role))
        self.awareness.observe(self._presence_changed)
        self._renewed = time.monotonic()

    def _bind(self, binding: Binding) -> None:
        self.binding = binding
        binding.on_remote.append(self._remote)

    def _remote(self) -> None:
        for callback in tuple(self.on_remote):
            callback()

    def start_over(self) -> None:
        """Forget the local replica (the host refused it): the next sync brings the
        host's map, and the document follows it. Unsent edits are dropped."""
        if self.binding is not None:
            self.binding.close()
            self.binding = None
        self._new_replica()
        self.synced = False

    def close(self) -> None:
        if self.binding is not None:
            self.binding.close()

    # ------------------------------------------------------------ transport events
    def connection_made(self, send: Callable[[bytes], None]) -> None:
        self._send, self.online = send, True
        send(create_sync_message(self.ydoc))
        self._send_presence()

    def connection_lost(self) -> None:
        self._send, self.online = None, False
        for callback in tuple(self.on_presence):
            callback()

    def receive(self, message: bytes) -> None:
        """One message from the host."""
        if not message:
            return
        if message[0] == YMessageType.SYNC and len(message) > 1:
            self._receive_sync(message)
        elif message[0] == YMessageType.AWARENESS:
            try:
                self.awareness.apply_awareness_update(read_message(message[1:]), "remote")
            except Exception:  # noqa: BLE001 - a bad presence message is only dropped
                log.warning("dropped a malformed presence message")

    def _receive_sync(self, message: bytes) -> None:
        step = message[1]
        if step == YSyncMessageType.SYNC_UPDATE and message in self._echoes:
            self._echoes.discard(message)  # the room sends our own updates back: nothing new
            return
        self._receiving = True
        try:
            reply = handle_sync_message(message[1:], self.ydoc)
        except Exception:  # noqa: BLE001
            log.warning("dropped a malformed sync message")
            return
        finally:
            self._receiving = False
        if reply is not None and self._send is not None:
            self._send(reply)
        if step == YSyncMessageType.SYNC_STEP2:
            self._after_full_sync()
        elif self.binding is not None:
            self.binding.catch_up()

    def _after_full_sync(self) -> None:
        first = not self.synced
        self.synced = True
        if self.binding is None:
            if self.doc is None:
                self.doc = JourneyDocument()
                self._bind(Binding(self.doc, self.ydoc))
                for callback in tuple(self.on_joined):
                    callback(self.doc)
            else:  # starting over: the document follows the host's map
                self._bind(Binding(self.doc, self.ydoc))
                self._remote()
        else:
            self.binding.stale = True
            self.binding.catch_up()
        if first:
            for callback in tuple(self.on_synced):
                callback()

    def _outgoing(self, event) -> None:
        if not self._receiving and self._send is not None:
            message = create_update_message(event.update)
            if len(self._echoes) > 256:
                self._echoes.clear()
            self._echoes.add(message)
            self._send(message)

    # ------------------------------------------------------------ presence
    def set_presence(self, **fields) -> None:
        """Share ``selection`` (ids) and ``editing`` (an id or None)."""
        state = dict(self.awareness.get_local_state() or {})
        if all(state.get(k) == v for k, v in fields.items()):
            return
        state.update(fields)
        self.awareness.set_local_state(state)

    def _presence_changed(self, topic: str, changes) -> None:
        if topic == "update" and changes[1] == "local":
            self._send_presence()
        if topic == "change":
            for callback in tuple(self.on_presence):
                callback()

    def _send_presence(self) -> None:
        if self._send is not None:
            update = self.awareness.encode_awareness_update([self.awareness.client_id])
            self._send(create_awareness_message(update))

    def tick(self) -> None:
        """Call every few seconds: renews this person's presence and drops people
        not heard from for 30 s (pycrdt's Awareness does this in its own task)."""
        now = time.monotonic()
        if now - self._renewed >= RENEW_SECONDS:
            self._renewed = now
            self.awareness.set_local_state(self.awareness.get_local_state())
        wall = time.time() * 1000
        gone = [
            cid
            for cid, meta in self.awareness.meta.items()
            if cid != self.awareness.client_id
            and cid in self.awareness.states
            and wall - meta["lastUpdated"] > OUTDATED_SECONDS * 1000
        ]
        if gone:
            self.awareness.remove_awareness_states(gone, "timeout")

    def people(self):
        return people(self.awareness.states)

    def session(self) -> dict:
        return session_info(self.awareness.states)

    @property
    def read_only(self) -> bool:
        return bool(self.session().get("read_only")) and self.role != "host"


def join_url(url: str, *, name: str = "", pid: str = "") -> str:
    """``url`` with the participant's name and id in the query (the host lists them)."""
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    if name:
        query["name"] = name
    if pid:
        query["pid"] = pid
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


FINAL = {CLOSE_REMOVED: "removed", CLOSE_ENDED: "ended"}


class Connection:
    """Carry one ``LiveClient``'s messages over a WebSocket, reconnecting.

    ``deliver(fn, *args)`` runs a client call where the client lives (directly for
    a headless client; on the Qt thread for the app). ``status`` is "connecting",
    "online", "offline", or a final "removed", "ended", "refused", "closed"."""

    def __init__(self, client: LiveClient, url: str, *, deliver=None, on_status=None) -> None:
        self.client, self.url = client, url
        self.deliver = deliver or (lambda fn, *args: fn(*args))
        self.on_status = on_status or (lambda status, detail: None)
        self.status = "connecting"
        self.detail = ""
        self._ws = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop = False
        self._offline = False  # tests: pretend the network is down

    def _set(self, status: str, detail: str = "") -> None:
        self.status, self.detail = status, detail
        self.on_status(status, detail)

    def send(self, message: bytes) -> None:
        """Send from any thread; dropped while offline (the next sync sends it)."""
        loop, ws = self._loop, self._ws
        if loop is None or ws is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(lambda: asyncio.ensure_future(self._send(ws, message)))
        except RuntimeError:
            pass

    async def _send(self, ws, message: bytes) -> None:
        try:
            await ws.send(message)
        except ConnectionClosed:
            pass

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        delay = 0.2
        url = join_url(self.url, name=self.client.name, pid=self.client.pid)
        while not self._stop:
            if self._offline:
                await asyncio.sleep(0.05)
                continue
            try:
                async with connect(
                    url, max_size=MAX_INBOUND, proxy=None, open_timeout=5, ping_interval=10
                ) as ws:
                    self._ws = ws
                    delay = 0.2
                    self.deliver(self.client.connection_made, self.send)
                    self._set("online")
                    async for message in ws:
                        if isinstance(message, bytes):
                            self.deliver(self.client.receive, message)
                        if self._offline:
                            await ws.close()
                    code = ws.close_code
            except InvalidStatus as exc:
                self._set(
                    "refused",
                    f"{exc.response.status_code} {exc.response.body.decode(errors='replace').strip()}",
                )
                return
            except (OSError, ConnectionClosed, TimeoutError) as exc:
                code = getattr(getattr(exc, "rcvd", None), "code", None)
            finally:
                self._ws = None
            self.deliver(self.client.connection_lost)
            if self._stop:
                break
            if code in FINAL:
                self._set(FINAL[code])
                return
            if code in (CLOSE_READ_ONLY, CLOSE_POLICY):
                self.deliver(self.client.start_over)
            self._set("offline")
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
        self._set("closed")

    async def close(self) -> None:
        self._stop = True
        ws = self._ws
        if ws is not None:
            await ws.close()

    def go_offline(self, offline: bool = True) -> None:
        """Tests and the benchmark: drop the connection and stay away (or come back)."""
        self._offline = offline
        ws, loop = self._ws, self._loop
        if offline and ws is not None and loop is not None:
            loop.call_soon_threadsafe(lambda: asyncio.ensure_future(ws.close()))
