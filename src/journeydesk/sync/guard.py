"""What the host checks in every message before it reaches the room.

A participant's laptop is trusted with the join code, not with the host's
memory: every message is checked for size, framing and content, and a refused
message closes that one connection (logged with the peer's address and why),
never the host. Updates are tried on a twin of the room's document first: an
update that does not decode, adds a root the map does not use, or leaves an item
no JourneyDesk peer would write (an unknown kind, a field that fails the model's
checks, a malformed place) is refused before the room sees it, so the shared map
stays valid. In a read-only session, any update from a participant that changes
something is refused (code 4001: the client then starts again from the host's
copy). Awareness (presence) messages must carry only the sender's own state, in
the shape ``presence`` writes.

Limits of the check: it sees what yrs reports, and yrs raises no event for some
changes it integrates from its queue of updates that arrived before what they
build on (see ``binding``); such a change is not checked here. Every peer reads
the map forgivingly anyway (``layout``), so it cannot break one, only show a
field's default. Byte strings that yrs reads as an update changing nothing are
let through: they cannot be told from an honest repeat.
"""

from __future__ import annotations

import json
import logging

from pycrdt import Doc, Map

from ..model import vocabulary as V
from .binding import copy_doc
from .layout import META_DEFAULTS, ROOT_ITEMS, ROOT_META, ROOTS, decode, read_meta, strict_problem
from .presence import state_problem

log = logging.getLogger(__name__)

MAX_MESSAGE = 8 * 2**20  # bytes in one message from a participant
MAX_ITEMS = 8 * V.MAX_ITEMS
CLOSE_POLICY, CLOSE_READ_ONLY, CLOSE_REMOVED, CLOSE_ENDED = 1008, 4001, 4003, 1001
SYNC, AWARENESS = 0, 1
STEP1, STEP2, UPDATE = 0, 1, 2


class Refused(Exception):
    """A message the host will not take; ``code`` is the WebSocket close code."""

    def __init__(self, reason: str, code: int = CLOSE_POLICY) -> None:
        super().__init__(reason)
        self.code = code


def _varuint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if i >= len(data) or shift > 63:
            raise Refused("a length runs past the end of the message")
        byte = data[i]
        value |= (byte & 127) << shift
        shift += 7
        i += 1
        if byte < 128:
            return value, i


def payload(message: bytes, start: int) -> bytes:
    """The one length-prefixed payload at ``start``, which must end the message."""
    length, i = _varuint(message, start)
    if i + length != len(message):
        raise Refused("the message's length prefix does not match its size")
    return message[i:]


class UpdateChecker:
    """A twin of the room's document on which updates are tried first."""

    def __init__(self, room_doc: Doc) -> None:
        self.room_doc = room_doc
        self._twin = copy_doc(room_doc)
        self._sub = room_doc.observe(self._follow)

    def _follow(self, event) -> None:
        try:
            self._twin.apply_update(event.update)
        except Exception:
            log.exception("the update checker lost track of the room")

    def close(self) -> None:
        self.room_doc.unobserve(self._sub)

    def check(self, update: bytes, *, may_edit: bool) -> None:
        """Raise ``Refused`` unless the room may apply ``update``."""
        twin = self._twin
        items = twin.get(ROOT_ITEMS, type=Map)
        meta = twin.get(ROOT_META, type=Map)
        touched: set[str] = set()
        meta_touched: set[str] = set()

        def seen(events) -> None:
            for e in events:
                touched.update(e.keys if not e.path else (e.path[0],))

        subs = (items.observe_deep(seen), meta.observe(lambda e: meta_touched.update(e.keys)))
        try:
            twin.apply_update(update)
        except Exception as exc:  # noqa: BLE001 - whatever yrs says about bad bytes
            self._rebuild()
            raise Refused(f"the update does not decode ({str(exc)[:120]})") from None
        finally:
            items.unobserve(subs[0])
            meta.unobserve(subs[1])
        try:
            self._verify(twin, items, meta, touched, meta_touched, may_edit)
        except Refused:
            self._rebuild()
            raise

    @staticmethod
    def _verify(twin, items, meta, touched, meta_touched, may_edit) -> None:
        extra = set(twin.keys()) - set(ROOTS)
        if extra:
            raise Refused(f"the update adds a root {min(extra)[:40]!r} that a map does not have")
        if (touched or meta_touched) and not may_edit:
            raise Refused("the session is read-only", CLOSE_READ_ONLY)
        if len(items) > MAX_ITEMS:
            raise Refused(f"the map would hold more than {MAX_ITEMS:,} items")
        for item_id in touched:
            value = items.get(item_id)
            if value is None:
                continue  # deleted
            if not isinstance(value, Map) or len(item_id) > 100:
                raise Refused(f"item {item_id[:40]!r} is not a map of fields")
            problem = strict_problem(dict(value.items()))
            if problem:
                raise Refused(f"item {item_id[:40]!r}: {problem}")
        for key in meta_touched:
            text = meta.get(key)
            if key not in META_DEFAULTS:
                raise Refused(f"the map has no field {key[:40]!r}")
            if text is not None and read_meta({key: text})[key] != decode(text):
                raise Refused(f"map field {key!r} is not valid")

    def _rebuild(self) -> None:
        self._twin = copy_doc(self.room_doc)


class Guard:
    """The checks for one connection. ``role`` is "host" (the facilitator's own
    window, which may always edit) or "participant"."""

    def __init__(self, checker: UpdateChecker, role: str, read_only=lambda: False) -> None:
        self.checker, self.role, self.read_only = checker, role, read_only
        self.client_id: int | None = None  # bound by the first presence message

    def check(self, message) -> None:
        if not isinstance(message, bytes):
            raise Refused("text frames are not part of the protocol")
        if len(message) > MAX_MESSAGE:
            raise Refused(f"the message is larger than {MAX_MESSAGE:,} bytes")
        if len(message) < 2:
            raise Refused("the message is too short")
        kind = message[0]
        if kind == SYNC:
            step = message[1]
            if step not in (STEP1, STEP2, UPDATE):
                raise Refused(f"unknown sync step {step}")
            data = payload(message, 2)
            if step != STEP1:
                may_edit = self.role == "host" or not self.read_only()
                self.checker.check(data, may_edit=may_edit)
        elif kind == AWARENESS:
            self._check_presence(payload(message, 1))
        else:
            raise Refused(f"unknown message type {kind}")

    def _check_presence(self, update: bytes) -> None:
        count, i = _varuint(update, 0)
        if count != 1:
            raise Refused("a presence message must carry exactly the sender's own state")
        client_id, i = _varuint(update, i)
        _clock, i = _varuint(update, i)
        length, i = _varuint(update, i)
        if i + length != len(update):
            raise Refused("the presence state's length does not match")
        if self.client_id is None:
            self.client_id = client_id
        elif client_id != self.client_id:
            raise Refused("a connection may only speak for itself")
        try:
            state = json.loads(update[i:].decode("utf-8"))
        except (ValueError, RecursionError):
            raise Refused("the presence state is not JSON") from None
        problem = state_problem(state, self.role)
        if problem:
            raise Refused(f"presence: {problem}")
