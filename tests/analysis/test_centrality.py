"""Betweenness on the flow graph: a hand-worked order, and agreement with networkx."""

from __future__ import annotations

import random

import networkx as nx
import pytest
from journey_builder import MapBuilder

from journeydesk.analysis import flow_centrality, flow_graph
from journeydesk.analysis.centrality import betweenness, sample_size


def chain_with_side_entry():
    # a -> b -> c -> d, and x -> b.
    m = MapBuilder(stages=("S1",))
    for t in "abcdx":
        m.tp(t, "S1", channel="Web")
    m.link("a", "b")
    m.link("b", "c")
    m.link("c", "d")
    m.link("x", "b")
    return m


def test_hand_worked_route_shares():
    # Routes (ordered pairs with a path): a->b,c,d; b->c,d; c->d; x->b,c,d = 9.
    # b is inside a->c, a->d, x->c, x->d (4/9); c inside a->d, b->d, x->d (3/9).
    # Step b->c is taken by a->c, a->d, b->c, b->d, x->c, x->d (6/9).
    m = chain_with_side_entry()
    c = flow_centrality(m.doc)
    assert c.exact
    assert c.node == pytest.approx({"a": 0, "b": 4 / 9, "c": 3 / 9, "d": 0, "x": 0})
    assert c.edge == pytest.approx(
        {("a", "b"): 3 / 9, ("b", "c"): 6 / 9, ("c", "d"): 4 / 9, ("x", "b"): 3 / 9}
    )
    order = sorted(c.node, key=lambda t: -c.node[t])
    assert order[:2] == ["b", "c"]


def test_parallel_links_share_one_step():
    m = chain_with_side_entry()
    m.link("b", "c", id="again", persona=None)
    c = flow_centrality(m.doc)
    from journeydesk.analysis.view import MapView

    view = MapView(m.doc)
    assert c.of(view, "again") == c.of(view, "b>c") == pytest.approx(6 / 9)


def _index(g):
    nodes = list(g)
    idx = {v: i for i, v in enumerate(nodes)}
    edges = list(g.edges())
    out = [[] for _ in nodes]
    for e, (u, v) in enumerate(edges):
        out[idx[u]].append((e, idx[v]))
    return nodes, idx, edges, out, [idx[u] for u, _ in edges]


@pytest.mark.parametrize("seed", range(8))
def test_brandes_matches_networkx(seed):
    rnd = random.Random(seed)
    g = nx.gnp_random_graph(25, 0.12, seed=seed, directed=True)
    g.add_edges_from((rnd.randrange(25), rnd.randrange(25)) for _ in range(5))
    g.remove_edges_from(nx.selfloop_edges(g))
    nodes, _, edges, out, src = _index(g)
    node_b, edge_b, _ = betweenness(len(nodes), out, src, range(len(nodes)))
    ref_node = nx.betweenness_centrality(g, normalized=False)
    ref_edge = nx.edge_betweenness_centrality(g, normalized=False)
    assert node_b == pytest.approx([ref_node[v] for v in nodes])
    assert edge_b == pytest.approx([ref_edge[e] for e in edges])


def test_flow_graph_is_touchpoints_and_linked_pairs():
    m = chain_with_side_entry()
    m.link("b", "c", id="twice")
    g = flow_graph(m.doc)
    assert list(g) == list(m.doc.touchpoints())
    assert g.number_of_edges() == 4


def test_big_maps_are_sampled_deterministically():
    m = MapBuilder(stages=("S1",))
    rnd = random.Random(3)
    n = 150
    for i in range(n):
        m.tp(f"t{i:03d}", "S1")
    pairs = set()
    for i in range(n):
        for j in rnd.sample(range(n), 2):
            if j != i and (i, j) not in pairs:
                pairs.add((i, j))
                m.link(f"t{i:03d}", f"t{j:03d}")
    exact = flow_centrality(m.doc)
    a = flow_centrality(m.doc, budget=1000)
    b = flow_centrality(m.doc, budget=1000)
    assert exact.exact and not a.exact
    assert a == b  # same map, same numbers
    assert a.sources == 64
    assert flow_centrality(m.doc, budget=1000, seed=1) != a
    # An estimate, but close: the most central touchpoint stays near the top.
    top = max(exact.node, key=exact.node.get)
    assert sorted(a.node.values(), reverse=True).index(a.node[top]) < 10
    assert a.node[top] == pytest.approx(exact.node[top], rel=0.5)


def test_sample_size_bounds():
    assert sample_size(0, 0) == 0
    assert sample_size(100, 150) == 100  # small map: exact
    assert sample_size(10_000, 13_000) == 65
    assert sample_size(50_000, 65_000) == 64  # never fewer than 64 sources
    assert 64 < sample_size(2_000, 2_600) < 2_000


def test_empty_and_linkless_maps():
    m = MapBuilder()
    assert flow_centrality(m.doc).node == {}
    m.tp("a", "S1")
    m.tp("b", "S2")
    c = flow_centrality(m.doc)
    assert c.node == {"a": 0.0, "b": 0.0} and c.edge == {}
