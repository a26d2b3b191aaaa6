"""SceneItems: every item the canvas shows, by the id of what it stands for, and
the items of removed things kept aside for an undo that brings them back.

The sync module (``sync.py``, ``cells.py``) is the only writer; the scene and
the editor read it.
"""

from __future__ import annotations

from collections import Counter

from .items import BadgeItem, CardItem, CellGroup, CurveItem, LaneHeaderItem, LinkItem, StageHeaderItem


class SceneItems:
    def __init__(self) -> None:
        self.cards: dict[str, CardItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.badges: dict[str, BadgeItem] = {}  # by target (card or link id)
        self.groups: dict[tuple[str, str], CellGroup] = {}  # by (stage, lane)
        self.stages: dict[str, StageHeaderItem] = {}
        self.lanes: dict[str, LaneHeaderItem] = {}
        self.curves: dict[str, CurveItem] = {}  # by persona
        # Removed things' items, kept out of the scene (or hidden with their
        # cell's group) for an undo that brings them back.
        self.spare_cards: dict[str, CardItem] = {}
        self.spare_links: dict[str, LinkItem] = {}
        self.spare_badges: dict[str, BadgeItem] = {}
        self.spare_groups: dict[tuple[str, str], CellGroup] = {}
        self.links_at: dict[str, set[str]] = {}  # card -> its links (with items)
        self.top_links: set[str] = set()  # links between cells (top-level items)
        self.top_at: dict[tuple[str, str], set[str]] = {}  # cell -> the links between it and another
        self.lane_at: dict[str, set[str]] = {}  # lane -> links between two of its cells
        # Counts the changes that can alter what a kept-aside card shows (its own
        # fields, a channel's name, a persona's colour): a card that comes back
        # with the same count keeps its picture.
        self.content_epoch = 0

    def whole_types(self, items) -> set[type]:
        """Of CardItem and LinkItem, the types whose every item is among ``items``
        (a selection): select all and a band over the map take the fast paths."""
        counts = Counter(map(type, items))
        return {
            cls for cls, held in ((CardItem, self.cards), (LinkItem, self.links)) if counts[cls] == len(held)
        }

    def spares(self) -> int:
        return len(self.spare_cards) + len(self.spare_links) + len(self.spare_badges)

    def index_cells(self, link: str, item: LinkItem, cells: tuple) -> None:
        """The cells a link's cards are in now (kept in the indexes a relayout
        uses to find the links it must move)."""
        if item.cells == cells and (link in self.top_links) == (cells[0] != cells[1]):
            return
        self._unindex_cells(link, item.cells)
        item.cells = cells
        cu, cv = cells
        if cu != cv:
            self.top_links.add(link)
            self.top_at.setdefault(cu, set()).add(link)
            self.top_at.setdefault(cv, set()).add(link)
            if cu[1] == cv[1]:
                self.lane_at.setdefault(cu[1], set()).add(link)

    def _unindex_cells(self, link: str, cells: tuple) -> None:
        self.top_links.discard(link)
        if len(cells) != 2 or not cells[0]:
            return
        for key in cells:
            at = self.top_at.get(key)
            if at is not None:
                at.discard(link)
        at = self.lane_at.get(cells[0][1])
        if at is not None:
            at.discard(link)

    def lane_links(self, lanes) -> set[str]:
        """Links between two cells of one of ``lanes``."""
        out: set[str] = set()
        for lane in lanes:
            out.update(self.lane_at.get(lane, ()))
        return out

    def forget_link(self, link: str, item: LinkItem) -> None:
        """A link's item leaves the map: drop it from the card-to-links index."""
        self._unindex_cells(link, item.cells)
        item.cells = ((), ())
        for end in (item.source, item.target):
            at = self.links_at.get(end)
            if at is not None:
                at.discard(link)
                if not at:
                    del self.links_at[end]

    def index_link(self, link: str, item: LinkItem) -> None:
        self.links_at.setdefault(item.source, set()).add(link)
        self.links_at.setdefault(item.target, set()).add(link)
