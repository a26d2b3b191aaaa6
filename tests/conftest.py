"""Shared fixtures and helpers for the headless tests. Qt-free: Qt fixtures live in
tests/ui/conftest.py.

Test modules import the helpers as ``from journeydesk_testkit import ...``: other
folders have a conftest.py of their own, and pytest imports each one under the
same module name ``conftest``, so ``from conftest import`` would find whichever
came last. This module registers itself under its own name at the bottom.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

import pytest

from journeydesk import JourneyDocument

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.journey.json"))
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"

# The suite speaks English whatever the machine's locale, and never reads the
# user's own settings (where a language may be chosen); tests of other
# languages say so (--lang, use_language, translations.install(app, "id")).
for _var in ("LANGUAGE", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="journeydesk-tests-config-")

if str(ROOT / "benchmarks") not in sys.path:  # make_map.make_document for big maps
    sys.path.insert(0, str(ROOT / "benchmarks"))


def build_sample() -> JourneyDocument:
    """A small map with every kind of item and every kind of reference."""
    doc = JourneyDocument(title="Sample", language="en")
    doc.set_meta(created="2026-01-01T00:00:00Z", modified="2026-01-02T00:00:00Z")
    a = doc.add_persona(
        "Ana", id="pe_a", role="Buyer", goals=["g1"], needs=["n1"], frustrations=["f1"], quote="q"
    )
    b = doc.add_persona("Ben", id="pe_b")
    s1 = doc.add_stage("Before", id="st_1", description="d", notes="n")
    s2 = doc.add_stage("During", id="st_2")
    s3 = doc.add_stage("After", id="st_3")
    l1 = doc.add_lane("Touchpoints", id="la_1")
    l2 = doc.add_lane("Backstage", "backstage", id="la_2")
    web = doc.add_channel("Website", id="ch_web")
    mail = doc.add_channel("Email", id="ch_mail")
    t1 = doc.add_touchpoint(
        "Ad",
        s1,
        l1,
        id="tp_1",
        channel=web,
        owner="Marketing",
        personas=[a, b],
        metrics={"csat": 80, "volume": 1000},
        emotions={a: 1, b: -1},
        moment_of_truth=True,
    )
    t2 = doc.add_touchpoint("Blog", s1, l1, id="tp_2", channel=web, personas=[a], emotions={a: 2})
    t3 = doc.add_touchpoint("Checkout", s2, l1, id="tp_3", channel=web, personas=[b], metrics={"nps": -5})
    t4 = doc.add_touchpoint("Fraud check", s2, l2, id="tp_4", evidence="assumed")
    t5 = doc.add_touchpoint("Confirmation", s3, l1, id="tp_5", channel=mail, personas=[a, b])
    doc.add_touchpoint("Survey", s3, l1, id="tp_6", channel=mail)
    doc.add_link(t1, t2, id="ln_1", persona=a)
    doc.add_link(t2, t3, id="ln_2")
    doc.add_link(t1, t3, id="ln_3", persona=b, label="direct")
    doc.add_link(t3, t4, id="ln_4")
    doc.add_link(t3, t5, id="ln_5")
    doc.add_link(t5, t3, id="ln_6", label="loop")
    doc.add_friction(
        t3,
        "Delivery cost surprise",
        id="fr_1",
        severity=4,
        category="price_surprise",
        evidence={"quote": "I only saw it at the end", "source": "Survey", "count": 12},
    )
    doc.add_friction(t3, "Account required", id="fr_2", severity=3)
    doc.add_friction("ln_5", "Email late", id="fr_3", category="waiting")
    doc.add_friction(t1, "Ad misleading", id="fr_4", status="resolved", evidence_status="observed")
    return doc


@pytest.fixture
def sample() -> JourneyDocument:
    return build_sample()


@pytest.fixture
def events(sample):
    """The changes ``sample`` emits from now on."""
    seen = []
    sample.subscribe(seen.append)
    return seen


@pytest.fixture
def examples() -> list[Path]:
    return EXAMPLES


def shared_or_skip(*parts: str) -> Path:
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared corpora sit beside the project checkout)")
    return path


def assert_consistent(doc: JourneyDocument) -> None:
    """Every invariant of a document: no reference to a missing item, orders and
    cells agree with the graph."""
    g = doc.graph
    kinds = {n: k for n, k in g.nodes(data="type")}
    for kind in ("persona", "stage", "lane", "channel"):
        ids = [n for n, k in kinds.items() if k == kind]
        assert sorted(doc.items(kind)) == sorted(ids), kind
        assert g.graph[f"{kind}_order"] == tuple(doc.items(kind))
    tps = [n for n, k in kinds.items() if k == "touchpoint"]
    assert sorted(doc.touchpoints()) == sorted(tps)
    for kind in ("touchpoint", "friction", "comment", "persona", "stage"):  # count reads indexes
        assert doc.count(kind) == sum(1 for k in kinds.values() if k == kind), kind
    assert doc.count("link") == g.number_of_edges()
    for s in doc.stages():
        for la in doc.lanes():
            for i, tp in enumerate(doc.cell(s, la)):
                a = g.nodes[tp]
                assert (a["stage"], a["lane"], a["order"]) == (s, la, i)
    for tp in tps:
        a = g.nodes[tp]
        assert kinds.get(a["stage"]) == "stage" and kinds.get(a["lane"]) == "lane"
        assert a["channel"] is None or kinds.get(a["channel"]) == "channel"
        assert all(kinds.get(p) == "persona" for p in a["personas"])
        assert all(kinds.get(p) == "persona" for p in a["emotions"])
    assert len(doc.links()) == g.number_of_edges()
    for u, v, k, a in g.edges(keys=True, data=True):
        assert doc.link_ends(k) == (u, v)
        assert kinds[u] == kinds[v] == "touchpoint" and u != v
        assert a["persona"] is None or kinds.get(a["persona"]) == "persona"
    for fr in doc.frictions():
        target = g.nodes[fr]["target"]
        assert doc.kind_of(target) in ("touchpoint", "link")
        assert fr in doc.frictions_on(target)


PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


class _PseudoCatalog:
    language = "id"

    def lookup(self, context, source, disambiguation, n):
        from journeydesk.i18n import plural_english

        return f"{PSEUDO_OPEN}{plural_english(source, n) if n >= 0 else source}{PSEUDO_CLOSE}"


@contextlib.contextmanager
def pseudo_language(languages: tuple[str, ...] | None = None, interface: str = "id"):
    """Inside the block every headless translation into ``languages`` (default:
    every language but English, the source) answers ``⟦source⟧``: text printed
    without brackets skipped translation. The interface speaks ``interface``
    meanwhile (tests/i18n/pseudo.py does the same for Qt)."""
    from journeydesk import i18n

    before, spoken = i18n.catalog_for, i18n.interface_language()
    i18n.catalog_for = lambda language: (
        _PseudoCatalog()
        if (language in languages if languages is not None else language != "en")
        else before(language)
    )
    i18n.set_language(interface)
    try:
        yield
    finally:
        i18n.catalog_for = before
        i18n.set_language(spoken)


def outside_pseudo(text: str) -> str:
    """What of ``text`` lies outside the pseudo-language's brackets."""
    import re

    outside, before = text, None
    while outside != before:  # innermost brackets first: translations nest
        before, outside = (
            outside,
            re.sub(f"{PSEUDO_OPEN}[^{PSEUDO_OPEN}{PSEUDO_CLOSE}]*{PSEUDO_CLOSE}", " ", outside),
        )
    return outside


@pytest.fixture(autouse=True)
def _interface_language_restored():
    """``journeydesk --lang X`` run in-process sets the interface language for
    the process; no test leaves it changed for the next one."""
    from journeydesk import i18n

    spoken = i18n.interface_language()
    yield
    i18n.set_language(spoken)


sys.modules.setdefault("journeydesk_testkit", sys.modules[__name__])
