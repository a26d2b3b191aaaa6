"""JourneyDocument.assemble (the loader's fast path) builds exactly what the
checked add_* methods build, and the result behaves like any document."""

from __future__ import annotations

import networkx as nx
import pytest
from journeydesk_testkit import EXAMPLES, assert_consistent, build_sample
from make_map import make_document
from networkx.utils import graphs_equal

from journeydesk.io import dumps, schema
from journeydesk.io.convert import to_data, to_document, to_document_checked


def both_ways(doc):
    validated = schema.JourneyFile.model_validate(to_data(doc))
    return to_document(validated), to_document_checked(validated)


def assert_equivalent(fast, slow):
    assert graphs_equal(fast.graph, slow.graph)
    assert list(fast.graph.edges(keys=True)) == list(slow.graph.edges(keys=True))
    for kind in ("persona", "stage", "lane", "channel", "touchpoint", "link", "friction"):
        assert list(fast.items(kind)) == list(slow.items(kind))
    for tp in fast.touchpoints():
        assert fast.frictions_on(tp) == slow.frictions_on(tp)
        assert fast.links_of(tp) == slow.links_of(tp)
    assert dumps(fast) == dumps(slow)
    assert_consistent(fast)


@pytest.mark.parametrize(
    "make",
    [build_sample, lambda: make_document(300, seed=3), lambda: make_document(0)],
    ids=["sample", "synthetic-300", "empty"],
)
def test_assemble_equals_checked_build(make):
    fast, slow = both_ways(make())
    assert_equivalent(fast, slow)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_assemble_equals_checked_build_on_examples(path):
    from journeydesk.io.load import parse

    validated = schema.JourneyFile.model_validate(parse(path.read_text("utf-8")))
    assert_equivalent(to_document(validated), to_document_checked(validated))


def test_assembled_document_is_fully_editable():
    fast, _ = both_ways(make_document(80, seed=5))
    g = fast.graph
    # networkx algorithms see the links
    tp = fast.touchpoints()[0]
    assert nx.descendants(g, tp) == nx.descendants(nx.MultiDiGraph(g), tp)
    assert g.number_of_edges() == fast.count("link")
    with pytest.raises(nx.NetworkXError):
        g.add_node("x")
    # every kind of edit and its undo
    before = dumps(fast)
    removals = fast.remove_many([fast.stages()[2], fast.personas()[0], fast.links()[0]])
    fast.add_touchpoint("new", fast.stages()[0], fast.lanes()[0], index=0)
    assert_consistent(fast)
    fast.remove(fast.cell(fast.stages()[0], fast.lanes()[0])[0])
    fast.restore_many(removals)
    assert dumps(fast) == before


def test_colour_is_normalised_when_loading():
    doc = build_sample()
    data = to_data(doc)
    data["personas"][0]["colour"] = "#abcdef"
    fast = to_document(schema.JourneyFile.model_validate(data))
    assert fast.get("pe_a")["colour"] == "#ABCDEF"
