"""Maps built in code for the export tests (the examples are tested too, when present).

A plain helper module with a unique name (not conftest.py, which would shadow
other folders' conftest modules when imported by name)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from journeydesk.model import JourneyDocument

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BLNS = SHARED / "corpora" / "naughty-strings" / "blns.json"
EXAMPLES = sorted((ROOT / "examples").glob("*.journey.json"))

MARKUP_CASES = (
    '<img src="/etc/passwd"/>',
    "<font size=500>x</font>",
    "&nbsp;",
    "<b>bold?</b> &amp; <br/> <para>",
)


def build_store(language: str = "en") -> JourneyDocument:
    """A small, realistic map: stages, lanes (one emotions lane), personas,
    channels, touchpoints with metrics and emotions, links and frictions."""
    doc = JourneyDocument("Online store: first order", language)
    doc.set_meta(description="From first ad to second order, for new customers.")
    dina = doc.add_persona(
        "Dina, first-time buyer",
        role="Student",
        goals=["Find a good price"],
        needs=["Clear delivery dates"],
        frustrations=["Hidden fees"],
        quote="I just want to know when it arrives.",
    )
    budi = doc.add_persona("Budi, loyal customer", role="Small business owner")
    stages = [doc.add_stage(n) for n in ("Awareness", "Consideration", "Purchase", "Delivery", "Service")]
    tp_lane = doc.add_lane("Touchpoints", "touchpoints")
    back = doc.add_lane("Backstage", "backstage")
    doc.add_lane("Emotion", "emotions")
    web = doc.add_channel("Website")
    social = doc.add_channel("Social media")
    email = doc.add_channel("Email")
    t = {}
    t["ad"] = doc.add_touchpoint(
        "Sees sponsored post",
        stages[0],
        tp_lane,
        channel=social,
        owner="Marketing",
        personas=[dina],
        emotions={dina: 1},
        metrics={"volume": 120000},
    )
    t["review"] = doc.add_touchpoint(
        "Reads customer reviews on the marketplace",
        stages[1],
        tp_lane,
        channel=web,
        owner="E-commerce",
        emotions={dina: 0, budi: 1},
        evidence="assumed",
    )
    t["compare"] = doc.add_touchpoint("Compares prices", stages[1], tp_lane, channel=web, emotions={dina: -1})
    t["checkout"] = doc.add_touchpoint(
        "Checkout form",
        stages[2],
        tp_lane,
        channel=web,
        owner="E-commerce",
        moment_of_truth=True,
        emotions={dina: -2, budi: 0},
        metrics={"csat": 64.5, "conversion": 3.2, "ces": 4.1},
    )
    t["confirm"] = doc.add_touchpoint(
        "Order confirmation email",
        stages[2],
        tp_lane,
        channel=email,
        owner="E-commerce",
        emotions={dina: 1, budi: 2},
        evidence="proposed",
    )
    t["stock"] = doc.add_touchpoint("Stock check in warehouse system", stages[2], back, owner="Logistics")
    t["track"] = doc.add_touchpoint(
        "Tracks the parcel",
        stages[3],
        tp_lane,
        channel=web,
        owner="Logistics",
        emotions={dina: -1},
        metrics={"nps": -12},
    )
    t["help"] = doc.add_touchpoint(
        "Asks support about a late parcel",
        stages[4],
        tp_lane,
        channel=email,
        owner="Support",
        emotions={dina: -3, budi: -1},
        moment_of_truth=True,
        metrics={"csat": 41, "nps": -35, "ces": 5.6, "volume": 2300},
    )
    order = ["ad", "review", "compare", "checkout", "confirm", "track", "help"]
    links = {}
    for a, b in itertools.pairwise(order):
        links[(a, b)] = doc.add_link(t[a], t[b])
    doc.add_link(t["checkout"], t["stock"], label="order placed")
    doc.add_friction(
        t["checkout"],
        "Delivery fee shown only at the last step",
        severity=4,
        category="price_surprise",
        evidence={"quote": "Why is it 25k more now?", "source": "Interviews", "count": 14},
        evidence_status="observed",
        opportunity="Show the delivery fee on the product page",
    )
    doc.add_friction(
        t["checkout"],
        "Address form rejects RT/RW numbers",
        severity=2,
        category="effort",
        status="in_progress",
        opportunity="Accept free-form address lines",
    )
    doc.add_friction(
        t["help"],
        "No reply for two days",
        severity=3,
        category="waiting",
        evidence={"quote": "", "source": "Support tickets", "count": 312},
        evidence_status="observed",
    )
    doc.add_friction(
        links[("confirm", "track")],
        "Tracking link goes to a courier site in English",
        severity=1,
        category="channel_break",
        status="resolved",
        opportunity="Tracking page on our site",
    )
    return doc


def build_indonesian() -> JourneyDocument:
    """A map in Indonesian and Malay with accents, arrows and symbols."""
    doc = JourneyDocument("Perjalanan pelanggan: toko daring", "id")
    p = doc.add_persona("Sari, ibu yang sibuk", role="Perawat", quote="Saya tidak punya waktu menunggu.")
    s1 = doc.add_stage("Sebelum pembelian")
    s2 = doc.add_stage("Saat pembelian")
    s3 = doc.add_stage("Setelah pembelian → loyalitas")
    la = doc.add_lane("Titik sentuh")
    em = doc.add_lane("Emosi", "emotions")
    a = doc.add_touchpoint("Melihat iklan di media sosial", s1, la, owner="Pemasaran", emotions={p: 1})
    b = doc.add_touchpoint("Membandingkan harga — ulasan pelanggan ★★★★☆", s1, la, emotions={p: 0})
    c = doc.add_touchpoint(
        "Pembayaran di kasir (café « Crème brûlée »)",
        s2,
        la,
        owner="Penjualan",
        emotions={p: -2},
        moment_of_truth=True,
    )
    d = doc.add_touchpoint(
        "Pengiriman & kemasan: ±3 hari, ≥ 2 kotak", s3, la, owner="Logistik", emotions={p: 2}
    )
    doc.add_link(a, b)
    doc.add_link(b, c)
    doc.add_link(c, d)
    doc.add_friction(
        c,
        "Mesin kasir menelan koin tanpa memberi camilan",
        severity=4,
        category="failure",
        opportunity="Perbaiki mesin; kembalikan uang secara otomatis",
    )
    doc.add_friction(d, "Titik kesakitan: kurir terlambat ≈ 2 hari", severity=2, category="waiting")
    del em
    return doc


def load_blns() -> list[str]:
    if not BLNS.exists():
        pytest.skip(f"naughty strings corpus not found at {BLNS} (../shared is absent)")
    from journeydesk.model.fields import control_character

    # The ones a one-line field holds: the model refuses control characters.
    return [t for t in json.loads(BLNS.read_text("utf-8")) if control_character(t) is None]
