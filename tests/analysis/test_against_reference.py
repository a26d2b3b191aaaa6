"""The fast analyses give what a straightforward reading of their rules gives.

persona_paths, stage_scorecard and channel_switches were rebuilt to stay linear on
big maps (positions instead of ids, one pass instead of one per stage and metric);
here each is checked, on a few hundred random maps, against a reference written for
clarity: quadratic, one rule per line, networkx where it has the algorithm.
"""

from __future__ import annotations

import itertools
import statistics

import networkx as nx
import pytest
from random_maps import random_map

from journeydesk.analysis import MapView, channel_switches, persona_paths, stage_scorecard
from journeydesk.analysis.paths import MAX_LOOP_LENGTH, MAX_LOOPS
from journeydesk.model.concerns import link_concerns, touchpoint_concerns

SEEDS = range(250)


def reference_flow(doc, persona):
    """A persona's touchpoints (journey order) and its links, straight from the rules."""
    g = doc.graph
    drawn = set()
    for link in doc.links():
        if g.edges[(*doc.link_ends(link), link)]["persona"] == persona and persona is not None:
            drawn.update(doc.link_ends(link))
    members = [tp for tp in doc.touchpoints() if tp in drawn or touchpoint_concerns(g.nodes[tp], persona)]
    links = [
        (u, v)
        for link in doc.links()
        for u, v in [doc.link_ends(link)]
        if u in members and v in members and link_concerns(g.edges[u, v, link], persona)
    ]
    return members, links


def reference_sequence(doc, members, links):
    """Repeatedly the earliest card of the stage whose links in from the stage all come
    from placed cards; when none is free (a loop), the earliest card left."""
    stage = {tp: doc.graph.nodes[tp]["stage"] for tp in members}
    order = {tp: i for i, tp in enumerate(doc.touchpoints())}
    out = []
    for _, group in itertools.groupby(members, key=stage.__getitem__):
        left = list(group)
        preds = {tp: {u for u, v in links if v == tp and u in left} for tp in left}
        while left:
            free = [tp for tp in left if not (preds[tp] & set(left))]
            tp = min(free or left, key=order.__getitem__)
            out.append(tp)
            left.remove(tp)
    return out


def reference_path(doc, persona):
    members, links = reference_flow(doc, persona)
    g = doc.graph
    stage_index = {s: i for i, s in enumerate(doc.stages())}
    if not members:
        return {
            "touchpoints": 0,
            "links": 0,
            "sequence": [],
            "entries": [],
            "dead_ends": [],
            "unreachable": [],
        }
    first = stage_index[g.nodes[members[0]]["stage"]]
    last = stage_index[g.nodes[members[-1]]["stage"]]
    entries = [tp for tp in members if stage_index[g.nodes[tp]["stage"]] == first]
    flow = nx.DiGraph(links)
    flow.add_nodes_from(members)
    reached = set(entries).union(*(nx.descendants(flow, e) for e in entries))
    out = {
        "touchpoints": len(members),
        "links": len(links),
        "sequence": reference_sequence(doc, members, links),
        "entries": entries,
        "dead_ends": [],
        "unreachable": [],
    }
    if links:
        out["unreachable"] = [tp for tp in members if tp not in reached]
        out["dead_ends"] = [
            tp for tp in members if flow.out_degree(tp) == 0 and stage_index[g.nodes[tp]["stage"]] < last
        ]
    return out, flow


def ids(refs):
    return [r["id"] for r in refs]


@pytest.mark.parametrize("seed", SEEDS)
def test_persona_paths_match_the_reference(seed):
    doc = random_map(seed)
    for report, persona in zip(persona_paths(doc), doc.personas() or [None], strict=True):
        expected = reference_path(doc, persona)
        if not report["touchpoints"]:
            assert expected["touchpoints"] == 0
            continue
        expected, flow = expected
        assert report["id"] == persona
        assert report["touchpoints"] == expected["touchpoints"]
        assert report["links"] == expected["links"]
        assert [t for s in report["sequence"] for t in ids(s["touchpoints"])] == expected["sequence"]
        assert ids(report["entries"]) == expected["entries"]
        assert ids(report["dead_ends"]) == expected["dead_ends"]
        assert ids(report["unreachable"]) == expected["unreachable"]
        order = {tp: i for i, tp in enumerate(doc.touchpoints())}
        every = sorted(
            (c[c.index(min(c, key=order.get)) :] + c[: c.index(min(c, key=order.get))])
            for c in nx.simple_cycles(flow, length_bound=MAX_LOOP_LENGTH)
        )
        every.sort(key=lambda c: (len(c), [order[t] for t in c]))
        loops = [ids(loop) for loop in report["loops"]]
        if len(every) <= MAX_LOOPS:  # all of them, in order; else 20 true loops
            assert loops == every and not report["loops_truncated"]
        else:
            assert report["loops_truncated"] and len(loops) == MAX_LOOPS
            assert all(loop in every for loop in loops)


def reference_mean(values):
    return round(sum(values) / len(values), 2) if values else None


@pytest.mark.parametrize("seed", SEEDS)
def test_scorecard_matches_the_reference(seed):
    doc = random_map(seed)
    g = doc.graph
    rows = stage_scorecard(doc)
    assert [r["id"] for r in rows] == list(doc.stages())
    for row in rows:
        tps = [tp for tp in doc.touchpoints() if g.nodes[tp]["stage"] == row["id"]]
        assert row["touchpoints"] == len(tps)
        for m in ("csat", "nps", "ces"):
            values = [g.nodes[tp]["metrics"][m] for tp in tps if m in g.nodes[tp]["metrics"]]
            assert row[m] == reference_mean(values)
            if values:  # the mean a statistics package gives, to rounding
                assert row[m] == pytest.approx(statistics.fmean(values), abs=0.006)
        for entry, p in zip(row["emotion"], doc.personas(), strict=True):
            felt = [g.nodes[tp]["emotions"][p] for tp in tps if p in g.nodes[tp]["emotions"]]
            assert entry == {
                "persona": {"id": p, "title": g.nodes[p]["name"]},
                "average": reference_mean(felt),
                "touchpoints": len(felt),
            }
        assert ids(row["moments_of_truth"]) == [tp for tp in tps if g.nodes[tp]["moment_of_truth"]]


@pytest.mark.parametrize("seed", SEEDS)
def test_channel_switches_match_the_reference(seed):
    doc = random_map(seed)
    g = doc.graph
    view = MapView(doc)
    expected = []
    for link in view.links:  # flow order, as MapView defines it
        u, v = doc.link_ends(link)
        cu, cv = g.nodes[u]["channel"], g.nodes[v]["channel"]
        if cu and cv and cu != cv:
            hurt = [
                f for f in doc.frictions_on(link) + doc.frictions_on(v) if g.nodes[f]["status"] != "resolved"
            ]
            breaks = any(g.nodes[f]["category"] == "channel_break" for f in hurt)
            expected.append((link, u, v, cu, cv, bool(hurt), breaks, hurt))
    result = channel_switches(doc)
    got = [
        (
            s["id"],
            s["source"]["id"],
            s["target"]["id"],
            s["from_channel"]["id"],
            s["to_channel"]["id"],
            s["flagged"],
            s["channel_break"],
            ids(s["frictions"]),
        )
        for s in result["links"]
    ]
    assert got == expected
    assert result["total"] == len(expected)
    assert result["flagged"] == sum(e[5] for e in expected)
