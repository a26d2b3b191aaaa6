"""Property tests: any sequence of edits keeps the invariants, and undoing them in
reverse order gives back the same graph and the same saved bytes."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journeydesk_testkit import assert_consistent, build_sample
from networkx.utils import graphs_equal

from journeydesk.io import dumps
from journeydesk.model import FieldError

ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["remove", "move", "reorder", "set", "add_link", "add_tp", "add_friction"]),
        st.integers(0, 1000),
        st.integers(0, 1000),
        st.integers(-2, 6),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ACTIONS)
def test_edit_sequences_undo_exactly(actions):
    doc = build_sample()
    start_graph, start_text = copy.deepcopy(doc.graph.copy()), dumps(doc)
    undo = []
    for action, a, b, index in actions:
        items = sorted(list(doc.graph.nodes) + list(doc.links()))
        tps = list(doc.touchpoints())
        if action == "remove" and items:
            r = doc.remove(items[a % len(items)])
            undo.append(lambda r=r: doc.restore(r))
        elif action == "move" and tps and doc.stages() and doc.lanes():
            tp = tps[a % len(tps)]
            stage = doc.stages()[b % len(doc.stages())]
            lane = doc.lanes()[(a + b) % len(doc.lanes())]
            old = doc.move_touchpoint(tp, stage, lane, index)
            undo.append(lambda tp=tp, old=old: doc.move_touchpoint(tp, *old))
        elif action == "reorder":
            ordered = [i for k in ("persona", "stage", "lane", "channel") for i in doc.items(k)]
            if ordered:
                item = ordered[a % len(ordered)]
                old = doc.reorder(item, index)
                undo.append(lambda item=item, old=old: doc.reorder(item, old))
        elif action == "set" and tps:
            tp = tps[a % len(tps)]
            personas = list(doc.personas())
            values = {"title": f"t{b}", "emotions": {p: (b + i) % 7 - 3 for i, p in enumerate(personas)}}
            old = doc.set(tp, **values)
            undo.append(lambda tp=tp, old=old: doc.set(tp, **old))
        elif action == "add_link" and len(tps) > 1:
            u, v = tps[a % len(tps)], tps[b % len(tps)]
            try:
                link = doc.add_link(u, v)
            except FieldError:
                assert u == v
                continue
            undo.append(lambda link=link: doc.remove(link))
        elif action == "add_tp" and doc.stages() and doc.lanes():
            tp = doc.add_touchpoint(
                "new", doc.stages()[a % len(doc.stages())], doc.lanes()[b % len(doc.lanes())], index=index
            )
            undo.append(lambda tp=tp: doc.remove(tp))
        elif action == "add_friction" and tps:
            fr = doc.add_friction(tps[a % len(tps)], "f", severity=b % 4 + 1)
            undo.append(lambda fr=fr: doc.remove(fr))
        assert_consistent(doc)
    for step in reversed(undo):
        step()
    assert graphs_equal(doc.graph, start_graph)
    assert dumps(doc) == start_text
