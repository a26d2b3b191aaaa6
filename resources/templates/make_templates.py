"""Write the map templates that ``journeydesk new --template`` and File > New from
Template offer, as package data (src/journeydesk/resources/templates/).

    python resources/templates/make_templates.py

Each template is a table (stages, lanes, channels, cards, frictions) turned into a
map through the public API, so it is valid and canonical by construction. The
cards carry guidance: what belongs there, an example, and what to measure. The
Indonesian and Malay templates are in ``localised.py``. tests/io/test_templates.py
checks the shipped files are what this script writes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import journeydesk
from journeydesk import JourneyDocument
from journeydesk.io import dumps

OUT = ROOT / "src" / "journeydesk" / "resources" / "templates"
STAMP = "2026-01-01T00:00:00Z"


def build(spec: dict[str, Any]) -> JourneyDocument:
    """A map from a template table; ids are short and readable (a new map made
    from a template gets fresh ones)."""
    doc = JourneyDocument(spec["title"], spec["language"])
    doc.set_meta(description=spec["description"], created=STAMP, modified=STAMP)
    personas = []
    for i, persona in enumerate(spec["personas"], 1):
        values = dict(persona)
        personas.append(doc.add_persona(values.pop("name"), id=f"pe_{i}", **values))
    stages = [doc.add_stage(n, id=f"st_{i}", description=d) for i, (n, d) in enumerate(spec["stages"], 1)]
    lanes = [doc.add_lane(n, k, id=f"la_{i}") for i, (n, k) in enumerate(spec["lanes"], 1)]
    channels = {n: doc.add_channel(n, id=f"ch_{i}") for i, n in enumerate(spec["channels"], 1)}
    cards = []
    for i, card in enumerate(spec["cards"], 1):
        stage, lane, title, description, channel, owner, *extra = card
        values = dict(extra[0]) if extra else {}
        if "emotion" in values:
            values["emotions"] = {personas[0]: values.pop("emotion")}
        values.setdefault("personas", personas[:1])
        cards.append(
            doc.add_touchpoint(
                title,
                stages[stage],
                lanes[lane],
                id=f"tp_{i:02d}",
                description=description,
                channel=channels[channel] if channel else None,
                owner=owner,
                **values,
            )
        )
    for i, (a, b) in enumerate(zip(spec["flow"], spec["flow"][1:]), 1):
        doc.add_link(cards[a], cards[b], id=f"ln_{i:02d}")
    for i, (card, title, description, severity, category, opportunity) in enumerate(spec["frictions"], 1):
        doc.add_friction(
            cards[card],
            title,
            id=f"fr_{i}",
            description=description,
            severity=severity,
            category=category,
            opportunity=opportunity,
            evidence_status="assumed",
        )
    return doc


CUSTOMER = {
    "name": "Your customer",
    "role": "Describe who they are: situation, job, what they buy",
    "goals": ["What they want to get done", "What a good outcome looks like for them"],
    "needs": ["Clear information before they decide", "One channel that works end to end"],
    "frustrations": ["Waiting without news", "Having to repeat themselves"],
    "quote": "Put a real quote from an interview or a survey here.",
    "notes": "Make one persona per kind of customer whose journey differs. Delete this guidance when done.",
}

AWARENESS_TO_ADVOCACY = {
    "title": "Customer journey: awareness to advocacy",
    "language": "en",
    "description": "The five-stage model: how a customer first hears of you, compares, buys, is served "
    "and comes to recommend you. Replace the example cards with your own touchpoints; "
    "put the metrics you measure on them and mark the moments of truth.",
    "personas": [CUSTOMER],
    "stages": [
        ("Awareness", "How the customer first hears of you: ads, posts, search, a friend's word."),
        ("Consideration", "They compare you with others: reviews, prices, product pages, questions."),
        ("Purchase", "The order or the signature: checkout, payment, confirmation."),
        ("Retention / Service", "Using what they bought: onboarding, support, billing, renewals."),
        ("Advocacy", "They come back and tell others: reviews, referrals, loyalty."),
    ],
    "lanes": [
        ("Touchpoints", "touchpoints"),
        ("Customer actions", "actions"),
        ("Thoughts and feelings", "thoughts"),
    ],
    "channels": [
        "Social media",
        "Website",
        "Marketplace",
        "Live chat / chatbot",
        "E-commerce",
        "Email",
        "Phone / contact centre",
        "Word of mouth",
    ],
    "cards": [
        (
            0,
            0,
            "Sees a sponsored post",
            "Example: a sponsored post or a search ad. List the ads, posts and searches that really bring customers, and the click-through rate each earns.",
            "Social media",
            "Marketing",
            {"emotion": 0, "metrics": {"volume": 10000}},
        ),
        (
            0,
            0,
            "Hears about you from a friend",
            "Word of mouth often matters more than ads. Ask new customers how they heard of you and note the share for each answer.",
            "Word of mouth",
            "Marketing",
            {"emotion": 1},
        ),
        (
            0,
            2,
            '"Could this solve my problem?"',
            "What the customer thinks at first sight. Take the words from interviews, not from the brief.",
            None,
            "Research",
        ),
        (
            1,
            1,
            "Compares prices and reviews",
            "Where do they compare you: a marketplace, a review site, a comparison page? Note the rating they see there.",
            "Marketplace",
            "E-commerce",
            {"emotion": 0},
        ),
        (
            1,
            0,
            "Reads the product page",
            "The page that must answer their questions. Measure time on page and the share that goes on to the basket.",
            "Website",
            "E-commerce",
            {"metrics": {"conversion": 12.0}},
        ),
        (
            1,
            0,
            "Asks a question in live chat",
            "Their questions show what the page does not say. Count chats per topic and how fast they are answered.",
            "Live chat / chatbot",
            "Support",
            {"emotion": 1, "metrics": {"csat": 82.0}},
        ),
        (
            2,
            1,
            "Puts items in the basket and checks out",
            "Every extra step or surprise here loses orders. Note the checkout conversion rate.",
            "E-commerce",
            "E-commerce",
            {"moment_of_truth": True, "emotion": -1, "metrics": {"conversion": 64.0}},
        ),
        (
            2,
            0,
            "Receives the order confirmation",
            "Email or message right after paying: order number, what happens next and when.",
            "Email",
            "E-commerce",
            {"emotion": 1},
        ),
        (
            3,
            0,
            "Gets a welcome and how-to guide",
            "Onboarding: the first use decides whether they stay. What do they get, when, and from whom?",
            "Email",
            "Customer success",
            {"emotion": 1},
        ),
        (
            3,
            1,
            "Calls support with a problem",
            "Support contacts: reason, channel and first-contact resolution rate. A fast, kind answer here wins loyalty.",
            "Phone / contact centre",
            "Support",
            {"moment_of_truth": True, "emotion": -2, "metrics": {"csat": 71.0, "ces": 3.8}},
        ),
        (
            3,
            2,
            '"Will they fix this, or do I start again elsewhere?"',
            "What goes through their mind while they wait. This is where perception is made.",
            None,
            "Research",
        ),
        (
            3,
            0,
            "Receives the invoice or renewal notice",
            "Billing and renewals must hold no surprises: the price they saw is the price they pay.",
            "Email",
            "Billing",
            {"emotion": 0},
        ),
        (
            4,
            0,
            "Is asked for a review",
            "Ask at the right moment (after a good experience), in one click. Track the response rate and the ratings.",
            "Email",
            "Marketing",
            {"emotion": 1, "metrics": {"nps": 32.0}},
        ),
        (
            4,
            1,
            "Recommends you to a friend",
            "A referral programme or simply a story worth telling. Measure the referral rate.",
            "Word of mouth",
            "Marketing",
            {"emotion": 2},
        ),
    ],
    "flow": [0, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13],
    "frictions": [
        (
            6,
            "Delivery cost appears only at the last step",
            "Example pain point: a surprise at the end of checkout makes customers leave. Replace with what you see in your own data.",
            3,
            "price_surprise",
            "Show the delivery cost on the product page.",
        ),
        (
            9,
            "Has to repeat the problem to each agent",
            "Example: the case is not passed on between agents or channels.",
            3,
            "channel_break",
            "Keep the case history in one place for every agent.",
        ),
    ],
}

BEFORE_DURING_AFTER = {
    "title": "Customer journey: before, during and after purchase",
    "language": "en",
    "description": "Three phases: what happens before the customer buys, while they buy and after. "
    "Good for a first map in a workshop; split a phase into stages when it grows.",
    "personas": [CUSTOMER],
    "stages": [
        (
            "Before purchase",
            "Discovering and choosing: ads, social media, reviews, recommendations, the website.",
        ),
        ("During purchase", "Buying: talking to sales, the shop or the checkout, payment, confirmation."),
        ("After purchase", "Using and coming back: delivery, onboarding, support, surveys, newsletters."),
    ],
    "lanes": [("Touchpoints", "touchpoints"), ("Customer actions", "actions"), ("Backstage", "backstage")],
    "channels": [
        "Social media",
        "Website",
        "Store visit",
        "Print",
        "E-commerce",
        "Email",
        "Phone / contact centre",
    ],
    "cards": [
        (
            0,
            0,
            "Sees an online ad or social post",
            "Banner, sponsored post or search ad. Which ones bring visitors who buy?",
            "Social media",
            "Marketing",
            {"emotion": 0},
        ),
        (
            0,
            0,
            "Reads customer reviews",
            "Reviews on marketplaces, maps or review sites shape the choice before you ever meet.",
            "Website",
            "Marketing",
            {"emotion": 1},
        ),
        (
            0,
            1,
            "Asks family or friends",
            "Personal recommendations. Ask new customers whether someone recommended you.",
            None,
            "Marketing",
        ),
        (
            0,
            2,
            "Campaign planned and published",
            "What your team does out of sight to make the 'before' happen: content calendar, ad budget.",
            None,
            "Marketing",
        ),
        (
            1,
            0,
            "Talks to a sales person or shop assistant",
            "In the shop, on the phone or in chat: do they get straight answers?",
            "Store visit",
            "Sales",
            {"moment_of_truth": True, "emotion": 1},
        ),
        (
            1,
            0,
            "Takes a brochure or price list",
            "Printed or PDF: is it the same price and offer as online?",
            "Print",
            "Sales",
        ),
        (
            1,
            1,
            "Pays at the checkout",
            "Online or at the point of sale. Count abandoned checkouts and their reasons.",
            "E-commerce",
            "E-commerce",
            {"emotion": -1, "metrics": {"conversion": 58.0}},
        ),
        (
            1,
            2,
            "Stock and payment checked",
            "Backstage steps that can delay or cancel the order: stock check, fraud check.",
            None,
            "Operations",
        ),
        (
            2,
            0,
            "Receives a thank-you email",
            "Thank the customer, confirm what they bought and say what happens next and when.",
            "Email",
            "E-commerce",
            {"emotion": 1},
        ),
        (
            2,
            0,
            "Receives the delivery",
            "Delivery and packaging: on time, intact, as promised?",
            None,
            "Logistics",
            {"moment_of_truth": True, "emotion": 2, "metrics": {"csat": 86.0}},
        ),
        (
            2,
            1,
            "Answers a satisfaction survey",
            "CSAT or NPS after delivery. Keep it short and act on the answers.",
            "Email",
            "Customer experience",
            {"metrics": {"nps": 28.0}},
        ),
        (
            2,
            0,
            "Calls with a question",
            "Support after purchase: reason for the call, waiting time, solved on the first contact?",
            "Phone / contact centre",
            "Support",
            {"emotion": -1, "metrics": {"ces": 3.5}},
        ),
    ],
    "flow": [0, 1, 4, 5, 6, 8, 9, 10],
    "frictions": [
        (
            6,
            "Payment fails without a clear reason",
            "Example pain point. Replace with what your customers tell you.",
            3,
            "failure",
            "Show why a payment failed and what to do.",
        ),
        (
            9,
            "No news when delivery is late",
            "Example: the customer has to chase the order.",
            2,
            "missing_information",
            "Send a message as soon as a delivery slips.",
        ),
    ],
}

SERVICE_BLUEPRINT = {
    "title": "Service blueprint",
    "language": "en",
    "description": "A service blueprint: what the customer does, what staff do in front of them, the line "
    "of visibility, what happens out of sight, and the systems that support it all. "
    "Read each stage top to bottom to see what the customer's step depends on.",
    "personas": [CUSTOMER],
    "stages": [
        ("Find", "The customer looks for the service and decides to use it."),
        ("Request", "They ask for it: book, order, register."),
        ("Wait", "Between the request and the service: confirmation, reminders, updates."),
        ("Receive", "The service itself."),
        ("Follow up", "After the service: payment, feedback, the next visit."),
    ],
    "lanes": [
        ("Customer actions", "actions"),
        ("Frontstage", "frontstage"),
        ("Line of visibility", "custom"),
        ("Backstage", "backstage"),
        ("Support processes", "support_processes"),
    ],
    "channels": ["Website", "Mobile app", "Email", "Store visit", "Phone / contact centre"],
    "cards": [
        (
            0,
            0,
            "Searches for the service",
            "The customer's own step, in their words. One card per step they take.",
            "Website",
            "Marketing",
        ),
        (
            0,
            1,
            "Website shows prices and opening hours",
            "Frontstage: what the customer sees or talks to (people, screens, places).",
            "Website",
            "Marketing",
        ),
        (
            0,
            2,
            "Above: what the customer sees. Below: what they don't",
            "The line of visibility. Everything above it the customer sees or hears; everything below happens out of sight but shapes what they get.",
            None,
            "",
        ),
        (
            0,
            3,
            "Content team keeps the information current",
            "Backstage: staff work the customer does not see.",
            None,
            "Marketing",
        ),
        (
            0,
            4,
            "Content management system",
            "Support processes: systems, suppliers and rules behind the backstage.",
            None,
            "IT",
        ),
        (
            1,
            0,
            "Books an appointment",
            "Where do they book, and how long does it take?",
            "Mobile app",
            "Operations",
            {"moment_of_truth": True},
        ),
        (
            1,
            1,
            "Booking screen confirms the slot",
            "What tells the customer their request went through?",
            "Mobile app",
            "Product",
        ),
        (
            1,
            3,
            "Scheduler assigns staff to the slot",
            "Who picks the request up, how soon, and what happens when nobody is free?",
            None,
            "Operations",
        ),
        (
            1,
            4,
            "Booking system and staff calendar",
            "Note the hand-offs between systems: they are where requests get lost.",
            None,
            "IT",
        ),
        (2, 0, "Waits for the day", "What does the customer do or worry about while waiting?", None, ""),
        (
            2,
            1,
            "Reminder the day before",
            "Email or message with time, place and what to bring.",
            "Email",
            "Operations",
        ),
        (
            2,
            4,
            "Messaging service sends reminders",
            "Automated: check it really fires, in the customer's language.",
            None,
            "IT",
        ),
        (
            3,
            0,
            "Arrives and is served",
            "The moment of the service itself: what must go right for the customer to come back?",
            "Store visit",
            "Operations",
            {"moment_of_truth": True, "metrics": {"csat": 84.0}},
        ),
        (
            3,
            1,
            "Staff greet and serve the customer",
            "Frontstage staff: what they say, what they need to hand.",
            "Store visit",
            "Operations",
        ),
        (
            3,
            3,
            "Staff prepare the room and the materials",
            "Backstage preparation; what happens when it is late?",
            None,
            "Operations",
        ),
        (
            4,
            0,
            "Pays and leaves feedback",
            "Payment and a short survey: how many steps, and how many customers answer?",
            "Mobile app",
            "Finance",
            {"metrics": {"nps": 35.0}},
        ),
        (
            4,
            1,
            "Receipt and survey sent",
            "Frontstage follow-up, the last impression: is the receipt clear and the survey short?",
            "Email",
            "Customer experience",
        ),
        (
            4,
            3,
            "Team reviews feedback every week",
            "Who reads the feedback, and what changes because of it?",
            None,
            "Customer experience",
        ),
        (
            4,
            4,
            "Payment gateway and survey tool",
            "The systems behind payment and feedback, and who is called when one of them fails.",
            None,
            "IT",
        ),
    ],
    "flow": [0, 5, 9, 12, 15],
    "frictions": [
        (
            6,
            "No confirmation when the booking fails",
            "Example pain point: the customer thinks they are booked but is not.",
            3,
            "failure",
            "Show a clear error and offer another slot.",
        ),
        (
            12,
            "Waits at the desk while staff look up the booking",
            "Example: frontstage waits on backstage.",
            2,
            "waiting",
            "Send the day's bookings to the desk each morning.",
        ),
    ],
}

B2B_ONBOARDING = {
    "title": "B2B customer onboarding",
    "language": "en",
    "description": "From the signed contract to the first renewal: how a business customer is set up, "
    "trained and reaches the value they bought. Add a persona for each role on the "
    "customer's side (the champion, the admin, the end users).",
    "personas": [
        {
            "name": "Champion (buyer's side)",
            "role": "The manager who chose you and must show results",
            "goals": ["Show value to their boss within the first quarter"],
            "needs": ["A clear plan with dates", "One contact who knows their account"],
            "frustrations": ["Slow set-up", "Being passed between teams"],
            "quote": "I promised my director results by the end of the quarter.",
        },
        {
            "name": "Admin user",
            "role": "Sets the product up and supports colleagues",
            "goals": ["Set up once, correctly"],
            "needs": ["Good documentation", "Fast technical answers"],
            "frustrations": ["Data import that fails without a reason"],
        },
    ],
    "stages": [
        ("Contract and handover", "Sales hands the account to the onboarding team."),
        ("Kick-off", "Goals, plan, people and dates agreed."),
        ("Set-up and data", "Accounts, integrations, data import."),
        ("Training and adoption", "Admins and users learn and start using it."),
        ("First value and review", "The first results, a review with the champion, the renewal ahead."),
    ],
    "lanes": [("Customer actions", "actions"), ("Touchpoints", "touchpoints"), ("Backstage", "backstage")],
    "channels": ["Email", "Events", "Website", "Phone / contact centre", "Live chat / chatbot"],
    "cards": [
        (
            0,
            0,
            "Signs the contract",
            "The champion's expectations are set here: write down what was promised in the sale.",
            "Email",
            "Sales",
            {"moment_of_truth": True, "emotion": 2},
        ),
        (
            0,
            2,
            "Sales hands the account to onboarding",
            "Handover notes: goals, promises, contacts, risks. A weak handover is the most common cause of a slow start.",
            None,
            "Sales",
        ),
        (
            0,
            1,
            "Welcome email with the onboarding plan",
            "Who their contact is, what happens in the first 30 days, what you need from them.",
            "Email",
            "Customer success",
            {"emotion": 1},
        ),
        (
            1,
            1,
            "Kick-off meeting",
            "Agree goals in measurable terms, the plan and who does what on both sides.",
            "Events",
            "Customer success",
            {"emotion": 1, "metrics": {"csat": 90.0}},
        ),
        (
            1,
            0,
            "Names an admin and the first users",
            "Without named people on the customer's side the plan stalls.",
            None,
            "Customer",
        ),
        (
            2,
            0,
            "Imports their data",
            "Data import and integrations: track days from kick-off to data loaded.",
            "Website",
            "Customer",
            {"emotion": -1, "metrics": {"ces": 4.5}},
        ),
        (
            2,
            1,
            "Technical support for the set-up",
            "Which questions come up? Turn the common ones into guides.",
            "Live chat / chatbot",
            "Support",
            {"metrics": {"csat": 76.0}},
        ),
        (
            2,
            2,
            "Account and integrations configured",
            "Backstage work by your team: note who does it and how many days the customer waits for it.",
            None,
            "Solutions engineering",
        ),
        (
            3,
            1,
            "Admin training session",
            "Live or recorded; measure attendance and completion.",
            "Events",
            "Customer success",
        ),
        (
            3,
            0,
            "Users log in for the first week",
            "Adoption: active users against licences bought.",
            "Website",
            "Customer",
            {"metrics": {"conversion": 45.0}},
        ),
        (
            3,
            1,
            "Help centre and in-app guides",
            "Self-service answers for end users: which articles are read most, and which searches find nothing?",
            "Website",
            "Support",
        ),
        (
            4,
            1,
            "First value review with the champion",
            "Show the results against the goals agreed at kick-off.",
            "Events",
            "Customer success",
            {"moment_of_truth": True, "emotion": 2, "metrics": {"nps": 40.0}},
        ),
        (
            4,
            2,
            "Health score and renewal risk reviewed",
            "Usage, tickets and sentiment: which accounts need attention before the renewal?",
            None,
            "Customer success",
        ),
        (
            4,
            1,
            "Renewal proposal",
            "No surprises in price or terms; link it to the value shown.",
            "Email",
            "Account management",
            {"emotion": 0},
        ),
    ],
    "flow": [0, 2, 3, 4, 5, 6, 8, 9, 11, 13],
    "frictions": [
        (
            5,
            "Data import fails without a clear error",
            "Example pain point: the admin cannot tell what is wrong with their file.",
            3,
            "failure",
            "Validate the file and say which row and column is wrong.",
        ),
        (
            2,
            "Plan promised in the sale is not in the onboarding plan",
            "Example: the handover lost what was promised.",
            2,
            "broken_promise",
            "Use a handover checklist signed by sales and onboarding.",
        ),
    ],
}

ENGLISH = {
    "awareness-to-advocacy": AWARENESS_TO_ADVOCACY,
    "before-during-after": BEFORE_DURING_AFTER,
    "service-blueprint": SERVICE_BLUEPRINT,
    "b2b-onboarding": B2B_ONBOARDING,
}


def main() -> int:
    from localised import LOCALISED

    OUT.mkdir(parents=True, exist_ok=True)
    for name, spec in {**ENGLISH, **LOCALISED}.items():
        journeydesk.save(build(spec), OUT / f"{name}.journey.json")
        print(OUT / f"{name}.journey.json")
    return 0


def texts() -> dict[str, str]:
    """name -> the canonical text each template should have (for the tests)."""
    from localised import LOCALISED

    return {name: dumps(build(spec)) for name, spec in {**ENGLISH, **LOCALISED}.items()}


if __name__ == "__main__":
    sys.exit(main())
