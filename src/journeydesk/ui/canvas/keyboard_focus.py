"""The canvas's keyboard focus: the one card or header the arrow keys are on,
drawn with a focus ring while the view has the keyboard focus, and announced
to assistive technology when it moves.

The focus follows the selection where the user made it (a click, an arrow
key) and can move on its own (Ctrl+arrows) so several cards can be picked
with Ctrl+Space, as in Qt's item views. It is view state, never saved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from ...layout import style as S
from . import nav
from . import theme as T
from .accessible import announce_focus
from .items import CardItem, HeaderItem

Z_FOCUS = 7.5  # over cards, badges and headers; under drags and the title editor
RING_GAP = 4.0  # map units between the item and the ring
FOCUSABLE = ("touchpoint", "stage", "lane")


class FocusRing(QGraphicsObject):
    """Two rings, dark outside and white inside, 2 px each on screen at any zoom:
    visible on the light canvas, on a selected (blue) card and on a dark header."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("canvasFocusRing")
        self._rect = QRectF()
        self.setZValue(Z_FOCUS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setVisible(False)

    def ring_rect(self) -> QRectF:
        return QRectF(self._rect)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-RING_GAP - 4, -RING_GAP - 4, RING_GAP + 4, RING_GAP + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        k = max(painter.worldTransform().m11(), 0.02)  # map units per screen pixel: 1 / k
        outer = QPainterPath()
        gap = RING_GAP + 2.0 / k
        outer.addRoundedRect(
            self._rect.adjusted(-gap, -gap, gap, gap), S.CARD_RADIUS + gap, S.CARD_RADIUS + gap
        )
        painter.setPen(T.cosmetic_pen(S.INK, 2.0))  # (the canvas theme's ink and paper)
        painter.drawPath(outer)
        inner = QPainterPath()
        inner.addRoundedRect(
            self._rect.adjusted(-RING_GAP, -RING_GAP, RING_GAP, RING_GAP),
            S.CARD_RADIUS + RING_GAP,
            S.CARD_RADIUS + RING_GAP,
        )
        painter.setPen(T.cosmetic_pen(S.PAPER, 2.0))
        painter.drawPath(inner)


class KeyboardFocus:
    """``scene.keyboard_focus``: which item the keyboard is on (``item_id``)."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.item_id: str | None = None
        self.view_focused = False
        self.ring_wanted = False  # the focus was moved by the keyboard (":focus-visible")
        self.ring = FocusRing()
        scene.addItem(self.ring)
        self.listeners: list[Callable[[str | None], None]] = []  # told when the focus moves
        scene.flushed.connect(self._after_flush)
        scene.selectionIdsChanged.connect(self._selection_changed)

    def focusable(self, item_id: str | None) -> bool:
        if not item_id or self.scene.doc.kind_of(item_id) not in FOCUSABLE:
            return False
        return self.scene.item_for(item_id) is not None

    def set(self, item_id: str | None, by_keyboard: bool = True) -> None:
        """Move the focus (an id that cannot take it clears it). The ring shows
        when the keyboard moved it, as browsers show :focus-visible."""
        if not self.focusable(item_id):
            item_id = None
        changed = item_id != self.item_id
        self.item_id = item_id
        self.ring_wanted = by_keyboard
        self._place_ring()
        if changed:
            self.announce()
            for listener in list(self.listeners):
                listener(item_id)

    def announce(self) -> None:
        """Tell assistive technology where the focus is (each view with the keyboard focus)."""
        for view in self.scene.views():
            announce_focus(view, self.item_id)

    def clicked(self, item_id: str) -> None:
        """A click on a card or header puts the focus there (no ring)."""
        self.set(item_id, by_keyboard=False)

    def view_focus_in(self, reason: Qt.FocusReason) -> None:
        """The view got the keyboard focus. Arriving by Tab with nowhere to be,
        the focus goes to the selected card or header, else the top-left card,
        so the ring shows where the arrow keys start (nothing is selected)."""
        self.view_focused = True
        by_tab = reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if by_tab:
            self.ring_wanted = True
        if self.item_id is None and by_tab:
            picked = [i for i in self.scene.selected_ids() if self.focusable(i)]
            start = picked[0] if picked else nav.neighbour(self.scene.layout, None, "right")
            self.set(start)  # announces
        else:
            self.announce()
        self._place_ring()

    def set_view_focused(self, on: bool) -> None:
        """The view got or lost the keyboard focus: the ring shows only while it has it."""
        self.view_focused = on
        self._place_ring()

    def scene_rect(self, item_id: str | None = None) -> QRectF | None:
        """Where the focused item (or ``item_id``) is drawn, in scene coordinates."""
        item = self.scene.item_for(item_id or self.item_id) if (item_id or self.item_id) else None
        if isinstance(item, CardItem):
            return item.scene_rect()
        if isinstance(item, HeaderItem):
            p = item.scenePos()
            return QRectF(p.x(), p.y(), item.w, item.h - (6 if item.kind == "stage" else 0))
        return None

    def _place_ring(self) -> None:
        rect = self.scene_rect() if self.item_id else None
        if rect is None or not self.view_focused or not self.ring_wanted:
            self.ring.setVisible(False)
            return
        self.ring.set_rect(rect)
        self.ring.setVisible(True)

    def _selection_changed(self, ids: list) -> None:
        """A selection made elsewhere (a click, a rubber band, the panels) takes
        the focus along; an emptied selection leaves it where it was."""
        if self.item_id in ids:
            return
        # The scene lists stages, lanes and cards before links and frictions: the
        # last focusable id ends that prefix, found by bisection (a band over the
        # map selects 16,000 links and frictions after the cards).
        kind_of = self.scene.doc.kind_of
        end = bisect_left(range(len(ids)), True, key=lambda k: kind_of(ids[k]) not in FOCUSABLE)
        if end:
            self.set(ids[end - 1], by_keyboard=False)

    def _after_flush(self) -> None:
        """After edits: the focused item may have moved or gone."""
        if self.item_id is not None and not self.focusable(self.item_id):
            self.set(None)
        else:
            self._place_ring()
