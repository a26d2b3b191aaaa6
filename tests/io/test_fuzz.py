"""Arbitrary JSON values put anywhere in a valid map give a LoadError or a
document: never another exception, and every problem is one readable line."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journeydesk_testkit import build_sample

from journeydesk import LoadError
from journeydesk.io import dumps, load_data, load_text

GOOD = json.loads(dumps(build_sample()))

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, (*prefix, i))


ALL_PATHS = [p for p in paths(GOOD) if p]


def check(data):
    try:
        load_data(data, "fuzz.journey.json")
    except LoadError as err:
        assert err.problems
        for line in err.lines():
            assert line.startswith("fuzz.journey.json: ") and "\n" not in line


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_PATHS), JSON)
def test_any_value_anywhere(path, value):
    data = copy.deepcopy(GOOD)
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    check(data)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([p for p in ALL_PATHS if len(p) >= 2]), st.text(max_size=10), JSON)
def test_any_extra_key_anywhere(path, key, value):
    data = copy.deepcopy(GOOD)
    target = data
    for part in path[:-1]:
        target = target[part]
    if isinstance(target, dict):
        target[key] = value
    check(data)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_any_text(text):
    try:
        load_text(text, "fuzz")
    except LoadError:
        pass


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(dumps(build_sample())) - 1), st.text(min_size=1, max_size=3))
def test_corrupted_files(pos, junk):
    text = dumps(build_sample())
    try:
        load_text(text[:pos] + junk + text[pos + 1 :], "fuzz")
    except LoadError:
        pass
