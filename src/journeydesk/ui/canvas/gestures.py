"""Mouse gestures on the map: each turns a press-move-release into ONE command.

The editor's input handler starts a gesture on a press and hands it the moves
and the release; a gesture only moves preview items while it runs, and pushes
its command on release (so a drag is one undo step), after putting every item
back where the layout has it (the sync then moves whatever the command really
changed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtWidgets import QApplication, QGraphicsPathItem

from ...commands import AddItem, MoveTouchpoints, Reorder, SetFields
from . import theme as T
from .drops import card_slot_marker, insertion_index, lane_insert_bar, stage_insert_bar
from .items import Z_CARD, Z_DRAG, Z_HEADER, Z_PREVIEW, CardItem, CurveItem, HeaderItem

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:
    from .editing import MapEditor


def plan_moves(
    cell: tuple[str, ...], dragged: list[str], stage: str, lane: str, index: int
) -> list[tuple[str, str, str, int]]:
    """MoveTouchpoints moves that put ``dragged`` (in this order) into the cell
    at ``index`` counted among the cell's other cards; [] when nothing changes.

    Moves apply one after another, so each index is where the card goes in the
    cell as it is at that moment."""
    moving = set(dragged)
    others = [t for t in cell if t not in moving]
    anchor = others[index] if index < len(others) else None
    sim = list(cell)
    moves = []
    prev = None
    for tp in dragged:
        if tp in sim:
            sim.remove(tp)
        if prev is not None:
            at = sim.index(prev) + 1
        else:
            at = sim.index(anchor) if anchor is not None else len(sim)
        sim.insert(at, tp)
        moves.append((tp, stage, lane, at))
        prev = tp
    if all(tp in cell for tp in dragged) and sim == list(cell):
        return []
    return moves


class Gesture:
    def __init__(self, editor: MapEditor) -> None:
        self.editor = editor
        self.scene = editor.scene

    def move(self, pos: QPointF, screen: QPointF) -> None:
        pass

    def release(self, pos: QPointF) -> None:
        pass

    def cancel(self) -> None:
        pass

    def press(self, pos: QPointF, button) -> bool:
        """A press while the gesture runs (click-to-finish gestures); True if used."""
        return False


class CardDrag(Gesture):
    """Drag the selected cards to a cell: one MoveTouchpoints, relative order kept."""

    def __init__(
        self, editor: MapEditor, card: CardItem, pos: QPointF, screen: QPointF, deselect_on_click: bool
    ):
        super().__init__(editor)
        self.card = card
        self.press_at = QPointF(pos)
        self.press_screen = QPointF(screen)
        self.deselect_on_click = deselect_on_click
        self.started = False
        self.items: list[tuple[CardItem, QPointF]] = []
        self.dimmed: list = []
        self.groups: list = []
        self.target: tuple[str, str, int] | None = None

    def start(self) -> None:
        self.started = True
        sc = self.scene
        ids = [i for i in sc.selected_card_ids()]
        if self.card.item_id not in ids:
            ids.append(self.card.item_id)
        ids.sort(key=sc.doc.journey_key)
        self.ids = ids
        self.moving = set(ids)
        self.groups = []
        for tp in ids:
            item = sc.card_item(tp)
            self.items.append((item, item.pos()))
            item.setZValue(Z_DRAG)
            item.setOpacity(0.92)
            item.lift(True)
            group = item.parentItem()
            if group is not None and group not in self.groups:
                self.groups.append(group)
                group.setZValue(Z_DRAG)
        links = sc.link_items()
        for k in {k for tp in ids for k in sc.store.links_at.get(tp, ())}:
            link = links[k]
            self.dimmed.append((link, link.opacity()))
            link.setOpacity(0.18)

    def move(self, pos: QPointF, screen: QPointF) -> None:
        if not self.started:
            if (QPointF(screen) - self.press_screen).manhattanLength() < QApplication.startDragDistance():
                return
            self.start()
        delta = pos - self.press_at
        for item, orig in self.items:
            item.setPos(orig + delta)
        self._update_target(pos)

    def _update_target(self, pos: QPointF) -> None:
        sc = self.scene
        L = sc.layout
        cell = L.cell_at(pos.x(), pos.y())
        if cell is None:
            self.target = None
            sc.markers.hide()
            return
        stage, lane = cell
        rects = [L.cards[t] for t in sc.doc.cell(stage, lane) if t not in self.moving and t in L.cards]
        index = insertion_index(rects, pos.x(), pos.y())
        self.target = (stage, lane, index)
        c = L.cells[cell]
        sc.markers.show(
            QRectF(c.x, c.y, c.w, c.h), card_slot_marker(L, sc.doc, stage, lane, index, self.moving)
        )

    def _restore(self) -> None:
        for item, orig in self.items:
            item.setPos(orig)
            item.setZValue(0)
            item.setOpacity(1.0)
            item.lift(False)
        for group in self.groups:
            group.setZValue(Z_CARD)
        for link, opacity in self.dimmed:
            link.setOpacity(opacity)
        self.scene.markers.hide()
        self.scene.reapply_focus()

    def release(self, pos: QPointF) -> None:
        sc = self.scene
        if not self.started:
            if self.deselect_on_click:
                sc.select_ids([self.card.item_id])
            return
        self._update_target(pos)
        self._restore()
        if self.target is None:
            return
        stage, lane, index = self.target
        moves = plan_moves(sc.doc.cell(stage, lane), self.ids, stage, lane, index)
        if moves:
            self.editor.push(MoveTouchpoints(sc.doc, moves))

    def cancel(self) -> None:
        if self.started:
            self._restore()


class HeaderDrag(Gesture):
    """Drag a stage header sideways (or a lane header up/down): one Reorder."""

    def __init__(self, editor: MapEditor, header: HeaderItem, pos: QPointF, screen: QPointF):
        super().__init__(editor)
        self.header = header
        self.press_at = QPointF(pos)
        self.press_screen = QPointF(screen)
        self.started = False
        self.orig = header.pos()
        self.index: int | None = None
        self.vertical = header.kind == "lane"

    def move(self, pos: QPointF, screen: QPointF) -> None:
        if not self.started:
            if (QPointF(screen) - self.press_screen).manhattanLength() < QApplication.startDragDistance():
                return
            self.started = True
            self.header.setZValue(Z_DRAG)
            self.header.setOpacity(0.85)
        d = pos - self.press_at
        if self.vertical:
            self.header.setPos(self.orig.x(), self.orig.y() + d.y())
        else:
            self.header.setPos(self.orig.x() + d.x(), self.orig.y())
        self._update_target(pos)

    def _update_target(self, pos: QPointF) -> None:
        sc = self.scene
        L = sc.layout
        item_id = self.header.item_id
        if self.vertical:
            others = [la for la in sc.doc.lanes() if la != item_id]
            rects = [L.lane_headers[la] for la in others]
            self.index = sum(1 for r in rects if r.cy < pos.y())
            sc.markers.show(None, lane_insert_bar(L, others, self.index))
        else:
            others = [s for s in sc.doc.stages() if s != item_id]
            rects = [L.stage_headers[s] for s in others]
            self.index = sum(1 for r in rects if r.cx < pos.x())
            sc.markers.show(None, stage_insert_bar(L, others, self.index))

    def release(self, pos: QPointF) -> None:
        sc = self.scene
        if not self.started:
            return
        self._update_target(pos)
        self.cancel()
        item_id = self.header.item_id
        order = sc.doc.lanes() if self.vertical else sc.doc.stages()
        if self.index is not None and self.index != order.index(item_id):
            self.editor.push(Reorder(sc.doc, item_id, self.index))

    def cancel(self) -> None:
        self.header.setPos(self.orig)
        self.header.setZValue(Z_HEADER)
        self.header.setOpacity(1.0)
        self.scene.markers.hide()


class LinkDrag(Gesture):
    """From a card's handle (or any card with the link tool) to another card:
    one AddItem link. With ``click_to_finish`` (context menu "Add link from
    here") it follows the pointer until the next click."""

    def __init__(self, editor: MapEditor, source: CardItem, pos: QPointF, click_to_finish: bool = False):
        super().__init__(editor)
        self.source = source
        self.click_to_finish = click_to_finish
        self.target: CardItem | None = None
        self.preview = QGraphicsPathItem()
        pen = T.pen(T.ACCENT, 2.0, "dashed")
        self.preview.setPen(pen)
        self.preview.setZValue(Z_PREVIEW)
        self.preview.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.head = QGraphicsPathItem()
        self.head.setPen(Qt.PenStyle.NoPen)
        self.head.setBrush(T.colour(T.ACCENT))
        self.head.setZValue(Z_PREVIEW)
        self.head.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(self.preview)
        self.scene.addItem(self.head)
        self.move(pos, QPointF())

    def _set_target(self, card: CardItem | None) -> None:
        if card is self.target:
            return
        if self.target is not None:
            self.target.link_target = False
            self.target.update()
        self.target = card
        if card is not None:
            card.link_target = True
            card.update()

    def move(self, pos: QPointF, screen: QPointF) -> None:
        card = self.scene.card_at(pos)
        self._set_target(card if card is not self.source else None)
        start = self.source.mapToScene(self.source.handle_center())
        if self.target is not None:
            r = self.target.scene_rect()
            end = (
                QPointF(r.left(), r.center().y())
                if r.left() > start.x()
                else QPointF(r.right(), r.center().y())
            )
        else:
            end = pos
        path = QPainterPath(start)
        mid = (start.x() + end.x()) / 2
        path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
        self.preview.setPath(path)
        line = QLineF(path.pointAtPercent(0.96), end)
        head = QPainterPath()
        if line.length() > 0.1:
            u = line.unitVector()
            dx, dy = u.dx(), u.dy()
            bx, by = end.x() - dx * 10, end.y() - dy * 10
            head.addPolygon(
                QPolygonF([end, QPointF(bx - dy * 5, by + dx * 5), QPointF(bx + dy * 5, by - dx * 5)])
            )
        self.head.setPath(head)

    def press(self, pos: QPointF, button) -> bool:
        if not self.click_to_finish:
            return False
        if button == Qt.MouseButton.LeftButton:
            self.move(pos, QPointF())
            self.release(pos)
        else:
            self.cancel()
        return True

    def release(self, pos: QPointF) -> None:
        sc = self.scene
        target = self.target
        self.cancel()
        if target is None:
            return
        source, dest = self.source.item_id, target.item_id
        existing = sc.find_link(source, dest)
        if existing is not None:
            sc.select_ids([existing])
            return
        cmd = AddItem(
            sc.doc, "link", {"source": source, "target": dest}, text=translate("LinkDrag", "Add link")
        )
        self.editor.push(cmd)
        sc.select_ids([cmd.item_id])

    def cancel(self) -> None:
        self._set_target(None)
        for item in (self.preview, self.head):
            if item.scene() is not None:
                item.scene().removeItem(item)


class PointDrag(Gesture):
    """Drag an emotion-curve point up or down: snaps to -3..+3, one SetFields."""

    def __init__(self, editor: MapEditor, curve: CurveItem, point, pos: QPointF):
        super().__init__(editor)
        self.curve = curve
        self.point = point
        L = self.scene.layout
        self.lane = L.emotion_lanes[0]
        self.value = point.emotion
        self.offset = point.y - pos.y()  # where on the point it was grabbed
        # the persona's curve sits a little off the value line (layout.marks.curve_offsets)
        self.dy = point.y - L.emotion_y(self.lane, point.emotion)
        curve.set_preview(point.touchpoint, point.y)

    def move(self, pos: QPointF, screen: QPointF) -> None:
        L = self.scene.layout
        self.value = L.emotion_at(self.lane, pos.y() + self.offset - self.dy)
        self.curve.set_preview(self.point.touchpoint, L.emotion_y(self.lane, self.value) + self.dy)

    def release(self, pos: QPointF) -> None:
        self.move(pos, QPointF())
        self.curve.set_preview(None)
        if self.value == self.point.emotion:
            return
        sc = self.scene
        tp = self.point.touchpoint
        emotions = dict(sc.doc.graph.nodes[tp]["emotions"])
        emotions[self.curve.persona] = self.value
        self.editor.push(
            SetFields(sc.doc, tp, {"emotions": emotions}, text=translate("PointDrag", "Set emotion"))
        )

    def cancel(self) -> None:
        self.curve.set_preview(None)
