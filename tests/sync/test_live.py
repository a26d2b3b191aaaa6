"""A host and headless clients over WebSockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
import random

from journeydesk_testkit import build_sample
from live_edits import random_edit, seed_map
from live_helpers import Room, run, until

from journeydesk.io import dumps
from journeydesk.model import JourneyDocument


def test_join_gets_the_map_and_edits_flow_both_ways():
    async def main():
        async with Room(build_sample()) as room:
            a, _ = await room.join("Ana")
            b, _ = await room.join("Ben")
            assert dumps(a.doc) == dumps(room.doc)
            with a.binding.step():
                a.doc.set("tp_1", title="From Ana")
            await until(lambda: room.doc.get("tp_1")["title"] == "From Ana", what="host to see it")
            await until(lambda: b.doc.get("tp_1")["title"] == "From Ana", what="Ben to see it")
            with room.binding.step():
                room.doc.add_touchpoint("From host", "st_1", "la_1", id="tp_h")
            await until(lambda: "tp_h" in a.doc and "tp_h" in b.doc, what="host's card")
            assert dumps(a.doc) == dumps(b.doc) == dumps(room.doc)

    run(main())


def test_random_edits_from_several_clients_converge():
    async def main():
        doc = JourneyDocument("Room")
        seed_map(doc)
        async with Room(doc) as room:
            clients = [(await room.join(f"P{i}"))[0] for i in range(4)]
            rng = random.Random(3)
            for _ in range(200):
                c = rng.choice(clients)
                with c.binding.step():
                    random_edit(c.doc, rng, c.name)
                if rng.random() < 0.2:
                    await asyncio.sleep(0)
            want = lambda: {dumps(c.doc) for c in clients} | {dumps(room.doc)}
            await until(lambda: len(want()) == 1, timeout=20, what="everyone to agree")

    run(main())


def test_presence_names_and_selection_reach_the_others():
    async def main():
        async with Room(build_sample()) as room:
            a, _ = await room.join("Ana")
            b, _ = await room.join("Ben")
            a.set_presence(selection=["tp_1"], editing="tp_1")
            await until(
                lambda: any(p.name == "Ana" and p.selection == ("tp_1",) for p in b.people()), what="Ana"
            )
            ana = next(p for p in b.people() if p.name == "Ana")
            assert ana.editing == "tp_1" and ana.colour.startswith("#")
            assert b.session()["title"] == "Sample"

    run(main())


def test_offline_edits_merge_on_reconnect():
    async def main():
        async with Room(build_sample()) as room:
            a, conn = await room.join("Ana")
            b, _ = await room.join("Ben")
            conn.go_offline()
            await until(lambda: not a.online, what="Ana offline")
            for i in range(50):
                with a.binding.step():
                    a.doc.add_touchpoint(f"Offline {i}", "st_2", "la_2", id=f"tp_off{i}")
            with b.binding.step():
                b.doc.set("tp_1", title="Ben meanwhile")
            await until(lambda: room.doc.get("tp_1")["title"] == "Ben meanwhile", what="Ben's edit")
            assert "tp_off0" not in room.doc
            conn.go_offline(False)
            await until(lambda: all(f"tp_off{i}" in b.doc for i in range(50)), what="the offline edits")
            await until(lambda: a.doc.get("tp_1")["title"] == "Ben meanwhile", what="Ben's edit at Ana")
            await until(lambda: dumps(a.doc) == dumps(b.doc) == dumps(room.doc), what="agreement")

    run(main())
