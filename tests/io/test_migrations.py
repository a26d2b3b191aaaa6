"""Format migrations: one function per version step, chained by version."""

from __future__ import annotations

import copy
import json

import pytest
from journeydesk_testkit import build_sample

from journeydesk import LoadError
from journeydesk.io import dumps, load_data, migrations, schema

CURRENT = json.loads(dumps(build_sample()))


def test_format_version_1_has_no_steps_yet():
    assert schema.FORMAT_VERSION == 1
    assert migrations.MIGRATIONS == {}


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
    # Pretend the current format is 2 and v1 -> v2 renamed map.name to map.title.
    monkeypatch.setattr(schema, "FORMAT_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    monkeypatch.setattr(schema.JourneyFile, "model_validate", classmethod(lambda cls, d: _validate_as_v1(d)))

    @migrations.step(1)
    def rename(data):
        data["map"]["title"] = data["map"].pop("name")
        return data

    doc = load_data(old_file(1))
    assert doc.meta["title"] == "Sample"


def _validate_as_v1(data):
    assert data["format_version"] == 2
    data = dict(data, format_version=1)
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
