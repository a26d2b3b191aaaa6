"""journeydesk diff and merge on the command line, and merge as a real git merge driver."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from journeydesk_testkit import build_sample

from journeydesk.io import dumps, load, load_text, save


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "journeydesk", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        timeout=60,
    )
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    return done


@pytest.fixture
def versions(tmp_path):
    old = build_sample()
    new = load_text(dumps(old))
    new.set("tp_3", title="Pay", metrics={"nps": 20})
    new.set("fr_1", status="resolved")
    a, b = tmp_path / "v1.journey.json", tmp_path / "v2.journey.json"
    save(old, a)
    save(new, b)
    return a, b


def test_diff_exit_codes_and_report(versions, tmp_path):
    a, b = versions
    same = run("diff", str(a), str(a))
    assert same.returncode == 0 and "no differences" in same.stdout
    done = run("diff", str(a), str(b))
    assert done.returncode == 1
    assert "NPS: -5 -> 20 (up 25)" in done.stdout and "status: Open -> Resolved" in done.stdout
    broken = tmp_path / "broken.journey.json"
    broken.write_bytes(b"\x00\x01junk")
    bad = run("diff", str(a), str(broken))
    assert bad.returncode == 2 and bad.stderr.startswith(str(broken))
    assert run("diff", str(a)).returncode == 2


def test_diff_json(versions):
    a, b = versions
    data = json.loads(run("diff", str(a), str(b), "--json").stdout)
    assert data["equal"] is False and data["old"] == str(a)
    assert {(i["kind"], i["id"]) for i in data["items"]} == {("touchpoint", "tp_3"), ("friction", "fr_1")}


def edited_copies(tmp_path):
    base = build_sample()
    ours, theirs = load_text(dumps(base)), load_text(dumps(base))
    ours.set("tp_1", title="Sponsored ad")
    theirs.set("tp_1", owner="Growth")
    ours.set("tp_3", title="Pay now")
    theirs.set("tp_3", title="Checkout page")
    paths = [tmp_path / f"{n}.journey.json" for n in ("base", "ours", "theirs")]
    for doc, p in zip((base, ours, theirs), paths):
        save(doc, p)
    return paths


def test_merge_conflicts_exit_1_and_keep_ours(tmp_path):
    base, ours, theirs = edited_copies(tmp_path)
    out = tmp_path / "out.journey.json"
    done = run("merge", str(base), str(ours), str(theirs), "-o", str(out))
    assert done.returncode == 1
    assert (
        "Touchpoint 'Pay now' (tp_3): title: ours 'Pay now', theirs 'Checkout page'; kept ours" in done.stderr
    )
    assert "1 conflict, left as our value" in done.stderr
    m = load(out)
    assert m.get("tp_1")["title"] == "Sponsored ad" and m.get("tp_1")["owner"] == "Growth"
    done = run("merge", str(base), str(ours), str(theirs), "-o", str(out), "--theirs")
    assert done.returncode == 0 and load(out).get("tp_3")["title"] == "Checkout page"
    assert run("merge", str(base), str(ours), str(tmp_path / "nope.json"), "-o", str(out)).returncode == 2
    assert (
        run("merge", str(base), str(ours), str(theirs), "-o", str(out), "--ours", "--theirs").returncode == 2
    )


def test_merge_with_an_empty_base_as_git_gives_for_add_add(tmp_path):
    _, ours, theirs = edited_copies(tmp_path)
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    out = tmp_path / "out.journey.json"
    done = run("merge", str(empty), str(ours), str(theirs), "-o", str(out))
    assert done.returncode == 1 and load(out).count("touchpoint") == 6


def git(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.invalid",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
    )
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_merge_driver_merges_by_meaning(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git("init", "-q", "-b", "main", cwd=repo)
    # The lines README gives, with this interpreter in place of the installed script.
    driver = f"{sys.executable} -m journeydesk merge %O %A %B -o %A --name %P"
    git("config", "merge.journeydesk.name", "JourneyDesk map merge", cwd=repo)
    git("config", "merge.journeydesk.driver", driver, cwd=repo)
    (repo / ".gitattributes").write_text("*.journey.json merge=journeydesk\n", "utf-8")
    base = build_sample()
    save(base, repo / "shop.journey.json")
    git("add", ".", cwd=repo)
    git("commit", "-qm", "base", cwd=repo)
    base_commit = git("rev-parse", "HEAD", cwd=repo).stdout.strip()
    git("checkout", "-qb", "theirs", cwd=repo)
    theirs = load(repo / "shop.journey.json")
    theirs.set("tp_2", title="Blog post", notes="From the content team")  # neighbouring lines in the file
    theirs.add_stage("Advocacy", id="st_4")
    save(theirs, repo / "shop.journey.json")
    git("commit", "-qam", "theirs", cwd=repo)
    git("checkout", "-q", "main", cwd=repo)
    ours = load(repo / "shop.journey.json")
    ours.set("tp_2", owner="Content", description="Weekly post")
    ours.add_stage("Loyalty", id="st_5")
    save(ours, repo / "shop.journey.json")
    git("commit", "-qam", "ours", cwd=repo)
    done = git("merge", "-q", "--no-edit", "theirs", cwd=repo)
    assert done.returncode == 0, done.stdout + done.stderr
    merged = load(repo / "shop.journey.json")
    a = merged.get("tp_2")
    assert (a["title"], a["notes"], a["owner"], a["description"]) == (
        "Blog post",
        "From the content team",
        "Content",
        "Weekly post",
    )
    assert merged.stages()[-2:] in (("st_5", "st_4"), ("st_4", "st_5"))
    # A real conflict: git stops, the file holds our value, the driver said why.
    git("checkout", "-qb", "other", base_commit, cwd=repo)
    other = load(repo / "shop.journey.json")
    other.set("tp_2", owner="Marketing")
    save(other, repo / "shop.journey.json")
    git("commit", "-qam", "other", cwd=repo)
    git("checkout", "-q", "main", cwd=repo)
    done = git("merge", "--no-edit", "other", cwd=repo)
    assert done.returncode != 0
    assert "shop.journey.json: Touchpoint 'Blog post' (tp_2): owner: ours 'Content', theirs 'Marketing'" in (
        done.stdout + done.stderr
    )
    assert load(repo / "shop.journey.json").get("tp_2")["owner"] == "Content"
