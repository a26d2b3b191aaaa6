"""Persona focus: one persona's touchpoints, links and curve stay bright, the
rest dims. Which items are a persona's is ``model.concerns``, the rule the
analysis and the persona PDF follow too.

Far out the items paint nothing (the overview draws them from ``dimmed()``), so
their opacities are set when the view comes back in, not at each focus change:
setting 15,000 opacities was half of a focus change at 10,000 cards."""

from __future__ import annotations

from ...model.concerns import persona_journey

DIM = 0.2
DIM_CURVE = 0.15


class FocusState:
    def __init__(self, scene) -> None:
        self.scene = scene
        self.persona: str | None = None
        self._dimmed: set[str] = set()  # cards and links the focus dims now
        self._badges: set[str] = set()  # badge targets the focus dims now
        self._applied: str | None = None  # the persona the last apply focused
        # what the items' opacities show (pushed to them), and the items then there
        self._pushed: tuple[set[str], set[str]] = (set(), set())
        self._pushed_present: set[str] = set()
        self._stale = False  # opacities not pushed since the focus last changed
        self._journeys: dict[str, tuple[set[str], set[str]]] = {}  # persona -> its cards, links

    def set(self, persona: str | None) -> None:
        nodes = self.scene.doc.graph.nodes
        self.persona = persona if persona in nodes else None
        self.scene.board.focus_persona = self.persona
        self.scene.board.update_title()
        self.apply()

    def lit(self) -> tuple[set[str], set[str]]:
        """The cards and links of the focused persona's journey (all when none)."""
        doc, st = self.scene.doc, self.scene.store
        p = self.persona
        if p is None:
            return set(st.cards), set(st.links)
        known = self._journeys.get(p)
        if known is None:  # worked out once per persona until the document changes
            known = self._journeys[p] = persona_journey(doc, p)
        cards, links = set(known[0]), set(known[1])
        cards.intersection_update(st.cards)  # (the scene has every laid-out item)
        links.intersection_update(st.links)
        return cards, links

    def document_changed(self) -> None:
        """Any edit: the personas' journeys are worked out again when next asked."""
        self._journeys.clear()

    def dimmed(self) -> set[str]:
        """Ids drawn dimmed now (for the far-out overview; kept by ``apply``, not
        asked of every item's opacity at each overview paint)."""
        return self._dimmed

    def apply(self, check: bool = False) -> None:
        """Work out what the focused persona does not concern; dim those items
        now, or when the view comes in from far out. ``check``: ask every item
        (something else set opacities: a drag dims what it moves)."""
        scene = self.scene
        st = scene.store
        if self.persona is not None and self.persona not in scene.doc.graph.nodes:
            self.persona = None
            scene.board.focus_persona = None
        cards, links = self.lit()
        before = self._dimmed
        if self.persona is None:
            self._dimmed, self._badges = set(), set()
        else:
            self._dimmed = {t for t in st.cards if t not in cards}
            self._dimmed.update(k for k in st.links if k not in links)
            self._badges = {t for t in st.badges if t not in cards and t not in links}
        p = self.persona
        for persona, item in st.curves.items():  # a few: drawn far out too
            want = 1.0 if p is None or persona == p else DIM_CURVE
            if item.opacity() != want:
                item.setOpacity(want)
            item.setZValue(3.5 if persona == p else 3)
        if check or not scene.overview_mode():
            self.push(check)
        else:
            self._stale = True
        if p != self._applied:
            self._applied = p
            scene.overview.refocus()  # its own far-out picture (kept for the last few)
        elif self._dimmed != before:
            scene.overview.invalidate()  # an edit changed what the persona concerns

    def push(self, check: bool = False) -> None:
        """Give the items the opacities the focus wants: those whose dimming
        changed since the last push, and those that came since (all: ``check``)."""
        st = self.scene.store
        present = set(st.cards)
        present.update(st.links)
        present.update(st.badges)
        dimmed, badges = self._pushed
        if check:
            suspects = present
        else:
            new = present - self._pushed_present
            suspects = (self._dimmed ^ dimmed) | (self._badges ^ badges) | new
        for item_id in suspects:
            for store, dims in (
                (st.cards, self._dimmed),
                (st.links, self._dimmed),
                (st.badges, self._badges),
            ):
                item = store.get(item_id)
                if item is not None:
                    want = DIM if item_id in dims else 1.0
                    if item.opacity() != want:
                        item.setOpacity(want)
        if self.persona is None:
            # Kept-aside items come back as they are: undimmed, with no focus.
            for store in (st.spare_cards, st.spare_links, st.spare_badges):
                for item in store.values():
                    if item.opacity() != 1.0:
                        item.setOpacity(1.0)
        self._pushed = (set(self._dimmed), set(self._badges))
        self._pushed_present = present
        self._stale = False

    def view_in(self) -> None:
        """The view came in from far out: the items paint again, dimmed or not."""
        if self._stale:
            self.push()
