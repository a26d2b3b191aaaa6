"""The canvas for assistive technology: the view's accessible interface lists the
map's stage and lane headers, cards, links and frictions as its children, each
with a name, a role and a state a screen reader can read, and the keyboard
focus (``keyboard_focus.py``) is announced as the view's focused child.

A card reads as "Checkout page, stage Purchase, lane Touchpoints, channel
Website, 2 frictions" (role: list item); a stage or lane header as a column or
row header; a link as "Checkout page to Order confirmation" (role: link); a
friction as a note.

Interfaces are installed with ``QAccessible.installFactory`` (``install()``,
called by every MapView). Child interfaces are made per item id on demand and
kept while the item lives: when it goes (or the view goes) its interface is
removed from Qt's accessibility cache before Python lets go of it, so nothing
in Qt holds a dangling pointer.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from ...model import labels as L
from ...model.wording import counted
from . import theme as T

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

Role = QAccessible.Role
Text = QAccessible.Text
_ROLES = {
    "touchpoint": Role.ListItem,
    "stage": Role.ColumnHeader,
    "lane": Role.RowHeader,
    "link": Role.Link,
    "friction": Role.Note,
}
_installed: list[bool] = []


def install() -> None:
    """Install the canvas's interface factory (once per process)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


def _factory(_class_name: str, obj):
    from .view import MapView

    if isinstance(obj, MapView):
        return CanvasAccessible(obj)
    return None


# ---------------------------------------------------------------------- words
def _name_of(doc, item_id: str) -> str:
    a = doc.graph.nodes.get(item_id)
    if a is None:
        return ""
    kind = a["type"]
    if kind == "touchpoint":
        return a["title"] or T.untitled("touchpoint")
    if kind in ("stage", "lane", "channel", "persona"):
        return a["name"] or T.untitled(kind)
    if kind == "friction":
        return a["title"] or T.untitled("touchpoint")
    return item_id


def describe(doc, item_id: str) -> tuple[str, str]:
    """(name, description) of a map item as a screen reader says it."""
    kind = doc.kind_of(item_id)
    if kind == "touchpoint":
        return _touchpoint_words(doc, item_id)
    if kind in ("stage", "lane"):
        order = doc.stages() if kind == "stage" else doc.lanes()
        field = "stage" if kind == "stage" else "lane"
        nodes = doc.graph.nodes
        n = sum(1 for t in doc.touchpoints() if nodes[t][field] == item_id)
        place = (
            translate("CanvasAccessible", "Stage {index} of {count}")
            if kind == "stage"
            else translate("CanvasAccessible", "Lane {index} of {count}")
        ).format(index=order.index(item_id) + 1, count=len(order))
        return _name_of(doc, item_id), f"{place}, {counted('touchpoint', n)}"
    if kind == "link":
        source, target = doc.link_ends(item_id)
        a = doc.get(item_id)
        name = translate("CanvasAccessible", "{source} to {target}").format(
            source=_name_of(doc, source), target=_name_of(doc, target)
        )
        parts = [a["label"]] if a.get("label") else []
        if a.get("persona"):
            parts.append(
                translate("CanvasAccessible", "for {persona}").format(persona=_name_of(doc, a["persona"]))
            )
        parts.append(counted("friction", len(doc.frictions_on(item_id))))
        return name, ", ".join(parts)
    if kind == "friction":
        a = doc.get(item_id)
        parts = [
            translate("CanvasAccessible", "severity {severity}").format(
                severity=L.severity_label(a["severity"])
            ),
            L.category_label(a["category"]),
            L.status_label(a["status"]),
            translate("CanvasAccessible", "on {target}").format(target=_name_of(doc, a["target"])),
        ]
        return _name_of(doc, item_id), ", ".join(p for p in parts if p)
    return _name_of(doc, item_id), ""


def _touchpoint_words(doc, tp: str) -> tuple[str, str]:
    nodes = doc.graph.nodes
    a = nodes[tp]
    channel = (
        _name_of(doc, a["channel"]) if a["channel"] in nodes else translate("CanvasAccessible", "no channel")
    )
    name = translate(
        "CanvasAccessible", "{title}, stage {stage}, lane {lane}, channel {channel}, {frictions}"
    ).format(
        title=_name_of(doc, tp),
        stage=_name_of(doc, a["stage"]),
        lane=_name_of(doc, a["lane"]),
        channel=channel,
        frictions=counted("friction", len(doc.frictions_on(tp))),
    )
    parts = []
    if a["owner"]:
        parts.append(translate("CanvasAccessible", "owner {owner}").format(owner=a["owner"]))
    personas = [_name_of(doc, p) for p in a["personas"] if p in nodes]
    if personas:
        parts.append(translate("CanvasAccessible", "personas {names}").format(names=", ".join(personas)))
    if a["moment_of_truth"]:
        parts.append(translate("CanvasAccessible", "moment of truth"))
    parts.append(
        translate("CanvasAccessible", "evidence {status}").format(status=L.evidence_label(a["evidence"]))
    )
    if a["description"]:
        parts.append(a["description"])
    return name, "; ".join(parts)


# ---------------------------------------------------------------------- the view
class CanvasAccessible(QAccessibleWidget):
    """The MapView's interface: a canvas whose children are the map's items."""

    def __init__(self, view) -> None:
        super().__init__(view, Role.Canvas, "")
        self.view = view
        self._ids: list[str] | None = None
        self._index: dict[str, int] = {}
        self._scene = None
        kids: dict[str, ItemAccessible] = {}
        self._kids = kids
        # The view's interface goes first (Qt's cache deletes it); the children's
        # go here, before Python would free them under the cache's feet.
        view.destroyed.connect(lambda *_: _retire_all(kids))

    # ids, in reading order: stages, lanes, cards (journey order), links, frictions
    def ids(self) -> list[str]:
        scene = self.view.map_scene()
        if scene is not self._scene:
            self._follow(scene)
        if self._ids is None:
            self._ids = _reading_order(scene) if scene is not None else []
            self._index = {item_id: i for i, item_id in enumerate(self._ids)}
            for gone in [k for k in self._kids if k not in self._index]:
                _retire(self._kids.pop(gone))
        return self._ids

    def _follow(self, scene) -> None:
        if self._scene is not None and shiboken6.isValid(self._scene):
            try:
                self._scene.flushed.disconnect(self.invalidate)
            except (RuntimeError, TypeError):
                pass
        self._scene = scene
        self._ids = None
        if scene is not None:
            scene.flushed.connect(self.invalidate)

    def invalidate(self) -> None:
        self._ids = None

    def index_of_id(self, item_id: str) -> int:
        self.ids()
        return self._index.get(item_id, -1)

    def child_for(self, item_id: str) -> ItemAccessible | None:
        i = self.index_of_id(item_id)
        return self.child(i) if i >= 0 else None

    def childCount(self) -> int:
        return len(self.ids())

    def child(self, index: int):
        ids = self.ids()
        if not 0 <= index < len(ids):
            return None
        item_id = ids[index]
        kid = self._kids.get(item_id)
        if kid is None:
            kid = self._kids[item_id] = ItemAccessible(self.view, item_id)
        return kid

    def indexOfChild(self, child) -> int:
        item_id = getattr(child, "item_id", None)
        return self.index_of_id(item_id) if item_id else -1

    def focusChild(self):
        scene = self.view.map_scene()
        if scene is None or not self.view.hasFocus():
            return None
        focus = scene.keyboard_focus.item_id
        return self.child_for(focus) if focus else None

    def childAt(self, x: int, y: int):
        scene = self.view.map_scene()
        if scene is None:
            return None
        vp = self.view.viewport()
        at = vp.mapFromGlobal(QPoint(x, y))
        if not vp.rect().contains(at):
            return None
        item = scene.hit(self.view.mapToScene(at))
        ids = scene.item_ids(item) if item is not None else []
        return self.child_for(ids[0]) if ids else None

    def text(self, t: Text) -> str:
        if t == Text.Name:
            return self.view.accessibleName()
        if t == Text.Description:
            scene = self.view.map_scene()
            if scene is None:
                return ""
            doc = scene.doc
            return ", ".join(counted(k, doc.count(k)) for k in ("stage", "touchpoint", "link", "friction"))
        return super().text(t)


def _reading_order(scene) -> list[str]:
    doc, st = scene.doc, scene.store
    out = [s for s in doc.stages() if s in st.stages]
    out += [la for la in doc.lanes() if la in st.lanes]
    out += sorted((t for t in st.cards if t in doc), key=doc.journey_key)
    out += [k for k in doc.links() if k in st.links]
    out += [f for f in doc.frictions() if doc.get(f)["target"] in st.badges]
    return out


def _retire(kid: ItemAccessible) -> None:
    if shiboken6.isValid(kid):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(kid))


def _retire_all(kids: dict) -> None:
    for kid in list(kids.values()):
        _retire(kid)
    kids.clear()


# ---------------------------------------------------------------------- the items
class ItemAccessible(QAccessibleInterface):
    """One map item (card, header, link or friction) under the canvas."""

    def __init__(self, view, item_id: str) -> None:
        super().__init__()
        self.view = view
        self.item_id = item_id

    def _scene(self):
        if not shiboken6.isValid(self.view):
            return None
        return self.view.map_scene()

    def _item(self):
        scene = self._scene()
        return scene.item_for(self.item_id) if scene is not None and self.item_id in scene.doc else None

    def isValid(self) -> bool:
        return self._item() is not None

    def object(self):
        return None

    def window(self):
        return self.view.window().windowHandle() if shiboken6.isValid(self.view) else None

    def relations(self, match=QAccessible.RelationFlag.AllRelations):
        return []

    def focusChild(self):
        return None

    def childAt(self, x: int, y: int):
        return None

    def parent(self):
        return QAccessible.queryAccessibleInterface(self.view) if shiboken6.isValid(self.view) else None

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def text(self, t: Text) -> str:
        scene = self._scene()
        if scene is None or self.item_id not in scene.doc:
            return ""
        if t in (Text.Name, Text.Description):
            name, description = describe(scene.doc, self.item_id)
            return name if t == Text.Name else description
        return ""

    def setText(self, t: Text, text: str) -> None:
        pass  # names change through the editor (F2), as undoable commands

    def rect(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        view = self.view
        scene_rect = scene_rect_of(self._scene(), self.item_id, item)
        on_view = view.mapFromScene(scene_rect).boundingRect()
        return QRect(view.viewport().mapToGlobal(on_view.topLeft()), on_view.size())

    def role(self) -> Role:
        scene = self._scene()
        kind = scene.doc.kind_of(self.item_id) if scene is not None else None
        return _ROLES.get(kind or "", Role.Graphic)

    def state(self) -> QAccessible.State:
        s = QAccessible.State()
        item = self._item()
        if item is None:
            s.invalid = True
            return s
        scene = self._scene()
        s.selectable = True
        s.selected = self.item_id in scene.selected_ids()
        kind = scene.doc.kind_of(self.item_id)
        s.focusable = kind in ("touchpoint", "stage", "lane")
        s.focused = s.focusable and scene.keyboard_focus.item_id == self.item_id and self.view.hasFocus()
        visible = self.view.viewport().rect()
        s.offscreen = not visible.intersects(self.view.mapFromScene(item.sceneBoundingRect()).boundingRect())
        return s


def scene_rect_of(scene, item_id: str, item):
    """Where an item is drawn (a card's body, a header's band, a badge's marker)."""
    rect = scene.keyboard_focus.scene_rect(item_id)
    return rect if rect is not None else item.sceneBoundingRect()


# ---------------------------------------------------------------------- events
def announce_focus(view, item_id: str | None) -> bool:
    """Tell assistive technology that the keyboard focus moved to ``item_id`` on
    the canvas (a Focus event for the view's child). True when one was sent."""
    if item_id is None or not view.hasFocus() or not QAccessible.isActive():
        return False
    iface = QAccessible.queryAccessibleInterface(view)
    index = iface.index_of_id(item_id) if isinstance(iface, CanvasAccessible) else -1
    if index < 0:
        return False
    event = QAccessibleEvent(view, QAccessible.Event.Focus)
    event.setChild(index)
    QAccessible.updateAccessibility(event)
    return True
