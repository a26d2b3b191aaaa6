"""CanvasInput: mouse, keys, palette drags and context menus on the canvas,
turned into the editor's calls and gestures.

The scene hands each event here first (``MapScene._deliver``); a method returns
True when it dealt with the event (accepted or ignored on purpose: an ignored
press on empty canvas lets the view start a rubber band), False to let the
scene's default handling have it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneDragDropEvent, QGraphicsSceneMouseEvent

from ..palette import kind_from_mime
from .drops import drop_target
from .gestures import CardDrag, Gesture, HeaderDrag, LinkDrag, PointDrag
from .items import BadgeItem, CardItem, CurveItem, HeaderItem, LinkItem, MapItem
from .keyboard import CanvasKeys
from .title_editor import TitleEditor
from .view import MapView

if TYPE_CHECKING:
    from .editing import MapEditor

_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


class CanvasInput:
    def __init__(self, editor: MapEditor) -> None:
        self.editor = editor
        self.scene = editor.scene
        self.gesture: Gesture | None = None
        self.keys = CanvasKeys(self)

    # ------------------------------------------------------------ gestures
    def cancel_gesture(self) -> bool:
        if self.gesture is None:
            return False
        self.gesture.cancel()
        self.gesture = None
        return True

    def start_link_from(self, tp: str) -> None:
        card = self.scene.card_item(tp)
        if card is None:
            return
        self.cancel_gesture()
        start = card.mapToScene(card.handle_center())
        self.gesture = LinkDrag(self.editor, card, start + QPointF(40, 0), click_to_finish=True)

    def detach(self) -> None:
        self.cancel_gesture()
        self.editor.detach()

    # ------------------------------------------------------------ mouse
    def _hit(self, event) -> QGraphicsItem | None:
        return self.scene.hit(event.scenePos(), self.scene.view_transform(event))

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        scene, editor = self.scene, self.editor
        scene.flush()
        pos, button = event.scenePos(), event.button()
        if self.gesture is not None:
            if self.gesture.press(pos, button):
                self.gesture = None
                event.accept()
                return True
            # another button during a drag (or a press after a lost release):
            # the drag is given up, its cards go home, then this press counts
            self.cancel_gesture()
        item = self._hit(event)
        if isinstance(item, TitleEditor):
            return False
        if editor.is_editing():
            editor.commit_editing()
            scene.flush()
            item = self._hit(event)
        if button == Qt.MouseButton.RightButton:
            if isinstance(item, MapItem) and not item.isSelected():
                scene.select_ids(scene.item_ids(item) or [item.item_id])
            event.accept()
            return True
        if button != Qt.MouseButton.LeftButton:
            event.ignore()
            return True
        self._left_press(event, item)
        return True

    def _left_press(self, event: QGraphicsSceneMouseEvent, item) -> None:
        scene, pos = self.scene, event.scenePos()
        toggle = bool(event.modifiers() & _CTRL)
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if scene.tool() == "link":
            if isinstance(item, CardItem):
                self.gesture = LinkDrag(self.editor, item, pos)
                event.accept()
            else:
                event.ignore()
            return
        if isinstance(item, (CardItem, HeaderItem)):
            scene.keyboard_focus.clicked(item.item_id)
        if isinstance(item, CardItem):
            if item.handle_visible() and item.handle_contains(pos) and not toggle:
                self.gesture = LinkDrag(self.editor, item, pos)
            else:
                deselect_on_click = self._click_select(item, toggle, extend)
                if item.isSelected():
                    self.gesture = CardDrag(self.editor, item, pos, event.screenPos(), deselect_on_click)
            event.accept()
            return
        if isinstance(item, CurveItem):
            point = item.point_at(pos)
            if point is not None:
                scene.select_ids([point.touchpoint])
                self.gesture = PointDrag(self.editor, item, point, pos)
                event.accept()
                return
        if isinstance(item, HeaderItem):
            self._click_select(item, toggle, extend)
            if item.isSelected() and not (toggle or extend):
                self.gesture = HeaderDrag(self.editor, item, pos, event.screenPos())
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
        scene = self.scene
        with scene.guard_selection():
            if toggle:
                item.setSelected(not item.isSelected())
                return False
            if extend:
                item.setSelected(True)
                return False
            if item.isSelected():
                return len(scene.selectedItems()) > 1
            scene.clearSelection()
            item.setSelected(True)
            return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.gesture is None:
            return False
        self.gesture.move(event.scenePos(), event.screenPos())
        event.accept()
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        gesture = self.gesture
        if gesture is None or (isinstance(gesture, LinkDrag) and gesture.click_to_finish):
            return False
        self.gesture = None
        gesture.release(event.scenePos())
        event.accept()
        return True

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        scene, editor = self.scene, self.editor
        scene.flush()
        pos = event.scenePos()
        item = self._hit(event)
        if isinstance(item, TitleEditor):
            return False
        self.cancel_gesture()
        left = event.button() == Qt.MouseButton.LeftButton
        if isinstance(item, (CardItem, HeaderItem)) and left:
            scene.select_ids([item.item_id])
            editor.start_editing(item.item_id)
        elif isinstance(item, BadgeItem):
            f = item.focused_friction()
            if f:
                scene.itemActivated.emit(f)
        elif isinstance(item, LinkItem):
            scene.itemActivated.emit(item.item_id)
        elif item is None and scene.tool() == "select" and left:
            cell = scene.layout.cell_at(pos.x(), pos.y())
            if cell is None:
                event.ignore()
                return True
            # double-click on an empty spot of a cell: a new card there
            index = scene.layout.index_at(scene.doc, cell[0], cell[1], pos.x(), pos.y())
            editor.add_card(cell[0], cell[1], index)
        else:
            event.ignore()
            return True
        event.accept()
        return True

    def context_menu(self, event) -> bool:
        scene = self.scene
        if event.reason() == event.Reason.Keyboard:
            self.keys.menu("")  # the focused item's menu, under it
            event.accept()
            return True
        scene.flush()
        item = scene.hit(event.scenePos())
        if isinstance(item, TitleEditor):
            return False
        item_id = None
        if isinstance(item, MapItem):
            ids = scene.item_ids(item)
            item_id = ids[0] if ids else None
            if not item.isSelected():
                scene.select_ids([item_id] if item_id else [])
        menu = self.editor.context_menu_for(item_id, event.scenePos())
        if not menu.isEmpty():
            menu.exec(event.screenPos())
        event.accept()
        return True

    # ------------------------------------------------------------ keys
    def key_press(self, event: QKeyEvent) -> bool:
        scene, editor = self.scene, self.editor
        if editor.is_editing() and scene.focusItem() is editor.title_editor():
            return False
        return self.keys.handle(event)  # the table in keyboard.py

    # ------------------------------------------------------------ palette drags
    def drag_enter(self, event: QGraphicsSceneDragDropEvent) -> bool:
        # Accept any palette drag on entry, wherever the pointer crosses the
        # edge (a margin, a header, a pinned strip): refusing the enter would
        # stop Qt sending the moves that follow, and the drag would die over
        # the whole canvas.
        if kind_from_mime(event.mimeData()) is None:
            event.ignore()
            return True
        self._feedback(event)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def drag_move(self, event: QGraphicsSceneDragDropEvent) -> bool:
        if self._feedback(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()  # a forbidden cursor here; the drag goes on
        return True

    def drag_leave(self, event: QGraphicsSceneDragDropEvent) -> bool:
        self.scene.markers.hide()
        event.accept()
        return True

    def drop(self, event: QGraphicsSceneDragDropEvent) -> bool:
        self.scene.markers.hide()
        kind = kind_from_mime(event.mimeData())
        if kind is None or self._over_pinned(event):
            event.ignore()
            return True
        if self.editor.drop_at(kind, event.scenePos()) is None:
            event.ignore()
            return True
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def _feedback(self, event: QGraphicsSceneDragDropEvent) -> bool:
        """Show where a palette item would land; False where it cannot (over a
        pinned header strip the map under it is hidden: nothing lands there)."""
        kind = kind_from_mime(event.mimeData())
        scene = self.scene
        if kind is None:
            return False
        scene.flush()
        target = None if self._over_pinned(event) else drop_target(scene, kind, event.scenePos())
        if target is None:
            scene.markers.hide()
            return False
        scene.markers.show(target.area, target.bar)
        return True

    def _over_pinned(self, event: QGraphicsSceneDragDropEvent) -> bool:
        widget = event.widget()
        view = widget.parent() if widget is not None else None
        if not isinstance(view, MapView):
            return False
        return view.pinned_region().contains(widget.mapFromGlobal(event.screenPos()))
