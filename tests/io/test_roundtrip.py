"""Saving and loading: canonical bytes, equal graphs, any text survives."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journeydesk_testkit import EXAMPLES, assert_consistent, build_sample
from make_map import make_document
from networkx.utils import graphs_equal

import journeydesk
from journeydesk import JourneyDocument
from journeydesk.io import FORMAT_NAME, FORMAT_VERSION, dumps, load, load_text, save
from journeydesk.io.save import dumps_reference
from journeydesk.model.fields import control_character
from journeydesk.model.vocabulary import EVIDENCE_STATUSES, FRICTION_CATEGORIES, LANE_KINDS


def round_trip(doc: JourneyDocument, tmp_path) -> JourneyDocument:
    path = tmp_path / "map.journey.json"
    save(doc, path)
    first = path.read_bytes()
    again = load(path)
    assert graphs_equal(again.graph, doc.graph)
    assert again.meta == doc.meta
    save(again, path)
    assert path.read_bytes() == first  # save, load, save: same bytes
    save(again, path)
    assert path.read_bytes() == first  # save twice: same bytes
    return again


def test_sample_round_trip(tmp_path):
    doc = build_sample()
    again = round_trip(doc, tmp_path)
    for kind in ("persona", "stage", "lane", "channel", "touchpoint"):
        assert list(again.items(kind)) == list(doc.items(kind))
    for kind in ("link", "friction"):  # saved by id
        assert sorted(again.items(kind)) == sorted(doc.items(kind))
    assert_consistent(again)


def test_file_shape(tmp_path):
    text = dumps(build_sample())
    assert text.startswith('{\n  "format": "journeydesk",\n  "format_version": 2,\n')
    assert text.endswith("}\n") and not text.endswith("\n\n")
    data = json.loads(text)
    assert list(data) == [
        "format", "format_version", "map", "personas", "stages", "lanes", "channels",
        "touchpoints", "links", "frictions", "comments",
    ]  # fmt: skip
    assert data["format"] == FORMAT_NAME and data["format_version"] == FORMAT_VERSION
    assert all(isinstance(item["id"], str) for key in list(data)[3:] for item in data[key])
    assert [link["id"] for link in data["links"]] == sorted(link["id"] for link in data["links"])
    # two-space indent
    assert '\n    {\n      "id": "pe_a"' in text


def test_non_ascii_is_written_as_is(tmp_path):
    doc = JourneyDocument(title="Perjalanan pelanggan · 顧客 · ✓", language="id")
    path = tmp_path / "id.journey.json"
    save(doc, path)
    raw = path.read_bytes()
    assert "顧客".encode() in raw and b"\\u" not in raw


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_load_and_are_canonical(path, tmp_path):
    doc = load(path)
    assert dumps(doc).encode("utf-8") == path.read_bytes()
    assert dumps_reference(doc) == dumps(doc)
    assert_consistent(doc)
    round_trip(doc, tmp_path)


def test_examples_are_realistic():
    assert len(EXAMPLES) >= 3
    for path in EXAMPLES:
        doc = load(path)
        g = doc.graph.nodes
        tps = doc.touchpoints()
        assert 15 <= len(tps) <= 30, path.name
        assert doc.count("persona") >= 2 and doc.count("stage") >= 3 and doc.count("link") >= len(tps) * 0.8
        assert doc.count("friction") >= 5
        assert any(g[t]["metrics"] for t in tps) and any(g[t]["emotions"] for t in tps)
        assert any(g[t]["moment_of_truth"] for t in tps)
        assert any(doc.get(link)["persona"] for link in doc.links())
        for fr in doc.frictions():
            f = g[fr]
            assert f["category"] in FRICTION_CATEGORIES and f["opportunity"] and f["owner"]
            assert f["evidence"]["source"]
        for p in doc.personas():
            assert g[p]["role"] and g[p]["goals"] and g[p]["needs"] and g[p]["frustrations"] and g[p]["quote"]
    contact = load(next(p for p in EXAMPLES if p.name.startswith("contact-centre")))
    assert contact.meta["language"] == "id"
    assert "Kesadaran" in [contact.get(s)["name"] for s in contact.stages()]
    b2b = load(next(p for p in EXAMPLES if p.name.startswith("b2b")))
    kinds = {b2b.get(la)["kind"] for la in b2b.lanes()}
    assert {"frontstage", "backstage", "support_processes"} <= kinds


@pytest.mark.parametrize("n", [0, 1, 150])
def test_synthetic_maps_round_trip(n, tmp_path):
    doc = make_document(n, seed=n)
    round_trip(doc, tmp_path)
    assert dumps(doc) == dumps_reference(doc)
    assert dumps(make_document(n, seed=n)) == dumps(doc)  # deterministic for a seed


def test_load_text_equals_load(tmp_path):
    doc = build_sample()
    text = dumps(doc)
    assert graphs_equal(load_text(text).graph, doc.graph)


def test_public_api():
    assert journeydesk.load is load and journeydesk.save is save
    assert journeydesk.JourneyDocument is JourneyDocument


# ----------------------------------------------------------------- generated documents
# Any character a field holds: no surrogates, no control characters (model.fields
# refuses them), line breaks and tabs only in multi-line text.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30).filter(
    lambda t: control_character(t, multiline=True) is None
)
NAME = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=12)


@st.composite
def documents(draw) -> JourneyDocument:
    doc = JourneyDocument(title=draw(NAME), language=draw(st.sampled_from(["en", "id", "ms", "pt-BR"])))
    doc.set_meta(description=draw(TEXT), created=draw(NAME), modified=draw(NAME))
    personas = [
        doc.add_persona(
            draw(NAME),
            role=draw(NAME),
            goals=draw(st.lists(TEXT, max_size=3)),
            quote=draw(TEXT),
            colour=draw(st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    stages = [doc.add_stage(draw(NAME), notes=draw(TEXT)) for _ in range(draw(st.integers(1, 4)))]
    lanes = [
        doc.add_lane(draw(NAME), draw(st.sampled_from(LANE_KINDS))) for _ in range(draw(st.integers(1, 3)))
    ]
    channels = [doc.add_channel(draw(NAME)) for _ in range(draw(st.integers(0, 3)))]
    metric = {
        "csat": st.floats(0, 100),
        "nps": st.floats(-100, 100) | st.integers(-100, 100),
        "ces": st.floats(1, 7),
        "volume": st.integers(0, 10**15),
        "conversion": st.floats(0, 100),
    }
    tps = []
    for _ in range(draw(st.integers(0, 8))):
        ps = draw(st.lists(st.sampled_from(personas), unique=True)) if personas else []
        tps.append(
            doc.add_touchpoint(
                draw(NAME),
                draw(st.sampled_from(stages)),
                draw(st.sampled_from(lanes)),
                index=draw(st.none() | st.integers(0, 5)),
                description=draw(TEXT),
                channel=draw(st.sampled_from(channels)) if channels and draw(st.booleans()) else None,
                owner=draw(NAME),
                personas=ps,
                metrics=draw(st.fixed_dictionaries({}, optional=metric)),
                emotions={p: draw(st.integers(-3, 3)) for p in ps},
                evidence=draw(st.sampled_from(EVIDENCE_STATUSES)),
                moment_of_truth=draw(st.booleans()),
                notes=draw(TEXT),
            )
        )
    links = []
    if len(tps) > 1:
        for _ in range(draw(st.integers(0, 10))):
            u, v = draw(st.sampled_from(tps)), draw(st.sampled_from(tps))
            if u != v:
                persona = draw(st.sampled_from(personas)) if personas and draw(st.booleans()) else None
                links.append(doc.add_link(u, v, persona=persona, label=draw(NAME)))
    targets = tps + links
    for _ in range(draw(st.integers(0, 5)) if targets else 0):
        doc.add_friction(
            draw(st.sampled_from(targets)),
            draw(NAME),
            description=draw(TEXT),
            severity=draw(st.integers(1, 4)),
            category=draw(st.sampled_from(FRICTION_CATEGORIES) | NAME.filter(str.strip)),
            evidence={
                "quote": draw(TEXT),
                "source": draw(NAME),
                "count": draw(st.none() | st.integers(0, 10**15)),
            },
            status=draw(st.sampled_from(["open", "in_progress", "resolved"])),
            opportunity=draw(TEXT),
            owner=draw(NAME),
        )
    return doc


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(documents())
def test_generated_documents_round_trip(doc):
    text = dumps(doc)
    assert text == dumps_reference(doc)  # the fast writer writes exactly what json.dumps would
    again = load_text(text)
    assert graphs_equal(again.graph, doc.graph)
    assert dumps(again) == text
    for kind in ("persona", "stage", "lane", "channel", "touchpoint"):
        assert list(again.items(kind)) == list(doc.items(kind))
    for kind in ("link", "friction"):  # saved by id
        assert sorted(again.items(kind)) == sorted(doc.items(kind))
    assert_consistent(again)
