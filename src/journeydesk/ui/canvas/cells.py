"""Cards, links and badges brought to a layout, touching as little as possible.

Cards live in one container per stage-lane cell (CellGroup); links whose two
cards share a cell live in that cell's container too (most links do: they join
neighbours in journey order). When a stage grows or a lane gets a row, the cells
after it move as a whole: one ``setPos`` per cell instead of one per card and
link. Only the cells whose content changed place their cards again, and only
links that touch those cards, or that cross between cells that moved by
different offsets, are routed again.

Items of things that leave the map are kept aside as spares, and come back when
the same ids come back: an undo restoring a deleted stage brings back its ~1,000
items in a few milliseconds instead of building them again. A cell that goes
is hidden whole, with its cards, links and badges still in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QGraphicsScene

from ...layout import MapLayout
from ...model import JourneyDocument
from .items import Z_LINK, BadgeItem, CardItem, CellGroup, LinkItem
from .store import SceneItems

SPARE_LIMIT = 8000  # items of removed things kept aside for an undo (cards, links, badges)
BIG_CHANGE = 800  # cards moved by a relayout beyond which the scene repaints whole


@dataclass
class _Pass:
    """What one sync pass found out, handed from step to step."""

    layout: MapLayout
    overview: bool
    dirty: set = field(default_factory=set)  # cell groups whose overview picture changed
    cross: bool = False  # links between cells (or their badges) changed
    changed: set = field(default_factory=set)  # cards whose place in their cell changed
    cell_of: dict = field(default_factory=dict)  # card -> its cell
    deltas: dict = field(default_factory=dict)  # cell -> (dx, dy) it moved by
    back: set = field(default_factory=set)  # cells whose group came back from the spares
    gone_cells: list = field(default_factory=list)
    revived: bool = False
    new_cells: bool = False  # a cell group was made

    def cells_moved(self) -> bool:
        """A cell moved, came or went (a far-out picture of a part will not do)."""
        return bool(self.deltas or self.gone_cells or self.back or self.new_cells)


class CellSync:
    """Keeps ``items`` (cards, links, badges, cell groups) in step with layouts."""

    def __init__(self, scene: QGraphicsScene, doc: JourneyDocument, items: SceneItems) -> None:
        self.scene = scene
        self.doc = doc
        self.items = items
        self.leaving = None  # callback(item) before an item that may host an editor leaves

    def apply(self, L: MapLayout, overview: bool) -> tuple[set, bool, bool]:
        """Bring cards, links and badges to ``L``; returns the cell groups whose
        overview picture changed, whether links between cells did and whether
        a cell moved, came or went."""
        p = _Pass(L, overview)
        wanted_links = self.doc.links()
        self._retire(p, wanted_links)
        self._place_groups(p)
        self._place_cards(p)
        self._route_links(p, wanted_links)
        self._hide_gone_cells(p)
        self._sync_badges(p)
        if p.revived:
            self._drop_unwanted_spares()
        groups = self.items.groups
        moved = len(p.changed) + sum(len(groups[k].sig[0]) for k in p.deltas if k in groups and groups[k].sig)
        if moved > BIG_CHANGE:
            # Most of the map moved: one repaint of everything is cheaper than
            # Qt working out the old and new place of every moved item.
            self.scene.update()
        return p.dirty, p.cross, p.cells_moved()

    def apply_delta(self, L: MapLayout, overview: bool, delta, links_added: set, links_removed: set):
        """Bring the items to ``L`` where ``delta`` (``layout.live.LayoutDelta``)
        says it changed: the cells it placed again or shifted, the links of the
        cards it moved and those added or removed, the badges it names. Costs
        what the edit moved, not what the map holds."""
        p = _Pass(L, overview)
        it, doc = self.items, self.doc
        gone_links = [k for k in links_removed if k in it.links and k not in doc]
        gone_cards = [t for t in delta.gone if t in it.cards]
        gone_badges = [t for t in delta.badges if t in it.badges and t not in L.badges]
        p.gone_cells = [k for k in delta.gone_cells if k in it.groups]
        self._put_aside(p, gone_links, gone_cards, gone_badges)
        self._place_groups(p, delta.new_cells)
        for key in (*delta.shifted, *delta.replaced):  # the cells that moved, to where they are
            group, cell = it.groups[key], L.cells[key]
            if group.x0 != cell.x or group.y0 != cell.y:
                p.deltas[key] = (cell.x - group.x0, cell.y - group.y0)
                group.move_to(cell.x, cell.y)
        self._place_cards(p, delta.replaced)
        todo = {k for k in links_added if k in doc}
        for tp in p.changed:
            todo.update(it.links_at.get(tp, ()))
        todo.update(self._straight_links(L, delta.counted))
        for k in todo:
            item = it.links.get(k)
            if item is None:
                item = self._link_item(p, k)
            p.cell_of.setdefault(item.source, self._cell_key(item.source))
            p.cell_of.setdefault(item.target, self._cell_key(item.target))
            self._route(p, k, item)
        if p.deltas:
            self._shift_links_of_cells(p, todo)
        self._hide_gone_cells(p)
        self._sync_badges(p, delta.badges)
        if p.revived:
            self._drop_unwanted_spares()
        moved = len(p.changed) + sum(len(it.groups[k].sig[0]) for k in p.deltas if it.groups[k].sig)
        if moved > BIG_CHANGE:
            self.scene.update()
        return p.dirty, p.cross, p.cells_moved()

    def _cell_key(self, tp: str) -> tuple[str, str]:
        a = self.doc.graph.nodes[tp]
        return a["stage"], a["lane"]

    def _straight_links(self, L: MapLayout, cells: set[tuple[str, str]]) -> set[str]:
        """Links between cells of a lane that pass a cell whose card rows
        changed: whether they run straight may have changed with it. (A link
        inside one cell needs no check: a card coming between its cards moves
        one of them, and the links of moved cards are routed anyway.)"""
        if not cells:
            return set()
        doc, it, index = self.doc, self.items, L.stage_index
        by_lane: dict[str, list[int]] = {}
        for s, la in cells:
            by_lane.setdefault(la, []).append(index[s])
        out = set()
        for la, stages in by_lane.items():
            for k in it.lane_at.get(la, ()):
                item = it.links[k]
                i, j = index[item.cells[0][0]], index[item.cells[1][0]]
                lo, hi = min(i, j), max(i, j)
                if any(lo <= s <= hi for s in stages) and item.clear != L.clear_between(
                    doc, item.source, item.target
                ):
                    out.add(k)
        return out

    def _shift_links_of_cells(self, p: _Pass, todo: set[str]) -> None:
        """Links between cells, one of which moved: shifted with their cells, or
        routed again when their cells moved apart."""
        it, L = self.items, p.layout
        seen = set(todo)
        for key in p.deltas:
            for k in list(it.top_at.get(key, ())):
                if k in seen:
                    continue
                seen.add(k)
                item = it.links[k]
                du = p.deltas.get(item.cells[0], (0.0, 0.0))
                dv = p.deltas.get(item.cells[1], (0.0, 0.0))
                if du != dv:  # (a stage may have come or gone between them)
                    a, b = L.cards[item.source], L.cards[item.target]
                    item.reroute(a, b, None, L.clear_between(self.doc, item.source, item.target))
                else:
                    item.shift(du[0], du[1])
                p.cross = True

    # ------------------------------------------------------------ 1. what left
    def _retire(self, p: _Pass, wanted_links: tuple[str, ...]) -> None:
        """Gone links, cards, badges and cells go to the spares (found by
        comparing the items with the layout and the document's links)."""
        it, L = self.items, p.layout
        links, cards = it.links, it.cards
        gone_links: list[str] = []
        if len(wanted_links) != len(links) or any(k not in links for k in wanted_links):
            keep = set(wanted_links)
            gone_links = [k for k in links if k not in keep]
        gone_cards: list[str] = []
        if len(L.cards) != len(cards) or any(t not in L.cards for t in cards):
            gone_cards = [t for t in cards if t not in L.cards]
        p.gone_cells = [k for k in it.groups if k not in L.cells]
        gone_badges = [t for t in it.badges if t not in L.badges]
        self._put_aside(p, gone_links, gone_cards, gone_badges)

    def _put_aside(
        self, p: _Pass, gone_links: list[str], gone_cards: list[str], gone_badges: list[str]
    ) -> None:
        it = self.items
        links, cards = it.links, it.cards
        if gone_links or gone_cards or p.gone_cells or gone_badges:
            coming = len(gone_cards) + len(gone_links) + len(gone_badges)
            if it.spares() + coming > SPARE_LIMIT or any(k in it.spare_groups for k in p.gone_cells):
                self.clear_spares()
            self._deselect_leaving(p.layout, set(gone_links))
            for tp in gone_cards:
                if self.leaving is not None:
                    self.leaving(cards[tp])
        leaving = set(p.gone_cells)  # these cells leave the scene whole, contents and all
        epoch = it.content_epoch
        for key in p.gone_cells:
            it.groups[key].spare_links = []
        for k in gone_links:
            item = links.pop(k)
            it.forget_link(k, item)
            group = item.group
            if group is None:
                p.cross = True
            else:
                p.dirty.add(group.key)
            if group is None or group.key not in leaving:
                self.scene.removeItem(item)  # off its cell group too
                item.group = None
                item.placed = False
            else:  # it stays placed in its cell group (and comes back with it)
                group.spare_links.append(k)
            item.spare_epoch = epoch
            it.spare_links[k] = item
        for tp in gone_cards:
            item = cards.pop(tp)
            badge = it.badges.pop(tp, None)
            if badge is not None:
                it.spare_badges[tp] = badge  # stays on its card
            group = item.group
            if group is None or group.key not in leaving:
                self.scene.removeItem(item)
                item.group = None
            item.spare_epoch = epoch
            it.spare_cards[tp] = item

    def _deselect_leaving(self, L: MapLayout, gone_links: set[str]) -> None:
        # Spares never come back selected (Qt keeps an item's selected flag out
        # of the scene).
        for item in self.scene.selectedItems():
            if isinstance(item, CardItem):
                gone = item.item_id not in L.cards
            elif isinstance(item, LinkItem):
                gone = item.item_id in gone_links
            elif isinstance(item, BadgeItem):
                gone = item.item_id not in L.badges
            else:
                continue
            if gone:
                item.setSelected(False)

    # ------------------------------------------------------------ 2. cell groups
    def _place_groups(self, p: _Pass, keys=None) -> None:
        """Cell groups (of ``keys``, else all) move with their cells; a cell that
        comes back brings its items."""
        it, cells = self.items, p.layout.cells
        for key in cells if keys is None else keys:
            cell = cells[key]
            group = it.groups.get(key)
            if group is None:
                group = it.spare_groups.pop(key, None)
                if group is None:
                    group = CellGroup(key, cell.x, cell.y)
                    self.scene.addItem(group)
                    p.new_cells = True
                else:
                    p.revived = True
                    p.back.add(key)
                    if group.x0 != cell.x or group.y0 != cell.y:
                        group.move_to(cell.x, cell.y)
                    group.setVisible(True)
                it.groups[key] = group
            elif group.x0 != cell.x or group.y0 != cell.y:
                p.deltas[key] = (cell.x - group.x0, cell.y - group.y0)
                group.move_to(cell.x, cell.y)

    # ------------------------------------------------------------ 3. cards
    def _place_cards(self, p: _Pass, cells=None) -> None:
        """Cards of the cells whose content changed (of ``cells``, else of any
        cell) are placed again."""
        L, doc, it = p.layout, self.doc, self.items
        cols = L.slot_columns
        groups = it.groups if cells is None else {k: it.groups[k] for k in cells if k in it.groups}
        for key, group in groups.items():
            if key not in L.cells:
                continue
            ids = doc.cell(*key)
            for tp in ids:
                p.cell_of[tp] = key
            sig = (ids, cols.get(key[0]), L.cells[key].w)
            if key in p.back:
                if sig == group.sig and self._take_back(group, ids, p.overview, L.badges):
                    p.dirty.add(key)
                    continue  # all of it came back as it left
            elif sig == group.sig:
                continue  # the same cards in the same places (the cell may have moved)
            group.sig = sig
            p.dirty.add(key)
            for tp in ids:
                self._place_card(p, tp, group)

    def _place_card(self, p: _Pass, tp: str, group: CellGroup) -> None:
        it = self.items
        rect = p.layout.cards[tp]
        item = it.cards.get(tp)
        if item is None:
            item = it.spare_cards.pop(tp, None)
            if item is None:
                item = it.cards[tp] = CardItem(self.doc, tp, rect)
                item.setParentItem(group)
                item.group = group
                item.place(rect, group.x0, group.y0)
                if p.overview:
                    item.set_overview(True)
                p.changed.add(tp)
                return
            p.revived = True
            it.cards[tp] = item
            item.revive(p.overview, item.spare_epoch == it.content_epoch)
            p.changed.add(tp)
            if item.group is group:  # came back in its cell
                item.place(rect, group.x0, group.y0)
            else:
                item.setParentItem(group)
                item.group = group
                item.place(rect, group.x0, group.y0, force=True)
            return
        if item.group is not group:
            item.setParentItem(group)
            item.group = group
            item.place(rect, group.x0, group.y0, force=True)
            p.changed.add(tp)
        elif item.place(rect, group.x0, group.y0):
            p.changed.add(tp)

    def _take_back(self, group: CellGroup, ids: tuple[str, ...], overview: bool, badges: dict) -> bool:
        """A cell's group came back from the spares with the same cards in the
        same places (an undo of its removal): take its cards and the links
        between them back as they are, without placing or routing anything.
        False when that does not hold (the caller then claims them one by one)."""
        it = self.items
        if group.spare_epoch != it.content_epoch or group.spare_overview != overview:
            return False
        for tp in ids:
            item = it.spare_cards.get(tp)
            if item is None or item.group is not group:
                return False
        for tp in ids:
            item = it.cards[tp] = it.spare_cards.pop(tp)
            if item.hovered or item.link_target:
                item.revive(overview, True)
        doc = self.doc
        for k in group.spare_links:
            item = it.spare_links.get(k)
            if item is None or item.group is not group or k not in doc:
                continue  # not back (yet): dropped from the group after the sync
            if doc.link_ends(k) != (item.source, item.target):
                continue
            it.links[k] = it.spare_links.pop(k)
            it.index_link(k, item)
            it.index_cells(k, item, (group.key, group.key))
            if item.hovered:
                item.revive(overview, True)
            item.set_badged(k in badges)
        group.spare_links = []
        return True

    # ------------------------------------------------------------ 4. links
    def _route_links(self, p: _Pass, wanted_links: tuple[str, ...]) -> None:
        """New and returning links and those touching a card that moved in its
        cell are routed (in map order); links between cells that moved by
        different offsets too; the rest stay as they are."""
        it = self.items
        todo: set[str] = set()
        for tp in p.changed:
            at = it.links_at.get(tp)
            if at:
                todo.update(at)
        for k in wanted_links:
            item = it.links.get(k)
            if item is None:
                item = self._link_item(p, k)
                todo.add(k)
            elif k not in todo:
                continue
            self._route(p, k, item)
        if p.deltas or p.changed:
            self._shift_cross_links(p, todo)

    def _link_item(self, p: _Pass, k: str) -> LinkItem:
        it = self.items
        u, v = self.doc.link_ends(k)
        item = it.spare_links.pop(k, None)
        if item is not None and (item.source != u or item.target != v):
            if item.scene() is self.scene:
                self.scene.removeItem(item)
            item = None
        if item is None:
            item = LinkItem(self.doc, k, u, v)
        else:
            p.revived = True
            item.revive(p.overview, item.spare_epoch == it.content_epoch)
        it.links[k] = item
        it.index_link(k, item)
        return item

    def _route(self, p: _Pass, k: str, item: LinkItem) -> None:
        it, L = self.items, p.layout
        u, v = item.source, item.target
        item.set_badged(k in L.badges)  # its label keeps clear of its badge
        cu, cv = p.cell_of[u], p.cell_of[v]
        it.index_cells(k, item, (cu, cv))
        parent = it.groups[cu] if cu == cv else None
        before = item.group
        if before is not None:
            p.dirty.add(before.key)
        elif item.placed:
            p.cross = True
        if parent is None:
            p.cross = True
        else:
            p.dirty.add(cu)
        if before is not parent or not item.placed:
            if parent is None:
                if before is not None:
                    item.setParentItem(None)  # stays in the scene, top level
                if item.scene() is not self.scene:  # new, or kept aside (maybe in a cell's group)
                    self.scene.addItem(item)
                item.setZValue(Z_LINK)  # under every cell group's cards
            else:
                item.setParentItem(parent)
                item.setZValue(-1)  # under the cards of its cell
            item.group = parent
            item.placed = True
            if p.overview and not item._overview:
                item.set_overview(True)
        item.reroute(L.cards[u], L.cards[v], parent, L.clear_between(self.doc, u, v))

    def _shift_cross_links(self, p: _Pass, todo: set[str]) -> None:
        """Links between cells whose cards did not move in their cells: shifted
        with their cells, or routed again when the cells moved apart or a card
        came or went between them in their row."""
        it, L = self.items, p.layout
        for k in it.top_links:
            if k in todo:
                continue
            item = it.links[k]
            du = p.deltas.get(item.cells[0])
            dv = p.deltas.get(item.cells[1])
            a, b = L.cards[item.source], L.cards[item.target]
            clear = L.clear_between(self.doc, item.source, item.target)
            if du != dv or clear != item.clear:
                item.reroute(a, b, None, clear)
                p.cross = True
            elif du is not None:
                item.shift(du[0], du[1])
                p.cross = True

    # ------------------------------------------------------------ 5. gone cells
    def _hide_gone_cells(self, p: _Pass) -> None:
        """Cells that are gone are hidden whole, with what is left in them (they
        stay in the scene: no item changes hands, and showing them is cheap)."""
        it = self.items
        for key in p.gone_cells:
            group = it.groups.pop(key)
            group.setVisible(False)
            group.spare_epoch = it.content_epoch
            group.spare_overview = p.overview
            it.spare_groups[key] = group

    # ------------------------------------------------------------ 6. badges
    def _touch(self, p: _Pass, target: str) -> None:
        card = self.items.cards.get(target)
        group = card.group if card is not None else None
        if group is None:
            p.cross = True
        else:
            p.dirty.add(group.key)

    def _sync_badges(self, p: _Pass, targets=None) -> None:
        """Badges (of ``targets``, else all): on a card they are its children
        (they move with it)."""
        it, L = self.items, p.layout
        if targets is None:
            gone = [t for t in it.badges if t not in L.badges]
            targets = L.badges
        else:
            gone = [t for t in targets if t in it.badges and t not in L.badges]
            targets = [t for t in targets if t in L.badges]
        for target in gone:
            item = it.badges.pop(target)
            self._touch(p, target)
            self.scene.removeItem(item)  # off its card too
            it.spare_badges[target] = item
            link = it.links.get(target)
            if link is not None:
                link.set_badged(False)
        for target in targets:
            self._sync_badge(p, target, L.badges[target])

    def _sync_badge(self, p: _Pass, target: str, b) -> None:
        it, L = self.items, p.layout
        item = it.badges.get(target)
        card = it.cards.get(target)
        if item is None:
            item = self._badge_item(p, target, b, card)
        else:
            old = item.badge
            if old.count != b.count or old.open_count != b.open_count or old.severity != b.severity:
                self._touch(p, target)
            elif card is not None:
                item.badge = b  # same marker, the card carries it along
                return
            elif old.x != b.x or old.y != b.y:
                p.cross = True  # a link badge that moved
            else:
                return
        if card is not None:
            r = L.cards[target]
            item.set_badge(b, local=(b.x - r.x, b.y - r.y))
        else:
            item.set_badge(b)

    def _badge_item(self, p: _Pass, target: str, b, card: CardItem | None) -> BadgeItem:
        it = self.items
        item = it.spare_badges.pop(target, None)
        if item is None:
            item = BadgeItem(self.doc, b)
            if card is not None:
                item.setParentItem(card)
            else:
                self.scene.addItem(item)
            if p.overview:
                item.set_overview(True)
        else:
            p.revived = True
            item.revive(p.overview)
            if card is not None:
                if item.parentItem() is not card:
                    item.setParentItem(card)
            else:
                if item.parentItem() is not None:
                    item.setParentItem(None)
                if item.scene() is not self.scene:
                    self.scene.addItem(item)
        it.badges[target] = item
        self._touch(p, target)
        if card is None and target in it.links:
            it.links[target].set_badged(True)
        return item

    # ------------------------------------------------------------ 7. spares
    def _drop_unwanted_spares(self) -> None:
        """Spares that came back inside a cell or on a card but are not wanted."""
        it = self.items
        for store in (it.spare_badges, it.spare_links, it.spare_cards):
            for item in store.values():
                if item.scene() is self.scene and item.isVisible():
                    self.scene.removeItem(item)
                    if store is not it.spare_badges:
                        item.group = None
                        if store is it.spare_links:
                            item.placed = False

    def clear_spares(self) -> None:
        """Let the kept-aside items go. Every item leaves its parent and the
        scene on its own before any is dropped: a parent never takes items
        Python still holds down with it."""
        it, scene = self.items, self.scene
        for group in it.spare_groups.values():
            for child in group.childItems():
                for grandchild in child.childItems():
                    scene.removeItem(grandchild)
                scene.removeItem(child)
            scene.removeItem(group)
        for store in (it.spare_badges, it.spare_links, it.spare_cards):
            for item in store.values():
                if item.parentItem() is not None:
                    item.setParentItem(None)
                if item.scene() is scene:
                    scene.removeItem(item)
        it.spare_groups.clear()
        it.spare_cards.clear()
        it.spare_links.clear()
        it.spare_badges.clear()
