"""Random small maps for checking the analysis against straightforward references.

Every kind of shape the flow can take shows up: loops inside and across stages,
parallel links, links drawn for one persona, touchpoints naming no
persona, emotions for personas a card does not name, frictions of every status on
touchpoints and links. A plain helper module (see journey_builder.py for why).
"""

from __future__ import annotations

import random

from journeydesk.model import JourneyDocument
from journeydesk.model.vocabulary import FRICTION_CATEGORIES


def random_map(seed: int, touchpoints: int | None = None) -> JourneyDocument:
    """A deterministic random map for ``seed`` (size random unless given)."""
    rnd = random.Random(seed)
    n = rnd.randint(0, 40) if touchpoints is None else touchpoints
    doc = JourneyDocument(title=f"Random {seed}")
    stages = [doc.add_stage(f"Stage {i}", id=f"s{i}") for i in range(rnd.randint(1, 5))]
    lanes = [doc.add_lane(f"Lane {i}", id=f"l{i}") for i in range(rnd.randint(1, 3))]
    personas = [doc.add_persona(f"Persona {i}", id=f"p{i}") for i in range(rnd.randint(0, 3))]
    channels = [doc.add_channel(f"Channel {i}", id=f"c{i}") for i in range(rnd.randint(1, 4))]
    tps = []
    for i in range(n):
        named = sorted(rnd.sample(personas, rnd.randint(0, len(personas))))
        felt = rnd.sample(personas, rnd.randint(0, len(personas)))
        metrics = {}
        for key, lo, hi in (("csat", 0, 100), ("nps", -100, 100), ("ces", 1, 7), ("volume", 0, 10**6)):
            if rnd.random() < 0.4:
                metrics[key] = rnd.randint(lo, hi) if key == "volume" else round(rnd.uniform(lo, hi), 1)
        tps.append(
            doc.add_touchpoint(
                f"Touchpoint {i}",
                rnd.choice(stages),
                rnd.choice(lanes),
                id=f"t{i:02d}",
                channel=rnd.choice([*channels, None]),
                owner=rnd.choice(("", "Sales", "Support")),
                personas=named,
                emotions={p: rnd.randint(-3, 3) for p in felt},
                metrics=metrics,
                moment_of_truth=rnd.random() < 0.2,
            )
        )
    links = []
    for i in range(rnd.randint(0, 2 * n) if n > 1 else 0):
        u, v = rnd.sample(tps, 2)
        persona = rnd.choice(personas) if personas and rnd.random() < 0.3 else None
        links.append(doc.add_link(u, v, id=f"k{i:02d}", persona=persona, label=rnd.choice(("", "", "retry"))))
    targets = tps + links
    for i in range(rnd.randint(0, n)):
        doc.add_friction(
            rnd.choice(targets),
            f"Friction {i}",
            id=f"f{i:02d}",
            severity=rnd.randint(1, 4),
            status=rnd.choice(("open", "in_progress", "resolved")),
            category=rnd.choice(FRICTION_CATEGORIES),
            opportunity=rnd.choice(("", "Fix it")),
        )
    return doc
