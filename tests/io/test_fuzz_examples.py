"""Fuzzing the example maps, bytes and structure, with a fixed seed (issue 15).

A few thousand damaged files per run: nothing escapes but LoadError, nothing
hangs (a watchdog alarm fails the case), and every problem names its place
(``line 3, column 7`` or ``touchpoints[3].stage``), except the few that are about
the whole file (empty, not an object)."""

from __future__ import annotations

import copy
import json
import random
import signal
import sys
from contextlib import contextmanager

import pytest
from journeydesk_testkit import EXAMPLES

from journeydesk import LoadError
from journeydesk.io import load_text
from journeydesk.io.parse import decode

SEED = 15
BYTE_CASES = 1_500
STRUCTURE_CASES = 1_200
WHOLE_FILE = ("is empty", "does not hold a journey map")
JUNK = [
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b'"',
    b"\\",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"NaN",
    b"1e999",
    b"-",
    b"9" * 40,
    b"\\u0000",
    b"\\ud800",
    b"\x1b",
    b"\xe2\x80\xa8",
    b"null",
    b"true",
    b" ",
]


@contextmanager
def watchdog(seconds: int, case: str):
    if sys.platform == "win32":  # pragma: no cover
        yield
        return

    def hung(*_):
        raise AssertionError(f"no answer after {seconds} s: {case}")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def check(raw: bytes, case: str) -> str:
    """Load damaged bytes the way ``load`` does; returns 'ok' or 'refused'."""
    with watchdog(10, case):
        try:
            load_text(decode(raw), "fuzz.journey.json")
        except LoadError as err:
            for problem in err.problems:
                assert problem.place or problem.message.startswith(WHOLE_FILE), (case, problem)
                assert "\n" not in problem.format(err.file), (case, problem)
            return "refused"
        except Exception as exc:
            from journeydesk.io.parse import JSONProblem

            if isinstance(exc, JSONProblem):
                assert exc.place or exc.message.startswith("is UTF-"), (case, exc.message)
                return "refused"
            raise AssertionError(f"{case}: {type(exc).__name__}: {exc}") from exc
    return "ok"


def byte_mutation(rng: random.Random, raw: bytes) -> tuple[bytes, str]:
    kind = rng.choice(["flip", "insert", "delete", "duplicate", "truncate", "swap"])
    n = len(raw)
    at = rng.randrange(n)
    if kind == "flip":
        return raw[:at] + bytes([rng.randrange(256)]) + raw[at + 1 :], f"flip at {at}"
    if kind == "insert":
        return raw[:at] + rng.choice(JUNK) + raw[at:], f"insert at {at}"
    if kind == "delete":
        end = min(n, at + rng.randint(1, 200))
        return raw[:at] + raw[end:], f"delete {at}:{end}"
    if kind == "duplicate":
        end = min(n, at + rng.randint(1, 400))
        return raw[:end] + raw[at:end] + raw[end:], f"duplicate {at}:{end}"
    if kind == "swap":
        other = rng.randrange(n)
        a, b = sorted((at, other))
        return raw[:a] + raw[b : b + 1] + raw[a + 1 : b] + raw[a : a + 1] + raw[b + 1 :], f"swap {a},{b}"
    return raw[:at], f"truncate at {at}"


VALUES = [
    None,
    True,
    0,
    -1,
    2**63,
    1.5,
    1e308,
    "",
    "x" * 600,
    "\x1b]52;c;aA==\x07",
    "a\nb",
    [],
    {},
    [1, 2],
    {"id": "tp_1"},
    "tp_1",
    "st_1",
    "#12345",
    -1e308,
]


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, (*prefix, i))


def structure_mutation(rng: random.Random, data: dict) -> tuple[dict, str]:
    data = copy.deepcopy(data)
    where = rng.choice([p for p in paths(data) if p])
    parent = data
    for part in where[:-1]:
        parent = parent[part]
    key = where[-1]
    kind = rng.choice(["value", "delete", "duplicate item", "extra key", "swap ids"])
    if kind == "value":
        parent[key] = copy.deepcopy(rng.choice(VALUES))
    elif kind == "delete":
        del parent[key]
    elif kind == "duplicate item" and isinstance(parent, list):
        parent.insert(key, copy.deepcopy(parent[key]))
    elif kind == "extra key" and isinstance(parent, dict):
        parent[rng.choice(["zz", "id", "", "type"])] = copy.deepcopy(rng.choice(VALUES))
    elif kind == "swap ids":
        ids = [p for p in paths(data) if p and p[-1] == "id"]
        a, b = rng.sample(ids, 2)
        pa, pb = data, data
        for part in a[:-1]:
            pa = pa[part]
        for part in b[:-1]:
            pb = pb[part]
        pa["id"], pb["id"] = pb["id"], pa["id"]
    return data, f"{kind} at {'/'.join(map(str, where))}"


@pytest.fixture(scope="module")
def originals() -> list[bytes]:
    assert EXAMPLES, "the example maps ship with the project"
    return [p.read_bytes() for p in EXAMPLES]


def test_byte_mutations_of_the_examples(originals):
    rng = random.Random(SEED)
    outcomes = {"ok": 0, "refused": 0}
    for i in range(BYTE_CASES):
        which = rng.randrange(len(originals))
        raw, what = byte_mutation(rng, originals[which])
        if rng.random() < 0.3:  # a second hit now and then
            raw, more = byte_mutation(rng, raw)
            what += ", " + more
        outcomes[check(raw, f"case {i}: {EXAMPLES[which].name}: {what}")] += 1
    assert outcomes["refused"] > BYTE_CASES // 2  # the mutations do damage


def test_structure_mutations_of_the_examples(originals):
    rng = random.Random(SEED + 1)
    parsed = [json.loads(raw) for raw in originals]
    outcomes = {"ok": 0, "refused": 0}
    for i in range(STRUCTURE_CASES):
        which = rng.randrange(len(parsed))
        data, what = structure_mutation(rng, parsed[which])
        text = json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 1, 2]))
        outcomes[check(text.encode("utf-8"), f"case {i}: {EXAMPLES[which].name}: {what}")] += 1
    assert outcomes["refused"] > STRUCTURE_CASES // 4 and outcomes["ok"] > 0
