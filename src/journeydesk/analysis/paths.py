"""Persona paths: each persona's way through the flow, and where that way breaks.

A persona's flow is the touchpoints that concern it (see ``MapView.concerns``), plus
both ends of every link drawn for that persona (the team drew the persona going
there, even where a card forgot to name it), and the links between them that carry
its persona or no persona. From it:

- sequence: the touchpoints in journey order, grouped by stage (inside a stage,
  linked touchpoints follow their links, otherwise lane and card order);
- entries: the persona's touchpoints in its earliest stage, where its journey starts;
- unreachable: touchpoints no chain of links leads to from an entry (nothing in the
  map brings the customer there);
- dead ends: touchpoints with no link onward, before the persona's last stage (the
  customer is left with nowhere to go);
- loops: cycles of links (the customer is sent round again). Enumerating every cycle
  can explode on big maps, so loops are at most ``MAX_LOOP_LENGTH`` touchpoints long
  and at most ``MAX_LOOPS`` are listed per persona (``loops_truncated`` says so).

A persona with touchpoints but no links gets no dead ends or unreachable touchpoints:
its flow is not drawn yet, so every card would be flagged (``note`` says so).

Every step is linear in the persona's touchpoints and links (loops: in the few that
can be on one). The work runs on journey positions (ints), read once for all
personas by ``_Flows``.
"""

from __future__ import annotations

import heapq
import itertools
from typing import Any

import networkx as nx

from ..model import JourneyDocument
from ..model.concerns import link_concerns, touchpoint_concerns
from .view import MapView
from .words import in_source_language, path_note

MAX_LOOPS = 20
MAX_LOOP_LENGTH = 12
LOOP_LENGTH_STEPS = (2, 3, 4, 6, MAX_LOOP_LENGTH)


class _Flows:
    """The whole map's flow in journey positions (touchpoint ``i`` is
    ``view.touchpoints[i]``), read once and shared by every persona's report.

    Positions keep per-touchpoint state in plain lists, and successors sorted for
    free: the reports' work is a few passes over the persona's own cards and links."""

    def __init__(self, view: MapView) -> None:
        nodes, attrs = view.nodes, view.link_attrs
        self.ids = view.touchpoints
        self.cards = [nodes[tp] for tp in self.ids]
        self.stage = [view.stage_index[a["stage"]] for a in self.cards]
        # Links in flow order (by source, then target): one pair's links are adjacent.
        self.links = [(u, v, attrs[link]) for u, v, link in view.flow]
        # The ends of the links drawn for each persona (they join its flow).
        self.drawn: dict[str, list[int]] = {}
        for u, v, a in self.links:
            if a["persona"] is not None:
                self.drawn.setdefault(a["persona"], []).extend((u, v))

    def flow(self, persona: str | None) -> tuple[list[int], list, int]:
        """A persona's touchpoints (ascending positions), the successors of each
        position (each once, ascending; ``()`` for none and for non-members), and the
        persona's link count."""
        n = len(self.ids)
        if persona is None:
            member = bytearray(b"\x01") * n
        else:
            member = bytearray(touchpoint_concerns(a, persona) for a in self.cards)
            for tp in self.drawn.get(persona, ()):
                member[tp] = 1
        succ: list = [()] * n
        count = 0
        for u, v, attrs in self.links:
            if member[u] and member[v] and link_concerns(attrs, persona):
                count += 1
                out = succ[u]
                if not out:
                    succ[u] = [v]
                elif out[-1] != v:
                    out.append(v)
        return list(itertools.compress(range(n), member)), succ, count


def journey_sequence(stage: list[int], members: list[int], succ: list) -> list[int]:
    """Stage by stage; inside a stage, a topological order of its links that keeps card
    order where links say nothing, and breaks a loop at its earliest card.

    ``members`` are ascending positions and ``stage[i]`` is the stage of position ``i``,
    so a stage is one run of ``members``. Next comes the smallest position whose links in
    from its stage all come from cards already placed; when only loops are left, the
    earliest card not yet placed."""
    out: list[int] = []
    indegree = [0] * len(stage)
    done = bytearray(len(stage))
    start = 0
    while start < len(members):
        s = stage[members[start]]
        end = start
        while end < len(members) and stage[members[end]] == s:
            end += 1
        group = members[start:end]
        # A stage's cards are contiguous positions, and successors are members: a
        # successor is in this stage exactly when it lies between the group's ends.
        lo, hi = group[0], group[-1]
        for u in group:
            for v in succ[u]:
                if lo <= v <= hi:
                    indegree[v] += 1
        ready = [tp for tp in group if indegree[tp] == 0]  # ascending: already a heap
        waiting = 0  # every card before group[waiting] is placed
        for _ in group:
            if not ready:  # only loops left: start at the earliest card still waiting
                while done[group[waiting]]:
                    waiting += 1
                ready.append(group[waiting])
            u = heapq.heappop(ready)
            done[u] = 1
            out.append(u)
            for v in succ[u]:
                if lo <= v <= hi and not done[v]:
                    indegree[v] -= 1
                    if indegree[v] == 0:
                        heapq.heappush(ready, v)
        start = end
    return out


def _reachable(entries: list[int], succ: list) -> bytearray:
    """Which positions a chain of links reaches from the entries (1: reached)."""
    seen = bytearray(len(succ))
    for tp in entries:
        seen[tp] = 1
    stack = list(entries)
    while stack:
        for v in succ[stack.pop()]:
            if not seen[v]:
                seen[v] = 1
                stack.append(v)
    return seen


def cyclic_core(members: list, succ) -> list:
    """The touchpoints that can be on a loop: what is left after peeling off, again and
    again, those with no link in and those with no link out. Empty when there is no loop.

    ``succ[tp]`` lists the members a member links to (a dict by id, or a list by position)."""
    indegree = dict.fromkeys(members, 0)
    for u in members:
        for v in succ[u]:
            indegree[v] += 1
    stack = [tp for tp in members if indegree[tp] == 0]
    gone = set(stack)
    while stack:
        for v in succ[stack.pop()]:
            indegree[v] -= 1
            if indegree[v] == 0:
                gone.add(v)
                stack.append(v)
    rest = [tp for tp in members if tp not in gone]
    preds: dict = {tp: [] for tp in rest}
    outdegree = dict.fromkeys(rest, 0)
    for u in rest:
        for v in succ[u]:
            if v in preds:
                preds[v].append(u)
                outdegree[u] += 1
    stack = [tp for tp in rest if outdegree[tp] == 0]
    gone = set(stack)
    while stack:
        for u in preds[stack.pop()]:
            outdegree[u] -= 1
            if outdegree[u] == 0:
                gone.add(u)
                stack.append(u)
    return [tp for tp in rest if tp not in gone]


def find_loops(members: list[int], succ: list, limit: int = MAX_LOOPS) -> tuple[list[list[int]], bool]:
    """Up to ``limit`` cycles of at most ``MAX_LOOP_LENGTH`` touchpoints, each starting
    at its earliest card, shortest first; and whether more may have been left out.

    Touchpoints are positions (ints): networkx's search then visits them in the same
    order in every process, so which loops a long list keeps never depends on string
    hashing (``PYTHONHASHSEED``), and a worker process reports what the app would."""
    core = cyclic_core(members, succ)
    if not core:
        return [], False
    g = nx.DiGraph()
    g.add_nodes_from(core)
    inside = set(core)
    g.add_edges_from((u, v) for u in core for v in succ[u] if v in inside)

    def canonical(cycle: list[int]) -> tuple[int, ...]:
        start = cycle.index(min(cycle))
        return tuple(cycle[start:] + cycle[:start])

    # Shortest loops matter most (a customer sent back and forth), so search with a
    # growing length bound; each search stops as soon as it has more than enough.
    known: set[tuple[int, ...]] = set()
    truncated = False
    for bound in LOOP_LENGTH_STEPS:
        found = {canonical(c) for c in itertools.islice(nx.simple_cycles(g, length_bound=bound), limit + 1)}
        known |= found
        if len(found) > limit:
            truncated = True
            break
    loops = sorted(known, key=lambda c: (len(c), c))
    return [list(c) for c in loops[:limit]], truncated or len(loops) > limit


def persona_path(view: MapView, persona: str | None, flows: _Flows | None = None) -> dict[str, Any]:
    """The path report for one persona (``None``: everyone, for maps without personas)."""
    flows = flows or _Flows(view)
    members, succ, link_count = flows.flow(persona)
    ref = view.ref
    entry: dict[str, Any] = {
        **ref(persona),
        "touchpoints": len(members),
        "links": link_count,
        "entries": [],
        "sequence": [],
        "dead_ends": [],
        "unreachable": [],
        "loops": [],
        "loops_truncated": False,
        "note": "",
    }
    if not members:
        entry["note"] = in_source_language(path_note, entry)
        return entry
    ids, stage, named, ref = flows.ids, flows.stage, view.placed_refs.__getitem__, view.refs.__getitem__
    first, last = stage[members[0]], stage[members[-1]]
    entries = list(itertools.takewhile(lambda tp: stage[tp] == first, members))
    entry["entries"] = [named(ids[tp]) for tp in entries]
    sequence = journey_sequence(stage, members, succ)
    entry["sequence"] = [
        {"stage": ref(view.stages[s]), "touchpoints": [ref(ids[tp]) for tp in group]}
        for s, group in itertools.groupby(sequence, key=stage.__getitem__)
    ]
    if link_count == 0:
        entry["note"] = in_source_language(path_note, entry)
        return entry
    reached = _reachable(entries, succ)
    entry["unreachable"] = [named(ids[tp]) for tp in members if not reached[tp]]
    entry["dead_ends"] = [named(ids[tp]) for tp in members if not succ[tp] and stage[tp] < last]
    loops, truncated = find_loops(members, succ)
    entry["loops"] = [[ref(ids[tp]) for tp in loop] for loop in loops]
    entry["loops_truncated"] = truncated
    return entry


def persona_paths(doc: JourneyDocument, *, view: MapView | None = None) -> list[dict[str, Any]]:
    """One path report per persona in persona order; one for everyone if there are none."""
    view = view or MapView(doc)
    flows = _Flows(view)
    return [persona_path(view, p, flows) for p in (view.personas or [None])]
