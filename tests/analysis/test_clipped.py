"""A result cut to what a findings list shows keeps every count and the order."""

from __future__ import annotations

import pickle

from make_map import make_document

from journeydesk import analysis
from journeydesk.analysis.clipped import Clipped, clip, switch_order, total_of


def test_clip_keeps_the_first_entries_and_the_full_counts():
    full = analysis.analyze(make_document(600, seed=3))
    cut = pickle.loads(pickle.dumps(clip(full, 5)))  # as the worker sends it
    assert cut["hotspots"] == full["hotspots"][:5]
    assert total_of(cut["hotspots"]) == len(full["hotspots"]) > 5
    for whole, part in zip(full["paths"], cut["paths"], strict=True):
        assert "sequence" not in part and "entries" not in part
        for key in ("dead_ends", "unreachable", "loops"):
            assert part[key] == whole[key][:5]
            assert total_of(part[key]) == len(whole[key])
        assert part["touchpoints"] == whole["touchpoints"]
    links = full["channel_switches"]["links"]
    assert cut["channel_switches"]["links"] == sorted(links, key=switch_order)[:5]
    assert total_of(cut["channel_switches"]["links"]) == len(links)
    assert cut["channel_switches"]["total"] == full["channel_switches"]["total"]
    assert cut["lint"] == full["lint"] and cut["stages"][0]["title"] == full["stages"][0]["title"]


def test_short_lists_are_left_whole():
    assert clip({"hotspots": [1, 2]}, 5)["hotspots"] == [1, 2]
    assert total_of([1, 2, 3]) == 3 and total_of(None) == 0
    assert total_of(Clipped([1], 40)) == 40
