"""The host: a pycrdt-websocket room served over WebSockets, behind the guard.

``LiveHost`` runs in an asyncio loop (its own thread in the app, the main loop in
``journeydesk serve``). pycrdt-websocket's ``WebsocketServer`` and ``YRoom`` do
the Yjs sync and relay presence; the ``websockets`` library carries the frames
(it refuses frames over ``max_message`` itself, with close code 1009). Before the
upgrade the host checks the path and the token in the query string
(``/journeydesk?token=...``): wrong tokens get 401, and an address that keeps
guessing gets 429 for a minute. Each connection's messages pass the ``Guard``.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

from pycrdt import Doc, create_awareness_message
from pycrdt.websocket import WebsocketServer, YRoom, exception_logger
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from .guard import CLOSE_ENDED, CLOSE_REMOVED, MAX_MESSAGE, Guard, Refused, UpdateChecker

log = logging.getLogger("journeydesk.live")

PATH, ROOM = "/journeydesk", "map"
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L
MAX_FAILURES, FAILURE_WINDOW = 10, 60.0


def new_code(length: int = 8) -> str:
    """A join code people can read out and type: 8 characters, ~40 bits."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def pretty_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code


def normal_code(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


@dataclass
class Participant:
    """One open connection."""

    address: str
    role: str
    pid: str
    name: str
    since: float = field(default_factory=time.time)
    client_id: int | None = None


class _Channel:
    """A websockets connection as pycrdt's ``Channel``, every inbound message
    checked by the guard first."""

    def __init__(
        self, connection: ServerConnection, guard: Guard, who: str, on_sync: Callable[[bool], None]
    ) -> None:
        self.connection, self.guard, self.who, self.on_sync = connection, guard, who, on_sync
        self.refusal: Refused | None = None

    @property
    def path(self) -> str:
        return ROOM

    def __aiter__(self):
        return self

    async def __anext__(self) -> bytes:
        return await self.recv()

    async def send(self, message: bytes) -> None:
        try:
            await self.connection.send(message)
        except ConnectionClosed:
            pass

    async def recv(self) -> bytes:
        try:
            message = await self.connection.recv()
        except ConnectionClosed as exc:
            if exc.rcvd is None and exc.sent is not None and exc.sent.code == 1009:
                log.warning("refused a message from %s: larger than the limit", self.who)
            raise StopAsyncIteration from None
        try:
            self.guard.check(message)
        except Refused as refusal:
            self.refusal = refusal
            log.warning("refused a message from %s: %s", self.who, refusal)
            await self.connection.close(refusal.code, str(refusal)[:120])
            raise StopAsyncIteration from None
        if len(message) > 1 and message[0] == 0 and message[1] != 0:
            asyncio.get_running_loop().call_soon(self.on_sync, message[1] == 1)  # after the room applied it
        return message


class LiveHost:
    """Serve ``ydoc`` to a room. ``token`` is the participants' join code; the
    host's own window connects with ``host_token`` (never read-only)."""

    def __init__(
        self,
        ydoc: Doc,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        title: str = "",
        max_message: int = MAX_MESSAGE,
    ) -> None:
        self.ydoc, self.bind_host, self.port = ydoc, host, port
        self.token = token or new_code()
        self.host_token = secrets.token_urlsafe(16)
        self.title, self.max_message = title, max_message
        self.read_only = False
        self.participants: dict[ServerConnection, Participant] = {}
        self.banned: set[str] = set()
        self.on_change: list[Callable[[], None]] = []  # participants or session state changed
        # After a participant's update reached the room; True for a whole sync (step 2).
        self.on_sync: list[Callable[[bool], None]] = []
        self._failures: dict[str, list[float]] = {}
        self._pending: dict[int, Participant] = {}
        self._server: WebsocketServer | None = None
        self._ws = None
        self._server_task: asyncio.Task | None = None

    # ------------------------------------------------------------ life
    async def start(self) -> None:
        self._server = WebsocketServer(auto_clean_rooms=False, exception_handler=exception_logger, log=log)
        self._server_task = asyncio.create_task(self._server.start())
        await self._server.started.wait()
        self.room = YRoom(ydoc=self.ydoc, ready=True, exception_handler=exception_logger, log=log)
        self._server.rooms[ROOM] = self.room
        await self._server.start_room(self.room)
        self.checker = UpdateChecker(self.ydoc)
        self._ws = await serve(
            self._serve,
            self.bind_host,
            self.port,
            max_size=self.max_message,
            compression=None,  # small updates on a LAN: deflating each one per peer costs more than it saves
            process_request=self._admit,
            ping_interval=10,
            ping_timeout=20,
            logger=log,
        )
        self.port = self._ws.sockets[0].getsockname()[1]
        self._publish_session()

    async def stop(self) -> None:
        """End the session: everyone is told, then the server stops."""
        closing = [
            asyncio.create_task(c.close(CLOSE_ENDED, "The host ended the session"))
            for c in list(self.participants)
        ]
        if closing:
            await asyncio.wait(closing, timeout=3)  # a peer that does not answer is dropped
        if self._ws is not None:
            self._ws.close()
            await self._ws.wait_closed()
        if self._server is not None:
            self.checker.close()
            await self._server.stop()
        if self._server_task is not None:
            await asyncio.wait([self._server_task], timeout=5)

    def url(self, address: str | None = None, token: str | None = None) -> str:
        address = address or self.bind_host
        if ":" in address and not address.startswith("["):
            address = f"[{address}]"
        return f"ws://{address}:{self.port}{PATH}?token={token or self.token}"

    # ------------------------------------------------------------ the session
    def _publish_session(self) -> None:
        self.room.awareness.set_local_state({"session": {"title": self.title, "read_only": self.read_only}})

    def set_read_only(self, on: bool) -> None:
        self.read_only = bool(on)
        self._publish_session()
        self._changed()

    def set_title(self, title: str) -> None:
        if title != self.title:
            self.title = title
            self._publish_session()

    async def remove(self, pid: str) -> bool:
        """Close a participant's connection and refuse their id from now on."""
        self.banned.add(pid)
        found = False
        for connection, p in list(self.participants.items()):
            if p.pid == pid and p.role != "host":
                found = True
                await connection.close(CLOSE_REMOVED, "The host removed you from the session")
        return found

    def _changed(self) -> None:
        for callback in tuple(self.on_change):
            try:
                callback()
            except Exception:
                log.exception("session listener failed")

    # ------------------------------------------------------------ connections
    def _admit(self, connection: ServerConnection, request):
        """Before the upgrade: the right path, the right token, not banned."""
        address = str(connection.remote_address[0]) if connection.remote_address else "?"
        parts = urlsplit(request.path)
        query = parse_qs(parts.query)
        now = time.monotonic()
        recent = [t for t in self._failures.get(address, ()) if now - t < FAILURE_WINDOW]
        self._failures[address] = recent
        if len(recent) >= MAX_FAILURES:
            return connection.respond(
                HTTPStatus.TOO_MANY_REQUESTS, "Too many wrong join codes; wait a minute\n"
            )
        if parts.path != PATH:
            return connection.respond(HTTPStatus.NOT_FOUND, "Not a JourneyDesk session\n")
        token = (query.get("token") or [""])[0]
        if hmac.compare_digest(token.encode(), self.host_token.encode()):
            role = "host"
        elif hmac.compare_digest(normal_code(token).encode(), self.token.encode()):
            role = "participant"
        else:
            recent.append(now)
            log.warning("refused %s: wrong join code", address)
            return connection.respond(HTTPStatus.UNAUTHORIZED, "Wrong join code\n")
        pid = (query.get("pid") or [""])[0][:40]
        if pid and pid in self.banned:
            return connection.respond(HTTPStatus.FORBIDDEN, "The host removed you from this session\n")
        name = (query.get("name") or [""])[0][:80]
        self._pending[id(connection)] = Participant(address, role, pid, name)
        return None

    async def _serve(self, connection: ServerConnection) -> None:
        person = self._pending.pop(id(connection), None)
        if person is None:
            return
        who = f"{person.name or 'someone'} at {person.address}"
        guard = Guard(self.checker, person.role, lambda: self.read_only)
        channel = _Channel(connection, guard, who, self._synced)
        self.participants[connection] = person
        log.info("%s joined (%s)", who, person.role)
        self._changed()
        try:
            states = list(self.room.awareness.states)
            if states:
                await channel.send(
                    create_awareness_message(self.room.awareness.encode_awareness_update(states))
                )
            await self._server.serve(channel)
        finally:
            self.participants.pop(connection, None)
            self._forget(guard.client_id)
            log.info("%s left", who)
            self._changed()

    def _synced(self, full: bool) -> None:
        for callback in tuple(self.on_sync):
            callback(full)

    def _forget(self, client_id: int | None) -> None:
        """Drop a departed client's presence and tell the others at once."""
        awareness = self.room.awareness
        if client_id is None or client_id not in awareness.states:
            return
        awareness.remove_awareness_states([client_id], "gone")
        message = create_awareness_message(awareness.encode_awareness_update([client_id]))
        for connection in list(self.participants):
            asyncio.ensure_future(_quiet_send(connection, message))


async def _quiet_send(connection: ServerConnection, message: bytes) -> None:
    try:
        await connection.send(message)
    except ConnectionClosed:
        pass
