"""Random edits of a map, as a room of people makes them (for bench_live.py and
the sync tests). Every edit goes through the document's own methods."""

from __future__ import annotations

import random

from journeydesk.model import FieldError, JourneyDocument

WORDS = [
    "ad",
    "blog",
    "checkout",
    "email",
    "survey",
    "call",
    "chat",
    "store",
    "app",
    "review",
    "refund",
    "delivery",
    "invoice",
]


def _title(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))).capitalize()


def seed_map(doc: JourneyDocument) -> None:
    """A small starting map: stages, lanes, a persona, channels, a few cards."""
    stages = [doc.add_stage(n) for n in ("Awareness", "Consideration", "Purchase", "Retention")]
    lanes = [doc.add_lane("Touchpoints"), doc.add_lane("Backstage", "backstage")]
    doc.add_persona("Ana")
    doc.add_channel("Website")
    doc.add_channel("Email")
    for s in stages:
        doc.add_touchpoint(_title(random.Random(s)), s, lanes[0])


def random_edit(doc: JourneyDocument, rng: random.Random, who: str = "") -> str:
    """Make one random edit; returns its name (or '' when nothing fitted)."""
    tps = doc.touchpoints()
    stages, lanes = doc.stages(), doc.lanes()
    roll = rng.random()
    try:
        if roll < 0.22 or not tps:
            if not stages or not lanes:
                doc.add_stage(_title(rng))
                return "add stage"
            s, la = rng.choice(stages), rng.choice(lanes)
            index = rng.randint(0, len(doc.cell(s, la)))
            doc.add_touchpoint(_title(rng), s, la, index=index, owner=who)
            return "add card"
        tp = rng.choice(tps)
        if roll < 0.42:
            doc.set(tp, title=_title(rng))
            return "edit title"
        if roll < 0.50:
            doc.set(tp, metrics={"csat": round(rng.uniform(0, 100), 1), "volume": rng.randint(0, 999)})
            return "edit metrics"
        if roll < 0.56 and doc.personas():
            p = rng.choice(doc.personas())
            doc.set(tp, emotions={**doc.get(tp)["emotions"], p: rng.randint(-3, 3)}, personas=[p])
            return "edit emotion"
        if roll < 0.60 and doc.channels():
            doc.set(tp, channel=rng.choice(doc.channels() + (None,)))
            return "edit channel"
        if roll < 0.72:
            s, la = rng.choice(stages), rng.choice(lanes)
            doc.move_touchpoint(tp, s, la, rng.randint(0, len(doc.cell(s, la))))
            return "move card"
        if roll < 0.76 and len(tps) > 1:
            other = rng.choice([t for t in tps if t != tp])
            doc.add_link(tp, other)
            return "add link"
        if roll < 0.81:
            doc.add_friction(tp, _title(rng), severity=rng.randint(1, 4))
            return "add friction"
        if roll < 0.85:
            doc.add_comment(rng.choice((tp, None)), _title(rng), author=who)
            return "add comment"
        if roll < 0.87 and doc.comments():
            c = rng.choice(doc.comments())
            doc.set(c, resolved=not doc.get(c)["resolved"])
            return "resolve comment"
        if roll < 0.91:
            doc.remove(tp)
            return "delete card"
        if roll < 0.93 and doc.links():
            doc.remove(rng.choice(doc.links()))
            return "delete link"
        if roll < 0.95 and len(stages) > 1:
            doc.reorder(rng.choice(stages), rng.randrange(len(stages)))
            return "reorder stage"
        if roll < 0.96:
            doc.add_stage(_title(rng), index=rng.randint(0, len(stages)))
            return "add stage"
        if roll < 0.965 and len(stages) > 2:
            doc.remove(rng.choice(stages))
            return "delete stage"
        if roll < 0.97 and doc.personas():
            doc.set(rng.choice(doc.personas()), name=_title(rng))
            return "edit persona"
        if roll < 0.975:
            doc.add_persona(_title(rng))
            return "add persona"
        if roll < 0.98 and len(doc.personas()) > 1:
            doc.remove(rng.choice(doc.personas()))
            return "delete persona"
        if roll < 0.985 and len(doc.channels()) > 1:
            doc.remove(rng.choice(doc.channels()))
            return "delete channel"
        doc.set_meta(title=_title(rng))
        return "edit map title"
    except FieldError:
        return ""
