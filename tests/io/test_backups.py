"""Previous versions kept beside a map when it is saved over (io/backups.py)."""

from __future__ import annotations

import os

import pytest

from journeydesk.io import SaveError
from journeydesk.io.backups import backup_path, backups_of, keep_previous


def save(path, text):
    path.write_text(text, encoding="utf-8")


def test_each_save_keeps_the_version_before_it(tmp_path):
    path = tmp_path / "map.journey.json"
    for version in ("v1", "v2", "v3", "v4"):
        keep_previous(path, 3)
        save(path, version)
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
        keep_previous(path, 3)
        save(path, version)
    keep_previous(path, 1)
    save(path, "v5")
    assert [p.read_text() for p in backups_of(path)] == ["v4"]


def test_nothing_kept_for_a_new_file_or_when_off(tmp_path):
    path = tmp_path / "new.journey.json"
    assert keep_previous(path, 2) is None and backups_of(path) == []
    save(path, "v1")
    assert keep_previous(path, 0) is None and backups_of(path) == []


def test_a_link_backs_up_what_it_points_to_beside_the_link(tmp_path):
    real = tmp_path / "real.journey.json"
    save(real, "content")
    link = tmp_path / "link.journey.json"
    os.symlink(real, link)
    assert keep_previous(link, 1) == backup_path(link)
    assert backup_path(link).read_text() == "content" and not backup_path(link).is_symlink()


def test_a_backup_that_cannot_be_written_says_so(tmp_path):
    path = tmp_path / "map.journey.json"
    save(path, "v1")
    backup_path(path).mkdir()  # a folder where the backup should go
    with pytest.raises(SaveError, match="map.journey.json"):
        keep_previous(path, 1)
    assert path.read_text() == "v1"
