"""Previous versions kept beside a map when it is saved over: ``make_room``
shifts the older ones along, ``write_atomic(backup=True)`` keeps the newest."""

from __future__ import annotations

import os

import pytest

from journeydesk.io import SaveError, write_atomic
from journeydesk.io.backups import backup_path, backups_of, make_room


def save(path, text, keep):
    make_room(path, keep)
    write_atomic(path, text.encode(), backup=keep > 0)


def test_each_save_keeps_the_version_before_it(tmp_path):
    path = tmp_path / "map.journey.json"
    for version in ("v1", "v2", "v3", "v4"):
        save(path, version, 3)
    assert path.read_text() == "v4"
    assert [p.name for p in backups_of(path)] == [
        "map.journey.json~",
        "map.journey.json~2",
        "map.journey.json~3",
    ]
    assert [p.read_text() for p in backups_of(path)] == ["v3", "v2", "v1"]


def test_keeping_fewer_drops_the_oldest(tmp_path):
    path = tmp_path / "map.journey.json"
    for version in ("v1", "v2", "v3", "v4"):
        save(path, version, 3)
    save(path, "v5", 1)
    assert [p.read_text() for p in backups_of(path)] == ["v4"]


def test_nothing_kept_for_a_new_file_or_when_off(tmp_path):
    path = tmp_path / "new.journey.json"
    save(path, "v1", 2)
    assert backups_of(path) == []
    save(path, "v2", 0)
    assert backups_of(path) == []


def test_a_link_keeps_its_backups_beside_the_file_it_points_to(tmp_path):
    real = tmp_path / "real.journey.json"
    real.write_text("v1")
    link = tmp_path / "link.journey.json"
    os.symlink(real, link)
    save(link, "v2", 2)
    save(link, "v3", 2)
    assert link.is_symlink() and real.read_text() == "v3"
    assert [p.read_text() for p in backups_of(link)] == ["v2", "v1"]
    assert backups_of(link)[0] == backup_path(real)


def test_an_old_version_that_cannot_be_removed_says_so(tmp_path):
    path = tmp_path / "map.journey.json"
    save(path, "v1", 3)
    save(path, "v2", 3)
    backup_path(path, 4).mkdir()  # a folder where an old version past 3 would go
    with pytest.raises(SaveError, match="map.journey.json"):
        make_room(path, 3)
    assert path.read_text() == "v2"
