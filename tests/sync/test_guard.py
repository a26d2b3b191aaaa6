"""A hostile client cannot crash the host or corrupt the map (127.0.0.1 only)."""

from __future__ import annotations

import asyncio
import logging
import os

import pytest
from journeydesk_testkit import build_sample
from live_helpers import Room, run, until
from pycrdt import Doc, Map, create_awareness_message, create_sync_message, create_update_message
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from journeydesk.io import dumps
from journeydesk.sync import copy_doc
from journeydesk.sync.layout import encode


async def raw(room, token=None, path="/journeydesk"):
    token = room.host.token if token is None else token
    url = f"ws://127.0.0.1:{room.host.port}{path}?token={token}"
    return await connect(url, proxy=None, max_size=None, open_timeout=5)


async def send_and_wait_closed(ws, *messages, wait: float = 5.0) -> int | None:
    """The close code the host answered with (None: it kept the connection open)."""

    async def drain():
        async for _ in ws:
            pass

    try:
        for m in messages:
            await ws.send(m)
        await asyncio.wait_for(drain(), wait)
    except ConnectionClosed:
        pass
    except TimeoutError:
        await ws.close()
        return None
    return ws.close_code


def crafted(room, change) -> bytes:
    """An update a modified client would send: valid Yjs, changing ``items``."""
    evil = copy_doc(room.ydoc)
    before = evil.get_state()
    with evil.transaction():
        change(evil.get("items", type=Map), evil)
    return create_update_message(evil.get_update(before))


def test_wrong_or_missing_token_is_refused_and_guessing_is_slowed():
    async def main():
        async with Room(build_sample()) as room:
            for token, path in (("WRONG", "/journeydesk"), ("", "/journeydesk"), (room.host.token, "/other")):
                with pytest.raises(InvalidStatus) as err:
                    await raw(room, token=token, path=path)
                assert err.value.response.status_code in (401, 404)
            for _ in range(10):
                with pytest.raises(InvalidStatus):
                    await raw(room, token="NOPE")
            with pytest.raises(InvalidStatus) as err:  # even the right code, for a while
                await raw(room)
            assert err.value.response.status_code == 429

    run(main())


def test_the_code_is_forgiving_about_case_and_dashes():
    async def main():
        async with Room(build_sample()) as room:
            code = room.host.token
            ws = await raw(room, token=f"{code[:4].lower()}-{code[4:]}")
            await ws.close()

    run(main())


GARBAGE = [
    b"",
    b"\x00",
    b"\x07\x01\x02",
    b"\x00\x09\x01\x00",
    b"\x00\x02\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f",  # a length far past the end
    b"\x00\x02\x05abc",  # length says 5, 3 follow
    b"\x00\x02\x04\xff\xff\xff\xff",  # framed, but not a Yjs update
    bytes(range(256)),
    b"\x01\x03\x01\x02\x03",  # presence, framed wrong
    os.urandom(5000),
]


def test_framed_bytes_that_yrs_reads_as_an_empty_update_change_nothing():
    """yrs reads some byte strings as an update that deletes nothing it has; the
    guard cannot tell them from an honest repeat, and the map stays as it was."""

    async def main():
        async with Room(build_sample()) as room:
            before = dumps(room.doc)
            ws = await raw(room)
            code = await send_and_wait_closed(ws, b"\x00\x01" + bytes([200, 1]) + bytes(range(200)), wait=1.0)
            assert code in (None, 1008)
            assert dumps(room.doc) == before and dumps(build_document_of(room)) == before

    run(main())


def build_document_of(room):
    from journeydesk.sync import build_document

    return build_document(copy_doc(room.ydoc))


@pytest.mark.parametrize("frame", GARBAGE, ids=range(len(GARBAGE)))
def test_garbage_frames_close_that_connection_only(frame, caplog):
    async def main():
        async with Room(build_sample()) as room:
            friend, _ = await room.join("Friend")
            before = dumps(room.doc)
            ws = await raw(room)
            code = await send_and_wait_closed(ws, frame)
            assert code == 1008
            assert dumps(room.doc) == before
            with friend.binding.step():  # the room still works
                friend.doc.set("tp_1", title="still fine")
            await until(lambda: room.doc.get("tp_1")["title"] == "still fine", what="the room to go on")

    with caplog.at_level(logging.WARNING, logger="journeydesk.live"):
        run(main())
    assert any("refused a message" in r.message for r in caplog.records)


def test_text_frames_and_huge_messages_are_refused(caplog):
    async def main():
        async with Room(build_sample(), max_message=64 * 1024) as room:
            ws = await raw(room)
            assert await send_and_wait_closed(ws, "hello") == 1008
            ws = await raw(room)
            assert await send_and_wait_closed(ws, b"\x00\x02" + b"\x00" * (200 * 1024)) == 1009
            assert "tp_1" in room.doc

    with caplog.at_level(logging.WARNING, logger="journeydesk.live"):
        run(main())
    assert any("larger than the limit" in r.message for r in caplog.records)


BAD_EDITS = {
    "title not text": lambda items, d: items["tp_1"].__setitem__("title", encode(123)),
    "severity out of range": lambda items, d: items["fr_1"].__setitem__("severity", encode(99)),
    "not JSON": lambda items, d: items["tp_1"].__setitem__("title", "{not json"),
    "unknown field": lambda items, d: items["tp_1"].__setitem__("owner_email", encode("x")),
    "unknown kind": lambda items, d: items.__setitem__("x1", Map({"type": encode("virus")})),
    "card without place": lambda items, d: items.__setitem__(
        "x2", Map({"type": encode("touchpoint"), "title": encode("x")})
    ),
    "item not a map": lambda items, d: items.__setitem__("x3", "just text"),
    "huge title": lambda items, d: items["tp_1"].__setitem__("title", encode("x" * 600)),
    "extra root": lambda items, d: d.get("evil", type=Map).__setitem__("a", "b"),
    "bad language": lambda items, d: d.get("meta", type=Map).__setitem__("language", encode("not a tag!")),
}


@pytest.mark.parametrize("name", list(BAD_EDITS))
def test_well_formed_updates_with_invalid_content_are_refused(name):
    async def main():
        async with Room(build_sample()) as room:
            friend, _ = await room.join("Friend")
            before = dumps(room.doc)
            ws = await raw(room)
            assert await send_and_wait_closed(ws, crafted(room, BAD_EDITS[name])) == 1008
            assert dumps(room.doc) == before
            assert dumps(friend.doc) == before
            assert "evil" not in set(room.ydoc.keys()) and "x1" not in room.binding.items
            with friend.binding.step():
                friend.doc.set("tp_2", title="after the attack")
            await until(lambda: room.doc.get("tp_2")["title"] == "after the attack", what="the room to go on")

    run(main())


def test_presence_spoofing_is_refused():
    async def main():
        async with Room(build_sample()) as room:
            from pycrdt import Awareness

            fake = Awareness(Doc())
            fake.set_local_state({"name": "Mallory", "role": "host", "session": {"read_only": False}})
            ws = await raw(room)
            update = fake.encode_awareness_update([fake.client_id])
            assert await send_and_wait_closed(ws, create_awareness_message(update)) == 1008

    run(main())


def test_read_only_refuses_participant_edits_and_the_client_starts_over():
    async def main():
        async with Room(build_sample()) as room:
            ana, _ = await room.join("Ana")
            room.host.set_read_only(True)
            await until(lambda: ana.read_only, what="Ana to hear it is read-only")
            ana.binding.read_only = False  # a client that ignores it
            with ana.binding.step():
                ana.doc.set("tp_1", title="sneaky")
            await until(lambda: ana.doc.get("tp_1")["title"] == "Ad", what="Ana's copy to start over")
            assert room.doc.get("tp_1")["title"] == "Ad"
            await until(lambda: ana.online, what="Ana back, on the host's copy")
            with ana.binding.step():
                ana.doc.set("tp_1", title="still refused")
            await until(lambda: ana.doc.get("tp_1")["title"] == "Ad", what="refused again")

    run(main())


def test_removed_participant_is_closed_and_cannot_rejoin():
    async def main():
        async with Room(build_sample()) as room:
            ana, conn = await room.join("Ana")
            await until(lambda: len(room.host.participants) == 1, what="Ana listed")
            assert await room.host.remove(ana.pid)
            await until(lambda: conn.status == "removed", what="Ana removed")
            again, conn2 = await room.join("Ana again", wait=False)
            again.pid = ana.pid
            await until(lambda: conn2.status in ("refused", "online"), what="a second try")

    run(main())


def test_valid_sync_step_1_with_garbage_state_does_not_hurt():
    async def main():
        async with Room(build_sample()) as room:
            ws = await raw(room)
            await ws.send(b"\x00\x00\x04\xff\xff\xff\xff")
            await ws.send(create_sync_message(Doc()))
            friend, _ = await room.join("Friend")
            assert dumps(friend.doc) == dumps(room.doc)
            await ws.close()

    run(main())
