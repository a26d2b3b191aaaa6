"""Every way a file can be wrong gives one LoadError naming the file, the place and
what is wrong in plain words; and loading never changes the file."""

from __future__ import annotations

import copy
import importlib
import json
import os
from pathlib import Path

import pytest
from journeydesk_testkit import EXAMPLES, build_sample

import journeydesk
from journeydesk import LoadError
from journeydesk.io import FORMAT_VERSION, dumps, load, load_data, load_text

load_module = importlib.import_module("journeydesk.io.load")

GOOD = json.loads(dumps(build_sample()))


def text_of(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def mutated(change) -> str:
    data = copy.deepcopy(GOOD)
    change(data)
    return text_of(data)


def error_for(text: str | bytes, tmp_path: Path, name: str = "shop.journey.json") -> LoadError:
    path = tmp_path / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(LoadError) as err:
        load(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before  # loading never changes the file
    e = err.value
    assert str(e).startswith(str(path) + ": ")
    assert all(line.startswith(str(path) + ": ") for line in e.lines())
    assert "Traceback" not in str(e) and "pydantic" not in str(e).lower()
    return e


def only(e: LoadError) -> tuple[str, str]:
    assert len(e.problems) == 1, e.lines()
    return e.problems[0].place, e.problems[0].message


def test_load_error_is_the_public_type():
    assert journeydesk.LoadError is LoadError
    assert issubclass(LoadError, Exception)


def test_good_file_loads(tmp_path):
    path = tmp_path / "ok.journey.json"
    path.write_text(text_of(GOOD), "utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    doc = load(path)
    assert doc.count("touchpoint") == 6
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# ----------------------------------------------------------------- bytes and syntax
def test_syntax_error_gives_line_and_column(tmp_path):
    e = error_for('{\n  "format": "journeydesk",\n  "format_version": \n}\n', tmp_path)
    place, message = only(e)
    assert place == "line 4, column 1"
    assert message.startswith("not valid JSON")
    assert str(e) == f"{tmp_path / 'shop.journey.json'}: line 4, column 1: {message}"


@pytest.mark.parametrize(
    "text,place,words",
    [
        ('{"a": 1,}', "line 1, column 9", "trailing comma"),
        ("{'a': 1}", "line 1, column 2", "double quotes"),
        ('{"a" 1}', "line 1, column 6", "colon is missing"),
        ('{"a": 1 "b": 2}', "line 1, column 9", "comma is missing"),
        ('{"a": "unclosed}', "line 1, column 7", "closing"),
        ('{"a": 1}\n{"b": 2}', "line 2, column 1", "more text after the end"),
        ('{"a": "line\nbreak"}', "line 1, column 12", "control character"),
        ("[1, 2", "line 1, column 6", "not valid JSON"),
    ],
)
def test_syntax_errors(tmp_path, text, place, words):
    got_place, message = only(error_for(text, tmp_path))
    assert got_place == place
    assert words in message


def test_empty_file(tmp_path):
    assert "is empty" in only(error_for(b"", tmp_path))[1]
    assert "is empty" in only(error_for(b"  \n\t ", tmp_path))[1]


def test_duplicate_keys(tmp_path):
    text = text_of(GOOD).replace('"title": "Ad",', '"title": "Ad", "title": "Banner",', 1)
    _, message = only(error_for(text, tmp_path))
    assert "'title' appears twice" in message and "'tp_1'" in message


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity(tmp_path, token):
    text = text_of(GOOD).replace('"csat": 80.0', f'"csat": {token}', 1)
    _, message = only(error_for(text, tmp_path))
    assert token.lstrip("-") in message and "not allowed" in message


def test_huge_float(tmp_path):
    text = text_of(GOOD).replace('"csat": 80.0', '"csat": 1e400', 1)
    place, message = only(error_for(text, tmp_path))
    assert place == "touchpoints[0].metrics.csat" and "too large" in message


def test_huge_integer_in_a_float_field(tmp_path):
    text = text_of(GOOD).replace('"csat": 80.0', '"csat": ' + "9" * 400, 1)
    place, message = only(error_for(text, tmp_path))
    assert place == "touchpoints[0].metrics.csat" and "too large" in message


def test_integer_with_thousands_of_digits(tmp_path):
    text = text_of(GOOD).replace('"volume": 1000', '"volume": ' + "9" * 5000, 1)
    _, message = only(error_for(text, tmp_path))
    assert "too large" in message and "sys.set_int_max_str_digits" not in message


def test_volume_beyond_the_limit(tmp_path):
    text = text_of(GOOD).replace('"volume": 1000', '"volume": 10000000000000000', 1)
    place, message = only(error_for(text, tmp_path))
    assert place == "touchpoints[0].metrics.volume"
    assert "at most 1,000,000,000,000,000" in message


def test_bad_utf8(tmp_path):
    raw = text_of(GOOD).encode("utf-8").replace(b'"Ad"', b'"A\xff"', 1)
    place, message = only(error_for(raw, tmp_path))
    assert "not valid UTF-8" in message and place.startswith("line ") and "0xff" in message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32(tmp_path, encoding):
    _, message = only(error_for(text_of(GOOD).encode(encoding), tmp_path))
    assert encoding[:6].upper() in message and "UTF-8" in message


def test_utf8_bom_is_accepted(tmp_path):
    # Windows editors write one; it is harmless, so the map loads.
    path = tmp_path / "bom.journey.json"
    path.write_bytes(b"\xef\xbb\xbf" + text_of(GOOD).encode())
    assert load(path).count("touchpoint") == 6


def test_bom_then_syntax_error_counts_columns_after_the_bom(tmp_path):
    place, _ = only(error_for(b"\xef\xbb\xbf{,}", tmp_path))
    assert place == "line 1, column 2"


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_deep_nesting(tmp_path, depth):
    place, message = only(error_for("[" * depth + "]" * depth, tmp_path))
    assert "nested more than 64 levels" in message or "objects and lists" in message
    assert place.startswith("line 1")


def test_deep_nesting_inside_a_map(tmp_path):
    text = text_of(GOOD)[:-2] + ', "extra": ' + "[" * 1_500 + "]" * 1_500 + "}"
    place, message = only(error_for(text, tmp_path))
    assert "nested more than 64 levels" in message and place.startswith("line ")
    text = text_of(GOOD)[:-2] + ', "extra": ' + "[" * 50_000 + "]" * 50_000 + "}"
    place, message = only(error_for(text, tmp_path))
    assert "objects and lists" in message and place.startswith("line ")


def test_lone_surrogate_escape(tmp_path):
    text = text_of(GOOD).replace('"name": "Ana"', '"name": "An\\ud800a"', 1)
    place, message = only(error_for(text, tmp_path))
    assert place == "personas[0].name" and "broken character" in message


def test_surrogate_pair_escape_is_fine(tmp_path):
    path = tmp_path / "emoji.journey.json"
    path.write_text(text_of(GOOD).replace('"name": "Ana"', '"name": "An\\ud83d\\ude00a"', 1), "utf-8")
    assert load(path).get("pe_a")["name"] == "An\U0001f600a"


# ----------------------------------------------------------------- not a map
@pytest.mark.parametrize("text", ["[]", '"hello"', "42", "null", "true", "[{}]"])
def test_json_that_is_not_an_object(tmp_path, text):
    _, message = only(error_for(text, tmp_path))
    assert "does not hold a journey map" in message


@pytest.mark.parametrize(
    "data",
    [{}, {"format": "other", "format_version": 1}, {"format": 1}, {"name": "shop"}],
)
def test_object_that_is_not_a_map(tmp_path, data):
    place, message = only(error_for(json.dumps(data), tmp_path))
    assert place == "format" and "not a JourneyDesk map" in message


def test_missing_format_version(tmp_path):
    place, message = only(error_for(json.dumps({"format": "journeydesk"}), tmp_path))
    assert place == "format_version" and "is missing" in message


@pytest.mark.parametrize("version", ["1", 0, -1, 1.0, True, None, [1]])
def test_bad_format_version(tmp_path, version):
    place, message = only(error_for(mutated(lambda d: d.update(format_version=version)), tmp_path))
    assert place == "format_version" and "whole number" in message


def test_newer_format_version_names_both_versions(tmp_path):
    place, message = only(error_for(mutated(lambda d: d.update(format_version=7)), tmp_path))
    assert place == "format_version"
    assert "version 7" in message and f"version {FORMAT_VERSION}" in message and "newer" in message


# ----------------------------------------------------------------- content
CONTENT_CASES = [
    # (change, place, words)
    (lambda d: d["touchpoints"][3].pop("stage"), "touchpoints[3].stage", "is missing"),
    (
        lambda d: d["touchpoints"][3].__setitem__("stage", "st_zz"),
        "touchpoints[3].stage",
        "'st_zz', which is not in this map",
    ),
    (
        lambda d: d["touchpoints"][3].__setitem__("stage", "la_1"),
        "touchpoints[3].stage",
        "one of the lanes, not the stages",
    ),
    (lambda d: d["touchpoints"][0].__setitem__("lane", "tp_2"), "touchpoints[0].lane", "not the lanes"),
    (
        lambda d: d["touchpoints"][0].__setitem__("channel", "ch_zz"),
        "touchpoints[0].channel",
        "not in this map",
    ),
    (
        lambda d: d["touchpoints"][0].__setitem__("personas", ["pe_zz"]),
        "touchpoints[0].personas[0]",
        "not in this map",
    ),
    (
        lambda d: d["touchpoints"][0].__setitem__("personas", ["pe_a", "pe_a"]),
        "touchpoints[0].personas",
        "same persona twice",
    ),
    (
        lambda d: d["touchpoints"][0]["emotions"].__setitem__("pe_zz", 1),
        "touchpoints[0].emotions.pe_zz",
        "not in this map",
    ),
    (lambda d: d["links"][0].__setitem__("source", "tp_zz"), "links[0].source", "not in this map"),
    (lambda d: d["links"][0].__setitem__("target", "tp_1"), "links[0].target", "two different touchpoints"),
    (lambda d: d["links"][0].__setitem__("persona", "st_1"), "links[0].persona", "not the personas"),
    (
        lambda d: d["frictions"][0].__setitem__("target", "st_1"),
        "frictions[0].target",
        "not the touchpoints or links",
    ),
    (
        lambda d: d["touchpoints"][1].__setitem__("id", "tp_1"),
        "touchpoints[1].id",
        "'tp_1' is used twice (first at touchpoints[0])",
    ),
    (
        lambda d: d["links"][0].__setitem__("id", "pe_a"),
        "links[0].id",
        "'pe_a' is used twice (first at personas[0])",
    ),
    (lambda d: d["touchpoints"][0].__setitem__("title", 5), "touchpoints[0].title", "must be text"),
    (lambda d: d["touchpoints"][0].__setitem__("title", None), "touchpoints[0].title", "must be text"),
    (
        lambda d: d["touchpoints"][0].__setitem__("personas", "pe_a"),
        "touchpoints[0].personas",
        "must be a list",
    ),
    (lambda d: d.__setitem__("touchpoints", {}), "touchpoints", "must be a list"),
    (lambda d: d.__setitem__("map", None), "map", "must be an object"),
    (
        lambda d: d["frictions"][0].__setitem__("evidence", "a quote"),
        "frictions[0].evidence",
        "must be an object",
    ),
    (lambda d: d["frictions"][0].__setitem__("severity", 2.0), "frictions[0].severity", "whole number"),
    (lambda d: d["frictions"][0].__setitem__("severity", 9), "frictions[0].severity", "at most 4 (got 9)"),
    (lambda d: d["frictions"][0].__setitem__("status", "done"), "frictions[0].status", "must be one of"),
    (
        lambda d: d["frictions"][0]["evidence"].__setitem__("count", -3),
        "frictions[0].evidence.count",
        "at least 0",
    ),
    (
        lambda d: d["touchpoints"][0]["emotions"].__setitem__("pe_a", 5),
        "touchpoints[0].emotions.pe_a",
        "at most 3",
    ),
    (
        lambda d: d["touchpoints"][0]["metrics"].__setitem__("ces", "3"),
        "touchpoints[0].metrics.ces",
        "must be a number",
    ),
    (
        lambda d: d["touchpoints"][0]["metrics"].__setitem__("csat", True),
        "touchpoints[0].metrics.csat",
        "must be a number",
    ),
    (
        lambda d: d["touchpoints"][0]["metrics"].__setitem__("happy", 3),
        "touchpoints[0].metrics.happy",
        "not a field",
    ),
    (
        lambda d: d["touchpoints"][0].__setitem__("moment_of_truth", "yes"),
        "touchpoints[0].moment_of_truth",
        "true or false",
    ),
    (
        lambda d: d["touchpoints"][0].__setitem__("colour", "#FFFFFF"),
        "touchpoints[0].colour",
        "not a field JourneyDesk knows",
    ),
    (lambda d: d.__setitem__("version", 2), "version", "not a field JourneyDesk knows"),
    (lambda d: d["lanes"][0].__setitem__("kind", "swimlane"), "lanes[0].kind", "must be one of"),
    (lambda d: d["personas"][0].__setitem__("colour", "blue"), "personas[0].colour", "colour like #3B82F6"),
    (lambda d: d["map"].__setitem__("language", "English"), "map.language", "language tag"),
    (lambda d: d["stages"][0].__setitem__("id", ""), "stages[0].id", "must not be empty"),
    (lambda d: d["stages"][0].__setitem__("id", "x" * 101), "stages[0].id", "too long"),
    (
        lambda d: d["touchpoints"][0].__setitem__("title", "x" * 501),
        "touchpoints[0].title",
        "too long (501 characters, at most 500)",
    ),
    (lambda d: d["stages"][0].__setitem__("notes", "x" * 20_001), "stages[0].notes", "at most 20,000"),
    (
        lambda d: d["personas"][0].__setitem__("goals", ["x"] * 1001),
        "personas[0].goals",
        "too many entries (at most 1,000)",
    ),
    (lambda d: d["personas"][0].__setitem__("goals", [1]), "personas[0].goals[0]", "must be text"),
]


@pytest.mark.parametrize(
    "change,place,words", CONTENT_CASES, ids=[c[1] + ":" + c[2][:20] for c in CONTENT_CASES]
)
def test_content_problems_name_the_place(tmp_path, change, place, words):
    e = error_for(mutated(change), tmp_path)
    assert e.problems[0].place == place, e.lines()
    assert words in e.problems[0].message, e.lines()


def test_error_names_the_item_it_is_in(tmp_path):
    e = error_for(mutated(lambda d: d["frictions"][0].__setitem__("severity", 9)), tmp_path)
    assert '(in "Delivery cost surprise")' in str(e)


def test_several_problems_are_all_listed(tmp_path):
    def change(d):
        d["touchpoints"][0]["title"] = 5
        d["touchpoints"][1]["stage"] = 7
        d["frictions"][0]["severity"] = 0

    e = error_for(mutated(change), tmp_path)
    assert len(e.problems) == 3
    assert "(and 2 more problems)" in str(e)
    assert [p.place for p in e.problems] == [
        "touchpoints[0].title",
        "touchpoints[1].stage",
        "frictions[0].severity",
    ]


def test_too_many_items(tmp_path):
    data = copy.deepcopy(GOOD)
    data["channels"] = [{"id": f"c{i}", "name": "c"} for i in range(100_001)]
    e = error_for(text_of(data), tmp_path)
    assert e.problems[0].place == "channels" and "too many entries (at most 100,000)" in e.problems[0].message


# ----------------------------------------------------------------- the file itself
def test_file_not_found(tmp_path):
    with pytest.raises(LoadError) as err:
        load(tmp_path / "missing.journey.json")
    assert str(err.value) == f"{tmp_path / 'missing.journey.json'}: no such file"


def test_folder(tmp_path):
    with pytest.raises(LoadError) as err:
        load(tmp_path)
    assert "is a folder" in str(err.value)


def test_file_over_50_mb(tmp_path):
    path = tmp_path / "huge.journey.json"
    with open(path, "wb") as fh:  # sparse: takes no disk space
        fh.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(LoadError) as err:
        load(path)
    assert "at most 50 MB" in str(err.value)


def test_file_over_the_limit_with_a_smaller_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(load_module, "MAX_FILE_BYTES", 1024 * 1024)
    e = error_for(text_of(GOOD) + " " * 1024 * 1024, tmp_path)
    assert "a map file may be at most 1 MB" in str(e)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.journey.json"
    path.write_text(text_of(GOOD))
    path.chmod(0)
    with pytest.raises(LoadError) as err:
        load(path)
    assert "permission" in str(err.value)


def test_load_text_and_load_data_share_the_checks():
    with pytest.raises(LoadError) as err:
        load_text("[]", "clipboard")
    assert str(err.value).startswith("clipboard: ")
    with pytest.raises(LoadError):
        load_data({"format": "journeydesk", "format_version": 1, "stages": [{"id": "s"}]})
    assert load_data(copy.deepcopy(GOOD)).count("link") == 6


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_loading_examples_never_changes_them(path):
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize(
    "change,line",
    [
        (
            lambda d: d["touchpoints"][0]["emotions"].update({"": 1}),
            'touchpoints[0].emotions[""]: the key must not be empty',
        ),
        (
            lambda d: d["touchpoints"][0]["emotions"].update({"pe b": 1}),
            "touchpoints[0].emotions[\"pe b\"]: refers to 'pe b'",
        ),
        (
            lambda d: d["touchpoints"][0]["emotions"].update({"x" * 101: 1}),
            "the key is too long (101 characters",
        ),
        (lambda d: d.update({"a b": 1}), '["a b"]: is not a field JourneyDesk knows'),
    ],
)
def test_odd_keys_are_quoted_in_the_place(tmp_path, change, line):
    e = error_for(mutated(change), tmp_path)
    assert line in str(e)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_not_waited_on(tmp_path):
    pipe = tmp_path / "pipe.journey.json"
    os.mkfifo(pipe)
    with pytest.raises(LoadError) as err:
        load(pipe)
    assert "not a regular file" in str(err.value)
