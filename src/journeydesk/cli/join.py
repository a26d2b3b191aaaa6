"""journeydesk join URL -o FILE: fetch a snapshot of a live session's map."""

from __future__ import annotations

import asyncio
import os
import sys

from ..i18n import translate

CONTEXT = "cli.join"


def configure(parser) -> None:
    parser.add_argument(
        "url", metavar="URL", help=translate("cli.join", "the join URL the host printed or showed")
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=translate("cli.join", "where to save it")
    )
    parser.add_argument(
        "--force", action="store_true", help=translate("cli.join", "replace FILE if it exists")
    )
    parser.add_argument(
        "--timeout", type=float, default=20.0, help=translate("cli.join", "seconds to wait (20)")
    )


def run(args) -> int:
    from .. import io

    if not args.url.startswith(("ws://", "wss://")):
        print(
            translate("cli.join", "journeydesk join: {url}: not a ws:// URL").format(url=args.url),
            file=sys.stderr,
        )
        return 2
    if os.path.exists(args.output) and not args.force:
        print(
            translate("cli.join", "journeydesk join: {path} exists (use --force to replace it)").format(
                path=args.output
            ),
            file=sys.stderr,
        )
        return 1
    try:
        doc = asyncio.run(asyncio.wait_for(_fetch(args.url), args.timeout))
    except TimeoutError:
        doc = None
        why = translate("cli.join", "no answer from the host in time")
    except _Refused as exc:
        doc, why = None, str(exc)
    if doc is None:
        print(
            translate("cli.join", "journeydesk join: {url}: {why}").format(url=args.url, why=why),
            file=sys.stderr,
        )
        return 1
    try:
        io.save(doc, args.output)
    except io.SaveError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(translate("cli.join", "{path}: saved").format(path=args.output), file=sys.stderr)
    return 0


class _Refused(Exception):
    pass


async def _fetch(url: str):
    from ..sync.client import Connection, LiveClient

    client = LiveClient(name="journeydesk join")
    joined = asyncio.Event()
    client.on_joined.append(lambda doc: joined.set())
    connection = Connection(
        client,
        url,
        on_status=lambda status, detail: status in ("refused", "removed", "ended") and joined.set(),
    )
    task = asyncio.create_task(connection.run())
    try:
        await joined.wait()
    finally:
        await connection.close()
        task.cancel()
    if client.doc is None:
        raise _Refused(connection.detail or connection.status)
    return client.doc
