"""Format migrations: one function per version step, chained by version."""

from __future__ import annotations

import copy
import json

import pytest
from journeydesk_testkit import build_sample

from journeydesk import LoadError
from journeydesk.io import dumps, load_data, migrations, schema

CURRENT = json.loads(dumps(build_sample()))


def test_registered_steps_reach_the_current_version():
    assert schema.FORMAT_VERSION == 2
    assert sorted(migrations.MIGRATIONS) == list(range(1, schema.FORMAT_VERSION))


def test_step_1_to_2_adds_an_empty_comment_list():
    v1 = copy.deepcopy(CURRENT)
    v1["format_version"] = 1
    del v1["comments"]
    out = migrations.migrate(copy.deepcopy(v1), 1, 2)
    assert out["comments"] == [] and out["format_version"] == 2
    assert {k: v for k, v in out.items() if k not in ("comments", "format_version")} == {
        k: v for k, v in v1.items() if k != "format_version"
    }


def test_a_version_1_file_loads_and_saves_as_version_2(tmp_path):
    v1 = copy.deepcopy(CURRENT)
    v1["format_version"] = 1
    del v1["comments"]
    doc = load_data(v1, "old.journey.json")
    assert doc.comments() == ()
    saved = json.loads(dumps(doc))
    assert saved["format_version"] == 2 and saved["comments"] == []
    assert dumps(doc) == dumps(build_sample())


def test_migrate_chains_steps_in_order(monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    calls = []

    @migrations.step(1)
    def one_to_two(data):
        calls.append((1, data["format_version"]))
        data["two"] = True
        return data

    @migrations.step(2)
    def two_to_three(data):
        calls.append((2, data["format_version"]))
        data["three"] = True
        return data

    out = migrations.migrate({"format_version": 1}, 1, 3)
    assert calls == [(1, 1), (2, 2)]  # each step sees the version it upgrades from
    assert out == {"format_version": 3, "two": True, "three": True}
    assert migrations.migrate({"format_version": 2}, 2, 3)["format_version"] == 3
    assert migrations.migrate({"format_version": 3}, 3, 3) == {"format_version": 3}


def test_a_step_registers_once(monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    migrations.step(1)(lambda d: d)
    with pytest.raises(ValueError):
        migrations.step(1)(lambda d: d)


def test_missing_step_is_named(monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda d: d})
    with pytest.raises(migrations.MissingMigration) as err:
        migrations.migrate({}, 1, 3)
    assert "from format version 2 to 3" in str(err.value)


def old_file(version: int) -> dict:
    data = copy.deepcopy(CURRENT)
    data["format_version"] = version
    data["map"]["name"] = data["map"].pop("title")  # what an imaginary v1 called it
    return data


def test_loading_an_older_file_runs_the_steps(monkeypatch):
    # Pretend the current format is 3 and v2 -> v3 renamed map.name to map.title.
    monkeypatch.setattr(schema, "FORMAT_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", dict(migrations.MIGRATIONS))
    monkeypatch.setattr(schema.JourneyFile, "model_validate", classmethod(lambda cls, d: _validate_as_v2(d)))

    @migrations.step(2)
    def rename(data):
        data["map"]["title"] = data["map"].pop("name")
        return data

    doc = load_data(old_file(2))
    assert doc.meta["title"] == "Sample"
    v1 = old_file(1)
    del v1["comments"]
    assert load_data(v1).meta["title"] == "Sample"  # 1 -> 2 -> 3


def _validate_as_v2(data):
    assert data["format_version"] == 3
    data = dict(data, format_version=2)
    return schema.JourneyFile.__pydantic_validator__.validate_python(data)


def test_loading_with_a_missing_step_is_a_load_error(monkeypatch):
    monkeypatch.setattr(schema, "FORMAT_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda d: d})
    with pytest.raises(LoadError) as err:
        load_data(old_file(1), "old.journey.json")
    assert str(err.value) == "old.journey.json: format_version: no migration from format version 2 to 3"


def test_a_failing_step_is_a_load_error(monkeypatch):
    monkeypatch.setattr(schema, "FORMAT_VERSION", 2)

    def broken(data):
        raise KeyError("stages")

    monkeypatch.setattr(migrations, "MIGRATIONS", {1: broken})
    with pytest.raises(LoadError) as err:
        load_data(old_file(1), "old.journey.json")
    assert "could not upgrade the file from format version 1: KeyError('stages')" in str(err.value)
