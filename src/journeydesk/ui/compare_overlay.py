"""Highlights of a comparison on the canvas, as items of their own over the map.

Coloured rings around the cards and headers that were added or changed, and
translucent ghosts where removed cards were (placed by the layout of the other
version, ``compute_layout(old)``). Nothing here touches the canvas's own items:
the overlay adds its items to the scene, moves them when the map is laid out
again, and takes them all away in ``remove``.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem

from ..layout import MapLayout, Rect, compute_layout
from ..layout import style as LS
from ..versions import MapDiff

ADDED, CHANGED, MOVED, REMOVED = "#16A34A", "#D97706", "#2563EB", "#DC2626"
Z_RING = 5.5  # over cards and badges, under headers' pinned strips and the editor
Z_GHOST = 3.9  # under the cards: a ghost never hides a card that is there now
RING_PAD = 4.0


def _rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


class Ring(QGraphicsPathItem):
    def __init__(self, item_id: str, status: str, colour: str) -> None:
        super().__init__()
        self.item_id, self.status = item_id, status
        pen = QPen(QColor(colour), 3.0)
        pen.setCosmetic(False)
        if status == "moved":
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(Z_RING)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)

    def place(self, rect) -> None:
        r = QRectF(rect.x, rect.y, rect.w, rect.h).adjusted(-RING_PAD, -RING_PAD, RING_PAD, RING_PAD)
        self.setPath(_rounded(r, 9.0))


class Ghost(QGraphicsPathItem):
    """Where a removed card was: a dashed, translucent card with its title."""

    def __init__(self, item_id: str, title: str, rect) -> None:
        super().__init__()
        self.item_id = item_id
        r = QRectF(rect.x, rect.y, rect.w, rect.h)
        self.setPath(_rounded(r, 6.0))
        pen = QPen(QColor(REMOVED), 2.0, Qt.PenStyle.DashLine)
        self.setPen(pen)
        fill = QColor(REMOVED)
        fill.setAlpha(40)
        self.setBrush(QBrush(fill))
        self.setZValue(Z_GHOST)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        label = QGraphicsSimpleTextItem(title, self)
        font = QFont()
        font.setPointSizeF(9)
        font.setStrikeOut(True)
        label.setFont(font)
        label.setBrush(QColor("#7F1D1D"))
        text = label.boundingRect()
        if text.width() > r.width() - 12:
            label.setScale(max(0.5, (r.width() - 12) / max(1.0, text.width())))
        label.setPos(r.x() + 6, r.y() + 6)
        self.setToolTip(title)


class CompareOverlay:
    """The rings and ghosts of one comparison on one scene."""

    def __init__(self, scene, d: MapDiff) -> None:
        self.scene, self.diff = scene, d
        self.rings: dict[str, Ring] = {}
        self.ghosts: dict[str, Ghost] = {}
        self.old_layout: MapLayout = compute_layout(d.old, routes=False)
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place)
        self._unsubscribe = scene.doc.subscribe(lambda _change: self._timer.start())
        self._build()

    def _ghost_spot(self, item_id: str) -> Rect | None:
        """Where the removed card was (the old version's layout); when a card of
        the open map sits there now, the first free slot after the cards of its old
        cell, if that cell is still there and has room."""
        old = self.old_layout.cards.get(item_id)
        if old is None:
            return None
        L = self.scene.layout
        taken = list(L.cards.values())
        spot = old

        def free(r: Rect) -> bool:
            return not any(
                r.x < c.right and c.x < r.right and r.y < c.bottom and c.y < r.bottom for c in taken
            )

        if free(spot):
            return spot
        a = self.diff.old.graph.nodes[item_id]
        cell = L.cells.get((a["stage"], a["lane"]))
        if cell is None:
            return spot
        cards = [L.cards[t] for t in self.diff.new.cell(a["stage"], a["lane"]) if t in L.cards]
        x, y = (
            (cards[-1].right + LS.CARD_GAP_X, cards[-1].y)
            if cards
            else (cell.x + LS.CELL_PAD, cell.y + LS.CELL_PAD)
        )
        for _ in range(2):
            candidate = Rect(x, y, old.w, old.h)
            if (
                candidate.right <= cell.right + 0.5
                and candidate.bottom <= cell.bottom + 0.5
                and free(candidate)
            ):
                return candidate
            x, y = cell.x + LS.CELL_PAD, y + old.h + LS.CARD_GAP_Y  # the next row of the cell
        return spot

    def _build(self) -> None:
        for change in self.diff.items:
            if change.kind == "touchpoint" and change.status == "removed":
                rect = self._ghost_spot(change.id)
                if rect is not None:
                    ghost = Ghost(change.id, self.diff.old.graph.nodes[change.id]["title"], rect)
                    self.scene.addItem(ghost)
                    self.ghosts[change.id] = ghost
            elif change.kind in ("touchpoint", "stage", "lane") and change.status in ("added", "changed"):
                status = "moved" if change.moved else change.status
                colour = {"added": ADDED, "changed": CHANGED, "moved": MOVED}[status]
                ring = Ring(change.id, status, colour)
                self.scene.addItem(ring)
                self.rings[change.id] = ring
        self.place()

    def rect_of(self, item_id: str):
        """The item's rectangle in the scene's current layout (or None)."""
        L = self.scene.layout
        return L.cards.get(item_id) or L.stage_headers.get(item_id) or L.lane_headers.get(item_id)

    def place(self) -> None:
        """Put every ring on its item where the map is laid out now."""
        self.scene.flush()  # the layout as the document is now (nothing to do when it is)
        for item_id, ring in self.rings.items():
            rect = self.rect_of(item_id)
            ring.setVisible(rect is not None)
            if rect is not None:
                ring.place(rect)

    def ghost_rect(self, item_id: str) -> QRectF | None:
        ghost = self.ghosts.get(item_id)
        return ghost.path().boundingRect() if ghost is not None else None

    def remove(self) -> None:
        self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for item in [*self.rings.values(), *self.ghosts.values()]:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.rings.clear()
        self.ghosts.clear()
