"""MapScene: the journey map as a QGraphicsScene that follows the document.

Data flows one way. Every edit is a command pushed on the undo stack; the
document emits change events; the scene collects them and, once per command
(on the undo stack's ``indexChanged``, or at the next turn of the event loop for
changes made outside the stack), brings its items up to date:

- content changes (a title, a metric, a persona's colour) repaint the items
  concerned, nothing else;
- structural changes (add, remove, move, reorder) run the layout again and move
  only the items whose geometry changed (``setPos``; ``prepareGeometryChange``
  before a size or shape change), create the new ones and keep the gone ones
  aside (out of the scene, or hidden with their cell's group) until an undo
  brings them back or the spares pass ``SPARE_LIMIT`` items.
"""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPixmapCache, QTransform, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QMenu,
)

from ...commands import AddItem, RemoveItems, SetFields
from ...layout import MapLayout, compute_layout
from ...layout import style as S
from ...model import FieldError, JourneyDocument
from ...model import fields as F
from ..palette import kind_from_mime
from . import nav
from . import theme as T
from .board import BoardItem, OverviewItem
from .editor import TitleEditor
from .gestures import (
    CardDrag,
    Gesture,
    HeaderDrag,
    LinkDrag,
    Markers,
    PointDrag,
    card_slot_marker,
    lane_insert_bar,
    stage_insert_bar,
)
from .heat import cell_loads
from .items import (
    Z_LINK,
    BadgeItem,
    CardItem,
    CellGroup,
    CurveItem,
    HeaderItem,
    LaneHeaderItem,
    LinkItem,
    MapItem,
    StageHeaderItem,
)
from .theme import Fonts

DIM = 0.2
NEW_TOUCHPOINT = "New touchpoint"
READABLE_ZOOM = 0.6
PIXMAP_CACHE_KB = 96 * 1024
CURVE_SPACING = 3.0  # vertical gap between personas' curves, so equal ones both show
BIG_CHANGE = 800  # cards moved by a relayout beyond which the scene repaints whole
SCENE_PAD = 1600.0  # room to pan any card to the middle of the view
SPARE_LIMIT = 8000  # items of removed things kept aside for an undo (cards, links, badges)

_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
_PLACED_KINDS = frozenset(("touchpoint", "link", "friction", "stage", "lane"))
_KIND_RANK = {"stage": 0, "lane": 1, "touchpoint": 2, "link": 3, "friction": 4}


class MapScene(QGraphicsScene):
    """The editable journey map. See the package docstring for the contract."""

    selectionIdsChanged = Signal(list)
    itemActivated = Signal(str)
    editingChanged = Signal(bool)

    def __init__(self, doc: JourneyDocument, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = undo_stack
        self.layout: MapLayout = compute_layout(doc, routes=False)
        self._cards: dict[str, CardItem] = {}
        self._links: dict[str, LinkItem] = {}
        self._badges: dict[str, BadgeItem] = {}
        self._groups: dict[tuple[str, str], CellGroup] = {}
        self._stages: dict[str, StageHeaderItem] = {}
        self._lanes: dict[str, LaneHeaderItem] = {}
        self._curves: dict[str, CurveItem] = {}
        # Removed items kept out of the scene for an undo that brings them back.
        self._spare_cards: dict[str, CardItem] = {}
        self._spare_links: dict[str, LinkItem] = {}
        self._spare_badges: dict[str, BadgeItem] = {}
        self._spare_groups: dict[tuple[str, str], CellGroup] = {}
        self._links_at: dict[str, set[str]] = {}  # card -> its links (with items)
        self._top_links: set[str] = set()  # links between cells (top-level items)
        # Counts the changes that can alter what a kept-aside card shows (its own
        # fields, a channel's name, a persona's colour): a card that comes back
        # with the same count keeps its picture.
        self._content_epoch = 0
        self._journey: dict[str, int] | None = None
        self._overview_mode = False
        self._overview_selected: set = set()
        self._focus_persona: str | None = None
        self._heat_on = False
        self._tool = "select"
        self._gesture: Gesture | None = None
        self._editor: TitleEditor | None = None
        self._dead_editors: list[TitleEditor] = []
        self._last_selection: list[str] = []
        self._selection_guard = 0
        self._detached = False
        self._dirty_reset = False
        self._dirty_layout = False
        self._dirty_cards: set[str] = set()
        self._dirty_links: set[str] = set()
        self._dirty_badges: set[str] = set()
        self._dirty_headers: set[str] = set()
        self._dirty_personas = False
        self._dirty_title = False
        self._dirty_focus = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.flush)
        self._flush_queued = False

        Fonts.get()  # load the shipped font before anything measures text
        # Cards paint through per-item pixmaps; Qt's default 10 MB pixmap cache
        # holds about 100 cards at 100 % and would thrash on a big screen.
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        # No BSP index: a relayout may move thousands of items at once, and a
        # linear scan of a few thousand bounding rects per paint is cheaper than
        # keeping a tree up to date (measured in benchmarks/bench_canvas.py).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setBackgroundBrush(T.colour(S.CANVAS))
        self._board = BoardItem(doc)
        self.addItem(self._board)
        self._overview = OverviewItem(self._overview_parts)
        self.addItem(self._overview)
        self.markers = Markers(self)
        self._build(self.layout)

        self._unsubscribe = doc.subscribe(self._on_change)
        undo_stack.indexChanged.connect(self._on_index_changed)
        self.selectionChanged.connect(self._on_selection_changed)

    # ================================================================== building
    def _build(self, layout: MapLayout) -> None:
        self._selection_guard += 1
        try:
            for tp, badge in list(self._badges.items()):
                if badge.parentItem() is not None:
                    badge.setParentItem(None)
                self.removeItem(badge)
            self._badges.clear()
            self._clear_spares()
            self._links_at.clear()
            self._top_links.clear()
            for group in (self._links, self._cards, self._groups, self._stages, self._lanes, self._curves):
                for item in group.values():
                    if item.scene() is self:
                        self.removeItem(item)
                group.clear()
            self.layout = layout
            self._journey = None
            self._apply_layout(layout, fresh=True)
        finally:
            self._selection_guard -= 1

    def _apply_layout(self, L: MapLayout, fresh: bool = False) -> None:
        doc = self.doc
        self.layout = L
        self._journey = None
        self._board.set_layout(L)
        bounds = QRectF(0, 0, L.width, L.height)
        self._overview.set_bounds(bounds)
        self.setSceneRect(bounds.adjusted(-SCENE_PAD, -SCENE_PAD, SCENE_PAD, SCENE_PAD))

        # headers
        counts_s = {s: 0 for s in L.stage_headers}
        counts_l = {la: 0 for la in L.lane_headers}
        for s in counts_s:
            for la in counts_l:
                n = len(doc.cell(s, la))
                counts_s[s] += n
                counts_l[la] += n
        for store, rects, cls, counts in (
            (self._stages, L.stage_headers, StageHeaderItem, counts_s),
            (self._lanes, L.lane_headers, LaneHeaderItem, counts_l),
        ):
            self._sync(store, rects, lambda i, r, cls=cls: cls(doc, i, r), lambda it, r: it.set_rect(r))
            for item_id, item in store.items():
                item.set_count(counts[item_id])

        # cards (in cell groups), links, badges
        self._sync_items(L)  # new and revived items follow the overview mode

        # emotion curves
        if L.emotion_lanes:
            lane_rect = L.lane_rows[L.emotion_lanes[0]]
            self._sync(
                self._curves,
                L.curves,
                lambda p, pts: CurveItem(doc, p, pts, lane_rect),
                lambda it, pts: it.set_points(pts, lane_rect),
            )
            order = [p for p in self.doc.personas() if p in self._curves]
            for i, p in enumerate(order):
                self._curves[p].set_offset((i - (len(order) - 1) / 2) * CURVE_SPACING)
        else:
            self._sync(self._curves, {}, None, None)
        if self._heat_on:
            self._board.set_heat(cell_loads(doc))

    def _sync_items(self, L: MapLayout) -> None:
        """Bring cards, links and badges to the layout, touching as little as
        possible.

        Cards live in one container per stage-lane cell (CellGroup), links whose
        two cards share a cell live in that cell's container too (most links do:
        they join neighbours in journey order). When a stage grows or a lane
        gets a row, the cells after it move as a whole: one ``setPos`` per cell
        instead of one per card and link. Only the cells whose content changed
        place their cards again, and only links that touch those cards, or that
        cross between cells that moved differently, are routed again.

        Items of things that leave the map are kept aside (out of the scene) as
        spares, and come back when the same ids come back (an undo restoring a
        deleted stage brings back its ~1,000 items in a few milliseconds instead
        of building them again). A cell that goes leaves the scene as a whole,
        with its cards, links and badges still in it."""
        doc = self.doc
        cards, links, badges, groups = self._cards, self._links, self._badges, self._groups
        spare_cards, spare_links = self._spare_cards, self._spare_links
        spare_badges, spare_groups = self._spare_badges, self._spare_groups
        rects = L.cards
        overview = self._overview_mode

        # 1. gone links, cards, badges and cells go to the spares
        wanted_links = doc.links()
        dirty: set = set()  # cell groups whose overview picture changed
        cross = False  # links between cells (or their badges) changed
        gone_links: list[str] = []
        keep: set[str] | None = None
        if len(wanted_links) != len(links) or any(k not in links for k in wanted_links):
            keep = set(wanted_links)
            gone_links = [k for k in links if k not in keep]
        gone_cards: list[str] = []
        if len(rects) != len(cards) or any(t not in rects for t in cards):
            gone_cards = [t for t in cards if t not in rects]
        gone_cells = [k for k in groups if k not in L.cells]
        gone_badges = [t for t in badges if t not in L.badges]
        if gone_links or gone_cards or gone_cells or gone_badges:
            kept = len(spare_cards) + len(spare_links) + len(spare_badges)
            coming = len(gone_cards) + len(gone_links) + len(gone_badges)
            if kept + coming > SPARE_LIMIT or any(k in spare_groups for k in gone_cells):
                self._clear_spares()
            # Spares never come back selected (Qt keeps an item's selected
            # flag out of the scene).
            for item in self.selectedItems():
                if isinstance(item, CardItem):
                    gone = item.item_id not in rects
                elif isinstance(item, LinkItem):
                    gone = keep is not None and item.item_id not in keep
                elif isinstance(item, BadgeItem):
                    gone = item.item_id not in L.badges
                else:
                    continue
                if gone:
                    item.setSelected(False)
            host = self._editor_host()
            if isinstance(host, CardItem) and host.item_id not in rects:
                self._drop_editor()
        leaving = set(gone_cells)  # these cells leave the scene whole, contents and all
        epoch = self._content_epoch
        for key in gone_cells:
            groups[key].spare_links = []
        for k in gone_links:
            item = links.pop(k)
            self._top_links.discard(k)
            for end in (item.source, item.target):
                at = self._links_at.get(end)
                if at is not None:
                    at.discard(k)
                    if not at:
                        del self._links_at[end]
            group = item.group
            if group is None:
                cross = True
            else:
                dirty.add(group.key)
            if group is None or group.key not in leaving:
                self.removeItem(item)  # off its cell group too
                item.group = None
                item.placed = False
            else:  # it stays placed in its cell group (and comes back with it)
                group.spare_links.append(k)
            item.spare_epoch = epoch
            spare_links[k] = item
        for tp in gone_cards:
            item = cards.pop(tp)
            badge = badges.pop(tp, None)
            if badge is not None:
                spare_badges[tp] = badge  # stays on its card
            group = item.group
            if group is None or group.key not in leaving:
                self.removeItem(item)
                item.group = None
            item.spare_epoch = epoch
            spare_cards[tp] = item

        # 2. cell groups move with their cells; a cell that comes back brings its items
        deltas: dict[tuple[str, str], tuple[float, float]] = {}
        revived = False
        back: set[tuple[str, str]] = set()  # cells whose group came back from the spares
        for key, cell in L.cells.items():
            group = groups.get(key)
            if group is None:
                group = spare_groups.pop(key, None)
                if group is None:
                    group = CellGroup(key, cell.x, cell.y)
                    self.addItem(group)
                else:
                    revived = True
                    back.add(key)
                    if group.x0 != cell.x or group.y0 != cell.y:
                        group.move_to(cell.x, cell.y)
                    group.setVisible(True)
                groups[key] = group
            elif group.x0 != cell.x or group.y0 != cell.y:
                deltas[key] = (cell.x - group.x0, cell.y - group.y0)
                group.move_to(cell.x, cell.y)

        # 3. cards of the cells whose content changed
        changed: set[str] = set()  # cards whose place in their cell changed
        cell_of: dict[str, tuple[str, str]] = {}
        cols = L.slot_columns
        for key, group in groups.items():
            if key not in L.cells:
                continue
            ids = doc.cell(*key)
            for tp in ids:
                cell_of[tp] = key
            sig = (ids, cols.get(key[0]), L.cells[key].w)
            if key in back:
                if sig == group.sig and self._take_back(group, ids, overview, L.badges):
                    dirty.add(key)
                    continue  # all of it came back as it left
            elif sig == group.sig:
                continue  # the same cards in the same places (the cell may have moved)
            group.sig = sig
            dirty.add(key)
            for tp in ids:
                rect = rects[tp]
                item = cards.get(tp)
                if item is None:
                    item = spare_cards.pop(tp, None)
                    if item is None:
                        item = cards[tp] = CardItem(doc, tp, rect)
                        item.setParentItem(group)
                        item.group = group
                        item.place(rect, group.x0, group.y0)
                        if overview:
                            item.set_overview(True)
                        changed.add(tp)
                        continue
                    revived = True
                    cards[tp] = item
                    item.revive(overview, item.spare_epoch == self._content_epoch)
                    changed.add(tp)
                    if item.group is group:  # came back in its cell
                        item.place(rect, group.x0, group.y0)
                    else:
                        item.setParentItem(group)
                        item.group = group
                        item.place(rect, group.x0, group.y0, force=True)
                    continue
                if item.group is not group:
                    item.setParentItem(group)
                    item.group = group
                    item.place(rect, group.x0, group.y0, force=True)
                    changed.add(tp)
                elif item.place(rect, group.x0, group.y0):
                    changed.add(tp)

        # 4. links: new and returning ones and those touching a card that moved
        # in its cell are routed (in map order); links between cells that
        # moved by different offsets too; the rest stay as they are.
        links_at, top = self._links_at, self._top_links
        todo: set[str] = set()
        for tp in changed:
            at = links_at.get(tp)
            if at:
                todo.update(at)
        for k in wanted_links:
            item = links.get(k)
            if item is None:
                u, v = doc.link_ends(k)
                item = spare_links.pop(k, None)
                if item is not None and (item.source != u or item.target != v):
                    if item.scene() is self:
                        self.removeItem(item)
                    item = None
                if item is None:
                    item = LinkItem(doc, k, u, v)
                else:
                    revived = True
                    item.revive(overview, item.spare_epoch == self._content_epoch)
                links[k] = item
                links_at.setdefault(u, set()).add(k)
                links_at.setdefault(v, set()).add(k)
                todo.add(k)
            elif k in todo:
                u, v = item.source, item.target
            else:
                continue
            item.set_badged(k in L.badges)  # its label keeps clear of its badge
            cu, cv = cell_of[u], cell_of[v]
            item.cells = (cu, cv)
            parent = groups[cu] if cu == cv else None
            before = item.group
            if before is not None:
                dirty.add(before.key)
            elif item.placed:
                cross = True
            if parent is None:
                cross = True
                top.add(k)
            else:
                dirty.add(cu)
                top.discard(k)
            if before is not parent or not item.placed:
                if parent is None:
                    if before is not None:
                        item.setParentItem(None)  # stays in the scene, top level
                    if item.scene() is not self:  # new, or kept aside (maybe in a cell's group)
                        self.addItem(item)
                    item.setZValue(Z_LINK)  # under every cell group's cards
                else:
                    item.setParentItem(parent)
                    item.setZValue(-1)  # under the cards of its cell
                item.group = parent
                item.placed = True
                if overview and not item._overview:
                    item.set_overview(True)
            item.reroute(rects[u], rects[v], parent)
        if deltas:
            for k in top:
                if k in todo:
                    continue
                item = links[k]
                du = deltas.get(item.cells[0])
                dv = deltas.get(item.cells[1])
                if du != dv:
                    item.reroute(rects[item.source], rects[item.target], None)
                    cross = True
                elif du is not None:
                    item.shift(du[0], du[1])
                    cross = True

        # 5. cells that are gone are hidden whole, with what is left in them (they
        # stay in the scene: no item changes hands, and showing them is cheap)
        for key in gone_cells:
            group = groups.pop(key)
            group.setVisible(False)
            group.spare_epoch = self._content_epoch
            group.spare_overview = overview
            spare_groups[key] = group

        # 6. badges: on a card they are its children (they move with it)
        def touch(target: str) -> None:
            nonlocal cross
            card = cards.get(target)
            group = card.group if card is not None else None
            if group is None:
                cross = True
            else:
                dirty.add(group.key)

        for target in [t for t in badges if t not in L.badges]:
            item = badges.pop(target)
            touch(target)
            self.removeItem(item)  # off its card too
            spare_badges[target] = item
            link = links.get(target)
            if link is not None:
                link.set_badged(False)
        for target, b in L.badges.items():
            item = badges.get(target)
            card = cards.get(target)
            if item is None:
                item = spare_badges.pop(target, None)
                if item is None:
                    item = BadgeItem(doc, b)
                    if card is not None:
                        item.setParentItem(card)
                    else:
                        self.addItem(item)
                    if overview:
                        item.set_overview(True)
                else:
                    revived = True
                    item.revive(overview)
                    if card is not None:
                        if item.parentItem() is not card:
                            item.setParentItem(card)
                    else:
                        if item.parentItem() is not None:
                            item.setParentItem(None)
                        if item.scene() is not self:
                            self.addItem(item)
                badges[target] = item
                touch(target)
                if card is None and target in links:
                    links[target].set_badged(True)
            else:
                old = item.badge
                if old.count != b.count or old.open_count != b.open_count or old.severity != b.severity:
                    touch(target)
                elif card is not None:
                    item.badge = b  # same marker, the card carries it along
                    continue
                elif old.x != b.x or old.y != b.y:
                    cross = True  # a link badge that moved
                else:
                    continue
            if card is not None:
                r = rects[target]
                item.set_badge(b, local=(b.x - r.x, b.y - r.y))
            else:
                item.set_badge(b)

        # 7. spares that came back inside a cell or on a card but are not wanted
        if revived:
            for store in (spare_badges, spare_links, spare_cards):
                for item in store.values():
                    if item.scene() is self and item.isVisible():
                        self.removeItem(item)
                        if store is not spare_badges:
                            item.group = None
                            if store is spare_links:
                                item.placed = False
        self._overview.invalidate(dirty, cross)
        moved = len(changed) + sum(len(groups[k].sig[0]) for k in deltas if k in groups and groups[k].sig)
        if moved > BIG_CHANGE:
            # Most of the map moved: one repaint of everything is cheaper than
            # Qt working out the old and new place of every moved item.
            self.update()

    def _take_back(self, group: CellGroup, ids: tuple[str, ...], overview: bool, badges: dict) -> bool:
        """A cell's group came back from the spares with the same cards in the
        same places (an undo of its removal): take its cards and the links
        between them back as they are, without placing or routing anything.
        False when that does not hold (the caller then claims them one by one)."""
        if group.spare_epoch != self._content_epoch or group.spare_overview != overview:
            return False
        spare_cards, spare_links = self._spare_cards, self._spare_links
        for tp in ids:
            item = spare_cards.get(tp)
            if item is None or item.group is not group:
                return False
        cards, links, links_at, doc = self._cards, self._links, self._links_at, self.doc
        for tp in ids:
            item = cards[tp] = spare_cards.pop(tp)
            if item.hovered or item.link_target:
                item.revive(overview, True)
        for k in group.spare_links:
            item = spare_links.get(k)
            if item is None or item.group is not group or k not in doc:
                continue  # not back (yet): dropped from the group after the sync
            u, v = item.source, item.target
            if doc.link_ends(k) != (u, v):
                continue
            links[k] = spare_links.pop(k)
            links_at.setdefault(u, set()).add(k)
            links_at.setdefault(v, set()).add(k)
            if item.hovered:
                item.revive(overview, True)
            item.set_badged(k in badges)
        group.spare_links = []
        return True

    def _clear_spares(self) -> None:
        """Let the kept-aside items go. Every item leaves its parent and the
        scene on its own before any is dropped: a parent never takes items
        Python still holds down with it."""
        for group in self._spare_groups.values():
            for child in group.childItems():
                for grandchild in child.childItems():
                    self.removeItem(grandchild)
                self.removeItem(child)
            self.removeItem(group)
        for store in (self._spare_badges, self._spare_links, self._spare_cards):
            for item in store.values():
                if item.parentItem() is not None:
                    item.setParentItem(None)
                if item.scene() is self:
                    self.removeItem(item)
        self._spare_groups.clear()
        self._spare_cards.clear()
        self._spare_links.clear()
        self._spare_badges.clear()

    def _sync(self, store: dict, wanted: dict, make, update) -> None:
        """Drop items no longer wanted, update the others, create the new ones."""
        for item_id in [i for i in store if i not in wanted]:
            item = store.pop(item_id)
            if item is self._editor_host():
                self._drop_editor()
            self.removeItem(item)
        for item_id, geo in wanted.items():
            item = store.get(item_id)
            if item is None:
                item = make(item_id, geo)
                store[item_id] = item
                self.addItem(item)
                if self._overview_mode and isinstance(item, MapItem):
                    item.set_overview(True)
            else:
                update(item, geo)

    # ================================================================== events
    def _on_change(self, change) -> None:
        action, kind = change.action, change.kind
        if (action == "added" or action == "removed") and kind in _PLACED_KINDS:
            # The bulk of a big edit (one event per card, link, friction): keep it short.
            self._dirty_layout = True
            if kind == "friction":
                self._dirty_title = True
            if not self._flush_queued:
                self._queue_flush()
            return
        if action == "changed" or kind == "persona" or kind == "channel":
            self._content_epoch += 1
        if action == "reset":
            self._dirty_reset = True
        elif action == "meta":
            self._dirty_title = True
        elif action == "changed":
            fields = set(change.fields)
            if kind == "touchpoint":
                self._dirty_cards.add(change.id)
                if fields & {"emotions", "moment_of_truth", "personas"}:
                    self._dirty_layout = True  # curves, overview, focus
            elif kind == "link":
                self._dirty_links.add(change.id)
                self._dirty_focus = True
            elif kind == "friction":
                if fields & {"severity", "status"}:
                    self._dirty_layout = True
                else:
                    target = self.doc.graph.nodes[change.id]["target"]
                    self._dirty_badges.add(target)
            elif kind in ("stage", "lane"):
                if kind == "lane" and "kind" in fields:
                    self._dirty_layout = True
                self._dirty_headers.add(change.id)
            elif kind == "persona":
                self._dirty_personas = True
            elif kind == "channel":
                self._dirty_cards.update(self._cards)
        elif kind == "channel":
            pass  # a channel's place in its list shows nowhere on the map
        else:  # added, removed, moved, reordered
            self._dirty_layout = True
            if kind == "persona":
                self._dirty_personas = True
            if kind == "friction":
                self._dirty_title = True
        if not self._flush_queued:
            self._queue_flush()

    def _queue_flush(self) -> None:
        """Bring the items up to date at the next turn of the event loop (or at
        the end of the undo command, whichever comes first)."""
        if not self._detached:
            self._flush_queued = True
            self._flush_timer.start()

    def _on_index_changed(self, _index: int) -> None:
        self.flush()

    def flush(self) -> None:
        """Bring the items up to date with the document now (normally automatic)."""
        self._flush_timer.stop()
        self._flush_queued = False
        if self._detached:
            return
        reset, relayout = self._dirty_reset, self._dirty_layout
        if not (
            reset
            or relayout
            or self._dirty_cards
            or self._dirty_links
            or self._dirty_badges
            or self._dirty_headers
            or self._dirty_personas
            or self._dirty_title
            or self._dirty_focus
        ):
            return
        cards, links, badges, headers = (
            self._dirty_cards,
            self._dirty_links,
            self._dirty_badges,
            self._dirty_headers,
        )
        personas, title = self._dirty_personas, self._dirty_title
        self._dirty_reset = self._dirty_layout = self._dirty_personas = self._dirty_title = False
        self._dirty_focus = False
        self._dirty_cards, self._dirty_links, self._dirty_badges, self._dirty_headers = (
            set(),
            set(),
            set(),
            set(),
        )
        if self._gesture is not None and (reset or relayout):
            self._gesture.cancel()
            self._gesture = None
        self._selection_guard += 1
        try:
            if reset:
                self._drop_editor()
                self._build(compute_layout(self.doc, routes=False))
                personas = title = True
            elif relayout:
                self._apply_layout(compute_layout(self.doc, routes=False))
            if personas:
                cards = set(self._cards)
                for group in (self._links, self._curves):
                    for item in group.values():
                        item.invalidate()
            for tp in cards:
                item = self._cards.get(tp)
                if item is not None:
                    item.invalidate()
                    item.refresh_tooltip()
            for link in links:
                item = self._links.get(link)
                if item is not None:
                    item.invalidate()
            for target in badges:
                item = self._badges.get(target)
                if item is not None:
                    item.set_badge(item.badge, force=True)
            for h in headers:
                item = self._stages.get(h) or self._lanes.get(h)
                if item is not None:
                    item.update()
            if personas or title:
                self._board.update_title()
            if self._heat_on and (cards or links or badges):
                self._board.set_heat(cell_loads(self.doc))
            if personas or reset:
                self._overview.invalidate()
            elif cards:
                groups = set()
                for tp in cards:
                    item = self._cards.get(tp)
                    if item is not None and item.group is not None:
                        groups.add(item.group.key)
                self._overview.invalidate(groups, cross=False)
            if self._focus_persona is not None:
                self.reapply_focus()
            if self._editor is not None and self._editor.item_id not in self.doc:
                self._drop_editor()
        finally:
            self._selection_guard -= 1
        self._emit_selection()

    # ================================================================== lookups
    def journey_index(self) -> dict[str, int]:
        if self._journey is None:
            self._journey = {tp: i for i, tp in enumerate(self.doc.touchpoints())}
        return self._journey

    def card_item(self, tp: str) -> CardItem | None:
        return self._cards.get(tp)

    def link_item(self, link: str) -> LinkItem | None:
        return self._links.get(link)

    def badge_item(self, target: str) -> BadgeItem | None:
        return self._badges.get(target)

    def header_item(self, item_id: str) -> HeaderItem | None:
        return self._stages.get(item_id) or self._lanes.get(item_id)

    def curve_item(self, persona: str) -> CurveItem | None:
        return self._curves.get(persona)

    def link_items(self) -> dict[str, LinkItem]:
        return self._links

    def card_items(self) -> dict[str, CardItem]:
        return self._cards

    def item_for(self, item_id: str) -> QGraphicsItem | None:
        """The item that shows ``item_id`` (a friction shows as its target's badge)."""
        self.flush()
        kind = self.doc.kind_of(item_id)
        if kind == "touchpoint":
            return self._cards.get(item_id)
        if kind == "link":
            return self._links.get(item_id)
        if kind == "friction":
            return self._badges.get(self.doc.graph.nodes[item_id]["target"])
        if kind == "stage":
            return self._stages.get(item_id)
        if kind == "lane":
            return self._lanes.get(item_id)
        if kind == "persona":
            return self._curves.get(item_id)
        return None

    def find_link(self, source: str, target: str) -> str | None:
        g = self.doc.graph
        if g.has_edge(source, target):
            return next(iter(g[source][target]))
        return None

    def first_view(self) -> QGraphicsView | None:
        views = self.views()
        return views[0] if views else None

    def _view_transform(self, event=None) -> QTransform:
        widget = event.widget() if event is not None else None
        view = widget.parent() if widget is not None else None
        if isinstance(view, QGraphicsView):
            return view.transform()
        view = self.first_view()
        return view.transform() if view is not None else QTransform()

    def hit(self, pos: QPointF, transform: QTransform | None = None) -> QGraphicsItem | None:
        """The topmost map item under a scene point (editor, badge, card, curve
        point, link or header)."""
        t = transform if transform is not None else self._view_transform()
        for item in self.items(
            pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, t
        ):
            if isinstance(item, (MapItem, TitleEditor)):
                return item
            if isinstance(item, CurveItem) and item.point_at(pos) is not None:
                return item
        return None

    def card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, CardItem) and item.scene_rect().contains(pos):
                return item
        return None

    # ================================================================== selection
    def _item_ids(self, item: QGraphicsItem) -> list[str]:
        if isinstance(item, BadgeItem):
            f = item.focused_friction()
            return [f] if f else []
        if isinstance(item, MapItem):
            return [item.item_id]
        return []

    def selected_ids(self) -> list[str]:
        """Selected touchpoints, links, frictions (a selected badge stands for
        its focused friction) and stage/lane headers, in map order."""
        self.flush()
        ids: list[str] = []
        for item in self.selectedItems():
            ids.extend(self._item_ids(item))
        return self._sorted(ids)

    def _sorted(self, ids: list[str]) -> list[str]:
        doc = self.doc
        journey = self.journey_index()
        stages = {s: i for i, s in enumerate(doc.stages())}
        lanes = {la: i for i, la in enumerate(doc.lanes())}
        links = (
            {k: i for i, k in enumerate(doc.links())} if any(doc.kind_of(i) == "link" for i in ids) else {}
        )

        def key(item_id: str):
            kind = doc.kind_of(item_id) or ""
            index = {"stage": stages, "lane": lanes, "touchpoint": journey, "link": links}.get(kind, {})
            return (_KIND_RANK.get(kind, 9), index.get(item_id, 0), item_id)

        return sorted(dict.fromkeys(ids), key=key)

    def selected_card_ids(self) -> list[str]:
        return [i.item_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly these items (unknown ids are ignored)."""
        self.flush()
        self._selection_guard += 1
        try:
            self.clearSelection()
            for item_id in ids:
                item = self.item_for(item_id)
                if item is None:
                    continue
                if isinstance(item, BadgeItem):
                    item.focus = item_id
                if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
                    item.setSelected(True)
        finally:
            self._selection_guard -= 1
        self._emit_selection()

    def select_all(self) -> None:
        """Select every card and link."""
        self.flush()
        self._selection_guard += 1
        try:
            for group in (self._cards, self._links):
                for item in group.values():
                    item.setSelected(True)
        finally:
            self._selection_guard -= 1
        self._emit_selection()

    def _on_selection_changed(self) -> None:
        if self._overview_mode:
            self._sync_overview_selection()
        if self._selection_guard == 0:
            self._emit_selection()

    def _sync_overview_selection(self) -> None:
        """Far out, selected items draw themselves over the overview."""
        now = set(self.selectedItems())
        for item in self._overview_selected ^ now:
            if isinstance(item, MapItem):
                item.set_overview(True)
        self._overview_selected = now

    def _emit_selection(self) -> None:
        if self._detached:
            return
        ids = []
        for item in self.selectedItems():
            ids.extend(self._item_ids(item))
        ids = self._sorted(ids)
        if ids != self._last_selection:
            self._last_selection = ids
            self.selectionIdsChanged.emit(list(ids))

    # ================================================================== view state
    def center_on(self, item_id: str) -> None:
        """Select an item and centre it in the first view."""
        self.select_ids([item_id])
        item = self.item_for(item_id)
        view = self.first_view()
        if item is None or view is None:
            return
        if hasattr(view, "zoom") and view.zoom() < T.LOD_OVERVIEW:
            view.set_zoom(1.0)
        if isinstance(item, BadgeItem):
            view.centerOn(item.scenePos())
        else:
            view.centerOn(item.sceneBoundingRect().center())

    def set_overview_mode(self, on: bool) -> None:
        """Far-out drawing: cards, links and badges are drawn by one overview item."""
        if on == self._overview_mode:
            return
        self._overview_mode = on
        self._overview.invalidate()
        self._overview.setVisible(on)
        self._overview_selected = set(self.selectedItems()) if on else set()
        for group in (self._cards, self._links, self._badges):
            for item in group.values():
                item.set_overview(on)

    def overview_mode(self) -> bool:
        return self._overview_mode

    def _overview_parts(self) -> dict:
        nodes = self.doc.graph.nodes
        dim: set[str] = set()
        if self._focus_persona is not None:
            dim = {t for t, i in self._cards.items() if i.opacity() < 1}
            dim.update(k for k, i in self._links.items() if i.opacity() < 1)
        return {
            "groups": self._groups,
            "cards": self._cards,
            "links": self._links,
            "badges": self._badges,
            "dim": dim,
            "mot": {t for t in self._cards if nodes[t]["moment_of_truth"]},
        }

    def set_persona_focus(self, persona_id: str | None) -> None:
        """Highlight one persona's touchpoints, links and curve; dim the rest."""
        self.flush()
        self._focus_persona = persona_id if persona_id in self.doc.graph.nodes else None
        self._board.focus_persona = self._focus_persona
        self._board.update_title()
        self.reapply_focus()

    def persona_focus(self) -> str | None:
        return self._focus_persona

    def reapply_focus(self) -> None:
        p = self._focus_persona
        nodes = self.doc.graph.nodes
        if p is not None and p not in nodes:
            p = self._focus_persona = None
            self._board.focus_persona = None
        edges = self.doc.graph.edges
        if p is None:
            mine = set(self._cards)
            lit_links = set(self._links)
        else:
            mine = {t for t in self._cards if p in nodes[t]["personas"]}
            lit_links = set()
            for k in self._links:
                u, v = self.doc.link_ends(k)
                persona = edges[u, v, k]["persona"]
                if persona == p or (persona is None and u in mine and v in mine):
                    lit_links.add(k)
        changed = False
        for group, lit in ((self._cards, mine), (self._links, lit_links)):
            for item_id, item in group.items():
                want = 1.0 if item_id in lit else DIM
                if item.opacity() != want:
                    item.setOpacity(want)
                    changed = True
        for target, item in self._badges.items():
            want = 1.0 if (target in mine or target in lit_links) else DIM
            if item.opacity() != want:
                item.setOpacity(want)
        for persona, item in self._curves.items():
            want = 1.0 if p is None or persona == p else 0.15
            if item.opacity() != want:
                item.setOpacity(want)
            item.setZValue(3.5 if persona == p else 3)
        if p is None:
            # Kept-aside items come back as they are: undimmed, with no focus.
            for store in (self._spare_cards, self._spare_links, self._spare_badges):
                for item in store.values():
                    if item.opacity() != 1.0:
                        item.setOpacity(1.0)
        if changed:
            self._overview.invalidate()

    def set_heatmap(self, on: bool) -> None:
        """Shade each stage-lane cell by its friction load."""
        self.flush()
        self._heat_on = bool(on)
        self._board.set_heat(cell_loads(self.doc) if self._heat_on else None)

    def heatmap_enabled(self) -> bool:
        return self._heat_on

    def heat(self) -> dict[tuple[str, str], int]:
        """The friction load per cell that the heatmap shows."""
        return cell_loads(self.doc)

    def set_tool(self, tool: str) -> None:
        if tool not in ("select", "link"):
            raise ValueError(f"unknown tool {tool!r}")
        self._tool = tool

    def tool(self) -> str:
        return self._tool

    # ================================================================== edits
    def push(self, command: QUndoCommand) -> None:
        """Push a command; the scene follows right away."""
        self.undo_stack.push(command)
        self.flush()

    def current_cell(self) -> tuple[str, str, int | None] | None:
        """Where "add here" puts a card: after the selected card, else in the
        selected stage / lane, else in the first cell."""
        doc = self.doc
        stages, lanes = doc.stages(), doc.lanes()
        if not stages or not lanes:
            return None
        selected = self.selected_ids()
        nodes = doc.graph.nodes
        cards = [i for i in selected if doc.kind_of(i) == "touchpoint"]
        if cards:
            a = nodes[cards[-1]]
            return a["stage"], a["lane"], a["order"] + 1
        normal = [la for la in lanes if nodes[la]["kind"] != "emotions"] or list(lanes)
        stage = next((i for i in selected if doc.kind_of(i) == "stage"), stages[0])
        lane = next((i for i in selected if doc.kind_of(i) == "lane"), normal[0])
        return stage, lane, None

    def add_touchpoint_here(self, edit: bool = True) -> str | None:
        """Add a touchpoint in the current cell and start editing its title."""
        self.flush()
        self._close_editor(commit=True)
        where = self.current_cell()
        if where is None:
            # A blank map: make the first stage and lane too (one undo step).
            self.undo_stack.beginMacro("Add touchpoint")
            if not self.doc.stages():
                self.undo_stack.push(AddItem(self.doc, "stage", {"name": "Stage 1"}))
            if not self.doc.lanes():
                self.undo_stack.push(
                    AddItem(self.doc, "lane", {"name": "Touchpoints", "kind": "touchpoints"})
                )
            stage, lane = self.doc.stages()[0], self.doc.lanes()[0]
            cmd = AddItem(self.doc, "touchpoint", {"title": NEW_TOUCHPOINT, "stage": stage, "lane": lane})
            self.undo_stack.push(cmd)
            self.undo_stack.endMacro()
            self.flush()
        else:
            stage, lane, index = where
            cmd = self._add_touchpoint(stage, lane, index)
        self.select_ids([cmd.item_id])
        if edit:
            self.start_editing(cmd.item_id, new=True)
        return cmd.item_id

    def _add_touchpoint(self, stage: str, lane: str, index: int | None) -> AddItem:
        values = {"title": NEW_TOUCHPOINT, "stage": stage, "lane": lane}
        if index is not None:
            values["index"] = index
        cmd = AddItem(self.doc, "touchpoint", values, text="Add touchpoint")
        self.push(cmd)
        return cmd

    def add_from_palette(self, kind: str) -> str | None:
        """What Enter on a palette button does: add ``kind`` where the selection is.
        Returns the new item's id (None when there is nowhere to put it)."""
        self.flush()
        doc = self.doc
        if kind == "touchpoint":
            return self.add_touchpoint_here()
        selected = self.selected_ids()
        if kind == "stage":
            sel = [i for i in selected if doc.kind_of(i) == "stage"]
            index = doc.stages().index(sel[-1]) + 1 if sel else len(doc.stages())
            return self._add_ordered("stage", {"name": "New stage", "index": index}, edit=True)
        if kind == "lane":
            sel = [i for i in selected if doc.kind_of(i) == "lane"]
            index = doc.lanes().index(sel[-1]) + 1 if sel else len(doc.lanes())
            return self._add_ordered(
                "lane", {"name": "New lane", "kind": "touchpoints", "index": index}, edit=True
            )
        if kind == "persona":
            return self._add_ordered("persona", {"name": "New persona"}, edit=False)
        if kind == "friction":
            targets = [i for i in selected if doc.kind_of(i) in ("touchpoint", "link")]
            if not targets:
                fr = [i for i in selected if doc.kind_of(i) == "friction"]
                targets = [doc.graph.nodes[fr[0]]["target"]] if fr else []
            return self.add_friction(targets[0]) if targets else None
        return None

    def _add_ordered(self, kind: str, values: dict, edit: bool) -> str:
        cmd = AddItem(self.doc, kind, values)
        self.push(cmd)
        if kind in ("stage", "lane"):
            self.select_ids([cmd.item_id])
            if edit:
                self.start_editing(cmd.item_id)
        return cmd.item_id

    def add_friction(self, target: str) -> str:
        """Add a friction on a card or link and select it."""
        cmd = AddItem(self.doc, "friction", {"target": target, "title": "New friction"}, text="Add friction")
        self.push(cmd)
        self.select_ids([cmd.item_id])
        return cmd.item_id

    def delete_selected(self) -> None:
        """Remove the selection, with its links and frictions, in one undo step."""
        self.flush()
        self._close_editor(commit=True)
        ids = self.selected_ids()
        if ids:
            self.push(RemoveItems(self.doc, ids))

    def delete_ids(self, ids: list[str]) -> None:
        if ids:
            self.push(RemoveItems(self.doc, ids))

    # ================================================================== editing
    def _editor_host(self) -> QGraphicsItem | None:
        return self._editor.parentItem() if self._editor is not None else None

    def is_editing(self) -> bool:
        return self._editor is not None

    def editor(self) -> TitleEditor | None:
        return self._editor

    def edit_selected_title(self) -> bool:
        """F2: edit the title of the selected card (or name of a header)."""
        ids = [i for i in self.selected_ids() if self.doc.kind_of(i) in ("touchpoint", "stage", "lane")]
        if not ids:
            return False
        return self.start_editing(ids[0])

    def start_editing(self, item_id: str, new: bool = False) -> bool:
        """Open the in-place editor on a card's title or a header's name."""
        self.flush()
        self._close_editor(commit=True)
        kind = self.doc.kind_of(item_id)
        f = Fonts.get()
        if kind == "touchpoint":
            host = self._cards.get(item_id)
            field, font, colour = "title", f.title, S.INK
        elif kind in ("stage", "lane"):
            host = self.header_item(item_id)
            field = "name"
            font, colour = (f.stage, S.INK) if kind == "stage" else (f.lane, S.INK)
        else:
            return False
        if host is None:
            return False
        text = self.doc.graph.nodes[item_id][field]
        view = self.first_view()
        if view is not None:
            if hasattr(view, "set_zoom") and view.zoom() < READABLE_ZOOM:
                view.set_zoom(1.0)  # typing into a title too small to read helps no one
                view.centerOn(host.sceneBoundingRect().center())
            view.ensureVisible(host.sceneBoundingRect(), 40, 40)
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        editor = TitleEditor(
            host, item_id, field, text, host.title_rect(), font, self._editor_finished, new, colour
        )
        host.editing = True
        host.update()
        self._editor = editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setFocusItem(editor, Qt.FocusReason.OtherFocusReason)
        self.editingChanged.emit(True)
        return True

    def commit_editing(self) -> None:
        self._close_editor(commit=True)

    def cancel_editing(self) -> None:
        self._close_editor(commit=False)

    def _close_editor(self, commit: bool) -> None:
        if self._editor is not None and not self._editor.done:
            self._editor.finish(commit)

    def _drop_editor(self) -> None:
        """The edited item went away under the editor (another edit, an undo):
        close it without committing or taking anything back."""
        editor = self._editor
        if editor is not None and not editor.done:
            editor.done = True
            self._retire(editor)

    def _retire(self, editor: TitleEditor) -> None:
        host = editor.parentItem()
        if self._editor is editor:
            self._editor = None
        editor.setVisible(False)
        if host is not None:
            host.editing = False
            host.update()
            # Off the card before anything can delete the card (Esc on a new
            # card undoes its creation), and not deleted here: we may be inside
            # one of the editor's own event handlers.
            editor.setParentItem(None)
        self._dead_editors.append(editor)
        QTimer.singleShot(0, self._bury_editors)
        if not self._detached:
            self.editingChanged.emit(False)

    def _bury_editors(self) -> None:
        dead, self._dead_editors = self._dead_editors, []
        for editor in dead:
            if shiboken6.isValid(editor) and editor.scene() is not None:
                editor.scene().removeItem(editor)

    def _editor_finished(self, editor: TitleEditor, commit: bool, advance: bool) -> None:
        item_id, field, new = editor.item_id, editor.field, editor.new
        text = editor.text()
        self._retire(editor)
        if self._detached or item_id not in self.doc:
            return
        view = self.first_view()
        if view is not None and (advance or not commit):
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        if new and (not commit or (advance and not text)):
            self._discard_new(item_id)
            return
        if not commit:
            return
        if text != self.doc.graph.nodes[item_id][field] and (text or field == "title"):
            kind = self.doc.kind_of(item_id)
            try:
                F.check(kind, field, text)
            except FieldError:
                return
            self.push(SetFields(self.doc, item_id, {field: text}, text=f"Edit {field}"))
        if advance and new and self.doc.kind_of(item_id) == "touchpoint":
            # Workshop quick entry: the next card in the same lane, right after.
            a = self.doc.graph.nodes[item_id]
            cmd = self._add_touchpoint(a["stage"], a["lane"], a["order"] + 1)
            self.select_ids([cmd.item_id])
            self.start_editing(cmd.item_id, new=True)

    def _discard_new(self, item_id: str) -> None:
        """Esc on a card that was just added: take the add back."""
        stack = self.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, AddItem) and top.item_id == item_id and stack.index() == stack.count():
            stack.undo()
        else:
            self.push(RemoveItems(self.doc, [item_id]))
        self.flush()

    # ================================================================== drops
    def _drop_target(self, kind: str, pos: QPointF):
        """(what, where, feedback area, feedback bar) for a palette drop at pos."""
        L = self.layout
        doc = self.doc
        x, y = pos.x(), pos.y()
        if kind == "touchpoint":
            cell = L.cell_at(x, y)
            if cell is None:
                return None
            stage, lane = cell
            index = L.index_at(doc, stage, lane, x, y)
            c = L.cells[cell]
            return (
                (stage, lane, index),
                QRectF(c.x, c.y, c.w, c.h),
                card_slot_marker(self, stage, lane, index, set()),
            )
        if kind == "stage":
            index = sum(1 for r in L.stage_headers.values() if r.cx < x)
            return index, None, stage_insert_bar(L, list(doc.stages()), index)
        if kind == "lane":
            index = sum(1 for r in L.lane_headers.values() if r.cy < y)
            return index, None, lane_insert_bar(L, list(doc.lanes()), index)
        if kind == "persona":
            return True, QRectF(0, 0, L.width, L.height), None
        if kind == "friction":
            item = self.hit(pos)
            if isinstance(item, BadgeItem):
                target = item.target
            elif isinstance(item, (CardItem, LinkItem)):
                target = item.item_id
            else:
                return None
            shown = self.item_for(target)
            area = shown.sceneBoundingRect() if isinstance(shown, CardItem) else None
            if isinstance(shown, CardItem):
                area = shown.scene_rect().adjusted(-4, -4, 4, 4)
            elif isinstance(shown, LinkItem):
                area = shown.sceneBoundingRect()
            return target, area, None
        return None

    def drop_at(self, kind: str, pos: QPointF) -> str | None:
        """Create what a palette item dropped at ``pos`` makes; returns its id."""
        self.flush()
        self._close_editor(commit=True)
        target = self._drop_target(kind, pos)
        if target is None:
            return None
        where = target[0]
        if kind == "touchpoint":
            stage, lane, index = where
            cmd = self._add_touchpoint(stage, lane, index)
            self.select_ids([cmd.item_id])
            self.start_editing(cmd.item_id, new=True)
            return cmd.item_id
        if kind == "stage":
            return self._add_ordered("stage", {"name": "New stage", "index": where}, edit=True)
        if kind == "lane":
            return self._add_ordered(
                "lane", {"name": "New lane", "kind": "touchpoints", "index": where}, edit=True
            )
        if kind == "persona":
            return self._add_ordered("persona", {"name": "New persona"}, edit=False)
        if kind == "friction":
            return self.add_friction(where)
        return None

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drag_feedback(event)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drag_feedback(event)

    def _drag_feedback(self, event: QGraphicsSceneDragDropEvent) -> None:
        kind = kind_from_mime(event.mimeData())
        if kind is None:
            event.ignore()
            return
        self.flush()
        target = self._drop_target(kind, event.scenePos())
        if target is None:
            self.markers.hide()
            event.ignore()
            return
        self.markers.show(target[1], target[2])
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.markers.hide()
        event.accept()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.markers.hide()
        kind = kind_from_mime(event.mimeData())
        if kind is None:
            event.ignore()
            return
        new_id = self.drop_at(kind, event.scenePos())
        if new_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    # ================================================================== mouse
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.flush()
        pos = event.scenePos()
        button = event.button()
        if self._gesture is not None and self._gesture.press(pos, button):
            self._gesture = None
            event.accept()
            return
        item = self.hit(pos, self._view_transform(event))
        if isinstance(item, TitleEditor):
            super().mousePressEvent(event)
            return
        if self._editor is not None:
            self._close_editor(commit=True)
            self.flush()
            item = self.hit(pos, self._view_transform(event))
        if button == Qt.MouseButton.RightButton:
            if isinstance(item, MapItem) and not item.isSelected():
                self.select_ids(self._item_ids(item) or [item.item_id])
            event.accept()
            return
        if button != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        toggle = bool(event.modifiers() & _CTRL)
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self._tool == "link":
            if isinstance(item, CardItem):
                self._gesture = LinkDrag(self, item, pos)
                event.accept()
            else:
                event.ignore()
            return
        if isinstance(item, CardItem):
            if item.handle_visible() and item.handle_contains(pos) and not toggle:
                self._gesture = LinkDrag(self, item, pos)
                event.accept()
                return
            deselect_on_click = self._click_select(item, toggle, extend)
            if item.isSelected():
                self._gesture = CardDrag(self, item, pos, event.screenPos(), deselect_on_click)
            event.accept()
            return
        if isinstance(item, CurveItem):
            point = item.point_at(pos)
            if point is not None:
                self.select_ids([point.touchpoint])
                self._gesture = PointDrag(self, item, point, pos)
                event.accept()
                return
        if isinstance(item, HeaderItem):
            self._click_select(item, toggle, extend)
            if item.isSelected() and not (toggle or extend):
                self._gesture = HeaderDrag(self, item, pos, event.screenPos())
            event.accept()
            return
        if isinstance(item, (LinkItem, BadgeItem)):
            self._click_select(item, toggle, extend)
            event.accept()
            return
        event.ignore()  # empty canvas: the view starts a rubber band

    def _click_select(self, item: QGraphicsItem, toggle: bool, extend: bool) -> bool:
        """Selection on press. Returns True when a plain click (no drag) should
        narrow a multi-selection to this item on release."""
        self._selection_guard += 1
        try:
            if toggle:
                item.setSelected(not item.isSelected())
                return False
            if extend:
                item.setSelected(True)
                return False
            if item.isSelected():
                return len(self.selectedItems()) > 1
            self.clearSelection()
            item.setSelected(True)
            return False
        finally:
            self._selection_guard -= 1
            self._emit_selection()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._gesture is not None:
            self._gesture.move(event.scenePos(), event.screenPos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        gesture = self._gesture
        if gesture is not None and not (isinstance(gesture, LinkDrag) and gesture.click_to_finish):
            self._gesture = None
            gesture.release(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.flush()
        pos = event.scenePos()
        item = self.hit(pos, self._view_transform(event))
        if isinstance(item, TitleEditor):
            super().mouseDoubleClickEvent(event)
            return
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None
        if isinstance(item, (CardItem, HeaderItem)) and event.button() == Qt.MouseButton.LeftButton:
            self.select_ids([item.item_id])
            self.start_editing(item.item_id)
            event.accept()
            return
        if isinstance(item, BadgeItem):
            f = item.focused_friction()
            if f:
                self.itemActivated.emit(f)
            event.accept()
            return
        if isinstance(item, LinkItem):
            self.itemActivated.emit(item.item_id)
            event.accept()
            return
        if item is None and self._tool == "select" and event.button() == Qt.MouseButton.LeftButton:
            cell = self.layout.cell_at(pos.x(), pos.y())
            if cell is not None:
                # double-click on an empty spot of a cell: a new card there
                index = self.layout.index_at(self.doc, cell[0], cell[1], pos.x(), pos.y())
                cmd = self._add_touchpoint(cell[0], cell[1], index)
                self.select_ids([cmd.item_id])
                self.start_editing(cmd.item_id, new=True)
                event.accept()
                return
        event.ignore()

    def start_link_from(self, tp: str) -> None:
        """Context menu "Add link from here": the arrow follows the pointer until
        a click on another card (Esc cancels)."""
        card = self._cards.get(tp)
        if card is None:
            return
        if self._gesture is not None:
            self._gesture.cancel()
        start = card.mapToScene(card.handle_center())
        self._gesture = LinkDrag(self, card, start + QPointF(40, 0), click_to_finish=True)

    def cancel_gesture(self) -> bool:
        if self._gesture is None:
            return False
        self._gesture.cancel()
        self._gesture = None
        return True

    # ================================================================== menus
    def context_menu_for(self, item_id: str | None, pos: QPointF | None = None) -> QMenu:
        """The context menu for an item (also used by tests: trigger its actions)."""
        menu = QMenu()
        menu.setObjectName("canvasContextMenu")
        kind = self.doc.kind_of(item_id) if item_id else None
        if kind == "touchpoint":
            menu.addAction(
                "Edit title", lambda: (self.select_ids([item_id]), self.start_editing(item_id))
            ).setObjectName("actionCardEditTitle")
            menu.addAction("Add friction", lambda: self.add_friction(item_id)).setObjectName(
                "actionCardAddFriction"
            )
            menu.addAction("Add link from here", lambda: self.start_link_from(item_id)).setObjectName(
                "actionCardAddLink"
            )
            menu.addSeparator()
            menu.addAction("Delete", self.delete_selected).setObjectName("actionCardDelete")
        elif kind == "link":
            menu.addAction("Add friction", lambda: self.add_friction(item_id))
            menu.addSeparator()
            menu.addAction("Delete", self.delete_selected)
        elif kind == "friction":
            menu.addAction("Open", lambda: self.itemActivated.emit(item_id))
            menu.addSeparator()
            menu.addAction("Delete friction", lambda: self.delete_ids([item_id]))
        elif kind in ("stage", "lane"):
            menu.addAction("Rename", lambda: self.start_editing(item_id))
            menu.addSeparator()
            menu.addAction(f"Delete {kind}", lambda: self.delete_ids([item_id]))
        elif pos is not None:
            cell = self.layout.cell_at(pos.x(), pos.y())
            if cell is not None:
                index = self.layout.index_at(self.doc, cell[0], cell[1], pos.x(), pos.y())

                def add_here() -> None:
                    cmd = self._add_touchpoint(cell[0], cell[1], index)
                    self.select_ids([cmd.item_id])
                    self.start_editing(cmd.item_id, new=True)

                menu.addAction("Add touchpoint here", add_here)
        return menu

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.flush()
        item = self.hit(event.scenePos())
        if isinstance(item, TitleEditor):
            super().contextMenuEvent(event)
            return
        item_id = None
        if isinstance(item, MapItem):
            ids = self._item_ids(item)
            item_id = ids[0] if ids else None
            if not item.isSelected():
                self.select_ids([item_id] if item_id else [])
        menu = self.context_menu_for(item_id, event.scenePos())
        if not menu.isEmpty():
            menu.exec(event.screenPos())
        event.accept()

    # ================================================================== keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editor is not None and self.focusItem() is self._editor:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if not self.cancel_gesture():
                self.select_ids([])
            event.accept()
            return
        is_edit_key = key == Qt.Key.Key_F2 or (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
        )
        if is_edit_key and self.edit_selected_title():
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_ids():
            self.delete_selected()
            event.accept()
            return
        direction = {
            Qt.Key.Key_Left: "left",
            Qt.Key.Key_Right: "right",
            Qt.Key.Key_Up: "up",
            Qt.Key.Key_Down: "down",
        }.get(key)
        if direction is not None and not (event.modifiers() & _CTRL):
            self.navigate(direction)
            event.accept()
            return
        super().keyPressEvent(event)

    def navigate(self, direction: str) -> str | None:
        """Move the selection to the next card left/right/up/down."""
        self.flush()
        cards = [i for i in self.selected_ids() if self.doc.kind_of(i) == "touchpoint"]
        current = cards[-1] if cards else None
        target = nav.neighbour(self.layout, current, direction)
        if target is None:
            return current
        self.select_ids([target])
        view = self.first_view()
        item = self._cards.get(target)
        if view is not None and item is not None:
            view.ensureVisible(item.sceneBoundingRect(), 60, 60)
        return target

    # ================================================================== teardown
    def detach(self) -> None:
        """Stop following the document (call before the scene or document go)."""
        if self._detached:
            return
        self._detached = True
        self._flush_timer.stop()
        self._clear_spares()
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None
        if self._editor is not None:
            self._editor.done = True
            self._editor = None
        self._unsubscribe()
        try:
            self.undo_stack.indexChanged.disconnect(self._on_index_changed)
        except (RuntimeError, TypeError):
            pass
        try:
            self.selectionChanged.disconnect(self._on_selection_changed)
        except (RuntimeError, TypeError):
            pass
