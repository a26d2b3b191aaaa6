"""Write the example maps in this folder through the public API.

    python examples/make_examples.py

Each map is written with ``journeydesk.JourneyDocument`` and ``journeydesk.save``,
so it is valid and canonical by construction (``journeydesk fmt --check`` passes).
The ids are readable on purpose: the files are meant to be read by people too.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

import journeydesk
from journeydesk import JourneyDocument

HERE = Path(__file__).resolve().parent
STAMP = {"created": "2026-03-02T09:00:00Z", "modified": "2026-03-16T15:30:00Z"}


class Builder:
    """Short-hand over the document API for writing maps by hand."""

    def __init__(self, title: str, language: str, description: str) -> None:
        self.doc = JourneyDocument(title=title, language=language)
        self.doc.set_meta(description=description, **STAMP)

    def persona(self, id: str, name: str, **values: Any) -> str:
        return self.doc.add_persona(name, id=id, **values)

    def stage(self, id: str, name: str, description: str = "", notes: str = "") -> str:
        return self.doc.add_stage(name, id=id, description=description, notes=notes)

    def lane(self, id: str, name: str, kind: str) -> str:
        return self.doc.add_lane(name, kind, id=id)

    def channel(self, id: str, name: str) -> str:
        return self.doc.add_channel(name, id=id)

    def tp(self, id: str, stage: str, lane: str, title: str, **values: Any) -> str:
        return self.doc.add_touchpoint(title, stage, lane, id=id, **values)

    def flow(self, *ids: str, persona: str | None = None, label: str = "") -> None:
        """Links between consecutive touchpoints, ids ln_<source>__<target>."""
        for a, b in itertools.pairwise(ids):
            link_id = f"ln_{a[3:]}__{b[3:]}" + (f"__{persona[3:]}" if persona else "")
            self.doc.add_link(a, b, id=link_id, persona=persona, label=label)

    def friction(self, id: str, target: str, title: str, **values: Any) -> str:
        return self.doc.add_friction(target, title, id=id, **values)

    def save(self, name: str) -> Path:
        path = HERE / name
        journeydesk.save(self.doc, path)
        return path


# --------------------------------------------------------------------------- online store
def online_store() -> Builder:
    b = Builder(
        "Online store: buying a pair of running shoes",
        "en",
        "How new and returning customers find, buy, receive and come back to Stride & Co., "
        "a mid-size sports retailer selling online and in two stores. Built from the Q1 "
        "research sprint: 14 interviews, checkout analytics and 3 months of support tickets.",
    )
    maya = b.persona(
        "pe_maya",
        "Maya, the careful first-timer",
        role="Junior accountant, 27, training for her first 10 km race",
        goals=["Buy shoes that fit without visiting a store", "Know the full price before paying"],
        needs=["Honest sizing advice", "Free and easy returns", "Delivery before race day"],
        frustrations=["Hidden delivery costs", "Being forced to create an account", "Chat bots that loop"],
        quote="I read every review before I buy anything over fifty euros.",
        colour="#3B82F6",
    )
    ravi = b.persona(
        "pe_ravi",
        "Ravi, the repeat buyer",
        role="Nurse on shifts, 41, runs 40 km a week and replaces shoes every 4 months",
        goals=["Reorder the same model in two minutes", "Get loyalty discounts"],
        needs=["Saved size and address", "Reliable delivery slots around his shifts"],
        frustrations=["Model discontinued without a suggestion", "Parcel left with a neighbour"],
        quote="If it's the same shoe, don't make me think. Just ship it.",
        colour="#E4572E",
    )
    before = b.stage(
        "st_before",
        "Before purchase",
        "Discovering the brand and the product, comparing, deciding where to buy.",
        notes="Most first-time visitors arrive from search ads and Instagram; say where we lose them.",
    )
    during = b.stage(
        "st_during",
        "During purchase",
        "From the product page to the order confirmation.",
        notes="Checkout abandonment is 68%: the biggest single leak on this map.",
    )
    after = b.stage(
        "st_after",
        "After purchase",
        "Delivery, first run, support, returns, reviews and the next order.",
        notes="Close on the loyalty numbers: repeat buyers are 41% of revenue.",
    )
    tps = b.lane("la_touchpoints", "Touchpoints", "touchpoints")
    b.lane("la_emotions", "Emotions", "emotions")
    acts = b.lane("la_actions", "Customer actions", "actions")
    back = b.lane("la_backstage", "Behind the scenes", "backstage")
    ch = {
        key: b.channel(f"ch_{key}", name)
        for key, name in (
            ("store", "Store visit"),
            ("web", "Website"),
            ("shop", "E-commerce"),
            ("app", "Mobile app"),
            ("email", "Email"),
            ("social", "Social media"),
            ("phone", "Phone / contact centre"),
            ("chat", "Live chat / chatbot"),
            ("print", "Print"),
            ("events", "Events"),
            ("wom", "Word of mouth"),
            ("market", "Marketplace"),
        )
    }
    both = [maya, ravi]
    # Before purchase
    b.tp(
        "tp_instagram",
        before,
        tps,
        "Instagram post from a running club",
        description="Sponsored carousel of the new trail model, shared by a local running club.",
        channel=ch["social"],
        owner="Marketing",
        personas=[maya],
        metrics={"volume": 48_000, "conversion": 1.2},
        emotions={maya: 1},
        evidence="observed",
    )
    b.tp(
        "tp_search_ad",
        before,
        tps,
        "Search ad for 'best running shoes for beginners'",
        description="Paid search ad leading to the beginners' category page.",
        channel=ch["web"],
        owner="Marketing",
        personas=[maya],
        metrics={"volume": 31_500, "conversion": 3.4},
        emotions={maya: 0},
    )
    b.tp(
        "tp_friend",
        before,
        tps,
        "Recommendation from a friend",
        description="A colleague who runs recommends the store for its gait advice.",
        channel=ch["wom"],
        owner="Marketing",
        personas=[maya],
        emotions={maya: 2},
        evidence="observed",
        moment_of_truth=True,
        notes="9 of 14 interviewees first heard of us from someone they know.",
    )
    b.tp(
        "tp_reviews",
        before,
        tps,
        "Customer reviews on the marketplace",
        description="Ratings and photos on the marketplace listing; 4.3 stars from 1,120 reviews.",
        channel=ch["market"],
        owner="E-commerce",
        personas=[maya],
        metrics={"volume": 12_400},
        emotions={maya: 1},
    )
    b.tp(
        "tp_guide",
        before,
        tps,
        "Buying guide on the blog",
        description="'How to choose your first running shoes': pronation, drop, cushioning.",
        channel=ch["web"],
        owner="Content",
        personas=[maya],
        metrics={"volume": 9_800, "csat": 86.0},
        emotions={maya: 2},
    )
    b.tp(
        "tp_newsletter_popup",
        before,
        acts,
        "Signs up for 10% off",
        description="Newsletter pop-up on the second page view.",
        channel=ch["web"],
        owner="CRM",
        personas=[maya],
        metrics={"conversion": 6.5},
        emotions={maya: -1},
        evidence="observed",
    )
    b.tp(
        "tp_reorder_reminder",
        before,
        tps,
        "'Time for new shoes?' reminder",
        description="Email sent 110 days after the last purchase of a running shoe.",
        channel=ch["email"],
        owner="CRM",
        personas=[ravi],
        metrics={"volume": 7_200, "conversion": 14.8},
        emotions={ravi: 1},
    )
    # During purchase
    b.tp(
        "tp_product_page",
        during,
        tps,
        "Product page with size guide",
        description="Photos, size chart, fit notes ('runs small'), stock per size.",
        channel=ch["shop"],
        owner="E-commerce",
        personas=both,
        metrics={"volume": 64_000, "conversion": 8.9, "csat": 78.0},
        emotions={maya: 0, ravi: 1},
        moment_of_truth=True,
    )
    b.tp(
        "tp_live_chat",
        during,
        tps,
        "Live chat about sizing",
        description="Chat bot first; a sales adviser joins during store hours (9:00-18:00).",
        channel=ch["chat"],
        owner="Sales",
        personas=[maya],
        metrics={"volume": 2_300, "csat": 64.0, "ces": 4.8},
        emotions={maya: -1},
    )
    b.tp(
        "tp_app_reorder",
        during,
        tps,
        "Reorder from order history in the app",
        description="One tap on a past order puts the same model and size in the cart.",
        channel=ch["app"],
        owner="E-commerce",
        personas=[ravi],
        metrics={"volume": 3_100, "conversion": 52.0, "csat": 91.0},
        emotions={ravi: 2},
    )
    b.tp(
        "tp_cart",
        during,
        acts,
        "Adds to cart",
        channel=ch["shop"],
        owner="E-commerce",
        personas=both,
        metrics={"volume": 11_900},
        emotions={maya: 1, ravi: 1},
    )
    b.tp(
        "tp_checkout",
        during,
        tps,
        "Checkout: account, address, delivery",
        description="Three-step checkout; delivery cost appears at step 3.",
        channel=ch["shop"],
        owner="E-commerce",
        personas=both,
        metrics={"volume": 11_900, "conversion": 32.0, "ces": 5.1},
        emotions={maya: -2, ravi: 0},
        moment_of_truth=True,
    )
    b.tp(
        "tp_payment",
        during,
        tps,
        "Payment (card, wallet, pay later)",
        description="Card payments go through 3-D Secure in the bank's app.",
        channel=ch["shop"],
        owner="Payments",
        personas=both,
        metrics={"volume": 3_800, "conversion": 91.0},
        emotions={maya: -1, ravi: 0},
    )
    b.tp(
        "tp_fraud_check",
        during,
        back,
        "Fraud screening",
        description="Automatic risk score; 2% of orders held for manual review.",
        owner="Payments",
        evidence="observed",
    )
    b.tp(
        "tp_confirmation",
        during,
        tps,
        "Order confirmation email",
        description="Sent within a minute; includes delivery estimate and a link to track.",
        channel=ch["email"],
        owner="CRM",
        personas=both,
        metrics={"volume": 3_450, "csat": 88.0},
        emotions={maya: 2, ravi: 1},
    )
    b.tp(
        "tp_store_pickup",
        during,
        tps,
        "Click & collect in store",
        description="Order online, try on and collect in store the next day.",
        channel=ch["store"],
        owner="Retail",
        personas=[ravi],
        metrics={"volume": 420, "csat": 93.0},
        emotions={ravi: 2},
        evidence="observed",
    )
    # After purchase
    b.tp(
        "tp_picking",
        after,
        back,
        "Warehouse picking and packing",
        description="Orders before 15:00 leave the same day.",
        owner="Logistics",
        metrics={"volume": 3_450},
    )
    b.tp(
        "tp_shipping_update",
        after,
        tps,
        "Shipping notifications",
        description="Email and SMS when the parcel leaves, and on the delivery day.",
        channel=ch["email"],
        owner="Logistics",
        personas=both,
        metrics={"csat": 71.0},
        emotions={maya: 0, ravi: -1},
    )
    b.tp(
        "tp_delivery",
        after,
        tps,
        "Delivery and packaging",
        description="Courier delivery in a recycled box with a printed returns slip.",
        channel=ch["print"],
        owner="Logistics",
        personas=both,
        metrics={"volume": 3_390, "csat": 82.0},
        emotions={maya: 2, ravi: 1},
        moment_of_truth=True,
    )
    b.tp(
        "tp_welcome_email",
        after,
        tps,
        "Thank-you email with running tips",
        description="Care tips and a first 5 km plan, three days after delivery.",
        channel=ch["email"],
        owner="CRM",
        personas=[maya],
        metrics={"volume": 2_100, "conversion": 4.1},
        emotions={maya: 1},
        evidence="assumed",
    )
    b.tp(
        "tp_csat_survey",
        after,
        tps,
        "CSAT survey",
        description="Twelve questions, sent seven days after delivery.",
        channel=ch["email"],
        owner="Customer insight",
        personas=both,
        metrics={"volume": 3_390, "conversion": 9.0, "nps": 34.0},
        emotions={maya: -1, ravi: -1},
    )
    b.tp(
        "tp_phone_support",
        after,
        tps,
        "Support phone line",
        description="Open 9:00-17:00 on weekdays; average wait 11 minutes in March.",
        channel=ch["phone"],
        owner="Customer service",
        personas=both,
        metrics={"volume": 860, "csat": 58.0, "ces": 5.6},
        emotions={maya: -2, ravi: -2},
        moment_of_truth=True,
    )
    b.tp(
        "tp_help_centre",
        after,
        tps,
        "Help centre and community forum",
        description="Articles on returns, sizing and care; runners answer each other.",
        channel=ch["web"],
        owner="Customer service",
        personas=both,
        metrics={"volume": 5_400, "csat": 69.0},
        emotions={maya: 0, ravi: 0},
    )
    b.tp(
        "tp_return",
        after,
        acts,
        "Returns a pair that does not fit",
        description="Prints the label, drops the parcel at a pick-up point, waits for the refund.",
        channel=ch["shop"],
        owner="Logistics",
        personas=[maya],
        metrics={"volume": 610, "ces": 4.2},
        emotions={maya: -1},
    )
    b.tp(
        "tp_refund",
        after,
        back,
        "Refund processing",
        description="Refund issued when the warehouse scans the return; 6 working days on average.",
        owner="Finance",
        metrics={"volume": 610},
    )
    b.tp(
        "tp_review_request",
        after,
        tps,
        "Review request",
        description="Asks for a star rating and a photo 14 days after delivery.",
        channel=ch["email"],
        owner="E-commerce",
        personas=both,
        metrics={"conversion": 7.5},
        emotions={maya: 1, ravi: 0},
        evidence="observed",
    )
    b.tp(
        "tp_loyalty",
        after,
        tps,
        "Loyalty club newsletter",
        description="Monthly: member prices, race calendar, early access to new models.",
        channel=ch["email"],
        owner="CRM",
        personas=[ravi],
        metrics={"volume": 18_000, "conversion": 2.9, "nps": 47.0},
        emotions={ravi: 2},
        evidence="proposed",
        notes="Race calendar is a proposal from the March workshop.",
    )

    # The flow
    b.flow("tp_instagram", "tp_guide", "tp_reviews", "tp_product_page", persona=maya)
    b.flow("tp_search_ad", "tp_product_page")
    b.flow("tp_friend", "tp_product_page")
    b.flow("tp_guide", "tp_newsletter_popup")
    b.flow("tp_product_page", "tp_live_chat", persona=maya, label="unsure about size")
    b.flow("tp_live_chat", "tp_cart")
    b.flow("tp_live_chat", "tp_phone_support", label="bot hands over to phone")
    b.flow("tp_product_page", "tp_cart", "tp_checkout", "tp_payment", "tp_confirmation")
    b.flow("tp_payment", "tp_fraud_check")
    b.flow("tp_payment", "tp_checkout", label="payment declined")
    b.flow("tp_reorder_reminder", "tp_app_reorder", "tp_payment", persona=ravi)
    b.flow("tp_confirmation", "tp_store_pickup", persona=ravi, label="chooses click & collect")
    b.flow("tp_confirmation", "tp_picking", "tp_shipping_update", "tp_delivery")
    b.flow("tp_delivery", "tp_welcome_email", persona=maya)
    b.flow("tp_delivery", "tp_csat_survey", "tp_review_request")
    b.flow("tp_delivery", "tp_return", "tp_refund", persona=maya, label="does not fit")
    b.flow("tp_return", "tp_help_centre", label="looks for the returns label")
    b.flow("tp_help_centre", "tp_phone_support", label="article did not answer")
    b.flow("tp_review_request", "tp_loyalty", "tp_reorder_reminder", persona=ravi, label="next season")

    # Frictions
    b.friction(
        "fr_delivery_cost",
        "tp_checkout",
        "Delivery cost appears only at the last step",
        description="Shoppers see the 5.90 EUR delivery fee after entering their address; "
        "a third of those who leave do it at that screen.",
        severity=4,
        category="price_surprise",
        evidence={
            "quote": "I only saw the shipping fee at the very end. Felt like a trick.",
            "source": "Checkout exit survey, February",
            "count": 212,
        },
        evidence_status="observed",
        status="in_progress",
        opportunity="Show delivery cost and free-delivery threshold on the product page and in the cart.",
        owner="E-commerce",
    )
    b.friction(
        "fr_forced_account",
        "tp_checkout",
        "Account required before paying",
        description="Guest checkout is hidden behind a small link under the sign-up form.",
        severity=3,
        category="effort",
        evidence={
            "quote": "Why do I need a password to buy one pair of shoes?",
            "source": "Usability test, 6 of 8 participants",
            "count": 6,
        },
        evidence_status="observed",
        status="open",
        opportunity="Make guest checkout the default; offer an account after the order.",
        owner="E-commerce",
    )
    b.friction(
        "fr_3ds_timeout",
        "tp_payment",
        "Payment fails when the bank app times out",
        description="3-D Secure approval in the bank's app expires after 5 minutes and the cart empties.",
        severity=4,
        category="failure",
        evidence={
            "quote": "I approved it in my bank app and the site said payment failed.",
            "source": "Payment logs and support tickets",
            "count": 147,
        },
        evidence_status="observed",
        status="open",
        opportunity="Keep the cart after a failed payment and offer a retry or a wallet.",
        owner="Payments",
    )
    b.friction(
        "fr_bot_loop",
        "ln_live_chat__phone_support",
        "Chat bot sends sizing questions to the phone line",
        description="Outside store hours the bot cannot answer sizing and gives the phone number, "
        "which is closed too.",
        severity=3,
        category="channel_break",
        evidence={
            "quote": "The bot told me to call, and the line was closed.",
            "source": "Chat transcripts, March",
            "count": 64,
        },
        evidence_status="observed",
        status="open",
        opportunity="Let the bot take a question for the adviser and answer by email the next morning.",
        owner="Sales",
    )
    b.friction(
        "fr_size_doubt",
        "tp_product_page",
        "Not sure which size to order",
        description="The size chart uses US sizes only; 'runs small' is buried in the reviews.",
        severity=2,
        category="missing_information",
        evidence={
            "quote": "Every brand fits differently. I ordered two sizes and sent one back.",
            "source": "Interviews",
            "count": 5,
        },
        evidence_status="observed",
        status="open",
        opportunity="EU/UK sizes and a fit summary from returns data next to the size picker.",
        owner="E-commerce",
    )
    b.friction(
        "fr_no_delay_notice",
        "tp_shipping_update",
        "No notice when a delivery is late",
        description="When the courier misses the slot, no message is sent until the customer asks.",
        severity=3,
        category="broken_promise",
        evidence={
            "quote": "It said Thursday. On Friday night I still had nothing and no message.",
            "source": "Support tickets tagged 'where is my order'",
            "count": 318,
        },
        evidence_status="observed",
        status="in_progress",
        opportunity="Send a proactive delay message with the new slot from the courier's feed.",
        owner="Logistics",
    )
    b.friction(
        "fr_phone_wait",
        "tp_phone_support",
        "Long wait on the support line",
        description="Average 11 minutes, peaks of 25 on Monday mornings.",
        severity=3,
        category="waiting",
        evidence={"quote": "", "source": "Telephony report, March", "count": 860},
        evidence_status="observed",
        status="open",
        opportunity="Call-back option and a returns self-service flow to take returns calls off the line.",
        owner="Customer service",
    )
    b.friction(
        "fr_returns_label",
        "tp_return",
        "Returns label hard to find",
        description="The printed slip asks for an order number that is not on it.",
        severity=2,
        category="missing_information",
        evidence={
            "quote": "The slip wants an order number. Which one? It isn't printed anywhere.",
            "source": "Interviews",
            "count": 4,
        },
        evidence_status="observed",
        status="resolved",
        opportunity="Print the order number and a QR code for the label on the slip.",
        owner="Logistics",
    )
    b.friction(
        "fr_long_survey",
        "tp_csat_survey",
        "Survey is too long",
        description="Twelve questions; most people stop after three.",
        severity=1,
        category="effort",
        evidence={"quote": "", "source": "Survey tool drop-off report", "count": None},
        evidence_status="assumed",
        status="open",
        opportunity="Two questions (CSAT and one open question) on the delivery page.",
        owner="Customer insight",
    )
    b.friction(
        "fr_slow_refund",
        "tp_refund",
        "Refund takes over a week",
        description="Customers cannot see whether the return arrived.",
        severity=2,
        category="waiting",
        evidence={
            "quote": "I paid twice for a while: the new size and the one I sent back.",
            "source": "Interviews",
            "count": 3,
        },
        evidence_status="assumed",
        status="open",
        opportunity="Refund at the drop-off scan for members; show return status in the app.",
        owner="Finance",
    )
    return b


# --------------------------------------------------------------------------- contact centre (id)
def contact_centre() -> Builder:
    b = Builder(
        "Layanan pelanggan internet rumah: melaporkan gangguan",
        "id",
        "Perjalanan pelanggan NusaNet saat internet rumah terputus: dari menyadari gangguan, "
        "menghubungi pusat kontak, sampai perbaikan dan tindak lanjut. Disusun dari 12 wawancara, "
        "rekaman panggilan bulan Februari dan data tiket tiga bulan terakhir.",
    )
    sari = b.persona(
        "pe_sari",
        "Ibu Sari, pekerja dari rumah",
        role="Staf keuangan, 34 tahun, bekerja dari rumah tiga hari seminggu",
        goals=["Internet kembali normal sebelum rapat daring", "Tahu kapan teknisi datang"],
        needs=["Informasi status gangguan yang jujur", "Tidak perlu mengulang cerita di setiap saluran"],
        frustrations=[
            "Menunggu lama di telepon",
            "Menu IVR yang berbelit-belit",
            "Janji yang tidak ditepati",
        ],
        quote="Saya tidak keberatan menunggu, asal tahu sampai kapan.",
        colour="#17A398",
    )
    dedi = b.persona(
        "pe_dedi",
        "Pak Dedi, pemilik warung",
        role="Pemilik warung kopi, 52 tahun, memakai internet untuk pembayaran QRIS",
        goals=["Pembayaran digital di warung tetap jalan", "Mendapat potongan tagihan kalau gangguan lama"],
        needs=["Bisa melapor lewat WhatsApp", "Bahasa yang sederhana, tanpa istilah teknis"],
        frustrations=["Aplikasi yang minta kata sandi terus", "Harus menelepon di jam ramai warung"],
        quote="Kalau internet mati, pembeli tidak bisa bayar pakai QRIS. Saya rugi.",
        colour="#F2A541",
    )
    sadar = b.stage(
        "st_kesadaran", "Kesadaran", "Pelanggan menyadari ada gangguan dan mencari tahu penyebabnya."
    )
    hubungi = b.stage(
        "st_menghubungi",
        "Menghubungi layanan",
        "Pelanggan memilih saluran dan mencoba menghubungi NusaNet.",
        notes="Sebagian besar pelanggan mencoba dua saluran atau lebih sebelum tersambung.",
    )
    tangani = b.stage(
        "st_penanganan", "Penanganan keluhan", "Agen memeriksa, membuat tiket dan menjadwalkan perbaikan."
    )
    perbaikan = b.stage("st_perbaikan", "Perbaikan", "Tim jaringan atau teknisi memperbaiki gangguan.")
    lanjut = b.stage(
        "st_tindak_lanjut",
        "Tindak lanjut",
        "Konfirmasi, survei kepuasan, kompensasi dan hubungan jangka panjang.",
        notes="Tekankan peluang retensi: pelanggan yang ditangani dengan baik justru lebih setia.",
    )
    ts = b.lane("la_titik_sentuh", "Titik sentuh", "touchpoints")
    b.lane("la_emosi", "Emosi", "emotions")
    tind = b.lane("la_tindakan", "Tindakan pelanggan", "actions")
    blk = b.lane("la_balik_layar", "Di balik layar", "backstage")
    ch = {
        key: b.channel(f"ch_{key}", name)
        for key, name in (
            ("telepon", "Telepon / pusat kontak"),
            ("wa", "WhatsApp"),
            ("app", "Aplikasi seluler"),
            ("web", "Situs web"),
            ("sosmed", "Media sosial"),
            ("sms", "SMS"),
            ("email", "Email"),
            ("kunjungan", "Kunjungan teknisi"),
        )
    }
    both = [sari, dedi]
    b.tp(
        "tp_internet_mati",
        sadar,
        tind,
        "Internet mati di rumah",
        description="Lampu modem berkedip merah; pelanggan mencoba mematikan dan menyalakan ulang modem.",
        personas=both,
        emotions={sari: -2, dedi: -3},
        moment_of_truth=False,
    )
    b.tp(
        "tp_cek_aplikasi",
        sadar,
        ts,
        "Cek status gangguan di aplikasi",
        description="Halaman status di aplikasi MyNusa menampilkan gangguan per wilayah.",
        channel=ch["app"],
        owner="Tim Digital",
        personas=[sari],
        metrics={"volume": 18_500, "csat": 52.0},
        emotions={sari: -1},
    )
    b.tp(
        "tp_keluhan_sosmed",
        sadar,
        ts,
        "Mengeluh di media sosial",
        description="Pelanggan menandai akun resmi NusaNet; admin membalas dengan nomor layanan.",
        channel=ch["sosmed"],
        owner="Tim Media Sosial",
        personas=[sari],
        metrics={"volume": 2_400},
        emotions={sari: -2},
        evidence="observed",
    )
    b.tp(
        "tp_cari_nomor",
        sadar,
        tind,
        "Mencari nomor layanan di situs",
        channel=ch["web"],
        owner="Tim Digital",
        personas=[dedi],
        metrics={"volume": 6_100},
        emotions={dedi: -1},
    )
    b.tp(
        "tp_menelepon",
        hubungi,
        ts,
        "Menelepon pusat kontak 1500-123",
        description="Layanan 24 jam; tarif lokal.",
        channel=ch["telepon"],
        owner="Pusat Kontak",
        personas=both,
        metrics={"volume": 41_000},
        emotions={sari: -1, dedi: -1},
    )
    b.tp(
        "tp_ivr",
        hubungi,
        ts,
        "Menu IVR",
        description="Tujuh pilihan di menu utama; pilihan 'gangguan' ada di nomor 6.",
        channel=ch["telepon"],
        owner="Pusat Kontak",
        personas=both,
        metrics={"volume": 41_000, "ces": 5.4},
        emotions={sari: -2, dedi: -2},
    )
    b.tp(
        "tp_antre",
        hubungi,
        ts,
        "Antre di telepon",
        description="Rata-rata 14 menit pada jam sibuk (08.00-10.00 dan 19.00-21.00).",
        channel=ch["telepon"],
        owner="Pusat Kontak",
        personas=both,
        metrics={"volume": 33_800, "csat": 31.0},
        emotions={sari: -3, dedi: -3},
        moment_of_truth=True,
    )
    b.tp(
        "tp_whatsapp_bot",
        hubungi,
        ts,
        "Chat WhatsApp dengan asisten virtual",
        description="Bot menanyakan nomor pelanggan dan menawarkan cek gangguan otomatis.",
        channel=ch["wa"],
        owner="Tim Digital",
        personas=[dedi],
        metrics={"volume": 12_700, "csat": 61.0, "ces": 3.9},
        emotions={dedi: 0},
    )
    b.tp(
        "tp_verifikasi",
        tangani,
        ts,
        "Verifikasi identitas",
        description="Agen meminta nomor pelanggan, nama sesuai KTP dan alamat pemasangan.",
        channel=ch["telepon"],
        owner="Pusat Kontak",
        personas=both,
        metrics={"ces": 4.6},
        emotions={sari: -1, dedi: -1},
    )
    b.tp(
        "tp_bicara_agen",
        tangani,
        ts,
        "Berbicara dengan agen",
        description="Agen memeriksa modem dari jarak jauh dan memberi penjelasan.",
        channel=ch["telepon"],
        owner="Pusat Kontak",
        personas=both,
        metrics={"volume": 28_900, "csat": 74.0, "nps": 12.0},
        emotions={sari: 1, dedi: 1},
        moment_of_truth=True,
    )
    b.tp(
        "tp_tiket",
        tangani,
        blk,
        "Tiket gangguan dibuat",
        description="Tiket masuk ke sistem; prioritas ditentukan dari jenis pelanggan dan wilayah.",
        owner="Pusat Kontak",
        metrics={"volume": 21_300},
    )
    b.tp(
        "tp_sms_tiket",
        tangani,
        ts,
        "SMS nomor tiket",
        description="SMS otomatis berisi nomor tiket dan perkiraan waktu penyelesaian.",
        channel=ch["sms"],
        owner="Tim Digital",
        personas=both,
        metrics={"volume": 21_300},
        emotions={sari: 1, dedi: 0},
    )
    b.tp(
        "tp_eskalasi",
        perbaikan,
        blk,
        "Eskalasi ke tim jaringan",
        description="Gangguan massal ditangani tim jaringan; gangguan perangkat dijadwalkan ke teknisi.",
        owner="Operasional Jaringan",
        metrics={"volume": 6_800},
    )
    b.tp(
        "tp_jadwal_teknisi",
        perbaikan,
        blk,
        "Penjadwalan teknisi",
        description="Koordinator wilayah membagi tiket ke teknisi lapangan.",
        owner="Operasional Lapangan",
        evidence="observed",
    )
    b.tp(
        "tp_kunjungan",
        perbaikan,
        ts,
        "Kunjungan teknisi ke rumah",
        description="Teknisi mengganti kabel atau modem; rata-rata 45 menit di lokasi.",
        channel=ch["kunjungan"],
        owner="Operasional Lapangan",
        personas=both,
        metrics={"volume": 4_900, "csat": 83.0},
        emotions={sari: 2, dedi: 2},
        moment_of_truth=True,
    )
    b.tp(
        "tp_cek_status_tiket",
        perbaikan,
        tind,
        "Menanyakan status tiket",
        description="Pelanggan menelepon lagi atau mengirim WhatsApp karena belum ada kabar.",
        channel=ch["wa"],
        owner="Pusat Kontak",
        personas=both,
        metrics={"volume": 9_400},
        emotions={sari: -2, dedi: -2},
    )
    b.tp(
        "tp_konfirmasi",
        lanjut,
        ts,
        "Konfirmasi perbaikan selesai",
        description="Agen menelepon untuk memastikan internet sudah normal.",
        channel=ch["telepon"],
        owner="Pusat Kontak",
        personas=both,
        metrics={"volume": 15_200, "csat": 79.0},
        emotions={sari: 2, dedi: 1},
        evidence="observed",
    )
    b.tp(
        "tp_survei",
        lanjut,
        ts,
        "Survei kepuasan lewat SMS",
        description="Satu pertanyaan CSAT (1-5) dan satu pertanyaan terbuka.",
        channel=ch["sms"],
        owner="Tim Pengalaman Pelanggan",
        personas=both,
        metrics={"volume": 15_200, "conversion": 18.0, "nps": 8.0},
        emotions={sari: 0, dedi: 0},
    )
    b.tp(
        "tp_kompensasi",
        lanjut,
        ts,
        "Kompensasi potongan tagihan",
        description="Potongan untuk gangguan di atas 24 jam, hanya jika pelanggan memintanya.",
        channel=ch["email"],
        owner="Penagihan",
        personas=[dedi],
        metrics={"volume": 1_100, "csat": 66.0},
        emotions={dedi: 1},
        evidence="assumed",
    )
    b.tp(
        "tp_info_proaktif",
        lanjut,
        ts,
        "Pemberitahuan gangguan proaktif",
        description="Usulan: WhatsApp otomatis ke pelanggan di wilayah terdampak, dengan perkiraan waktu pulih.",
        channel=ch["wa"],
        owner="Tim Digital",
        personas=both,
        emotions={sari: 2, dedi: 2},
        evidence="proposed",
        notes="Usulan dari lokakarya 12 Maret; perlu data wilayah dari tim jaringan.",
    )

    b.flow("tp_internet_mati", "tp_cek_aplikasi", "tp_keluhan_sosmed", "tp_menelepon", persona=sari)
    b.flow("tp_internet_mati", "tp_cari_nomor", "tp_whatsapp_bot", persona=dedi)
    b.flow("tp_whatsapp_bot", "tp_menelepon", label="bot tidak bisa membantu")
    b.flow(
        "tp_menelepon", "tp_ivr", "tp_antre", "tp_verifikasi", "tp_bicara_agen", "tp_tiket", "tp_sms_tiket"
    )
    b.flow("tp_ivr", "tp_menelepon", label="salah pilih menu")
    b.flow("tp_tiket", "tp_eskalasi")
    b.flow("tp_tiket", "tp_jadwal_teknisi", "tp_kunjungan", "tp_konfirmasi")
    b.flow("tp_eskalasi", "tp_konfirmasi", label="gangguan massal pulih")
    b.flow("tp_sms_tiket", "tp_cek_status_tiket", label="tidak ada kabar")
    b.flow("tp_cek_status_tiket", "tp_antre", label="menelepon lagi")
    b.flow("tp_konfirmasi", "tp_survei")
    b.flow("tp_konfirmasi", "tp_kompensasi", persona=dedi, label="meminta potongan")
    b.flow("tp_cek_aplikasi", "tp_info_proaktif", label="usulan")

    b.friction(
        "fr_antre_lama",
        "tp_antre",
        "Menunggu terlalu lama di antrean telepon",
        description="Pada jam sibuk 1 dari 4 penelepon menutup telepon sebelum tersambung.",
        severity=4,
        category="waiting",
        evidence={
            "quote": "Dua puluh menit saya dengar musik yang sama, lalu teleponnya terputus.",
            "source": "Laporan sistem telepon, Februari",
            "count": 8_450,
        },
        evidence_status="observed",
        status="in_progress",
        opportunity="Fitur panggil balik otomatis dan informasi perkiraan waktu tunggu.",
        owner="Pusat Kontak",
    )
    b.friction(
        "fr_ivr_bingung",
        "tp_ivr",
        "Menu IVR membingungkan",
        description="Pilihan 'gangguan' ada di urutan keenam; banyak pelanggan salah pilih.",
        severity=3,
        category="confusion",
        evidence={
            "quote": "Saya tekan angka 2 karena kira itu teknis, ternyata penagihan.",
            "source": "Wawancara pelanggan",
            "count": 7,
        },
        evidence_status="observed",
        status="open",
        opportunity="Pindahkan 'gangguan internet' ke pilihan pertama; kenali nomor pelapor otomatis.",
        owner="Pusat Kontak",
    )
    b.friction(
        "fr_ulang_data",
        "ln_whatsapp_bot__menelepon",
        "Harus mengulang data saat pindah dari WhatsApp ke telepon",
        description="Riwayat chat tidak terlihat oleh agen telepon; pelanggan menjelaskan dari awal.",
        severity=3,
        category="channel_break",
        evidence={
            "quote": "Sudah saya ketik semua di WhatsApp, di telepon ditanya lagi dari nol.",
            "source": "Rekaman panggilan",
            "count": 1_260,
        },
        evidence_status="observed",
        status="open",
        opportunity="Tampilkan riwayat WhatsApp di layar agen dan beri kode rujukan untuk telepon.",
        owner="Tim Digital",
    )
    b.friction(
        "fr_status_tiket",
        "tp_sms_tiket",
        "Perkiraan waktu di SMS tidak pernah diperbarui",
        description="SMS menyebut '1x24 jam' untuk semua tiket, termasuk gangguan massal.",
        severity=3,
        category="missing_information",
        evidence={
            "quote": "Katanya 1x24 jam. Sudah dua hari, tidak ada kabar apa-apa.",
            "source": "Keluhan media sosial",
            "count": 540,
        },
        evidence_status="observed",
        status="open",
        opportunity="Kirim pembaruan status setiap ada perubahan di tiket.",
        owner="Tim Digital",
    )
    b.friction(
        "fr_teknisi_telat",
        "tp_kunjungan",
        "Teknisi datang di luar jadwal tanpa kabar",
        description="Jadwal diberikan per hari, bukan per jam; pelanggan menunggu seharian.",
        severity=3,
        category="broken_promise",
        evidence={
            "quote": "Saya izin kerja setengah hari, teknisinya datang jam enam sore.",
            "source": "Survei kepuasan, jawaban terbuka",
            "count": 312,
        },
        evidence_status="observed",
        status="in_progress",
        opportunity="Jendela waktu dua jam dan pesan WhatsApp saat teknisi berangkat.",
        owner="Operasional Lapangan",
    )
    b.friction(
        "fr_kompensasi",
        "tp_kompensasi",
        "Kompensasi tidak otomatis",
        description="Pelanggan harus tahu haknya dan memintanya sendiri.",
        severity=2,
        category="price_surprise",
        evidence={
            "quote": "Saya baru tahu ada potongan dari tetangga.",
            "source": "Wawancara pelanggan",
            "count": 3,
        },
        evidence_status="assumed",
        status="open",
        opportunity="Potongan otomatis di tagihan berikutnya untuk gangguan di atas 24 jam.",
        owner="Penagihan",
    )
    b.friction(
        "fr_login_app",
        "tp_cek_aplikasi",
        "Aplikasi meminta masuk ulang saat internet rumah mati",
        description="Kode OTP dikirim lewat email yang tidak bisa dibuka tanpa internet.",
        severity=2,
        category="failure",
        evidence={"quote": "", "source": "Ulasan di toko aplikasi", "count": 96},
        evidence_status="observed",
        status="open",
        opportunity="Halaman status gangguan tanpa perlu masuk akun; OTP lewat SMS.",
        owner="Tim Digital",
    )
    return b


# --------------------------------------------------------------------------- B2B onboarding
def b2b_onboarding() -> Builder:
    b = Builder(
        "B2B onboarding: from signed contract to first renewal",
        "en",
        "How a 200-500 employee company gets from a signed contract to daily use of LedgerFlow, "
        "an accounts-payable automation product, and renews a year later. Frontstage, backstage "
        "and support processes per stage, from 9 customer interviews and the CS team's playbook.",
    )
    priya = b.persona(
        "pe_priya",
        "Priya, IT administrator",
        role="IT systems lead at the customer; owns SSO, security review and integrations",
        goals=["Connect LedgerFlow to the ERP and SSO without surprises", "Pass the security review once"],
        needs=["Complete technical documentation up front", "A named technical contact"],
        frustrations=["Questionnaires asked twice", "Vague import errors"],
        quote="Give me the docs and an API key and I'll do it in a week. Make me chase you and it takes a quarter.",
        colour="#9B5DE5",
    )
    tom = b.persona(
        "pe_tom",
        "Tom, finance operations manager (champion)",
        role="Bought LedgerFlow; his team of 12 processes 4,000 invoices a month",
        goals=["Invoices approved in days, not weeks", "Show the CFO a return within six months"],
        needs=["A clear rollout plan", "Training his team can take between closes"],
        frustrations=["Month-end close leaves no time for projects", "Losing momentum after kick-off"],
        quote="I sold this internally. If it stalls, that's on me.",
        colour="#2E4057",
    )
    clerk = b.persona(
        "pe_ana",
        "Ana, AP clerk",
        role="Keys and codes invoices every day; the daily user",
        goals=["Fewer manual keystrokes", "No invoices lost between systems"],
        needs=["Short, practical training", "Help inside the product"],
        frustrations=["New tools arriving at month end", "Two systems during the switch"],
        quote="Just show me where the invoice goes when I press approve.",
        colour="#4C956C",
    )
    contract = b.stage(
        "st_contract",
        "Contract and handover",
        "The deal closes; sales hands the account to customer success.",
    )
    kickoff = b.stage(
        "st_kickoff",
        "Kick-off",
        "Goals, plan and people agreed with the customer.",
        notes="Ask the room: who here has lived through a stalled rollout?",
    )
    setup = b.stage("st_setup", "Technical setup", "Security review, SSO, ERP integration.")
    data = b.stage("st_data", "Data import", "Suppliers, cost centres and open invoices come in.")
    rollout = b.stage("st_rollout", "Team rollout", "Training and the first live invoices.")
    value = b.stage("st_value", "First value", "Regular use and the first business review.")
    renewal = b.stage("st_renewal", "Renewal", "Usage review, invoice and renewal decision.")
    front = b.lane("la_frontstage", "Frontstage", "frontstage")
    b.lane("la_emotions", "Emotions", "emotions")
    cust = b.lane("la_customer", "Customer actions", "actions")
    back = b.lane("la_backstage", "Backstage", "backstage")
    support = b.lane("la_support", "Support processes", "support_processes")
    ch = {
        key: b.channel(f"ch_{key}", name)
        for key, name in (
            ("email", "Email"),
            ("video", "Video call"),
            ("app", "Web app"),
            ("docs", "Documentation site"),
            ("phone", "Phone"),
            ("chat", "In-app chat"),
            ("slack", "Shared Slack channel"),
            ("events", "Webinars and events"),
            ("print", "Contract and invoices (PDF)"),
        )
    }
    b.tp(
        "tp_contract_signed",
        contract,
        cust,
        "Signs the order form",
        description="E-signature of the order form and the data processing agreement.",
        channel=ch["print"],
        owner="Sales",
        personas=[tom],
        emotions={tom: 2},
        moment_of_truth=True,
    )
    b.tp(
        "tp_handover",
        contract,
        back,
        "Sales-to-CS handover",
        description="Account executive fills the handover form: goals, stakeholders, promises made.",
        owner="Sales",
        evidence="observed",
    )
    b.tp(
        "tp_welcome_email",
        contract,
        front,
        "Welcome email from the customer success manager",
        description="Introduces the CSM, the onboarding plan and a link to book the kick-off.",
        channel=ch["email"],
        owner="Customer success",
        personas=[tom, priya],
        metrics={"volume": 140, "conversion": 78.0},
        emotions={tom: 1, priya: 0},
    )
    b.tp(
        "tp_tenant",
        contract,
        support,
        "Tenant provisioning",
        description="Automated: EU tenant, admin account, sandbox.",
        owner="Platform engineering",
        metrics={"volume": 140},
    )
    b.tp(
        "tp_kickoff_call",
        kickoff,
        front,
        "Kick-off call",
        description="60 minutes: success criteria, timeline, roles, risks.",
        channel=ch["video"],
        owner="Customer success",
        personas=[tom, priya],
        metrics={"volume": 131, "csat": 88.0},
        emotions={tom: 2, priya: 1},
        moment_of_truth=True,
    )
    b.tp(
        "tp_plan",
        kickoff,
        front,
        "Shared onboarding plan",
        description="A 6-week plan with owners and dates, shared as a live checklist.",
        channel=ch["app"],
        owner="Customer success",
        personas=[tom],
        metrics={"csat": 81.0},
        emotions={tom: 1},
    )
    b.tp(
        "tp_success_plan",
        kickoff,
        back,
        "Success plan in the CRM",
        description="CSM records goals and health score inputs.",
        owner="Customer success",
    )
    b.tp(
        "tp_security_review",
        setup,
        cust,
        "Completes the security questionnaire",
        description="320-question questionnaire from the customer's security team.",
        channel=ch["email"],
        owner="Security",
        personas=[priya],
        metrics={"ces": 6.1},
        emotions={priya: -2},
    )
    b.tp(
        "tp_trust_docs",
        setup,
        support,
        "Security documentation pack",
        description="SOC 2 report, pen-test summary and standard answers, under NDA.",
        owner="Security",
        evidence="observed",
    )
    b.tp(
        "tp_sso",
        setup,
        front,
        "SSO setup in the admin console",
        description="SAML set-up wizard with a test login before it is enforced.",
        channel=ch["app"],
        owner="Product",
        personas=[priya],
        metrics={"volume": 118, "csat": 84.0, "ces": 2.6},
        emotions={priya: 1},
    )
    b.tp(
        "tp_erp_integration",
        setup,
        front,
        "ERP connector set-up",
        description="Connector for the customer's ERP: credentials, field mapping, test sync.",
        channel=ch["app"],
        owner="Integrations",
        personas=[priya],
        metrics={"volume": 112, "csat": 62.0, "ces": 5.2},
        emotions={priya: -1},
        moment_of_truth=True,
    )
    b.tp(
        "tp_api_docs",
        setup,
        front,
        "API and connector documentation",
        channel=ch["docs"],
        owner="Developer relations",
        personas=[priya],
        metrics={"volume": 2_900, "csat": 72.0},
        emotions={priya: 0},
    )
    b.tp(
        "tp_solutions_engineer",
        setup,
        support,
        "Solutions engineer on call",
        description="Two hours of solutions engineering included; more on request.",
        channel=ch["video"],
        owner="Solutions engineering",
        personas=[priya],
        metrics={"csat": 90.0},
        emotions={priya: 2},
    )
    b.tp(
        "tp_import_wizard",
        data,
        front,
        "Data import wizard",
        description="Upload suppliers, cost centres and open invoices as CSV; preview and fix.",
        channel=ch["app"],
        owner="Product",
        personas=[priya, tom],
        metrics={"volume": 109, "csat": 58.0, "ces": 5.4, "conversion": 71.0},
        emotions={priya: -2, tom: -1},
    )
    b.tp(
        "tp_mapping_workshop",
        data,
        front,
        "Field mapping workshop",
        description="CSM and the customer map GL codes and approval rules together.",
        channel=ch["video"],
        owner="Customer success",
        personas=[tom, priya],
        metrics={"csat": 86.0},
        emotions={tom: 1, priya: 1},
        evidence="observed",
    )
    b.tp(
        "tp_import_job",
        data,
        back,
        "Import job and validation",
        description="Background job; errors are written to a log the customer cannot see.",
        owner="Platform engineering",
        metrics={"volume": 460},
    )
    b.tp(
        "tp_data_check",
        data,
        support,
        "Data quality check by onboarding team",
        description="Onboarding specialist reviews the first import before go-live.",
        owner="Onboarding",
        evidence="assumed",
    )
    b.tp(
        "tp_training_webinar",
        rollout,
        front,
        "Training webinar for the AP team",
        description="Live 45-minute session, recorded; offered twice a week.",
        channel=ch["events"],
        owner="Customer education",
        personas=[clerk, tom],
        metrics={"volume": 870, "csat": 79.0},
        emotions={clerk: 0, tom: 1},
    )
    b.tp(
        "tp_guided_tour",
        rollout,
        front,
        "In-app guided tour",
        description="First-login tour: inbox, coding, approval.",
        channel=ch["app"],
        owner="Product",
        personas=[clerk],
        metrics={"volume": 1_650, "conversion": 64.0},
        emotions={clerk: 1},
    )
    b.tp(
        "tp_first_invoice",
        rollout,
        cust,
        "Processes the first live invoice",
        channel=ch["app"],
        owner="Customer success",
        personas=[clerk, tom],
        metrics={"volume": 102},
        emotions={clerk: 2, tom: 3},
        moment_of_truth=True,
    )
    b.tp(
        "tp_in_app_chat",
        rollout,
        support,
        "In-app chat support",
        description="Support engineers answer within 2 business hours.",
        channel=ch["chat"],
        owner="Support",
        personas=[clerk, priya],
        metrics={"volume": 1_240, "csat": 87.0, "ces": 2.9},
        emotions={clerk: 1, priya: 1},
    )
    b.tp(
        "tp_shared_slack",
        rollout,
        support,
        "Shared Slack channel with the CSM",
        description="Offered to accounts above 50 seats.",
        channel=ch["slack"],
        owner="Customer success",
        personas=[tom],
        metrics={"csat": 92.0},
        emotions={tom: 2},
        evidence="observed",
    )
    b.tp(
        "tp_health_score",
        value,
        back,
        "Health score monitoring",
        description="Weekly score from logins, invoices processed and open tickets.",
        owner="Customer success operations",
    )
    b.tp(
        "tp_usage_report",
        value,
        front,
        "Monthly usage report",
        description="Invoices processed, average approval time, touchless rate.",
        channel=ch["email"],
        owner="Customer success",
        personas=[tom],
        metrics={"volume": 96, "csat": 76.0},
        emotions={tom: 1},
    )
    b.tp(
        "tp_qbr",
        value,
        front,
        "First business review",
        description="Results against the success criteria from the kick-off; next goals.",
        channel=ch["video"],
        owner="Customer success",
        personas=[tom],
        metrics={"volume": 88, "nps": 41.0, "csat": 85.0},
        emotions={tom: 2},
        moment_of_truth=True,
    )
    b.tp(
        "tp_invoice",
        renewal,
        front,
        "Annual invoice",
        description="Invoice with seat true-up for users added during the year.",
        channel=ch["print"],
        owner="Billing",
        personas=[tom],
        metrics={"volume": 84, "csat": 55.0},
        emotions={tom: -2},
    )
    b.tp(
        "tp_renewal_call",
        renewal,
        front,
        "Renewal conversation",
        description="CSM and account executive present the year's results and the renewal quote.",
        channel=ch["video"],
        owner="Account management",
        personas=[tom],
        metrics={"volume": 84, "conversion": 89.0, "nps": 38.0},
        emotions={tom: 1},
        moment_of_truth=True,
    )
    b.tp(
        "tp_renewal_forecast",
        renewal,
        back,
        "Renewal risk forecast",
        description="Accounts with a falling health score are flagged 120 days before renewal.",
        owner="Customer success operations",
        evidence="proposed",
    )

    b.flow("tp_contract_signed", "tp_handover", "tp_welcome_email", "tp_kickoff_call", "tp_plan")
    b.flow("tp_contract_signed", "tp_tenant")
    b.flow("tp_kickoff_call", "tp_success_plan")
    b.flow("tp_plan", "tp_security_review", "tp_sso", "tp_erp_integration", persona=priya)
    b.flow("tp_security_review", "tp_trust_docs", label="asks for the SOC 2 report")
    b.flow(
        "tp_erp_integration", "tp_api_docs", "tp_solutions_engineer", persona=priya, label="connector fails"
    )
    b.flow("tp_solutions_engineer", "tp_erp_integration", label="retry with the engineer")
    b.flow("tp_erp_integration", "tp_mapping_workshop", "tp_import_wizard", "tp_import_job", "tp_data_check")
    b.flow("tp_import_job", "tp_import_wizard", label="rows rejected")
    b.flow("tp_data_check", "tp_training_webinar", "tp_guided_tour", "tp_first_invoice", persona=clerk)
    b.flow("tp_first_invoice", "tp_in_app_chat", persona=clerk, label="question on coding")
    b.flow("tp_first_invoice", "tp_shared_slack", persona=tom)
    b.flow("tp_first_invoice", "tp_health_score", "tp_usage_report", "tp_qbr")
    b.flow("tp_qbr", "tp_invoice", "tp_renewal_call")
    b.flow("tp_health_score", "tp_renewal_forecast", "tp_renewal_call")

    b.friction(
        "fr_handover_gaps",
        "tp_handover",
        "Promises made in the sale do not reach the CSM",
        description="Custom approval rules promised in the deal are missing from the handover form.",
        severity=3,
        category="broken_promise",
        evidence={
            "quote": "Your salesperson said multi-entity approvals were included.",
            "source": "Kick-off call notes",
            "count": 11,
        },
        evidence_status="observed",
        status="in_progress",
        opportunity="Handover call with the account executive, CSM and champion in the first week.",
        owner="Sales",
    )
    b.friction(
        "fr_security_twice",
        "tp_security_review",
        "Security questions answered twice",
        description="The questionnaire repeats what procurement already asked before signature.",
        severity=2,
        category="effort",
        evidence={
            "quote": "I filled in the same answers in February for procurement.",
            "source": "Interviews with IT admins",
            "count": 6,
        },
        evidence_status="observed",
        status="open",
        opportunity="Share the trust pack before the contract and reuse procurement's answers.",
        owner="Security",
    )
    b.friction(
        "fr_connector_errors",
        "tp_erp_integration",
        "Connector test fails with a generic error",
        description="'Sync failed (code 500)' with no hint whether credentials, network or mapping is wrong.",
        severity=4,
        category="failure",
        evidence={
            "quote": "Code 500 tells me nothing. I opened a ticket and waited two days.",
            "source": "Support tickets, category 'integration'",
            "count": 73,
        },
        evidence_status="observed",
        status="open",
        opportunity="Name the failing step and the fix in the error; link to the right doc page.",
        owner="Integrations",
    )
    b.friction(
        "fr_import_log",
        "tp_import_wizard",
        "Rejected rows are not shown to the customer",
        description="Rows that fail validation disappear; only the count is shown.",
        severity=3,
        category="missing_information",
        evidence={"quote": "It said 412 rows skipped. Which ones?", "source": "Usability test", "count": 5},
        evidence_status="observed",
        status="in_progress",
        opportunity="Downloadable file of rejected rows with the reason next to each.",
        owner="Product",
    )
    b.friction(
        "fr_month_end",
        "tp_training_webinar",
        "Training lands in month-end close",
        description="Fixed webinar slots clash with the AP team's busiest week.",
        severity=2,
        category="waiting",
        evidence={
            "quote": "We couldn't go to training for three weeks because of the close.",
            "source": "Interviews",
            "count": 4,
        },
        evidence_status="assumed",
        status="open",
        opportunity="On-demand course in short modules; schedule live sessions around the close.",
        owner="Customer education",
    )
    b.friction(
        "fr_chat_to_slack",
        "ln_first_invoice__shared_slack__tom",
        "Questions split between Slack and the in-app chat",
        description="Answers given in Slack are not in the support history; the team asks twice.",
        severity=2,
        category="channel_break",
        evidence={"quote": "", "source": "CSM team retro", "count": None},
        evidence_status="assumed",
        status="open",
        opportunity="Send Slack questions into the support queue so both see one history.",
        owner="Support",
    )
    b.friction(
        "fr_true_up",
        "tp_invoice",
        "Unexpected seat true-up on the annual invoice",
        description="Seats added during the year are billed in one go without a warning.",
        severity=4,
        category="price_surprise",
        evidence={
            "quote": "Nobody told me adding the clerks would cost 18% more at renewal.",
            "source": "Renewal calls",
            "count": 9,
        },
        evidence_status="observed",
        status="open",
        opportunity="Notify the champion when seats are added; show the projected renewal in the admin console.",
        owner="Billing",
    )
    return b


EXAMPLES = {
    "online-store.journey.json": online_store,
    "contact-centre.journey.json": contact_centre,
    "b2b-onboarding.journey.json": b2b_onboarding,
}


def main() -> int:
    for name, make in EXAMPLES.items():
        path = make().save(name)
        doc = journeydesk.load(path)
        print(
            f"{path.name}: {doc.count('touchpoint')} touchpoints, {doc.count('link')} links, "
            f"{doc.count('friction')} frictions",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
