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
"""

from __future__ import annotations

import heapq
import itertools
from typing import Any

import networkx as nx

from ..model import JourneyDocument
from .view import MapView
from .words import in_source_language, path_note

MAX_LOOPS = 20
MAX_LOOP_LENGTH = 12
LOOP_LENGTH_STEPS = (2, 3, 4, 6, MAX_LOOP_LENGTH)


def _flow(view: MapView, persona: str | None) -> tuple[list[str], dict[str, list[str]], int]:
    """A persona's touchpoints (journey order), their successors, and its link count."""
    drawn = set()
    if persona is not None:
        for link in view.links:
            if view.link_attrs[link]["persona"] == persona:
                drawn.update(view.ends[link])
    members = [tp for tp in view.touchpoints if tp in drawn or view.concerns(tp, persona)]
    inside = set(members)
    succ: dict[str, list[str]] = {tp: [] for tp in members}
    count = 0
    for link in view.links:
        u, v = view.ends[link]
        if u in inside and v in inside and view.link_concerns(link, persona):
            count += 1
            if v not in succ[u]:
                succ[u].append(v)
    return members, succ, count


def journey_sequence(view: MapView, members: list[str], succ: dict[str, list[str]]) -> list[str]:
    """Stage by stage; inside a stage, a topological order of its links that keeps card
    order where links say nothing, and breaks a loop at its earliest card."""
    out: list[str] = []
    for _, group in itertools.groupby(members, key=lambda tp: view.nodes[tp]["stage"]):
        group = list(group)
        here = set(group)
        indegree = dict.fromkeys(group, 0)
        for u in group:
            for v in succ[u]:
                if v in here:
                    indegree[v] += 1
        pos = view.position
        ready = [(pos[tp], tp) for tp in group if indegree[tp] == 0]
        heapq.heapify(ready)
        done: set[str] = set()
        while len(done) < len(group):
            if not ready:  # only loops left: start at the earliest card still waiting
                tp = min((t for t in group if t not in done), key=pos.__getitem__)
                indegree[tp] = 0
                ready.append((pos[tp], tp))
            _, u = heapq.heappop(ready)
            if u in done:
                continue
            done.add(u)
            out.append(u)
            for v in succ[u]:
                if v in here and v not in done:
                    indegree[v] -= 1
                    if indegree[v] == 0:
                        heapq.heappush(ready, (pos[v], v))
    return out


def _reachable(entries: list[str], succ: dict[str, list[str]]) -> set[str]:
    seen = set(entries)
    stack = list(entries)
    while stack:
        for v in succ[stack.pop()]:
            if v not in seen:
                seen.add(v)
                stack.append(v)
    return seen


def cyclic_core(members: list[str], succ: dict[str, list[str]]) -> list[str]:
    """The touchpoints that can be on a loop: what is left after peeling off, again and
    again, those with no link in and those with no link out. Empty when there is no loop."""
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
    preds: dict[str, list[str]] = {tp: [] for tp in rest}
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


def find_loops(
    view: MapView, members: list[str], succ: dict[str, list[str]], limit: int = MAX_LOOPS
) -> tuple[list[list[str]], bool]:
    """Up to ``limit`` cycles of at most ``MAX_LOOP_LENGTH`` touchpoints, each starting
    at its earliest card, shortest first; and whether more may have been left out."""
    core = cyclic_core(members, succ)
    if not core:
        return [], False
    inside = set(core)
    g = nx.DiGraph()
    g.add_nodes_from(core)
    g.add_edges_from((u, v) for u in core for v in succ[u] if v in inside)
    pos = view.position

    def canonical(cycle: list[str]) -> tuple[str, ...]:
        start = min(range(len(cycle)), key=lambda i: pos[cycle[i]])
        return tuple(cycle[start:] + cycle[:start])

    # Shortest loops matter most (a customer sent back and forth), so search with a
    # growing length bound; each search stops as soon as it has more than enough.
    known: set[tuple[str, ...]] = set()
    truncated = False
    for bound in LOOP_LENGTH_STEPS:
        found = {canonical(c) for c in itertools.islice(nx.simple_cycles(g, length_bound=bound), limit + 1)}
        known |= found
        if len(found) > limit:
            truncated = True
            break
    loops = sorted(known, key=lambda c: (len(c), [pos[t] for t in c]))
    return [list(c) for c in loops[:limit]], truncated or len(loops) > limit


def persona_path(view: MapView, persona: str | None) -> dict[str, Any]:
    """The path report for one persona (``None``: everyone, for maps without personas)."""
    members, succ, link_count = _flow(view, persona)
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
    stage_at = {tp: view.stage_index[view.nodes[tp]["stage"]] for tp in members}
    first, last = stage_at[members[0]], stage_at[members[-1]]
    entries = [tp for tp in members if stage_at[tp] == first]

    def named(tp: str) -> dict[str, Any]:
        return {**ref(tp), "stage": ref(view.nodes[tp]["stage"])}

    entry["entries"] = [named(tp) for tp in entries]
    sequence = journey_sequence(view, members, succ)
    entry["sequence"] = [
        {"stage": ref(stage), "touchpoints": [ref(tp) for tp in group]}
        for stage, group in itertools.groupby(sequence, key=lambda tp: view.nodes[tp]["stage"])
    ]
    if link_count == 0:
        entry["note"] = in_source_language(path_note, entry)
        return entry
    reached = _reachable(entries, succ)
    entry["unreachable"] = [named(tp) for tp in members if tp not in reached]
    entry["dead_ends"] = [named(tp) for tp in members if not succ[tp] and stage_at[tp] < last]
    loops, truncated = find_loops(view, members, succ)
    entry["loops"] = [[ref(tp) for tp in loop] for loop in loops]
    entry["loops_truncated"] = truncated
    return entry


def persona_paths(doc: JourneyDocument, *, view: MapView | None = None) -> list[dict[str, Any]]:
    """One path report per persona in persona order; one for everyone if there are none."""
    view = view or MapView(doc)
    return [persona_path(view, p) for p in (view.personas or [None])]
