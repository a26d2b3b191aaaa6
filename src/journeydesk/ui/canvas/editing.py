"""MapEditor: every edit made on the canvas, as undo commands.

The editor owns what changes the map from the canvas: adding cards, stages,
lanes, personas and frictions (from the palette, a drop, a double-click, the
keyboard or a menu), deleting, the in-place title editor with workshop quick
entry, and keyboard navigation. Its input handler (``input.CanvasInput``)
turns mouse, key and drag-and-drop events into these calls; gestures
(``gestures.py``) push their command through ``push``.

    scene = MapScene(doc, stack)
    editor = MapEditor(scene, stack)     # installs its input handler on the scene
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsItem

from ...commands import AddItem, NameNewItem, RemoveItems, SetFields
from ...layout import style as S
from ...model import FieldError
from ...model import fields as F
from . import nav
from .drops import drop_target
from .input import CanvasInput
from .menus import context_menu
from .scene import MapScene
from .theme import Fonts
from .title_editor import TitleEditor

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def new_touchpoint_title() -> str:
    """The title a new card starts with (selected, so typing replaces it)."""
    return translate("MapEditor", "New touchpoint")


READABLE_ZOOM = 0.6


class MapEditor:
    def __init__(self, scene: MapScene, undo_stack: QUndoStack) -> None:
        self.scene = scene
        self.doc = scene.doc
        self.undo_stack = undo_stack
        self._title: TitleEditor | None = None
        self._adds: dict[str, AddItem] = {}  # new cards whose title is being typed
        self._dead_editors: list[TitleEditor] = []
        self.input = CanvasInput(self)
        scene.input = self.input
        scene.sync.leaving = self._item_leaving
        scene.flushed.connect(self._after_flush)

    # ================================================================== commands
    def push(self, command: QUndoCommand) -> None:
        """Push a command; the scene follows right away."""
        self.undo_stack.push(command)
        self.scene.flush()

    def _add(self, kind: str, values: dict, text: str = "") -> AddItem:
        cmd = AddItem(self.doc, kind, values, text)
        self.push(cmd)
        return cmd

    # ================================================================== adding
    def current_cell(self) -> tuple[str, str, int | None] | None:
        """Where "add here" puts a card: after the selected card, else in the
        selected stage / lane, else in the first cell."""
        doc = self.doc
        stages, lanes = doc.stages(), doc.lanes()
        if not stages or not lanes:
            return None
        selected = self.scene.selected_ids()
        nodes = doc.graph.nodes
        cards = [i for i in selected if doc.kind_of(i) == "touchpoint"]
        if cards:
            a = nodes[cards[-1]]
            return a["stage"], a["lane"], a["order"] + 1
        normal = [la for la in lanes if nodes[la]["kind"] != "emotions"] or list(lanes)
        stage = next((i for i in selected if doc.kind_of(i) == "stage"), stages[0])
        lane = next((i for i in selected if doc.kind_of(i) == "lane"), normal[0])
        return stage, lane, None

    def add_card(
        self, stage: str, lane: str, index: int | None, edit: bool = True, quick: bool = False
    ) -> str:
        """Add a touchpoint in a cell (at ``index``), select it and (``edit``)
        open its title for typing. ``quick``: the next card of workshop quick
        entry, which goes away without a trace when nothing is typed into it."""
        values = {"title": new_touchpoint_title(), "stage": stage, "lane": lane}
        if index is not None:
            values["index"] = index
        cmd = AddItem(self.doc, "touchpoint", values, text=translate("MapEditor", "Add touchpoint"))
        cmd.naming = edit
        self.push(cmd)
        return self._select_new(cmd, edit, quick)

    def _select_new(self, cmd: AddItem, edit: bool, quick: bool) -> str:
        self.scene.select_ids([cmd.item_id])
        if edit:
            self._adds[cmd.item_id] = cmd
            self.start_editing(cmd.item_id, new=True, quick=quick)
        return cmd.item_id

    def add_touchpoint_here(self, edit: bool = True) -> str | None:
        """Add a touchpoint in the current cell and start editing its title."""
        self.scene.flush()
        self.commit_editing()
        where = self.current_cell()
        if where is not None:
            return self.add_card(*where, edit=edit)
        # A blank map: make the first stage and lane too (one undo step).
        stack, doc = self.undo_stack, self.doc
        stack.beginMacro(translate("MapEditor", "Add touchpoint"))
        if not doc.stages():
            stack.push(AddItem(doc, "stage", {"name": translate("MapEditor", "Stage 1")}))
        if not doc.lanes():
            stack.push(
                AddItem(doc, "lane", {"name": translate("MapEditor", "Touchpoints"), "kind": "touchpoints"})
            )
        cmd = AddItem(
            doc,
            "touchpoint",
            {"title": new_touchpoint_title(), "stage": doc.stages()[0], "lane": doc.lanes()[0]},
        )
        stack.push(cmd)
        stack.endMacro()
        self.scene.flush()
        return self._select_new(cmd, edit, False)

    def add_from_palette(self, kind: str) -> str | None:
        """What Enter on a palette button does: add ``kind`` where the selection is.
        Returns the new item's id (None when there is nowhere to put it)."""
        self.scene.flush()
        doc = self.doc
        if kind == "touchpoint":
            return self.add_touchpoint_here()
        selected = self.scene.selected_ids()
        if kind in ("stage", "lane"):
            sel = [i for i in selected if doc.kind_of(i) == kind]
            order = doc.stages() if kind == "stage" else doc.lanes()
            return self.add_band(kind, order.index(sel[-1]) + 1 if sel else len(order))
        if kind == "persona":
            return self._add("persona", {"name": translate("MapEditor", "New persona")}).item_id
        if kind == "friction":
            targets = [i for i in selected if doc.kind_of(i) in ("touchpoint", "link")]
            if not targets:
                fr = [i for i in selected if doc.kind_of(i) == "friction"]
                targets = [doc.graph.nodes[fr[0]]["target"]] if fr else []
            return self.add_friction(targets[0]) if targets else None
        return None

    def add_band(self, kind: str, index: int) -> str:
        """A new stage or lane at ``index``, selected, its name open for typing."""
        name = translate("MapEditor", "New stage") if kind == "stage" else translate("MapEditor", "New lane")
        values = {"name": name, "index": index}
        if kind == "lane":
            values["kind"] = "touchpoints"
        cmd = self._add(kind, values)
        self.scene.select_ids([cmd.item_id])
        self.start_editing(cmd.item_id)
        return cmd.item_id

    def add_friction(self, target: str) -> str:
        """Add a friction on a card or link and select it."""
        cmd = self._add(
            "friction",
            {"target": target, "title": translate("MapEditor", "New friction")},
            text=translate("MapEditor", "Add friction"),
        )
        self.scene.select_ids([cmd.item_id])
        return cmd.item_id

    def drop_at(self, kind: str, pos: QPointF) -> str | None:
        """Create what a palette item dropped at ``pos`` makes; returns its id."""
        self.scene.flush()
        self.commit_editing()
        target = drop_target(self.scene, kind, pos)
        if target is None:
            return None
        where = target.where
        if kind == "touchpoint":
            return self.add_card(*where)
        if kind in ("stage", "lane"):
            return self.add_band(kind, where)
        if kind == "persona":
            return self._add("persona", {"name": translate("MapEditor", "New persona")}).item_id
        if kind == "friction":
            return self.add_friction(where)
        return None

    # ================================================================== deleting
    def delete_selected(self) -> None:
        """Remove the selection, with its links and frictions, in one undo step."""
        self.scene.flush()
        self.commit_editing()
        self.delete_ids(self.scene.selected_ids())

    def delete_ids(self, ids: list[str]) -> None:
        if ids:
            self.push(RemoveItems(self.doc, ids))

    # ================================================================== links
    def start_link_from(self, tp: str) -> None:
        """Context menu "Add link from here": the arrow follows the pointer until
        a click on another card (Esc cancels)."""
        self.input.start_link_from(tp)

    def cancel_gesture(self) -> bool:
        return self.input.cancel_gesture()

    # ================================================================== keyboard
    def navigate(self, direction: str) -> str | None:
        """Move the selection to the next card left/right/up/down, and keep it
        in view, clear of the pinned header strips."""
        scene = self.scene
        scene.flush()
        cards = [i for i in scene.selected_ids() if self.doc.kind_of(i) == "touchpoint"]
        current = cards[-1] if cards else None
        target = nav.neighbour(scene.layout, current, direction)
        if target is None:
            return current
        scene.select_ids([target])
        view = scene.first_view()
        item = scene.card_item(target)
        if view is not None and item is not None:
            view.reveal(item.sceneBoundingRect())
        return target

    def context_menu_for(self, item_id: str | None, pos: QPointF | None = None):
        """The context menu for an item (also used by tests: trigger its actions)."""
        return context_menu(self, item_id, pos)

    # ================================================================== in-place titles
    def is_editing(self) -> bool:
        return self._title is not None

    def title_editor(self) -> TitleEditor | None:
        return self._title

    def edit_selected_title(self) -> bool:
        """F2: edit the title of the selected card (or name of a header)."""
        ids = [i for i in self.scene.selected_ids() if self.doc.kind_of(i) in ("touchpoint", "stage", "lane")]
        return bool(ids) and self.start_editing(ids[0])

    def start_editing(self, item_id: str, new: bool = False, quick: bool = False) -> bool:
        """Open the in-place editor on a card's title or a header's name."""
        scene = self.scene
        scene.flush()
        self.commit_editing()
        kind = self.doc.kind_of(item_id)
        f = Fonts.get()
        if kind == "touchpoint":
            host, field, font = scene.card_item(item_id), "title", f.title
        elif kind in ("stage", "lane"):
            host, field = scene.header_item(item_id), "name"
            font = f.stage if kind == "stage" else f.lane
        else:
            return False
        if host is None:
            return False
        self._show_for_typing(host)
        text = self.doc.graph.nodes[item_id][field]
        editor = TitleEditor(host, item_id, field, text, host.title_rect(), font, self._finished, new, S.INK)
        editor.quick = quick
        host.editing = True
        host.update()
        self._title = scene.text_editor = editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        scene.setFocusItem(editor, Qt.FocusReason.OtherFocusReason)
        return True

    def _show_for_typing(self, host: QGraphicsItem) -> None:
        view = self.scene.first_view()
        if view is None:
            return
        if view.zoom() < READABLE_ZOOM:
            view.set_zoom(1.0)  # typing into a title too small to read helps no one
            view.centerOn(host.sceneBoundingRect().center())
        view.reveal(host.sceneBoundingRect())
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_editing(self) -> None:
        if self._title is not None and not self._title.done:
            self._title.finish(True)

    def cancel_editing(self) -> None:
        """Call the editing off: the text goes back (a new card goes away)."""
        if self._title is not None and not self._title.done:
            self._title.finish(False)

    def _finished(self, editor: TitleEditor, commit: bool, advance: bool, escape: bool) -> None:
        item_id, field = editor.item_id, editor.field
        text, touched = editor.text(), editor.touched
        self._retire(editor)
        add = self._adds.pop(item_id, None) if editor.new else None
        if add is not None and shiboken6.isValid(add):
            add.naming = False
        if self.scene.detached or item_id not in self.doc:
            return
        view = self.scene.first_view()
        if view is not None and (advance or escape or not commit):
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        if editor.new and self._drop_new(item_id, add, commit, escape, touched, text, editor.quick):
            return
        if not commit:
            return
        if text != self.doc.graph.nodes[item_id][field] and (text or field == "title"):
            try:
                F.check(self.doc.kind_of(item_id), field, text)
            except FieldError:
                return
            if editor.new and add is not None:
                add.naming = True  # the first title merges into the add: one undo step
                self.push(NameNewItem(self.doc, item_id, {field: text}))
                if shiboken6.isValid(add):
                    add.naming = False
            else:
                self.push(SetFields(self.doc, item_id, {field: text}, text=translate("MapEditor", "Rename")))
        if advance and editor.new and self.doc.kind_of(item_id) == "touchpoint":
            # Workshop quick entry: the next card in the same lane, right after.
            a = self.doc.graph.nodes[item_id]
            self.add_card(a["stage"], a["lane"], a["order"] + 1, quick=True)

    def _drop_new(self, item_id, add, commit, escape, touched, text, quick) -> bool:
        """A new card the user typed nothing into (or emptied) goes away: the
        quick-entry card always, a dropped or double-clicked one on Esc. True
        when it went."""
        untouched = not touched or text == new_touchpoint_title()
        if commit and text and not (untouched and (quick or escape)):
            return False
        if add is None or not shiboken6.isValid(add) or not add.discard(self.undo_stack):
            self.push(RemoveItems(self.doc, [item_id]))
        self.scene.flush()
        return True

    def _item_leaving(self, item: QGraphicsItem) -> None:
        """An item leaves the scene (its card or header is gone): an editor on
        it closes first, without committing."""
        if self._title is not None and self._title.parentItem() is item:
            self._drop_title()

    def _after_flush(self) -> None:
        if self._title is not None and self._title.item_id not in self.doc:
            self._drop_title()

    def _drop_title(self) -> None:
        """The edited item went away under the editor (another edit, an undo):
        close it without committing or taking anything back."""
        editor = self._title
        if editor is not None and not editor.done:
            editor.done = True
            self._adds.pop(editor.item_id, None)
            self._retire(editor)

    def _retire(self, editor: TitleEditor) -> None:
        host = editor.parentItem()
        if self._title is editor:
            self._title = self.scene.text_editor = None
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

    def _bury_editors(self) -> None:
        dead, self._dead_editors = self._dead_editors, []
        for editor in dead:
            if shiboken6.isValid(editor) and editor.scene() is not None:
                editor.scene().removeItem(editor)

    def detach(self) -> None:
        """Stop editing (the scene calls this when it detaches)."""
        self.input.cancel_gesture()
        if self._title is not None:
            self._title.done = True
            self._title = self.scene.text_editor = None
        self._adds.clear()
