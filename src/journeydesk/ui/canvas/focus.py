"""Persona focus: one persona's touchpoints, links and curve stay bright, the
rest dims. Which items are a persona's is ``model.concerns``, the rule the
analysis and the persona PDF follow too."""

from __future__ import annotations

from ...model.concerns import link_concerns, touchpoint_concerns

DIM = 0.2
DIM_CURVE = 0.15


class FocusState:
    def __init__(self, scene) -> None:
        self.scene = scene
        self.persona: str | None = None
        self._dimmed: set[str] = set()

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
        nodes = doc.graph.nodes
        if p is None:
            return set(st.cards), set(st.links)
        cards = {t for t in st.cards if t in nodes and touchpoint_concerns(nodes[t], p)}
        edges = doc.graph.edges
        links = set()
        for k, item in st.links.items():
            u, v = item.source, item.target
            if u in cards and v in cards and k in doc and link_concerns(edges[u, v, k], p):
                links.add(k)
        return cards, links

    def dimmed(self) -> set[str]:
        """Ids drawn dimmed now (for the far-out overview; kept by ``apply``, not
        asked of every item's opacity at each overview paint)."""
        return self._dimmed

    def apply(self) -> None:
        scene = self.scene
        st = scene.store
        if self.persona is not None and self.persona not in scene.doc.graph.nodes:
            self.persona = None
            scene.board.focus_persona = None
        cards, links = self.lit()
        if self.persona is None:
            self._dimmed = set()
        else:
            self._dimmed = {t for t in st.cards if t not in cards}
            self._dimmed.update(k for k in st.links if k not in links)
        changed = False
        for group, lit in ((st.cards, cards), (st.links, links)):
            for item_id, item in group.items():
                want = 1.0 if item_id in lit else DIM
                if item.opacity() != want:
                    item.setOpacity(want)
                    changed = True
        for target, item in st.badges.items():
            want = 1.0 if (target in cards or target in links) else DIM
            if item.opacity() != want:
                item.setOpacity(want)
        p = self.persona
        for persona, item in st.curves.items():
            want = 1.0 if p is None or persona == p else DIM_CURVE
            if item.opacity() != want:
                item.setOpacity(want)
            item.setZValue(3.5 if persona == p else 3)
        if p is None:
            # Kept-aside items come back as they are: undimmed, with no focus.
            for store in (st.spare_cards, st.spare_links, st.spare_badges):
                for item in store.values():
                    if item.opacity() != 1.0:
                        item.setOpacity(1.0)
        if changed:
            scene.overview.invalidate()
