"""journeydesk serve FILE: host a live session headless (a room server)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from ..i18n import translate
from .common import load_or_report

CONTEXT = "cli.serve"


def configure(parser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("cli.serve", "the map to share (saved in place)")
    )
    parser.add_argument(
        "--host", default="0.0.0.0", help=translate("cli.serve", "address to listen on (default: all)")
    )
    parser.add_argument(
        "--port", type=int, default=8765, help=translate("cli.serve", "port (default 8765; 0: any)")
    )
    parser.add_argument(
        "--code", help=translate("cli.serve", "the join code to use (default: a new random one)")
    )
    parser.add_argument(
        "--read-only", action="store_true", help=translate("cli.serve", "participants may look but not edit")
    )
    parser.add_argument(
        "--mdns",
        action="store_true",
        help=translate("cli.serve", "announce the session on the network (mDNS)"),
    )
    parser.add_argument("--save-after", type=float, default=2.0, help=argparse.SUPPRESS)  # tests


def run(args) -> int:
    from ..sync.host import normal_code

    doc = load_or_report(args.file)
    if doc is None:
        return 1
    code = normal_code(args.code) if args.code else None
    if args.code and len(code) < 6:
        print(
            translate("cli.serve", "journeydesk serve: a join code needs at least 6 letters or digits"),
            file=sys.stderr,
        )
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    try:
        return asyncio.run(_serve(doc, args, code))
    except OSError as exc:
        print(
            translate("cli.serve", "journeydesk serve: cannot listen on {host}:{port}: {why}").format(
                host=args.host, port=args.port, why=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return 1


async def _serve(doc, args, code) -> int:
    from ..sync.host import pretty_code
    from ..sync.serve import HostedMap

    hosted = HostedMap(doc, args.file, host=args.host, port=args.port, code=code, save_after=args.save_after)
    await hosted.start()
    if args.read_only:
        hosted.host.set_read_only(True)
    print(hosted.join_url(), flush=True)
    print(
        translate("cli.serve", "Join code {code} · {title} · Ctrl+C ends the session").format(
            code=pretty_code(hosted.host.token), title=doc.meta["title"]
        ),
        file=sys.stderr,
        flush=True,
    )
    announcement = None
    if args.mdns:
        from ..sync import mdns

        announcement = mdns.announce(doc.meta["title"], hosted.host.port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        if announcement is not None:
            announcement.close()
        await hosted.stop()
    print(translate("cli.serve", "Session ended; {path} saved").format(path=args.file), file=sys.stderr)
    return 0
