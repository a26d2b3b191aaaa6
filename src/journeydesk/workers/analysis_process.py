"""The analysis worker: a separate Python process holding a replica of the map.

A Python thread holds the GIL while it analyses, so analysing a big map "in the
background" still stalls the editor's event loop; a process does not. The
editor sends the map once (a file to read, or its canonical text), then small
patches (``replica.patch_of``) and "analyse now"; the worker answers with the
analysis result, plain data. The costly flow centrality is kept until a card
or link comes or goes.

    worker = AnalysisProcess()
    worker.start()
    worker.send_map(text=io.dumps(doc))      # or path=...
    worker.send_patch(patch); worker.request(generation, clip=100)
    message = worker.poll()                  # None, ("result", gen, result, seconds), ("failed", gen, text)

``clip``: the result comes cut to that many entries per list (``analysis.clipped``):
the whole of it, unpickled on the UI thread, stalled the editor 30-45 ms at 10,000
touchpoints.
    worker.stop()
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from typing import Any

from .. import i18n

_CONTEXT = "spawn"  # a fresh interpreter: never a copy of a Qt process
_STOP_WAIT = 3.0


def serve(conn, language: str = "en") -> None:
    """The worker process's loop (the target of the spawned process); its
    findings are worded in ``language``, the editor's."""
    from .. import analysis
    from ..analysis.clipped import clip
    from ..io import load, load_text
    from .replica import apply_patch

    i18n.set_language(language)
    doc = None
    centrality = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        kind = message[0]
        try:
            if kind == "stop":
                return
            if kind == "map":
                _, path, text = message
                doc = load(path) if path is not None else load_text(text, "<editor>")
                centrality = None
            elif kind == "patch":
                apply_patch(doc, message[1])
                if _changes_shape(message[1]):
                    centrality = None
            elif kind == "analyze":
                started = time.perf_counter()
                if centrality is None:
                    centrality = analysis.flow_centrality(doc)
                result = analysis.analyze(doc, centrality=centrality)
                if message[2] is not None:
                    result = clip(result, message[2])
                conn.send(("result", message[1], result, time.perf_counter() - started))
        except (BrokenPipeError, EOFError):
            return  # the editor went away while we answered: nothing to tell anyone
        except Exception as exc:  # noqa: BLE001 - reported to the editor, the worker stays up
            generation = message[1] if kind == "analyze" else -1
            conn.send(("failed", generation, f"{type(exc).__name__}: {exc}", traceback.format_exc()))


def _changes_shape(patch: dict[str, Any]) -> bool:
    """Cards or links came or went (the flow centrality depends on them)."""
    if any(kind in ("touchpoint", "link", "") for kind, _ in patch["delete"]):
        return True
    return any(kind in ("touchpoint", "link") for kind, _item, _attrs in patch["upsert"])


class AnalysisProcess:
    """The editor's end of the worker."""

    def __init__(self) -> None:
        self._process = None
        self._conn = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def start(self) -> None:
        if self.running:
            return
        ctx = multiprocessing.get_context(_CONTEXT)
        here, there = ctx.Pipe()
        self._process = ctx.Process(
            target=serve, args=(there, i18n.language()), daemon=True, name="journeydesk-analysis"
        )
        self._process.start()
        there.close()
        self._conn = here

    def send_map(self, path: str | None = None, text: str | None = None) -> None:
        self._conn.send(("map", path, text))

    def send_patch(self, patch: dict[str, Any]) -> None:
        self._conn.send(("patch", patch))

    def request(self, generation: int, clip: int | None = None) -> None:
        self._conn.send(("analyze", generation, clip))

    def poll(self):
        """The worker's next message, or None when it has sent nothing yet."""
        if self._conn is None:
            return None
        try:
            if self._conn.poll():
                return self._conn.recv()
        except (EOFError, OSError):
            self._conn = None
            return ("failed", -1, "the analysis worker stopped", "")
        return None

    def stop(self) -> None:
        """Ask the worker to end; make sure it has (no process outlives the editor)."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            try:
                conn.send(("stop",))
            except (OSError, ValueError):
                pass
            conn.close()
        if process is not None:
            process.join(_STOP_WAIT)
            if process.is_alive():
                process.kill()
                process.join(_STOP_WAIT)
