"""MapScene: the journey map's items, how to find them, the selection and the
view state (persona focus, heatmap, far-out overview, tool).

The scene does not edit. ``sync.SceneSync`` keeps its items in step with the
document; an input handler (``editing.MapEditor`` installs one) receives the
mouse, key, drag-and-drop and context-menu events and pushes every edit as a
command. Without a handler the scene is read-only (exports, presenting).
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import contextmanager

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPixmapCache, QTransform, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from ...layout import MapLayout
from ...layout import style as S
from ...model import JourneyDocument
from . import theme as T
from .board import BoardItem, OverviewItem
from .drops import Markers
from .focus import FocusState
from .heat import cell_loads
from .items import BadgeItem, CardItem, CurveItem, HeaderItem, LinkItem, MapItem
from .keyboard_focus import KeyboardFocus
from .overview_selection import SelectionOverlay
from .store import SceneItems
from .sync import SceneSync
from .theme import Fonts
from .title_editor import TitleEditor

PIXMAP_CACHE_KB = 96 * 1024
_KIND_RANK = {"stage": 0, "lane": 1, "touchpoint": 2, "link": 3, "friction": 4}
_ITEM_KIND = {"curve": "persona"}  # an item's kind where the document names it otherwise


class MapScene(QGraphicsScene):
    """The journey map. ``flushed`` is emitted after each update of the items;
    ``editingChanged`` when an in-place title editor opens or closes."""

    selectionIdsChanged = Signal(object)  # a list of ids (object: Signal(list) copied 25,000 ids per slot)
    editingChanged = Signal(bool)
    itemActivated = Signal(str)
    flushed = Signal()

    def __init__(self, doc: JourneyDocument, undo_stack: QUndoStack | None = None, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = undo_stack
        self.store = SceneItems()
        self.input = None  # the editor's input handler (None: read-only)
        self._text_editor: TitleEditor | None = None
        self._overview_mode = False
        self._overview_stale = False  # the selection changed far out; synced by _emit_selection
        self._band_held = False  # a rubber band is being dragged (hold_selection_ids)
        self._heat_on = False
        self._tool = "select"
        self._last_selection: list[str] = []
        self._selection_guard = 0
        self._detached = False

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
        self.board = BoardItem(doc)
        self.addItem(self.board)
        self.overview = OverviewItem(self._overview_parts)
        self.addItem(self.overview)
        self.selection_overlay = SelectionOverlay(self.store, self.overview)  # far out, over the overview
        self.addItem(self.selection_overlay)
        self.markers = Markers(self)
        self.focus = FocusState(self)
        self.keyboard_focus = KeyboardFocus(self)  # the card or header the arrow keys are on
        self.sync = SceneSync(self, doc, self.store)
        self.layout: MapLayout = self.sync.layout()
        self._selection_guard += 1
        try:
            self.sync.build()
        finally:
            self._selection_guard -= 1

        self._unsubscribe = doc.subscribe(self._on_change)
        if undo_stack is not None:
            undo_stack.indexChanged.connect(self._on_index_changed)
        self.selectionChanged.connect(self._on_selection_changed)

    # ================================================================== updating
    def _on_change(self, change) -> None:
        self.sync.on_change(change)
        self.focus.document_changed()

    def _on_index_changed(self, _index: int) -> None:
        self.flush()

    def flush(self) -> None:
        """Bring the items up to date with the document now (normally automatic)."""
        d = self.sync.take_dirty()
        if d is None:
            return
        if d.reset or d.layout:
            self.relayoutStarting()
        self._selection_guard += 1
        try:
            moved = None  # (groups whose far-out picture changed, links between cells did, cells moved)
            if d.reset or d.layout:
                moved = self.sync.relayout(d.reset)
            if d.reset:
                d.personas = d.title = True
            cards = self.sync.refresh(d)
            if d.personas or d.title:
                self.board.update_title()
            if self._heat_on and (cards or d.links or d.badges):
                self.board.set_heat(cell_loads(self.doc))
            self._invalidate_overview(d, cards, moved)
            if self.focus.persona is not None:
                self.focus.apply()
        finally:
            self._selection_guard -= 1
        self._emit_selection()
        self.flushed.emit()

    def relayoutStarting(self) -> None:
        """A structural change is about to move items: a running gesture stops."""
        if self.input is not None:
            self.input.cancel_gesture()

    def _invalidate_overview(self, d, cards: set[str], moved: tuple | None) -> None:
        """The far-out picture follows the edit: the cell groups whose cards
        changed or that the relayout redrew, the links between cells when they
        changed, and a repaint whenever anything moved (the picture is cached
        per view: a cell that only moved still shows in its old place until then)."""
        if self._overview_mode:
            self._overview_stale = True  # selected items may have moved or gone
        dirty, cross, shifted = moved if moved is not None else (set(), False, False)
        if d.personas or d.reset or dirty is None:
            self.overview.invalidate()
            return
        groups = set(dirty)
        for tp in cards:
            item = self.store.cards.get(tp)
            if item is not None and item.group is not None:
                groups.add(item.group.key)
        for k in d.links:  # a link's persona decides where it is dimmed
            item = self.store.links.get(k)
            if item is not None:
                if item.group_key is None:
                    cross = True
                else:
                    groups.add(item.group_key)
        if groups or cross or shifted:
            self.overview.invalidate(groups, cross=cross, moved=shifted)

    # ================================================================== lookups
    def card_item(self, tp: str) -> CardItem | None:
        return self.store.cards.get(tp)

    def link_item(self, link: str) -> LinkItem | None:
        return self.store.links.get(link)

    def badge_item(self, target: str) -> BadgeItem | None:
        return self.store.badges.get(target)

    def header_item(self, item_id: str) -> HeaderItem | None:
        return self.store.stages.get(item_id) or self.store.lanes.get(item_id)

    def curve_item(self, persona: str) -> CurveItem | None:
        return self.store.curves.get(persona)

    def link_items(self) -> dict[str, LinkItem]:
        return self.store.links

    def card_items(self) -> dict[str, CardItem]:
        return self.store.cards

    def item_for(self, item_id: str) -> QGraphicsItem | None:
        """The item that shows ``item_id`` (a friction shows as its target's badge)."""
        self.flush()
        kind = self.doc.kind_of(item_id)
        st = self.store
        if kind == "touchpoint":
            return st.cards.get(item_id)
        if kind == "link":
            return st.links.get(item_id)
        if kind == "friction":
            return st.badges.get(self.doc.graph.nodes[item_id]["target"])
        if kind == "stage":
            return st.stages.get(item_id)
        if kind == "lane":
            return st.lanes.get(item_id)
        if kind == "persona":
            return st.curves.get(item_id)
        return None

    def find_link(self, source: str, target: str) -> str | None:
        g = self.doc.graph
        if g.has_edge(source, target):
            return next(iter(g[source][target]))
        return None

    def first_view(self) -> QGraphicsView | None:
        views = self.views()
        return views[0] if views else None

    def view_transform(self, event=None) -> QTransform:
        widget = event.widget() if event is not None else None
        view = widget.parent() if widget is not None else None
        if isinstance(view, QGraphicsView):
            return view.transform()
        view = self.first_view()
        return view.transform() if view is not None else QTransform()

    def hit(self, pos: QPointF, transform: QTransform | None = None) -> QGraphicsItem | None:
        """The topmost map item under a scene point (editor, badge, card, curve
        point, link or header)."""
        t = transform if transform is not None else self.view_transform()
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

    @property
    def text_editor(self) -> TitleEditor | None:
        """The open in-place editor (set by the map editor)."""
        return self._text_editor

    @text_editor.setter
    def text_editor(self, editor: TitleEditor | None) -> None:
        was, self._text_editor = self._text_editor is not None, editor
        if was != (editor is not None):
            self.editingChanged.emit(editor is not None)

    def is_editing(self) -> bool:
        """An in-place title editor is open."""
        return self.text_editor is not None

    @property
    def detached(self) -> bool:
        return self._detached

    # ================================================================== selection
    @staticmethod
    def item_ids(item: QGraphicsItem) -> list[str]:
        return MapScene.ids_of((item,))

    @staticmethod
    def ids_of(items) -> list[str]:
        """The map ids of some items: a map item's own, a badge's focused friction."""
        return [pair[1] for pair in map(_kind_and_id, items) if pair is not None]

    def selected_ids(self) -> list[str]:
        """Selected touchpoints, links, frictions (a selected badge stands for
        its focused friction) and stage/lane headers, in map order."""
        self.flush()
        return self._sorted(self.selectedItems())

    def _sorted(self, items, types: set | None = None) -> list[str]:
        """The ids of ``items`` (``ids_of``) in map order: stages, lanes, cards in
        journey order, links, frictions. The items say their kinds (asking the
        document for each of 23,000 after select all cost 15 ms); each kind then
        sorts by its own order."""
        doc = self.doc
        items, whole = self._whole_kinds(items, types)
        by_kind: dict[str, list[str]] = {}
        for pair in map(_kind_and_id, items):
            if pair is not None:
                by_kind.setdefault(pair[0], []).append(pair[1])
        out: list[str] = []
        for kind in sorted({*by_kind, *whole}, key=lambda k: (_KIND_RANK.get(k, 9), k)):
            if kind in whole:
                out.extend(whole[kind])
                continue
            group = list(dict.fromkeys(by_kind[kind]))
            if kind == "touchpoint":
                group.sort(key=lambda t: (doc.journey_key(t), t))
            elif kind in ("stage", "lane"):
                group.sort(key=lambda i: doc.position(kind, i))
            elif kind == "link":
                if len(group) > 1:
                    order = {k: i for i, k in enumerate(doc.links())}
                    group.sort(key=lambda k: (order.get(k, 0), k))
            else:
                group.sort()
            out.extend(group)
        return out

    def _whole_kinds(self, items, types: set | None = None) -> tuple[list, dict[str, list[str]]]:
        """The items minus the kinds selected whole (every card, every link: select
        all, a band over the map), and those kinds' ids in the document's order:
        one count by item type instead of a Python step per item."""
        items = list(items)
        st, doc = self.store, self.doc
        types = st.whole_types(items) if types is None else types
        whole: dict[str, list[str]] = {}
        skip = set()
        for cls, held, kind, ids in (
            (CardItem, st.cards, "touchpoint", doc.touchpoints),
            (LinkItem, st.links, "link", doc.links),
        ):
            if cls in types and held and len(held) == doc.count(kind):  # the document's order is theirs
                whole[kind] = list(ids())
                skip.add(cls)
        if skip:
            items = [i for i in items if type(i) not in skip]
        return items, whole

    def selected_card_ids(self) -> list[str]:
        return [i.item_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly these items (unknown ids are ignored)."""
        self.flush()
        with self._bulk_selection():
            self.clearSelection()
            for item_id in ids:
                item = self.item_for(item_id)
                if item is None:
                    continue
                if isinstance(item, BadgeItem):
                    item.focus = item_id
                if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
                    item.setSelected(True)

    def select_all(self) -> None:
        """Select every card and link."""
        self.flush()
        with self._bulk_selection():
            for group in (self.store.cards, self.store.links):
                for item in group.values():
                    item.setSelected(True)

    @contextmanager
    def _bulk_selection(self):
        """Many setSelected calls, one settling: Qt's selectionChanged (once per
        call, 23,000 after select all) is held back and the ids sent once."""
        self._selection_guard += 1
        blocked = self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(blocked)
            self._selection_guard -= 1
            self._overview_stale = self._overview_mode
        self._emit_selection()

    def guard_selection(self):
        """``with scene.guard_selection():`` several selection changes, one signal."""
        return _SelectionBatch(self)

    def _on_selection_changed(self) -> None:
        # Qt sends this once per setSelected and per selected item removed: a bulk
        # change (select all, deleting thousands) is settled once, when its guard ends.
        self._overview_stale = self._overview_mode
        if self._selection_guard == 0:
            self._emit_selection()
        elif self._band_held and self._overview_stale:
            # a rubber band: show what it takes as it grows (read at the next paint)
            self._overview_stale = False
            self._sync_overview_selection(self.selectedItems)

    def hold_selection_ids(self, on: bool) -> None:
        """While a rubber band is dragged, send the selected ids once, at its end
        (``band.BandBatch``)."""
        if on == self._band_held or self._detached:
            return
        self._band_held = on
        self._selection_guard += 1 if on else -1
        if not on:
            # the overlay gets the list read once here, not its own second read
            self._overview_stale = self._overview_mode
            self._emit_selection()

    def _sync_overview_selection(self, selected=None, whole: set | None = None) -> None:
        """Far out, one overlay draws the selected items over the overview
        (``selected``: them, a function listing them, or None: ask the scene;
        ``whole``: their whole types, when worked out already)."""
        if not self._overview_mode:
            selected, whole = (), None
        elif selected is None:
            selected = self.selectedItems()
        self.selection_overlay.set_items(selected, whole)

    def _emit_selection(self) -> None:
        selected = self.selectedItems()  # once: 23,000 items after select all
        whole = self.store.whole_types(selected)  # once too, for the overlay and the ids
        if self._overview_stale:
            self._overview_stale = False
            self._sync_overview_selection(selected, whole)
        if self._detached:
            return
        ids = self._sorted(selected, whole)
        if ids != self._last_selection:
            self._last_selection = ids
            self.selectionIdsChanged.emit(list(ids))

    # ================================================================== view state
    def center_on(self, item_id: str) -> None:
        """Select an item and bring it into the first view (zooming in to a
        readable size when the view is far out)."""
        self.select_ids([item_id])
        item = self.item_for(item_id)
        view = self.first_view()
        if item is None or view is None:
            return
        if view.zoom() < T.LOD_OVERVIEW:
            view.set_zoom(1.0)
        if isinstance(item, BadgeItem):
            view.centerOn(item.scenePos())
        else:
            view.centerOn(item.sceneBoundingRect().center())

    def forget_pictures(self) -> None:
        """Every item paints again (a view changed its theme: the pictures items
        keep per view were painted in the old colours)."""
        for item in self.items():
            item.update()

    def set_overview_mode(self, on: bool) -> None:
        """Far-out drawing: cards, links and badges are drawn by one overview item."""
        if on == self._overview_mode:
            return
        self._overview_mode = on
        self.overview.invalidate()
        self.overview.setVisible(on)
        self.selection_overlay.setVisible(on)
        self.selection_overlay.set_items(self.selectedItems() if on else ())
        st = self.store
        for group in (st.cards, st.links, st.badges):
            for item in group.values():
                item.set_overview(on)
        if not on:
            self.focus.view_in()  # the dimming a far-out focus change left for now

    def overview_mode(self) -> bool:
        return self._overview_mode

    def _overview_parts(self) -> dict:
        st = self.store
        nodes = self.doc.graph.nodes
        return {
            "groups": st.groups,
            "cards": st.cards,
            "links": st.links,
            "badges": st.badges,
            "dim": self.focus.dimmed(),
            "nodes": nodes,  # a card's moment of truth, read for the groups drawn again
            "cells": self.layout.cells,
            "focus": self.focus.persona,  # the far-out picture is kept per focus
            "pad": self._overview_pad(),
        }

    def _overview_pad(self) -> float:
        """Map units the far-out badges' dots reach past a cell (a few pixels on
        screen, at the most zoomed-out view)."""
        lods = [v.zoom() for v in self.views() if hasattr(v, "zoom")]
        return 12.0 / max(min(lods, default=1.0), 0.01)

    def set_persona_focus(self, persona_id: str | None) -> None:
        """Highlight one persona's touchpoints, links and curve; dim the rest."""
        self.flush()
        self.focus.set(persona_id)

    def persona_focus(self) -> str | None:
        return self.focus.persona

    def reapply_focus(self) -> None:
        """After something else set opacities (a drag dims what it moves)."""
        self.focus.apply(check=True)

    def set_heatmap(self, on: bool) -> None:
        """Shade each stage-lane cell by its friction load."""
        self.flush()
        self._heat_on = bool(on)
        self.board.set_heat(cell_loads(self.doc) if self._heat_on else None)

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

    # ================================================================== input (delegated)
    def _deliver(self, method: str, event, default) -> None:
        handler = self.input
        if handler is None or not getattr(handler, method)(event):
            default(event)

    def mousePressEvent(self, event) -> None:
        self._deliver("mouse_press", event, super().mousePressEvent)

    def mouseMoveEvent(self, event) -> None:
        self._deliver("mouse_move", event, super().mouseMoveEvent)

    def mouseReleaseEvent(self, event) -> None:
        self._deliver("mouse_release", event, super().mouseReleaseEvent)

    def mouseDoubleClickEvent(self, event) -> None:
        self._deliver("mouse_double_click", event, super().mouseDoubleClickEvent)

    def contextMenuEvent(self, event) -> None:
        self._deliver("context_menu", event, super().contextMenuEvent)

    def keyPressEvent(self, event) -> None:
        self._deliver("key_press", event, super().keyPressEvent)

    def dragEnterEvent(self, event) -> None:
        self._deliver("drag_enter", event, lambda e: e.ignore())

    def dragMoveEvent(self, event) -> None:
        self._deliver("drag_move", event, lambda e: e.ignore())

    def dragLeaveEvent(self, event) -> None:
        self._deliver("drag_leave", event, lambda e: e.ignore())

    def dropEvent(self, event) -> None:
        self._deliver("drop", event, lambda e: e.ignore())

    # ================================================================== teardown
    def detach(self) -> None:
        """Stop following the document (call before the scene or document go)."""
        if self._detached:
            return
        self._detached = True
        if self.input is not None:
            self.input.detach()
            self.input = None
        self.sync.stop()
        self._unsubscribe()
        if self.undo_stack is not None:
            try:
                self.undo_stack.indexChanged.disconnect(self._on_index_changed)
            except (RuntimeError, TypeError):
                pass
        try:
            self.selectionChanged.disconnect(self._on_selection_changed)
        except (RuntimeError, TypeError):
            pass


def _kind_and_id(item) -> tuple[str, str] | None:
    """(kind, map id) of a selected item: a map item's own, a badge's focused
    friction; None for what stands for nothing on the map."""
    if isinstance(item, BadgeItem):
        f = item.focused_friction()
        return ("friction", f) if f else None
    if isinstance(item, MapItem):
        return _ITEM_KIND.get(item.kind, item.kind), item.item_id
    return None


class _SelectionBatch:
    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    def __enter__(self) -> None:
        self.scene._selection_guard += 1

    def __exit__(self, *exc) -> None:
        self.scene._selection_guard -= 1
        self.scene._emit_selection()
