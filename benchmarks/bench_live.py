"""A workshop on loopback: a host and 30 headless clients editing one map.

    python benchmarks/bench_live.py [--seconds 60] [--clients 30] [--rate 1.0]
                                    [--offline-seconds 30] [--offline-edits 50]

The host is a real ``journeydesk serve`` process on 127.0.0.1; the clients (the
same core as the app, no Qt) run in ``--workers`` processes (default one), each
making random edits (Poisson, ``--rate`` a second; 1/s is a stress test, 0.2/s
a busy workshop) for ``--seconds``. All 30 share this machine's cores with the
host, where a workshop has a laptop per person: the latency here includes every
client waiting for the other 29 on one core, which "CPU per edit received"
separates out. Client 0 drops off the network after 5 s
for ``--offline-seconds``, adds ``--offline-edits`` comments meanwhile, and
rejoins. Reported:

- convergence: once the edits stop, every client's canonical dump equals the
  host's saved map (the ``modified`` stamp aside), and every offline comment is in it;
- edit-to-visible latency: from an edit to the moment each other client's
  document shows it (a per-client marker written in the same step), p50 / p95 /
  max over all edits and receivers (goal p95 < 100 ms);
- host CPU (the serve process's user+system time over wall time) and the
  clients process's; memory per client (resident size added per client joined).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from live_edits import random_edit, seed_map

from journeydesk import save
from journeydesk.io import dumps, load
from journeydesk.model import JourneyDocument
from journeydesk.sync.client import Connection, LiveClient


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


class Worker:
    """Some of the clients, in a process of their own (laptops have their own CPUs;
    30 clients on one core would mostly measure that core's queue)."""

    def __init__(self, args, first: int, count: int, url: str) -> None:
        self.args, self.first, self.count, self.url = args, first, count, url
        self.clients: list[tuple[LiveClient, Connection, asyncio.Task]] = []
        self.latencies: list[float] = []
        self.edits = 0
        self.offline_ids: list[str] = []
        self.merge_seconds = float("nan")
        self.offline_window = (float("inf"), float("inf"))

    def _watch(self, index: int, client: LiveClient) -> None:
        def seen(change) -> None:
            if change.kind == "comment" and change.id.startswith("cm_clock_") and "text" in change.fields:
                who, _, stamp = client.doc.get(change.id)["text"].partition("@")
                if not stamp or int(who) == index:
                    return
                sent = float(stamp)
                if index == 0 and sent < self.offline_window[1] + 1.0:
                    return  # what the offline client catches up on is not latency
                self.latencies.append((time.time() - sent) * 1000)

        client.doc.subscribe(seen)

    async def join(self, index: int) -> LiveClient:
        client = LiveClient(name=f"P{index}")
        conn = Connection(client, self.url)
        self.clients.append((client, conn, asyncio.create_task(conn.run())))
        while client.doc is None:
            await asyncio.sleep(0.01)
        if f"cm_clock_{index}" not in client.doc:
            with client.binding.step():
                client.doc.add_comment(None, f"{index}@", id=f"cm_clock_{index}", author=client.name)
        self._watch(index, client)
        return client

    async def edit_loop(self, index: int, client: LiveClient, until: float) -> None:
        rng = random.Random(index)
        while True:
            await asyncio.sleep(min(rng.expovariate(self.args.rate), max(0.0, until - time.time())))
            if time.time() >= until:
                return
            if index == 0 and self.offline_window[0] <= time.time() < self.offline_window[1]:
                continue  # the offline client makes its own edits (below)
            with client.binding.step():
                random_edit(client.doc, rng, client.name)
                client.doc.set(f"cm_clock_{index}", text=f"{index}@{time.time():.6f}")
            self.edits += 1

    async def offline(self, client: LiveClient, conn: Connection) -> None:
        start, end = self.offline_window
        await asyncio.sleep(max(0.0, start - time.time()))
        conn.go_offline()
        n = self.args.offline_edits
        for i in range(n):
            await asyncio.sleep((end - start) / (n + 1))
            with client.binding.step():
                self.offline_ids.append(client.doc.add_comment(None, f"offline note {i}", id=f"cm_off_{i}"))
        await asyncio.sleep(max(0.0, end - time.time()))
        back = time.perf_counter()
        conn.go_offline(False)
        others = [c for c, _, _ in self.clients[1:]]
        while not all(all(i in c.doc for i in self.offline_ids) for c in others):
            await asyncio.sleep(0.01)
        self.merge_seconds = time.perf_counter() - back

    async def run(self, pipe) -> None:
        base = rss_mb()
        clients = [await self.join(self.first + i) for i in range(self.count)]
        per_client = (rss_mb() - base) / self.count
        pipe.send("joined")
        self.t0 = await asyncio.to_thread(pipe.recv)  # when everyone starts
        self.offline_window = (self.t0 + 5.0, self.t0 + 5.0 + self.args.offline_seconds)
        await asyncio.sleep(max(0.0, self.t0 - time.time()))
        cpu0 = time.process_time()
        until = self.t0 + self.args.seconds
        loops = [self.edit_loop(self.first + i, c, until) for i, c in enumerate(clients)]
        offline = None
        if self.first == 0 and self.args.offline_edits:
            offline = asyncio.create_task(self.offline(clients[0], self.clients[0][1]))
        await asyncio.gather(*loops)
        cpu = time.process_time() - cpu0
        if offline is not None:
            await offline
        pipe.send({"edits": self.edits, "cpu": cpu, "mb_client": per_client})
        while True:
            command = await asyncio.to_thread(pipe.recv)
            if command == "digests":
                pipe.send([canon(c.doc) for c in clients])
            else:
                break
        pipe.send(
            {
                "latencies": self.latencies,
                "offline_ids": self.offline_ids,
                "merge_s": self.merge_seconds,
            }
        )
        for _c, conn, task in self.clients:
            await conn.close()
            task.cancel()


def canon(d: JourneyDocument) -> str:
    """A map's canonical dump, its ``modified`` stamp aside."""
    data = json.loads(dumps(d))
    data["map"]["modified"] = ""
    return json.dumps(data)


def worker_main(args, first, count, url, pipe) -> None:
    asyncio.run(Worker(args, first, count, url).run(pipe))


def run(args) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="bench-live-"))
    path = folder / "workshop.journey.json"
    doc = JourneyDocument("Workshop")
    seed_map(doc)
    save(doc, path)
    host = subprocess.Popen(
        [sys.executable, "-m", "journeydesk", "serve", str(path), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=open(folder / "host.log", "w"),  # noqa: SIM115 - the host's log, kept with the map
        text=True,
    )
    ctx = multiprocessing.get_context("spawn")
    procs = []
    try:
        url = host.stdout.readline().strip()
        sizes = [
            args.clients // args.workers + (i < args.clients % args.workers) for i in range(args.workers)
        ]
        first = 0
        for size in sizes:
            mine, theirs = ctx.Pipe()
            p = ctx.Process(target=worker_main, args=(args, first, size, url, theirs), daemon=True)
            p.start()
            procs.append((p, mine))
            first += size
        for _, pipe in procs:
            assert pipe.recv() == "joined"
        t0 = time.time() + 0.5
        for _, pipe in procs:
            pipe.send(t0)
        time.sleep(0.5)
        host_cpu0 = cpu_seconds(host.pid)
        done = [pipe.recv() for _, pipe in procs]
        wall = time.time() - t0
        host_cpu = cpu_seconds(host.pid) - host_cpu0
        settle0 = time.perf_counter()
        while True:
            for _, pipe in procs:
                pipe.send("digests")
            digests = [d for _, pipe in procs for d in pipe.recv()]
            if len(set(digests)) == 1 or time.perf_counter() - settle0 > 60:
                break
            time.sleep(0.2)
        time.sleep(3)  # the host's debounced save, and its stamp reaching everyone
        settle = time.perf_counter() - settle0
        for _, pipe in procs:
            pipe.send("digests")
        digests = [d for _, pipe in procs for d in pipe.recv()]
        host.send_signal(signal.SIGTERM)
        host.wait(30)
        saved = load(path)
        want = canon(saved)
        for _, pipe in procs:
            pipe.send("finish")
        results = [pipe.recv() for _, pipe in procs]
        latencies = [x for r in results for x in r["latencies"]]
        offline_ids = [i for r in results for i in r["offline_ids"]]
        merge = next((r["merge_s"] for r in results if r["offline_ids"]), float("nan"))
        return {
            "clients": args.clients,
            "workers": args.workers,
            "seconds": wall,
            "edits": sum(d["edits"] for d in done),
            "agree": sum(d == want for d in digests),
            "offline_kept": sum(i in saved for i in offline_ids),
            "offline_edits": len(offline_ids),
            "merge_s": merge,
            "settle_s": settle,
            "p50": pct(latencies, 0.50),
            "p95": pct(latencies, 0.95),
            "max": max(latencies, default=float("nan")),
            "samples": len(latencies),
            "host_cpu": host_cpu / wall * 100,
            "clients_cpu": sum(d["cpu"] for d in done) / wall * 100,
            "cpu_per_receive": sum(d["cpu"] for d in done)
            / max(1, sum(d["edits"] for d in done) * args.clients),
            "host_per_edit": host_cpu / max(1, sum(d["edits"] for d in done)),
            "mb_client": statistics.mean(d["mb_client"] for d in done),
            "cards": saved.count("touchpoint"),
            "items": sum(saved.count(k) for k in ("touchpoint", "link", "friction", "comment")),
        }
    finally:
        if host.poll() is None:
            host.kill()
        host.wait(10)
        for p, _ in procs:
            p.join(10)
            if p.is_alive():
                p.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--rate", type=float, default=1.0, help="edits per second per client")
    parser.add_argument("--offline-seconds", type=float, default=30.0)
    parser.add_argument("--offline-edits", type=int, default=50)
    parser.add_argument("--workers", type=int, default=1, help="processes the clients are spread over")
    args = parser.parse_args(argv)
    r = run(args)
    rows = [
        ("clients", f"{r['clients']}"),
        (
            "edit phase",
            f"{r['seconds']:.1f} s wall, {r['edits']:,} edits ({r['edits'] / r['seconds']:.1f}/s)",
        ),
        ("map at the end", f"{r['cards']:,} cards, {r['items']:,} cards+links+frictions+comments"),
        ("converged to the host", f"{r['agree']}/{r['clients']} clients (settled in {r['settle_s']:.1f} s)"),
        (
            "offline client",
            f"{r['offline_kept']}/{r['offline_edits']} edits kept, merged {r['merge_s'] * 1000:.0f} ms after rejoining",
        ),
        ("edit-to-visible p50", f"{r['p50']:.1f} ms"),
        ("edit-to-visible p95", f"{r['p95']:.1f} ms   (goal < 100 ms)"),
        ("edit-to-visible max", f"{r['max']:.1f} ms   ({r['samples']:,} samples)"),
        ("host CPU", f"{r['host_cpu']:.1f} % of one core (serve process)"),
        (
            "clients CPU",
            f"{r['clients_cpu']:.1f} % of one core (all {r['clients']}, in {r['workers']} processes)",
        ),
        ("CPU per edit received", f"{r['cpu_per_receive'] * 1000:.2f} ms (one client taking one edit in)"),
        ("host CPU per edit", f"{r['host_per_edit'] * 1000:.2f} ms (check, apply, relay to {r['clients']})"),
        ("memory per client", f"{r['mb_client']:.2f} MB resident"),
    ]
    width = max(len(k) for k, _ in rows)
    load = os.getloadavg()[0]
    print(
        f"bench_live: {r['clients']} clients, {args.rate:g} edits/s each, {args.seconds:g} s, loopback "
        f"({os.cpu_count()} cores, load average {load:.1f} at the end)"
    )
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")
    ok = r["agree"] == r["clients"] and r["offline_kept"] == r["offline_edits"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
