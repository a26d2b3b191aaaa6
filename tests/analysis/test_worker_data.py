"""What a worker process needs: an analysis that is plain data, crosses ``pickle``
unchanged, comes out the same from the map's canonical JSON, and does not depend on
the process it ran in."""

from __future__ import annotations

import gc
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from journeydesk_testkit import EXAMPLES
from random_maps import random_map

from journeydesk.analysis import LiveAnalysis, analyze, collector_paused, flow_centrality
from journeydesk.io import dumps, load, load_text

HERE = Path(__file__).resolve().parent
PLAIN = (str, int, float, bool, type(None))


def assert_plain(value, path="result"):
    if isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str), path
            assert_plain(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            assert_plain(v, f"{path}[{i}]")
    else:
        assert type(value) in PLAIN, f"{path}: {type(value).__name__}"


def maps():
    yield from ((p.name, load(p)) for p in EXAMPLES)
    yield from ((f"random {s}", random_map(s)) for s in (0, 3, 58, 118))


@pytest.mark.parametrize(("name", "doc"), list(maps()), ids=lambda x: x if isinstance(x, str) else "")
def test_result_is_plain_data_that_pickles_and_survives_json(name, doc):
    result = analyze(doc)
    assert_plain(result)
    assert pickle.loads(pickle.dumps(result)) == result
    assert json.loads(json.dumps(result)) == result
    cent = flow_centrality(doc)
    assert pickle.loads(pickle.dumps(cent)) == cent


@pytest.mark.parametrize(("name", "doc"), list(maps()), ids=lambda x: x if isinstance(x, str) else "")
def test_analysis_of_the_canonical_json_equals_the_live_documents(name, doc):
    copy = load_text(dumps(doc), "<snapshot>")
    assert analyze(copy) == analyze(doc)
    cent = flow_centrality(copy)  # what a worker hands back for the next refresh
    assert analyze(doc, centrality=pickle.loads(pickle.dumps(cent))) == analyze(doc)


def test_live_analysis_after_edits_equals_analysis_of_the_snapshot():
    doc = random_map(58)
    live = LiveAnalysis(doc)
    live.result()
    tp = doc.touchpoints()[3]
    doc.set(tp, title="Renamed in the app")
    doc.remove(doc.links()[0])
    assert live.result() == analyze(load_text(dumps(doc), "<snapshot>"))
    live.close()


SCRIPT = """
import json, sys
sys.path.insert(0, {here!r})
from random_maps import random_map
from journeydesk.analysis import persona_paths
out = []
for seed in (0, 58, 68, 118):
    for p in persona_paths(random_map(seed)):
        out.append([p["loops_truncated"], [[t["id"] for t in loop] for loop in p["loops"]]])
print(json.dumps(out))
"""


def test_listed_loops_do_not_depend_on_string_hashing():
    # These maps have more loops than are listed: which ones made the list used to
    # follow Python's per-process string hashing, so a worker process (or the next
    # `journeydesk analyze`) could list other loops than the app.
    outputs = set()
    for seed in ("0", "1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", SCRIPT.format(here=str(HERE))],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    truncated = [t for t, _ in json.loads(outputs.pop())]
    assert any(truncated)


def test_analyze_leaves_the_garbage_collector_as_it_found_it():
    doc = random_map(3)
    assert gc.isenabled()
    analyze(doc)
    assert gc.isenabled()
    gc.disable()
    try:
        analyze(doc)
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failing_analysis_still_restores_the_collector():
    with pytest.raises(ZeroDivisionError), collector_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()
