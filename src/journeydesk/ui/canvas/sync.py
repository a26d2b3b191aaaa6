"""SceneSync: the canvas follows the document.

Data flows one way. The document emits change events; this module collects
them as dirty flags and, once per command (on the undo stack's
``indexChanged``, or at the next turn of the event loop for changes made
outside the stack), brings the scene's items up to date:

- content changes (a title, a metric, a persona's colour) repaint the items
  concerned, nothing else;
- structural changes (add, remove, move, reorder) run the layout again and move
  only the items whose geometry changed (``cells.CellSync``), create the new
  ones and keep the gone ones aside until an undo brings them back.

It writes ``scene.layout`` and the scene's ``SceneItems``; it knows the scene
only as a QGraphicsScene with a board, an overview and its view state.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtWidgets import QGraphicsScene

from ...layout import MapLayout
from ...layout.live import LayoutDelta, LiveLayout
from ...model import Change, JourneyDocument
from .cells import CellSync
from .heat import cell_loads
from .items import CurveItem, LaneHeaderItem, MapItem, StageHeaderItem
from .store import SceneItems

CURVE_SPACING = 3.0  # vertical gap between personas' curves, so equal ones both show
SCENE_MARGIN = 48.0  # the scene reaches this far past the map (the view scrolls within it)

_PLACED_KINDS = frozenset(("touchpoint", "link", "friction", "stage", "lane"))


@dataclass
class Dirty:
    """What changed since the last flush."""

    reset: bool = False
    layout: bool = False
    cards: set = field(default_factory=set)
    links: set = field(default_factory=set)
    badges: set = field(default_factory=set)  # targets whose frictions' text changed
    headers: set = field(default_factory=set)
    personas: bool = False
    title: bool = False
    focus: bool = False

    def any(self) -> bool:
        return bool(
            self.reset
            or self.layout
            or self.cards
            or self.links
            or self.badges
            or self.headers
            or self.personas
            or self.title
            or self.focus
        )


class SceneSync:
    """Builds the scene's items and keeps them in step with the document."""

    def __init__(self, scene: QGraphicsScene, doc: JourneyDocument, items: SceneItems) -> None:
        self.scene = scene
        self.doc = doc
        self.items = items
        self.cells = CellSync(scene, doc, items)
        self.live = LiveLayout(doc)
        self._links_added: set[str] = set()
        self._links_removed: set[str] = set()
        self.dirty = Dirty()
        self.detached = False
        self._timer = QTimer(scene)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(scene.flush)
        self._queued = False

    @property
    def leaving(self):
        return self.cells.leaving

    @leaving.setter
    def leaving(self, callback) -> None:
        """``callback(item)`` before a card or header leaves the scene (the
        editor closes an in-place editor it hosts)."""
        self.cells.leaving = callback

    # ------------------------------------------------------------ events
    def on_change(self, change: Change) -> None:
        action, kind = change.action, change.kind
        self.live.note(change)
        d = self.dirty
        if (action == "added" or action == "removed") and kind in _PLACED_KINDS:
            # The bulk of a big edit (one event per card, link, friction): keep it short.
            d.layout = True
            if kind == "link":
                (self._links_added if action == "added" else self._links_removed).add(change.id)
            if kind == "friction":
                d.title = True
            if not self._queued:
                self._queue()
            return
        if action == "changed" or kind == "persona" or kind == "channel":
            self.items.content_epoch += 1
        if action == "reset":
            d.reset = True
        elif action == "meta":
            d.title = True
        elif action == "changed":
            self._on_field_change(change)
        elif kind == "channel":
            pass  # a channel's place in its list shows nowhere on the map
        else:  # added, removed, moved, reordered
            d.layout = True
            if kind == "persona":
                d.personas = True
        if not self._queued:
            self._queue()

    def _on_field_change(self, change: Change) -> None:
        d, kind, fields = self.dirty, change.kind, set(change.fields)
        if kind == "touchpoint":
            d.cards.add(change.id)
            if fields & {"emotions", "moment_of_truth", "personas"}:
                d.layout = True  # curves, overview, focus
        elif kind == "link":
            d.links.add(change.id)
            d.focus = True
        elif kind == "friction":
            if fields & {"severity", "status"}:
                d.layout = True
            else:
                d.badges.add(self.doc.graph.nodes[change.id]["target"])
        elif kind in ("stage", "lane"):
            if kind == "lane" and "kind" in fields:
                d.layout = True
            d.headers.add(change.id)
        elif kind == "persona":
            d.personas = True
        elif kind == "channel":
            d.cards.update(self.items.cards)

    def _queue(self) -> None:
        """Bring the items up to date at the next turn of the event loop (or at
        the end of the undo command, whichever comes first)."""
        if not self.detached:
            self._queued = True
            self._timer.start()

    def take_dirty(self) -> Dirty | None:
        """The changes to apply now (None when there are none); clears them."""
        self._timer.stop()
        self._queued = False
        if self.detached or not self.dirty.any():
            return None
        d, self.dirty = self.dirty, Dirty()
        return d

    def stop(self) -> None:
        self.detached = True
        self._timer.stop()
        self.cells.clear_spares()

    # ------------------------------------------------------------ building
    def layout(self) -> MapLayout:
        return self.live.layout

    def build(self) -> None:
        """Everything anew (a new document, or File > Revert)."""
        it, scene = self.items, self.scene
        for badge in list(it.badges.values()):
            if badge.parentItem() is not None:
                badge.setParentItem(None)
            scene.removeItem(badge)
        it.badges.clear()
        self.cells.clear_spares()
        it.links_at.clear()
        it.top_links.clear()
        it.top_at.clear()
        it.lane_at.clear()
        for group in (it.links, it.cards, it.groups, it.stages, it.lanes, it.curves):
            for item in group.values():
                if item.scene() is scene:
                    scene.removeItem(item)
            group.clear()
        self._links_added, self._links_removed = set(), set()
        self.apply(self.live.layout)

    def relayout(self, reset: bool) -> tuple[set | None, bool, bool]:
        """After structural changes: the live layout moves on, the items follow
        (all of them for a reset or a change to the stages or lanes, else only
        what the layout says moved)."""
        delta = self.live.update()
        added, removed = self._links_added, self._links_removed
        self._links_added, self._links_removed = set(), set()
        if reset:
            self.build()
            return None, True, True
        L = self.live.layout
        if delta.full:
            return self.apply(L)
        return self.apply_delta(L, delta, added, removed)

    def apply(self, L: MapLayout) -> tuple[set | None, bool, bool]:
        """Bring every item to the layout ``L``; returns (cell groups whose
        overview picture changed, whether links between cells changed, whether
        any cell moved, came or went)."""
        scene = self.scene
        self._set_layout(L, True)
        self._sync_headers(L)
        moved = self.cells.apply(L, scene.overview_mode())
        self._sync_curves(L)
        return moved

    def apply_delta(
        self, L: MapLayout, delta: LayoutDelta, added: set, removed: set
    ) -> tuple[set, bool, bool]:
        """Move only what ``delta`` says moved (``layout.live``)."""
        self._set_layout(L, delta.frame)
        self._sync_headers(L)
        moved = self.cells.apply_delta(L, self.scene.overview_mode(), delta, added, removed)
        if delta.curves or delta.frame:
            self._sync_curves(L, None if delta.frame else delta.curves)
        return moved

    def _set_layout(self, L: MapLayout, frame_changed: bool) -> None:
        scene = self.scene
        scene.layout = L
        scene.board.set_layout(L, frame_changed)
        bounds = QRectF(0, 0, L.width, L.height)
        scene.overview.set_bounds(bounds)
        scene.selection_overlay.set_bounds(bounds)
        scene.setSceneRect(bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))
        if scene.heatmap_enabled():
            scene.board.set_heat(cell_loads(self.doc))

    def _sync_headers(self, L: MapLayout) -> None:
        doc = self.doc
        counts_s = {s: 0 for s in L.stage_headers}
        counts_l = {la: 0 for la in L.lane_headers}
        for s in counts_s:
            for la in counts_l:
                n = doc.cell_count(s, la)
                counts_s[s] += n
                counts_l[la] += n
        for store, rects, cls, counts in (
            (self.items.stages, L.stage_headers, StageHeaderItem, counts_s),
            (self.items.lanes, L.lane_headers, LaneHeaderItem, counts_l),
        ):
            self._sync(store, rects, lambda i, r, cls=cls: cls(doc, i, r), lambda it, r: it.set_rect(r))
            for item_id, item in store.items():
                item.set_count(counts[item_id])

    def _sync_curves(self, L: MapLayout, personas: set[str] | None = None) -> None:
        """The curve items of ``personas`` (all when None) to the layout's curves."""
        curves = self.items.curves
        if not L.emotion_lanes:
            self._sync(curves, {}, None, None)
            return
        lane_rect = L.lane_rows[L.emotion_lanes[0]]
        if personas is None:
            store, wanted = curves, L.curves
        else:  # only these: the others stay as they are
            store = {p: curves[p] for p in personas if p in curves}
            wanted = {p: L.curves[p] for p in personas if p in L.curves}
        self._sync(
            store,
            wanted,
            lambda p, pts: CurveItem(self.doc, p, pts, lane_rect),
            lambda it, pts: it.set_points(pts, lane_rect),
        )
        if personas is not None:
            for p in personas:
                if p in store:
                    curves[p] = store[p]
                else:
                    curves.pop(p, None)

    def _sync(self, store: dict, wanted: dict, make, update) -> None:
        """Drop items no longer wanted, update the others, create the new ones."""
        scene = self.scene
        for item_id in [i for i in store if i not in wanted]:
            item = store.pop(item_id)
            if self.leaving is not None:
                self.leaving(item)
            scene.removeItem(item)
        for item_id, geo in wanted.items():
            item = store.get(item_id)
            if item is None:
                item = make(item_id, geo)
                store[item_id] = item
                scene.addItem(item)
                if scene.overview_mode() and isinstance(item, MapItem):
                    item.set_overview(True)
            else:
                update(item, geo)

    # ------------------------------------------------------------ content
    def refresh(self, d: Dirty) -> set[str]:
        """Repaint what changed in content only; returns the cards concerned."""
        it = self.items
        cards = set(it.cards) if d.personas else d.cards
        if d.personas:
            for group in (it.links, it.curves):
                for item in group.values():
                    item.invalidate()
        for tp in cards:
            item = it.cards.get(tp)
            if item is not None:
                item.invalidate()
                item.refresh_tooltip()
        for link in d.links:
            item = it.links.get(link)
            if item is not None:
                item.invalidate()
        for target in d.badges:
            item = it.badges.get(target)
            if item is not None:
                item.refresh()
        for h in d.headers:
            item = it.stages.get(h) or it.lanes.get(h)
            if item is not None:
                item.update()
        return cards
