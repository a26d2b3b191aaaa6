"""A small, realistic map built in code for the canvas tests and screenshots."""

from __future__ import annotations

from journeydesk.model import JourneyDocument


def sample_document() -> JourneyDocument:
    """An online grocery journey: 5 stages, 3 lanes + an emotions lane, 2 personas,
    13 touchpoints, links along the flow, frictions on cards and one link."""
    doc = JourneyDocument("Online grocery: first order to repeat customer")
    dina = doc.add_persona("Dina, first-time buyer", id="pe_dina", role="Student")
    budi = doc.add_persona("Budi, busy parent", id="pe_budi", role="Nurse")
    stages = [
        doc.add_stage(name, id=f"st_{i}")
        for i, name in enumerate(["Awareness", "Consideration", "Purchase", "Delivery", "Loyalty"])
    ]
    touch = doc.add_lane("Touchpoints", "touchpoints", id="la_touch")
    back = doc.add_lane("Backstage", "backstage", id="la_back")
    doc.add_lane("Emotions", "emotions", id="la_emo")
    web = doc.add_channel("Website", id="ch_web")
    app = doc.add_channel("Mobile app", id="ch_app")
    social = doc.add_channel("Social media", id="ch_social")
    email = doc.add_channel("Email", id="ch_email")
    chat = doc.add_channel("Live chat / chatbot", id="ch_chat")

    def tp(id_, title, stage, lane=touch, **kw):
        return doc.add_touchpoint(title, stages[stage], lane, id=id_, **kw)

    tp(
        "tp_ad",
        "Sees a sponsored post about free delivery",
        0,
        channel=social,
        owner="Marketing",
        personas=[dina, budi],
        emotions={dina: 1, budi: 0},
        metrics={"csat": 71.0},
    )
    tp(
        "tp_review",
        "Reads reviews from other parents",
        0,
        channel=web,
        owner="Marketing",
        personas=[budi],
        emotions={budi: 1},
        evidence="assumed",
    )
    tp(
        "tp_page",
        "Compares prices on the product page",
        1,
        channel=web,
        owner="E-commerce",
        personas=[dina, budi],
        emotions={dina: 2, budi: 1},
        metrics={"csat": 82.0, "nps": 34.0},
    )
    tp(
        "tp_fee",
        "Finds the delivery fee only at checkout",
        1,
        channel=web,
        owner="E-commerce",
        personas=[dina],
        emotions={dina: -2},
        moment_of_truth=True,
    )
    tp(
        "tp_cart",
        "Fills the cart and applies a voucher",
        2,
        channel=app,
        owner="E-commerce",
        personas=[dina, budi],
        emotions={dina: 0, budi: 1},
        metrics={"csat": 64.0, "ces": 4.2},
    )
    tp(
        "tp_pay",
        "Pays by bank transfer",
        2,
        channel=app,
        owner="Billing",
        personas=[dina, budi],
        emotions={dina: -1, budi: -2},
        moment_of_truth=True,
        metrics={"nps": -12.0},
    )
    tp("tp_fraud", "Payment check flags the order", 2, lane=back, owner="Billing", evidence="proposed")
    tp(
        "tp_confirm",
        "Order confirmation email",
        3,
        channel=email,
        owner="Support",
        personas=[dina, budi],
        emotions={dina: 1, budi: 0},
    )
    tp(
        "tp_late",
        "Courier arrives two hours late",
        3,
        channel=app,
        owner="Logistics",
        personas=[budi],
        emotions={budi: -3},
        metrics={"csat": 41.0, "ces": 5.8},
    )
    tp("tp_pick", "Picking and packing in the store", 3, lane=back, owner="Operations")
    tp(
        "tp_chat",
        "Asks live chat for a refund of the missing item",
        4,
        channel=chat,
        owner="Support",
        personas=[budi],
        emotions={budi: -1},
        evidence="assumed",
    )
    tp(
        "tp_loyal",
        "Gets a loyalty voucher for the next order",
        4,
        channel=email,
        owner="Marketing",
        personas=[dina, budi],
        emotions={dina: 3, budi: 2},
        moment_of_truth=True,
        metrics={"csat": 90.0, "nps": 52.0},
    )
    tp("tp_crm", "CRM tags the customer for win-back", 4, lane=back, owner="Marketing", evidence="proposed")

    for i, (u, v) in enumerate(
        [
            ("tp_ad", "tp_page"),
            ("tp_review", "tp_page"),
            ("tp_page", "tp_fee"),
            ("tp_fee", "tp_cart"),
            ("tp_cart", "tp_pay"),
            ("tp_pay", "tp_confirm"),
            ("tp_pay", "tp_fraud"),
            ("tp_confirm", "tp_late"),
            ("tp_pick", "tp_late"),
            ("tp_late", "tp_chat"),
            ("tp_chat", "tp_loyal"),
            ("tp_loyal", "tp_crm"),
        ]
    ):
        doc.add_link(u, v, id=f"ln_{i:02d}", persona=budi if u == "tp_late" else None)
    doc.add_friction("tp_fee", "Hidden delivery fee", id="fr_fee", severity=3, category="price_surprise")
    doc.add_friction(
        "tp_fee", "Fee differs between app and web", id="fr_fee2", severity=2, category="confusion"
    )
    doc.add_friction("tp_late", "No delay notification", id="fr_late", severity=4, category="broken_promise")
    doc.add_friction(
        "tp_pay",
        "Transfer takes a day to confirm",
        id="fr_pay",
        severity=2,
        category="waiting",
        status="in_progress",
    )
    doc.add_friction(
        "ln_09", "Chat sends customer to phone line", id="fr_chat", severity=3, category="channel_break"
    )
    doc.add_friction(
        "tp_chat",
        "Refund form asks for order number again",
        id="fr_form",
        severity=1,
        category="effort",
        status="resolved",
    )
    return doc
