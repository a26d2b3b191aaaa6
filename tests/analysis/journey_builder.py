"""Small hand-built maps whose analysis answers are worked out by hand in the tests.

A plain helper module (not a conftest.py): several test folders have their own
conftest.py, and a uniquely named module never shadows them.
"""

from __future__ import annotations

from journeydesk.model import JourneyDocument


class MapBuilder:
    """A document with named stages and one lane; ids are the names given, for readable asserts."""

    def __init__(self, stages=("S1", "S2", "S3"), personas=()):
        self.doc = JourneyDocument("Test map")
        for s in stages:
            self.doc.add_stage(s, id=s)
        self.doc.add_lane("Touchpoints", id="L")
        for p in personas:
            self.doc.add_persona(p, id=p)

    def channel(self, name):
        if name not in self.doc:
            self.doc.add_channel(name, id=name)
        return name

    def tp(self, id, stage, *, channel=None, owner="Team", **values):
        if channel is not None:
            self.channel(channel)
        self.doc.add_touchpoint(f"T {id}", stage, "L", id=id, channel=channel, owner=owner, **values)
        return id

    def link(self, u, v, id=None, **values):
        return self.doc.add_link(u, v, id=id or f"{u}>{v}", **values)

    def friction(self, target, id, **values):
        values.setdefault("opportunity", "Fix it")
        return self.doc.add_friction(target, f"F {id}", id=id, **values)
