"""The canvas's context menus: what a right-click on a card, link, friction,
header or empty cell offers. Each entry calls the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .editing import MapEditor


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def context_menu(editor: MapEditor, item_id: str | None, pos: QPointF | None = None) -> QMenu:
    """The menu for ``item_id`` (or for the empty spot ``pos`` when None)."""
    scene, doc = editor.scene, editor.doc
    menu = QMenu()
    menu.setObjectName("canvasContextMenu")
    kind = doc.kind_of(item_id) if item_id else None

    def add(text: str, slot, name: str = "") -> None:
        action = menu.addAction(text, slot)
        if name:
            action.setObjectName(name)

    if kind == "touchpoint":

        def edit_title() -> None:
            scene.select_ids([item_id])
            editor.start_editing(item_id)

        add(translate("CanvasMenu", "Edit title"), edit_title, "actionCardEditTitle")
        add(
            translate("CanvasMenu", "Add friction"),
            lambda: editor.add_friction(item_id),
            "actionCardAddFriction",
        )
        add(
            translate("CanvasMenu", "Add link from here"),
            lambda: editor.start_link_from(item_id),
            "actionCardAddLink",
        )
        menu.addSeparator()
        add(translate("CanvasMenu", "Delete"), editor.delete_selected, "actionCardDelete")
    elif kind == "link":
        add(translate("CanvasMenu", "Add friction"), lambda: editor.add_friction(item_id))
        menu.addSeparator()
        add(translate("CanvasMenu", "Delete"), editor.delete_selected)
    elif kind == "friction":
        add(translate("CanvasMenu", "Open"), lambda: scene.itemActivated.emit(item_id))
        menu.addSeparator()
        add(translate("CanvasMenu", "Delete friction"), lambda: editor.delete_ids([item_id]))
    elif kind in ("stage", "lane"):
        add(translate("CanvasMenu", "Rename"), lambda: editor.start_editing(item_id))
        menu.addSeparator()
        label = (
            translate("CanvasMenu", "Delete stage")
            if kind == "stage"
            else translate("CanvasMenu", "Delete lane")
        )
        add(label, lambda: editor.delete_ids([item_id]))
    elif pos is not None:
        cell = scene.layout.cell_at(pos.x(), pos.y())
        if cell is not None:
            index = scene.layout.index_at(doc, cell[0], cell[1], pos.x(), pos.y())
            add(
                translate("CanvasMenu", "Add touchpoint here"),
                lambda: editor.add_card(cell[0], cell[1], index),
                "actionAddHere",
            )
    return menu
