"""Where things land: drop targets for palette items and card drags, and the
feedback shown while dragging (a tinted target area and an insertion bar)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from ...layout import MapLayout, Rect
from ...layout import style as S
from ...model import JourneyDocument
from . import theme as T
from .items import Z_PREVIEW, BadgeItem, CardItem, LinkItem

BAR = 4.0  # insertion bar thickness


class Markers:
    """The drop feedback shared by drags and palette drops."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.area = QGraphicsRectItem()
        self.area.setPen(Qt.PenStyle.NoPen)
        self.area.setBrush(T.colour(T.ACCENT, 26))
        self.area.setZValue(Z_PREVIEW - 1)
        self.bar = QGraphicsRectItem()
        self.bar.setPen(Qt.PenStyle.NoPen)
        self.bar.setBrush(T.colour(T.ACCENT))
        self.bar.setZValue(Z_PREVIEW)
        for item in (self.area, self.bar):
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setVisible(False)
            scene.addItem(item)

    def show(self, area: QRectF | None, bar: QRectF | None) -> None:
        for item, rect in ((self.area, area), (self.bar, bar)):
            if rect is None:
                item.setVisible(False)
            else:
                if item.rect() != rect:
                    item.setRect(rect)
                item.setVisible(True)

    def hide(self) -> None:
        self.show(None, None)

    def visible(self) -> bool:
        return self.area.isVisible() or self.bar.isVisible()


def insertion_index(rects: list[Rect], x: float, y: float) -> int:
    """Where a card dropped at (x, y) goes among a cell's cards."""
    for i, r in enumerate(rects):
        if y < r.y - S.CARD_GAP_Y / 2:
            return i
        if y <= r.bottom + S.CARD_GAP_Y / 2 and x < r.cx:
            return i
    return len(rects)


def card_slot_marker(
    L: MapLayout, doc: JourneyDocument, stage: str, lane: str, index: int, exclude: set[str]
) -> QRectF:
    """The insertion bar for a card going to ``index`` of a cell (among the cards
    not in ``exclude``)."""
    cell = L.cells[(stage, lane)]
    others = [L.cards[t] for t in doc.cell(stage, lane) if t not in exclude and t in L.cards]
    if index < len(others):
        r = others[index]
        return QRectF(r.x - S.CARD_GAP_X / 2 - BAR / 2, r.y, BAR, r.h)
    if others:
        r = others[-1]
        if r.right + S.CARD_GAP_X + S.CARD_WIDTH <= cell.right + 0.5:
            return QRectF(r.right + S.CARD_GAP_X / 2 - BAR / 2, r.y, BAR, r.h)
        # the row is full: the card opens the next row
        return QRectF(cell.x + S.CELL_PAD, r.bottom + S.CARD_GAP_Y / 2 - BAR / 2, S.CARD_WIDTH, BAR)
    return QRectF(cell.x + S.CELL_PAD / 2 - BAR / 2, cell.y + S.CELL_PAD, BAR, S.CARD_HEIGHT)


def stage_insert_bar(L: MapLayout, others: list[str], index: int) -> QRectF:
    """A vertical bar between stage columns (index among ``others``)."""
    if not others:
        x = L.grid.x
    elif index < len(others):
        x = L.stage_headers[others[index]].x
    else:
        x = L.stage_headers[others[-1]].right
    top = L.grid.y - S.STAGE_HEADER_HEIGHT
    return QRectF(x - BAR / 2, top, BAR, L.grid.bottom - top)


def lane_insert_bar(L: MapLayout, others: list[str], index: int) -> QRectF:
    """A horizontal bar between lane rows (index among ``others``)."""
    if not others:
        y = L.grid.y
    elif index < len(others):
        y = L.lane_headers[others[index]].y
    else:
        y = L.lane_headers[others[-1]].bottom
    left = S.MARGIN
    return QRectF(left, y - BAR / 2, L.grid.right - left, BAR)


@dataclass(frozen=True)
class DropTarget:
    """Where a palette item lands: ``where`` is (stage, lane, index) for a
    touchpoint, an index for a stage or lane, a target id for a friction, True
    for a persona; ``area`` and ``bar`` are the feedback to show."""

    where: object
    area: QRectF | None
    bar: QRectF | None


def drop_target(scene, kind: str, pos: QPointF) -> DropTarget | None:
    """Where a palette item of ``kind`` dropped at scene point ``pos`` lands
    (None: nowhere, the drag shows a forbidden cursor there)."""
    L, doc = scene.layout, scene.doc
    x, y = pos.x(), pos.y()
    if kind == "touchpoint":
        cell = L.cell_at(x, y)
        if cell is None:
            return None
        stage, lane = cell
        index = L.index_at(doc, stage, lane, x, y)
        c = L.cells[cell]
        return DropTarget(
            (stage, lane, index),
            QRectF(c.x, c.y, c.w, c.h),
            card_slot_marker(L, doc, stage, lane, index, set()),
        )
    if kind == "stage":
        index = sum(1 for r in L.stage_headers.values() if r.cx < x)
        return DropTarget(index, None, stage_insert_bar(L, list(doc.stages()), index))
    if kind == "lane":
        index = sum(1 for r in L.lane_headers.values() if r.cy < y)
        return DropTarget(index, None, lane_insert_bar(L, list(doc.lanes()), index))
    if kind == "persona":
        return DropTarget(True, QRectF(0, 0, L.width, L.height), None)
    if kind == "friction":
        return _friction_target(scene, pos)
    return None


def _friction_target(scene, pos: QPointF) -> DropTarget | None:
    item = scene.hit(pos)
    if isinstance(item, BadgeItem):
        target = item.target
    elif isinstance(item, (CardItem, LinkItem)):
        target = item.item_id
    else:
        return None
    shown = scene.item_for(target)
    if isinstance(shown, CardItem):
        area = shown.scene_rect().adjusted(-4, -4, 4, 4)
    elif isinstance(shown, LinkItem):
        area = shown.sceneBoundingRect()
    else:
        area = None
    return DropTarget(target, area, None)
