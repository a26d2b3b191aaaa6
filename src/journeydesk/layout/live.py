"""LiveLayout: a MapLayout kept up to date edit by edit.

The document tells what changed (``note(change)`` for every change event);
``update()`` then re-lays out only what the changes move: the cells whose cards
changed are placed again, cells whose column or row moved shift their cards,
badges are redone for the cards and links they touch, curves for the personas
whose points moved. A change to the stages or lanes themselves (add, remove,
reorder, a lane becoming an emotions lane) lays out the whole map again.

Stages and lanes that come, go or change places are handled the same way: the
cells of a stage that went are gone, those of a new one are placed, the others
shift. Only a reset (File > Revert) lays out the whole map again.

It always equals ``compute_layout(doc, routes=False)``: tests/layout holds the
two equal through random edits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Change, JourneyDocument
from .build import compute_layout, set_frame
from .geometry import Rect
from .grid import Frame, frame, place_cell
from .map_layout import MapLayout
from .marks import curve_for, curve_offsets, emotion_points, moved_badge, place_badges

_STRUCTURE_KINDS = ("stage", "lane")
_NO_RECT = Rect(float("nan"), 0, 0, 0)


@dataclass
class LayoutDelta:
    """What an update changed. ``full``: everything may have (the whole map was
    laid out again); the other fields are empty then."""

    full: bool = False
    new_cells: set[tuple[str, str]] = field(default_factory=set)  # cells of a stage or lane that came
    gone_cells: set[tuple[str, str]] = field(default_factory=set)  # cells of a stage or lane that went
    cards: set[str] = field(default_factory=set)  # cards with a new rectangle (or new)
    gone: set[str] = field(default_factory=set)  # cards no longer on the map
    replaced: set[tuple[str, str]] = field(default_factory=set)  # cells placed again
    shifted: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)  # cells moved by
    counted: set[tuple[str, str]] = field(default_factory=set)  # cells whose card rows changed
    badges: set[str] = field(default_factory=set)  # targets whose badge changed, came or went
    curves: set[str] = field(default_factory=set)  # personas whose curve changed, came or went
    frame: bool = False  # headers, columns or rows changed

    def __bool__(self) -> bool:
        return bool(
            self.full
            or self.cards
            or self.gone
            or self.replaced
            or self.shifted
            or self.badges
            or self.curves
            or self.new_cells
            or self.gone_cells
        )


class LiveLayout:
    def __init__(self, doc: JourneyDocument) -> None:
        self.doc = doc
        self._rebuild()

    def _rebuild(self) -> None:
        doc = self.doc
        nodes = doc.graph.nodes
        self.layout: MapLayout = compute_layout(doc, routes=False)
        self.frame: Frame = frame(doc)
        self._points = emotion_points(doc)
        self._cell_of = {tp: (nodes[tp]["stage"], nodes[tp]["lane"]) for tp in self.layout.cards}
        self._felt = {tp: set(nodes[tp]["emotions"]) for tp in self.layout.cards if nodes[tp]["emotions"]}
        self._target_of = {f: nodes[f]["target"] for _, ids in doc.friction_targets() for f in ids}
        self._counts = {(s, la): doc.cell_count(s, la) for s in doc.stages() for la in doc.lanes()}
        self._linked: set[str] | None = None  # links with frictions (worked out when needed)
        self._structure = False  # the document was replaced: lay out everything
        self._grid = False  # stages or lanes came, went, moved or changed kind
        self._personas = False
        self._touched: set[str] = set()  # touchpoints added, removed or moved
        self._felt_changed: set[str] = set()  # touchpoints whose emotions or moment of truth changed
        self._targets: set[str] = set()  # badge targets whose frictions changed

    # ------------------------------------------------------------ changes
    def note(self, change: Change) -> None:
        """Record one document change (call for every change event)."""
        action, kind, item = change.action, change.kind, change.id
        if action == "reset":
            self._structure = True
        elif kind in _STRUCTURE_KINDS and (
            action in ("added", "removed", "reordered") or "kind" in change.fields
        ):
            self._grid = True
        elif kind == "touchpoint":
            if action in ("added", "removed", "moved"):
                self._touched.add(item)
            elif action == "changed" and {"emotions", "moment_of_truth"} & set(change.fields):
                self._felt_changed.add(item)
        elif kind == "friction":
            self._note_friction(action, item, change.fields)
        elif kind == "link" and action in ("added", "removed"):
            self._targets.add(item)
        elif kind == "persona" and action in ("added", "removed", "reordered"):
            self._personas = True

    def _note_friction(self, action: str, item: str, fields) -> None:
        if action == "added":
            self._target_of[item] = self.doc.graph.nodes[item]["target"]
            self._targets.add(self._target_of[item])
            self._linked = None
        elif action == "removed":
            target = self._target_of.pop(item, None)
            if target is not None:
                self._targets.add(target)
            self._linked = None
        elif action == "changed" and {"severity", "status"} & set(fields):
            self._targets.add(self._target_of.get(item, ""))

    # ------------------------------------------------------------ updating
    def update(self) -> LayoutDelta:
        """Bring ``layout`` up to date with the changes noted since the last update."""
        if self._structure:
            self._rebuild()
            return LayoutDelta(full=True)
        delta = LayoutDelta()
        if not (self._touched or self._felt_changed or self._targets or self._personas or self._grid):
            return delta
        old, fr = self.frame, frame(self.doc)
        self.frame = fr
        L = self.layout
        before = self._rects_before(old, fr)
        self._place(old, fr, delta)
        if old != fr:
            set_frame(L, fr)
            delta.frame = True
        moved = self._moved_cards(delta, before)
        self._redo_badges(delta, moved)
        self._redo_curves(delta, moved, old, fr)
        self._touched, self._felt_changed, self._targets = set(), set(), set()
        self._personas = self._grid = False
        return delta

    def _rects_before(self, old: Frame, fr: Frame) -> dict[str, Rect]:
        """The rectangles, before this update, of the cards in the cells it may
        place again (so the cards that did not move are told apart)."""
        L, doc = self.layout, self.doc
        cells = {self._cell_of[tp] for tp in self._touched if tp in self._cell_of}
        nodes = doc.graph.nodes
        cells.update((nodes[tp]["stage"], nodes[tp]["lane"]) for tp in self._touched if tp in nodes)
        cells.update((s, la) for s in fr.stages if fr.cols[s] != old.cols.get(s) for la in fr.lanes)
        return {tp: L.cards[tp] for key in cells for tp in doc.cell(*key) if tp in L.cards}

    def _place(self, old: Frame, fr: Frame, delta: LayoutDelta) -> None:
        """Place the cells whose cards changed, and the cells of any stage whose
        card columns changed; shift the cards of cells that only moved."""
        doc, L, nodes = self.doc, self.layout, self.doc.graph.nodes
        replaced = delta.replaced
        keys = {(s, la) for s in fr.stages for la in fr.lanes}
        if fr.stages != old.stages or fr.lanes != old.lanes:
            was = {(s, la) for s in old.stages for la in old.lanes}
            delta.new_cells, delta.gone_cells = keys - was, was - keys
            for key in delta.gone_cells:
                self._counts.pop(key, None)
            replaced |= delta.new_cells
        for tp in self._touched:
            was = self._cell_of.pop(tp, None)
            if was is not None and was in keys:
                replaced.add(was)
            if tp in nodes:
                now = self._cell_of[tp] = (nodes[tp]["stage"], nodes[tp]["lane"])
                replaced.add(now)
            else:
                delta.gone.add(tp)
                L.cards.pop(tp, None)
        for s in fr.stages:
            if fr.cols[s] != old.cols.get(s):
                replaced.update((s, la) for la in fr.lanes)
        for key in replaced:
            place_cell(L.cards, fr, key[0], key[1], doc.cell(*key))
            # which links along the lane run straight may change where a cell
            # gained or lost a card, or its stage its card columns
            if self._counts.get(key) != doc.cell_count(*key) or fr.cols[key[0]] != old.cols.get(key[0]):
                delta.counted.add(key)
                self._counts[key] = doc.cell_count(*key)
        for s in fr.stages:
            for la in fr.lanes:
                if (s, la) in replaced:
                    continue
                dx, dy = fr.col_x[s] - old.col_x[s], fr.row_y[la] - old.row_y[la]
                if dx or dy:
                    delta.shifted[(s, la)] = (dx, dy)
                    self._shift(doc.cell(s, la), dx, dy)

    def _shift(self, ids, dx: float, dy: float) -> None:
        cards = self.layout.cards
        for tp in ids:
            r = cards[tp]
            cards[tp] = Rect(r.x + dx, r.y + dy, r.w, r.h)

    def _moved_cards(self, delta: LayoutDelta, before: dict[str, Rect]) -> set[str]:
        """Cards with a new rectangle: new ones, those placed again somewhere
        else, and those of shifted cells."""
        L, doc = self.layout, self.doc
        moved = set()
        for key in delta.replaced:
            for tp in doc.cell(*key):
                if before.get(tp, _NO_RECT) != L.cards[tp]:
                    moved.add(tp)
        for key in delta.shifted:
            moved.update(doc.cell(*key))
        delta.cards = moved
        return moved

    def _redo_badges(self, delta: LayoutDelta, moved: set[str]) -> None:
        """Badges whose frictions changed are counted again; those of cards and
        links that only moved are placed again."""
        doc, L = self.doc, self.layout
        recount = {t for t in self._targets if t}
        recount.update(t for t in delta.gone if t in L.badges)
        moving = {t for t in moved if t in L.badges}
        if moved or delta.counted:
            # a link's badge sits halfway along its route, which follows its
            # cards and whether its row is clear
            lanes = {la for _, la in delta.counted}
            nodes = doc.graph.nodes
            for target in self._link_targets():
                u, v = doc.link_ends(target)
                if u in moved or v in moved or nodes[u]["lane"] in lanes:
                    moving.add(target)
        moving -= recount
        before = {t: L.badges.get(t) for t in recount | moving}
        place_badges(doc, L, recount)
        for t in moving:
            L.badges[t] = moved_badge(doc, L, L.badges[t])
        delta.badges = {t for t, b in before.items() if L.badges.get(t) != b}

    def _link_targets(self) -> set[str]:
        """Links that carry frictions (their badges follow their routes)."""
        doc = self.doc
        if self._linked is None:
            self._linked = {t for t in self._target_of.values() if doc.kind_of(t) == "link"}
        return self._linked

    def _redo_curves(self, delta: LayoutDelta, moved: set[str], old: Frame, fr: Frame) -> None:
        doc, L, nodes = self.doc, self.layout, self.doc.graph.nodes
        personas: set[str] = set()
        for tp in self._felt_changed | self._touched:
            was = self._felt.pop(tp, set())
            now = set(nodes[tp]["emotions"]) if tp in nodes else set()
            if now:
                self._felt[tp] = now
            for p in was - now:
                self._points[p].discard(tp)
            for p in now:
                self._points.setdefault(p, set()).add(tp)
            personas |= was | now
        for tp in moved:
            personas.update(self._felt.get(tp, ()))
        if self._personas:
            self._points = {p: self._points.get(p, set()) for p in doc.personas()}
        if not L.emotion_lanes:  # no lane to draw them in
            delta.curves.update(L.curves)
            L.curves.clear()
            return
        lane = L.emotion_lanes[0]
        lane_moved = (old.row_y.get(lane), old.lane_h.get(lane)) != (fr.row_y[lane], fr.lane_h[lane])
        # journey order (which breaks ties between points) follows the stages and lanes
        lane_moved = lane_moved or (old.stages, old.lanes, old.emotion_lanes) != (
            fr.stages,
            fr.lanes,
            fr.emotion_lanes,
        )
        offsets = curve_offsets(doc, (p for p, tps in self._points.items() if tps))
        for p, dy in offsets.items():
            points = L.curves.get(p)
            if lane_moved or p in personas or points is None or abs(self._offset_of(points) - dy) > 1e-6:
                L.curves[p] = curve_for(doc, L, p, self._points[p], dy)
                delta.curves.add(p)
        for p in [p for p in L.curves if p not in offsets]:
            del L.curves[p]
            delta.curves.add(p)

    def _offset_of(self, points) -> float:
        """How far a drawn curve sits off the value line (its first point's)."""
        p = points[0]
        return p.y - self.layout.emotion_y(self.layout.emotion_lanes[0], p.emotion)
