"""Loader errors name their place and say the right thing (issue 15, defects 7, 8, 9).

NaN and Infinity, a duplicate key in an object without an id, a 5,000-digit number,
a NUL that is not UTF-16, a file one byte over the limit, a cut-off file, control
characters in fields, and files with far more objects than any map."""

from __future__ import annotations

import json

import pytest
from journeydesk_testkit import build_sample

from journeydesk import JourneyDocument, LoadError
from journeydesk.io import dumps, load, load_text
from journeydesk.io.fragment import paste_plan, to_fragment
from journeydesk.io.load import MAX_FILE_BYTES
from journeydesk.model import FieldError

TEXT = dumps(build_sample())


def problem(text: str | bytes, tmp_path) -> tuple[str, str]:
    path = tmp_path / "m.journey.json"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    with pytest.raises(LoadError) as err:
        load(path)
    assert len(err.value.problems) == 1, err.value.lines()
    return err.value.problems[0].place, err.value.problems[0].message


def place_of(text: str, needle: str) -> str:
    pos = text.index(needle)
    line = text.count("\n", 0, pos) + 1
    return f"line {line}, column {pos - (text.rfind(chr(10), 0, pos) + 1) + 1}"


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_have_line_and_column(tmp_path, token):
    text = TEXT.replace('"csat": 80.0', f'"csat": {token}', 1)
    place, message = problem(text, tmp_path)
    assert place == place_of(text, token)
    assert "not allowed" in message


def test_nan_inside_a_string_is_not_the_place(tmp_path):
    text = TEXT.replace('"title": "Blog"', '"title": "NaN Infinity"', 1).replace('"nps": -5.0', '"nps": NaN')
    place, _ = problem(text, tmp_path)
    assert place == place_of(text, "NaN,") if "NaN," in text else place_of(text, "NaN\n")


def test_duplicate_key_in_an_object_without_an_id_has_its_place(tmp_path):
    text = TEXT.replace('"csat": 80.0,', '"csat": 80.0,\n        "csat": 81.0,', 1)
    place, message = problem(text, tmp_path)
    metrics_start = text.index("{", text.index('"metrics": {'))
    assert place == place_of(text, text[metrics_start:])
    assert "'csat' appears twice" in message


def test_duplicate_key_in_an_item_names_the_item_too(tmp_path):
    text = TEXT.replace('"title": "Ad",', '"title": "Ad",\n      "title": "Banner",', 1)
    place, message = problem(text, tmp_path)
    assert place.startswith("line ") and "'title' appears twice" in message and "'tp_1'" in message


def test_duplicate_top_level_key(tmp_path):
    text = '{"format": "journeydesk", "format": "journeydesk"}'
    place, message = problem(text, tmp_path)
    assert place == "line 1, column 1" and "'format' appears twice" in message


def test_a_5000_digit_number_has_its_place(tmp_path):
    digits = "9" * 5000
    text = TEXT.replace('"volume": 1000', f'"volume": {digits}', 1)
    place, message = problem(text, tmp_path)
    assert place == place_of(text, digits)
    assert "5,000 digits" in message and "too large" in message


def test_a_5000_digit_string_is_not_a_number(tmp_path):
    text = TEXT.replace('"notes": ""', '"notes": "' + "1" * 5000 + '"', 1)
    text = text.replace('"volume": 1000', '"volume": ' + "9" * 5000, 1)
    place, _ = problem(text, tmp_path)
    assert place == place_of(text, "9" * 5000)


def test_nul_in_three_bytes_is_not_utf16(tmp_path):
    place, message = problem(b"[\0]", tmp_path)
    assert "UTF-16" not in message and "UTF-32" not in message
    assert place == "line 1, column 2" and "NUL" in message


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_real_utf16_and_utf32_are_named(tmp_path, encoding):
    _, message = problem(TEXT.encode(encoding), tmp_path)
    assert encoding[:6].upper() in message


def test_one_byte_over_the_limit_says_so(tmp_path):
    path = tmp_path / "big.journey.json"
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(LoadError) as err:
        load(path)
    message = err.value.problems[0].message
    assert "52,428,801 bytes" in message and "at most 50 MB (52,428,800 bytes)" in message


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9, 0.999])
def test_a_cut_off_file_says_it_ends_early(tmp_path, cut):
    text = TEXT[: int(len(TEXT) * cut)]
    text = text.removesuffix('"')
    _, message = problem(text, tmp_path)
    assert "trailing comma" not in message
    assert "ends" in message and ("cut off" in message or "early" in message)


def test_cut_off_right_after_a_comma(tmp_path):
    text = TEXT[: TEXT.index(",", 500) + 1] + "\n"
    _, message = problem(text, tmp_path)
    assert "ends too early" in message and "trailing comma" not in message


def test_a_real_trailing_comma_is_still_called_one(tmp_path):
    text = TEXT.replace('"language": "en"', '"language": "en",', 1)
    _, message = problem(text, tmp_path)
    assert "trailing comma" in message


# ---------------------------------------------------------------- control characters
OSC52 = "\x1b]52;c;aGVsbG8=\x07"


@pytest.mark.parametrize(
    "field,value,ok",
    [
        ("title", "A" + OSC52, False),
        ("title", "NUL\x00", False),
        ("title", "CSI\x9b31m", False),
        ("title", "two\nlines", False),
        ("title", "a\ttab", False),
        ("title", "line\u2028separator", False),
        ("description", "two\nlines\tand a tab\r\n", True),
        ("description", "bell\x07", False),
        ("notes", "delete\x7f", False),
        ("title", "Émoji 😍 and ︎ẞ", True),
    ],
)
def test_control_characters_in_a_file(tmp_path, field, value, ok):
    data = json.loads(TEXT)
    data["touchpoints"][2][field] = value
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if ok:
        assert load_text(text).get(data["touchpoints"][2]["id"])[field] == value
        return
    place, message = problem(text, tmp_path)
    assert place == f"touchpoints[2].{field}"
    assert "control character" in message or "one line" in message
    assert "\x1b" not in message and "\x07" not in message


def test_control_characters_in_an_escaped_file_too(tmp_path):
    data = json.loads(TEXT)
    data["personas"][0]["goals"] = ["fine", "ESC\x1b"]
    place, _ = problem(json.dumps(data, ensure_ascii=True), tmp_path)
    assert place == "personas[0].goals"


def test_friction_evidence_and_map_title(tmp_path):
    data = json.loads(TEXT)
    data["frictions"][0]["evidence"]["source"] = "Survey\x1b"
    data["map"]["title"] = "Map\x07"
    path = tmp_path / "m.journey.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LoadError) as err:
        load(path)
    assert {p.place for p in err.value.problems} == {"frictions[0].evidence", "map.title"}


def test_the_model_refuses_them_too():
    doc = build_sample()
    with pytest.raises(FieldError):
        doc.set("tp_1", title="x" + OSC52)
    with pytest.raises(FieldError):
        doc.set_meta(title="x\x00")
    with pytest.raises(FieldError):
        doc.add_stage("a\nb")
    doc.set("tp_1", description="multi\nline")  # allowed where text is multi-line


def test_pasting_items_with_control_characters_keeps_them_out():
    source = build_sample()
    fragment = to_fragment(source, ["tp_1"])
    fragment["touchpoints"][0]["title"] = "pasted" + OSC52
    fragment["touchpoints"][0]["owner"] = "ok"
    target = JourneyDocument()
    s, la = target.add_stage("S"), target.add_lane("L")
    plan = paste_plan(target, fragment, s, la, None)
    values = dict(plan)["touchpoint"]
    assert "\x1b" not in values.get("title", "") and values["owner"] == "ok"


# ---------------------------------------------------------------- memory bound
def test_a_file_of_empty_objects_is_refused_before_parsing(tmp_path):
    text = '{"format": "journeydesk", "x": [' + ",".join(["{}"] * 400_000) + "]}"
    place, message = problem(text, tmp_path)
    assert place == "line 1" and "objects and lists" in message


def test_empty_lists_and_keys_too(tmp_path):
    _place, message = problem('{"a": [' + ",".join(["[]"] * 300_000) + "]}", tmp_path)
    assert "objects and lists" in message
    dense = '{"m":[' + ",".join(['{"a":0,"b":0,"c":0,"d":0,"e":0}'] * 100_000) + "]}"
    _, message = problem(dense, tmp_path)
    assert "keys" in message


def test_braces_inside_strings_do_not_count(tmp_path):
    data = json.loads(TEXT)
    data["touchpoints"][0]["notes"] = "{[" * 9_000
    doc = load_text(json.dumps(data))
    assert doc.get("tp_1")["notes"].startswith("{[{[")


def test_big_canonical_maps_pass_the_budget():
    from make_map import make_document

    doc = make_document(2000)
    assert load_text(dumps(doc)).count("touchpoint") == doc.count("touchpoint")
    compact = json.dumps(json.loads(dumps(doc)), separators=(",", ":"))
    assert load_text(compact).count("touchpoint") == doc.count("touchpoint")


def test_a_big_file_that_is_not_an_object_is_refused_before_parsing(tmp_path):
    _, message = problem("[" + ",".join(['"ab"'] * 300_000) + "]", tmp_path)
    assert "does not hold a journey map" in message
