"""Saving never loses or silently damages a file (issue 15, defects 4, 5, 6).

Mode, owner, umask, hard links, read-only files, stale temp files, backups, and a
failure injected at every write, fsync, chmod, chown, link and rename step."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time

import pytest
from journeydesk_testkit import build_sample

from journeydesk import SaveError
from journeydesk.io import ReadOnlyError, backup_path, dumps, load, save, write_atomic
from journeydesk.io.atomic import remove_stale_temps

NAME = "map.journey.json"


@pytest.fixture
def umask022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def temps(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_follows_the_umask(tmp_path, umask022):
    save(build_sample(), tmp_path / NAME)
    assert stat.S_IMODE((tmp_path / NAME).stat().st_mode) == 0o644


def test_a_new_file_follows_a_strict_umask(tmp_path):
    old = os.umask(0o077)
    try:
        save(build_sample(), tmp_path / NAME)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / NAME).stat().st_mode) == 0o600


def test_an_existing_file_keeps_a_mode_the_umask_would_strip(tmp_path):
    path = tmp_path / NAME
    save(build_sample(), path)
    path.chmod(0o664)
    old = os.umask(0o077)
    try:
        save(build_sample(), path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_an_existing_file_keeps_its_owner_and_group(tmp_path):
    path = tmp_path / NAME
    save(build_sample(), path)
    os.chown(path, 4321, 4322)
    save(build_sample(), path)
    st = path.stat()
    assert (st.st_uid, st.st_gid) == (4321, 4322)


def test_a_read_only_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / NAME
    save(build_sample(), path)
    before = path.read_bytes()
    path.chmod(0o444)
    doc = build_sample()
    doc.set("tp_1", title="Changed")
    with pytest.raises(ReadOnlyError) as err:
        save(doc, path)
    assert "read-only" in str(err.value) and "Save As" in str(err.value)
    assert isinstance(err.value, SaveError)
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert temps(tmp_path) == []


def test_hard_links_are_kept(tmp_path):
    path = tmp_path / NAME
    other = tmp_path / "other-name.journey.json"
    save(build_sample(), path)
    os.link(path, other)
    inode = path.stat().st_ino
    doc = build_sample()
    doc.set("tp_1", title="Seen through both names")
    save(doc, path)
    assert path.stat().st_ino == inode and path.stat().st_nlink == 2
    assert load(other).get("tp_1")["title"] == "Seen through both names"
    assert temps(tmp_path) == []


def test_hard_linked_file_shorter_content_is_truncated(tmp_path):
    path = tmp_path / NAME
    path.write_bytes(b"x" * 100_000)
    os.link(path, tmp_path / "twin")
    save(build_sample(), path)
    assert path.read_bytes() == dumps(build_sample()).encode()


def test_a_stale_temp_file_from_a_killed_save_is_removed(tmp_path):
    path = tmp_path / NAME
    save(build_sample(), path)
    stale = tmp_path / f".{NAME}.ab12cd34.tmp"
    stale.write_bytes(b"half a map")
    unrelated = tmp_path / ".other.journey.json.ab12cd34.tmp"
    unrelated.write_bytes(b"someone else's")
    save(build_sample(), path)
    assert not stale.exists() and unrelated.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_temp_file_of_a_save_in_progress_is_kept(tmp_path):
    import fcntl

    live = tmp_path / f".{NAME}.0000beef.tmp"
    live.write_bytes(b"being written")
    with open(live, "rb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        child = subprocess.run(
            [
                sys.executable,
                "-c",
                (
                    "import sys, pathlib; from journeydesk.io.atomic import remove_stale_temps;"
                    "print(len(remove_stale_temps(pathlib.Path(sys.argv[1]), sys.argv[2])))"
                ),
                str(tmp_path),
                NAME,
            ],
            capture_output=True,
            text=True,
        )
    assert child.stdout.strip() == "0", child.stderr
    assert live.exists()
    assert remove_stale_temps(tmp_path, NAME) == [live]


def test_backup_keeps_the_previous_version(tmp_path):
    path = tmp_path / NAME
    first = build_sample()
    save(first, path, backup=True)
    assert not backup_path(path).exists()  # nothing before it
    second = build_sample()
    second.set("tp_1", title="Second")
    save(second, path, backup=True)
    assert backup_path(path).name == NAME + "~"
    assert backup_path(path).read_bytes() == dumps(first).encode()
    assert load(path).get("tp_1")["title"] == "Second"
    third = build_sample()
    third.set("tp_1", title="Third")
    save(third, path, backup=True)
    assert load(backup_path(path)).get("tp_1")["title"] == "Second"
    assert temps(tmp_path) == []


def test_no_backup_unless_asked(tmp_path):
    path = tmp_path / NAME
    save(build_sample(), path)
    save(build_sample(), path)
    assert not backup_path(path).exists()


def test_backup_copies_where_hard_links_are_refused(tmp_path, monkeypatch):
    path = tmp_path / NAME
    save(build_sample(), path)
    old = path.read_bytes()

    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    doc = build_sample()
    doc.set("tp_2", title="New")
    save(doc, path, backup=True)
    assert backup_path(path).read_bytes() == old


def test_a_backup_link_left_by_a_killed_save_does_not_count_as_a_hard_link(tmp_path):
    path = tmp_path / NAME
    save(build_sample(), path)
    os.link(path, backup_path(path))  # killed between the backup link and the rename
    doc = build_sample()
    doc.set("tp_1", title="After")
    save(doc, path, backup=True)
    assert load(path).get("tp_1")["title"] == "After"
    assert load(backup_path(path)).get("tp_1")["title"] == "Ad"


# ---------------------------------------------------------------- failure injection
STEPS = ("open", "write", "fsync", "fchmod", "fchown", "ftruncate", "link", "replace", "lseek")


class Injector:
    """Counts calls of the os functions a save uses; can make the n-th one fail."""

    def __init__(self, monkeypatch, fail_at: int | None = None, error=None):
        self.calls: list[str] = []
        self.fail_at = fail_at
        self.error = error
        for name in STEPS:
            if hasattr(os, name):
                monkeypatch.setattr(os, name, self.wrap(name, getattr(os, name)))

    def wrap(self, name, real):
        def call(*args, **kwargs):
            index = len(self.calls)
            self.calls.append(name)
            if index == self.fail_at:
                raise self.error or OSError(28, f"No space left on device (injected at {name})")
            return real(*args, **kwargs)

        return call


def _scenario(tmp_path, kind):
    path = tmp_path / NAME
    old_doc = build_sample()
    save(old_doc, path)
    if kind == "hard link":
        os.link(path, tmp_path / "twin.journey.json")
    if kind == "other owner" and os.geteuid() == 0:
        os.chown(path, 4321, 4321)
    path.chmod(0o640)
    new_doc = build_sample()
    new_doc.set("tp_1", title="New title " * 50)  # a different length too
    return path, dumps(old_doc).encode(), dumps(new_doc).encode()


@pytest.mark.parametrize("kind", ["plain", "hard link", "other owner"])
@pytest.mark.parametrize("backup", [False, True])
def test_a_failure_at_any_step_leaves_old_or_new_and_no_temp(tmp_path, monkeypatch, kind, backup):
    path, old, new = _scenario(tmp_path, kind)
    probe = Injector(monkeypatch)
    write_atomic(path, new, backup=backup)
    monkeypatch.undo()
    steps = list(probe.calls)
    assert {"write", "fsync"} <= set(steps)
    assert ("ftruncate" in steps) == (kind == "hard link")  # in place through the inode
    for n, step in enumerate(steps):
        write_atomic(path, old)  # back to the old version
        Injector(monkeypatch, fail_at=n)
        try:
            write_atomic(path, new, backup=backup)
            failed = False
        except SaveError as err:
            failed = True
            assert "injected" in str(err) and str(path.name) in str(err)
        monkeypatch.undo()
        content = path.read_bytes()
        assert content in (old, new), f"a mix after a failure at step {n} ({step})"
        if failed:
            assert content == old, f"failed at step {n} ({step}) yet the file changed"
        assert temps(tmp_path) == [], f"temp file left after a failure at step {n} ({step})"
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
        if kind == "hard link":
            assert (tmp_path / "twin.journey.json").read_bytes() == content


def test_an_interrupt_at_any_step_leaves_no_temp(tmp_path, monkeypatch):
    path, old, new = _scenario(tmp_path, "plain")
    probe = Injector(monkeypatch)
    write_atomic(path, new, backup=True)
    monkeypatch.undo()
    renamed_at = len(probe.calls) - 1 - probe.calls[::-1].index("replace")
    for n, step in enumerate(probe.calls):
        write_atomic(path, old)
        Injector(monkeypatch, fail_at=n, error=KeyboardInterrupt())
        with pytest.raises(KeyboardInterrupt):
            write_atomic(path, new, backup=True)
        monkeypatch.undo()
        assert path.read_bytes() == (old if n <= renamed_at else new), step
        assert temps(tmp_path) == [], step


# ---------------------------------------------------------------- killed saves
_SAVER = """
import sys
from journeydesk.io import write_atomic
path, a, b = sys.argv[1], open(sys.argv[2], 'rb').read(), open(sys.argv[3], 'rb').read()
print('ready', flush=True)
i = 0
while True:
    write_atomic(path, a if i % 2 else b)
    i += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_saves_killed_at_random_leave_a_whole_file_and_no_lasting_temp(tmp_path):
    path = tmp_path / NAME
    old = dumps(build_sample()).encode()
    doc = build_sample()
    for i in range(200):
        doc.add_touchpoint(f"Card {i}", "st_1", "la_1")
    new = dumps(doc).encode()  # a bigger file: more time inside write
    (tmp_path / "a").write_bytes(old)
    (tmp_path / "b").write_bytes(new)
    path.write_bytes(old)
    folder = tmp_path
    for round_ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(path), str(tmp_path / "a"), str(tmp_path / "b")],
            stdout=subprocess.PIPE,
        )
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(0.01 + 0.007 * round_)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        assert path.read_bytes() in (old, new)
        save(build_sample(), path)  # the next save clears what the killed one left
        assert temps(folder) == []
