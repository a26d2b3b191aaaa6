"""Templates: each ships as a valid, canonical map with guidance on its cards, is
what the generator writes, and starts a new map with fresh ids."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from importlib import resources

import pytest
from journeydesk_testkit import ROOT, assert_consistent

from journeydesk.io import dumps
from journeydesk.io.templates import (
    TEMPLATES,
    TemplateError,
    list_templates,
    load_template,
    new_from_template,
)
from journeydesk.versions import diff

SHIPPED = resources.files("journeydesk").joinpath("resources", "templates")


def test_every_shipped_file_is_listed():
    files = sorted(p.name for p in SHIPPED.iterdir() if p.name.endswith(".journey.json"))
    assert files == sorted(f"{n}.journey.json" for n in TEMPLATES)
    assert [t.name for t in list_templates()] == list(TEMPLATES)


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_is_valid_canonical_and_has_guidance(name):
    text = SHIPPED.joinpath(f"{name}.journey.json").read_text("utf-8")
    doc = load_template(name)
    assert dumps(doc) == text  # canonical: journeydesk fmt --check passes
    assert_consistent(doc)
    assert 3 <= doc.count("stage") <= 7 and doc.count("touchpoint") >= 10
    g = doc.graph
    for item in doc.touchpoints():
        assert len(g.nodes[item]["description"]) > 30, g.nodes[item]["title"]  # guidance, not empty boxes
    assert all(g.nodes[s]["description"] for s in doc.stages())
    assert doc.count("friction") >= 2 and doc.count("link") >= 4
    assert any(g.nodes[t]["moment_of_truth"] for t in doc.touchpoints())


def test_languages_and_the_blueprint_lanes():
    langs = {t.name: t.language for t in list_templates()}
    assert langs["contact-centre-id"] == "id" and langs["e-commerce-ms"] == "ms"
    assert {v for k, v in langs.items() if k not in ("contact-centre-id", "e-commerce-ms")} == {"en"}
    blueprint = load_template("service-blueprint")
    g = blueprint.graph
    assert [(g.nodes[la]["name"], g.nodes[la]["kind"]) for la in blueprint.lanes()] == [
        ("Customer actions", "actions"),
        ("Frontstage", "frontstage"),
        ("Line of visibility", "custom"),
        ("Backstage", "backstage"),
        ("Support processes", "support_processes"),
    ]
    five = load_template("awareness-to-advocacy")
    assert [five.graph.nodes[s]["name"] for s in five.stages()] == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Retention / Service",
        "Advocacy",
    ]


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_new_map_gets_fresh_ids_and_todays_date(name):
    shipped = load_template(name)
    doc = new_from_template(name)
    assert_consistent(doc)
    every = set(doc.graph.nodes) | set(doc.links())
    assert not every & (set(shipped.graph.nodes) | set(shipped.links()))
    assert doc.meta["created"] != shipped.meta["created"]
    assert len(diff(shipped, doc).items) > 0  # new ids: another map, not a version
    a, b = new_from_template(name), new_from_template(name)
    assert not set(a.graph.nodes) & set(b.graph.nodes)
    # Same content otherwise.
    g, h = shipped.graph, doc.graph
    assert [g.nodes[t]["title"] for t in shipped.touchpoints()] == [
        h.nodes[t]["title"] for t in doc.touchpoints()
    ]


def test_unknown_template():
    with pytest.raises(TemplateError, match="no template 'nope'"):
        new_from_template("nope")


def test_shipped_files_are_what_the_generator_writes():
    spec = importlib.util.spec_from_file_location(
        "make_templates", ROOT / "resources/templates/make_templates.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.texts().items():
        assert SHIPPED.joinpath(f"{name}.journey.json").read_text("utf-8") == text, name


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "journeydesk", "new", *args], capture_output=True, text=True, timeout=60
    )


def test_cli_new(tmp_path):
    listed = run("--list")
    assert listed.returncode == 0 and all(n in listed.stdout for n in TEMPLATES)
    assert "Perjalanan pelanggan e-dagang" in listed.stdout
    out = tmp_path / "m.journey.json"
    done = run("--template", "service-blueprint", "-o", str(out))
    assert done.returncode == 0, done.stderr
    again = run("--template", "service-blueprint", "-o", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr
    assert run("--template", "nope", "-o", str(tmp_path / "x.journey.json")).returncode == 2
    assert run().returncode == 2
    valid = subprocess.run(
        [sys.executable, "-m", "journeydesk", "validate", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert valid.returncode == 0
