"""Presence rings: what the others have selected, ringed in their colour with
their name, drawn as items of the overlay's own on the map scene. Uses only the
scene's public API (``item_for(id)`` and the items' ``sceneBoundingRect()``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem

Z = 900  # above cards and links, below the in-place editor


class PresenceOverlay:
    def __init__(self, scene, session) -> None:
        self.scene, self.session = scene, session
        self._items: list = []
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self.refresh)
        session.peopleChanged.connect(self.refresh_soon)
        session.remoteChanged.connect(self.refresh_soon)
        self._unsubscribe = scene.doc.subscribe(lambda change: self.refresh_soon())
        self.refresh_soon()

    def refresh_soon(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def rings(self) -> list:
        """The ring items now on the scene (tests)."""
        return [i for i in self._items if i.data(0) == "ring"]

    def refresh(self) -> None:
        for item in self._items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._items = []
        mine = self.session.client.awareness.client_id
        for person in self.session.people():
            if person.client_id == mine:
                continue
            for item_id in person.selection[:50]:
                shown = self.scene.item_for(item_id) if item_id in self.scene.doc else None
                if shown is None:
                    continue
                self._ring(
                    shown.sceneBoundingRect(), QColor(person.colour), person.name, item_id == person.editing
                )

    def _ring(self, rect: QRectF, colour: QColor, name: str, editing: bool) -> None:
        rect = rect.adjusted(-5, -5, 5, 5)
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        ring = QGraphicsPathItem(path)
        pen = QPen(colour, 3.0)
        if editing:
            pen.setDashPattern([4, 3])
        ring.setPen(pen)
        ring.setZValue(Z)
        ring.setData(0, "ring")
        ring.setAcceptedMouseButtons(ring.acceptedMouseButtons().NoButton)
        label = QGraphicsSimpleTextItem(name)
        font = QFont(label.font())
        font.setPointSizeF(8.5)
        font.setBold(True)
        label.setFont(font)
        label.setBrush(QBrush(QColor("white")))
        back = QPainterPath()
        box = label.boundingRect().adjusted(-4, -1, 4, 1)
        back.addRoundedRect(box, 4, 4)
        tag = QGraphicsPathItem(back)
        tag.setBrush(QBrush(colour))
        tag.setPen(QPen(colour))
        tag.setZValue(Z + 1)
        label.setZValue(Z + 2)
        x, y = rect.left() + 6, rect.top() - box.height() + 1
        tag.setPos(x, y)
        label.setPos(x, y)
        for item in (ring, tag, label):
            item.setAcceptHoverEvents(False)
            self.scene.addItem(item)
            self._items.append(item)

    def close(self) -> None:
        self._timer.stop()
        self._unsubscribe()
        for signal in (self.session.peopleChanged, self.session.remoteChanged):
            try:
                signal.disconnect(self.refresh_soon)
            except (RuntimeError, TypeError):
                pass
        for item in self._items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._items = []
