"""Saving is atomic: a failure at any point leaves the old file whole and no temp file."""

from __future__ import annotations

import os
import stat

import pytest
from journeydesk_testkit import build_sample

from journeydesk import SaveError
from journeydesk.io import dumps, load, save, write_atomic


@pytest.fixture
def saved(tmp_path):
    doc = build_sample()
    path = tmp_path / "map.journey.json"
    save(doc, path)
    return doc, path


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "map.journey.json")


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_failure_mid_save_keeps_the_old_file(saved, monkeypatch, failing):
    doc, path = saved
    old = path.read_bytes()
    doc.set("tp_1", title="Changed")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_write = os.write

        def half(fd, data):  # half the bytes reach the disk, then it is full
            real_write(fd, bytes(data[: len(data) // 2]))
            boom()

        monkeypatch.setattr(os, "write", half)
    else:
        monkeypatch.setattr(os, failing, boom)
    with pytest.raises(SaveError) as err:
        save(doc, path)
    monkeypatch.undo()
    assert str(path) in str(err.value) and "No space left" in str(err.value)
    assert path.read_bytes() == old
    assert leftovers(path.parent) == []
    assert load(path).get("tp_1")["title"] == "Ad"


def test_interrupt_mid_save_keeps_the_old_file(saved, monkeypatch):
    doc, path = saved
    old = path.read_bytes()

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save(doc, path)
    monkeypatch.undo()
    assert path.read_bytes() == old and leftovers(path.parent) == []


def test_save_into_a_missing_folder(tmp_path):
    with pytest.raises(SaveError) as err:
        save(build_sample(), tmp_path / "nope" / "map.journey.json")
    assert "cannot write" in str(err.value)


def test_save_where_the_folder_refuses_a_new_file(saved, monkeypatch):
    doc, path = saved
    old = path.read_bytes()

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(SaveError) as err:
        save(doc, path)
    assert "Permission denied" in str(err.value) and str(path.parent) in str(err.value)
    assert path.read_bytes() == old


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc, a folder even root cannot write in")
def test_save_into_a_system_folder():
    with pytest.raises(SaveError):
        save(build_sample(), "/proc/map.journey.json")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_save_into_an_unwritable_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(SaveError):
            save(build_sample(), folder / "map.journey.json")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_save_onto_a_folder(tmp_path):
    (tmp_path / "map.journey.json").mkdir()
    with pytest.raises(SaveError):
        save(build_sample(), tmp_path / "map.journey.json")
    assert leftovers(tmp_path) == []


def test_save_keeps_the_file_mode(saved):
    doc, path = saved
    path.chmod(0o640)
    save(doc, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_save_writes_canonical_utf8(saved):
    doc, path = saved
    assert path.read_bytes() == dumps(doc).encode("utf-8")


def test_write_atomic_into_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_atomic("plain.txt", b"hello")
    assert (tmp_path / "plain.txt").read_bytes() == b"hello"


def test_save_through_a_symlink_keeps_the_link(saved, tmp_path):
    doc, path = saved
    link = tmp_path / "link.journey.json"
    link.symlink_to(path)
    doc.set("tp_1", title="Through the link")
    save(doc, link)
    assert link.is_symlink()
    assert load(path).get("tp_1")["title"] == "Through the link"
