"""The personas panel: the map's personas with their colours; add, rename, edit,
colour, delete and reorder them (all undoable), and choose one to focus the canvas
on its journey ("All personas" shows everyone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...commands import AddItem, RemoveItems, Reorder, SetFields
from ...model import Change, JourneyDocument
from ...model import fields as F
from ...model.fields import FieldError
from ...model.vocabulary import PERSONA_COLOURS
from ..inspector.fields import swatch

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

ALL = ""  # the "All personas" row
ID_ROLE = Qt.ItemDataRole.UserRole


class PersonasPanel(QWidget):
    """``focusChanged(str|None)``: the persona to focus on (None: everyone).
    ``editRequested(str)``: show this persona in the inspector."""

    focusChanged = Signal(object)
    editRequested = Signal(str)

    def __init__(
        self, document: JourneyDocument, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personasWidget")
        self.document = document
        self.undo_stack = undo_stack
        self._unsubscribe = None
        self.focus: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.list = QListWidget()
        self.list.setObjectName("personasList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.setAlternatingRowColors(False)
        # Long names end in an ellipsis (the whole name is the row's tooltip),
        # never a sideways scroll bar in a slim column.
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        layout.addWidget(self.list, 1)

        bar = QHBoxLayout()
        bar.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        # Symbols, not words: the column stays slim in every language (each
        # button says what it does in its tooltip and to a screen reader).
        for name, text, tip, slot in (
            ("add", "+", self.tr("Add a persona"), self.add_persona),
            ("remove", "−", self.tr("Delete the persona (undoable)"), self.delete_persona),
            ("colour", "●", self.tr("Choose the persona's colour"), self.choose_colour),
            ("edit", "✎", self.tr("Edit the persona in the inspector"), self.edit_persona),
            ("up", "▲", self.tr("Move up"), lambda: self.move(-1)),
            ("down", "▼", self.tr("Move down"), lambda: self.move(+1)),
        ):
            b = QToolButton()
            b.setObjectName(f"persona{name.capitalize()}Button")
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            self.buttons[name] = b
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._renamed)
        self.list.itemDoubleClicked.connect(lambda it: None)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.rebuild)
        self.set_document(document, undo_stack)

    # ------------------------------------------------------------ document
    def set_document(self, document: JourneyDocument, undo_stack: QUndoStack | None = None) -> None:
        self.detach()
        self.document = document
        if undo_stack is not None:
            self.undo_stack = undo_stack
        self._unsubscribe = document.subscribe(self._changed)
        self.focus = None
        self.rebuild()

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._later.stop()

    def _changed(self, change: Change) -> None:
        if change.kind == "persona" or change.action == "reset":
            if change.action == "removed" and change.id == self.focus:
                self.focus = None
                self.focusChanged.emit(None)
            if not self._later.isActive():
                self._later.start()

    def rebuild(self) -> None:
        doc = self.document
        nodes = doc.graph.nodes
        with QSignalBlocker(self.list):
            self.list.clear()
            everyone = QListWidgetItem(self.tr("All personas"))
            everyone.setData(ID_ROLE, ALL)
            f = everyone.font()
            f.setItalic(True)
            everyone.setFont(f)
            everyone.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(everyone)
            current = everyone
            for p in doc.personas():
                a = nodes[p]
                it = QListWidgetItem(swatch(a["colour"], 14), a["name"])
                it.setData(ID_ROLE, p)
                it.setToolTip(f"{a['name']}\n{a['role']}".strip())
                it.setFlags(
                    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
                )
                self.list.addItem(it)
                if p == self.focus:
                    current = it
            self.list.setCurrentItem(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.current_persona()
        for name in ("remove", "colour", "edit"):
            self.buttons[name].setEnabled(p is not None)
        order = list(self.document.personas())
        self.buttons["up"].setEnabled(p is not None and order.index(p) > 0)
        self.buttons["down"].setEnabled(p is not None and order.index(p) < len(order) - 1)

    # ------------------------------------------------------------ selection
    def current_persona(self) -> str | None:
        it = self.list.currentItem()
        if it is None:
            return None
        p = it.data(ID_ROLE)
        return p if p and p in self.document else None

    def select_persona(self, persona: str | None) -> None:
        for i in range(self.list.count()):
            it = self.list.item(i)
            if (it.data(ID_ROLE) or None) == persona:
                self.list.setCurrentItem(it)
                return

    def _current_changed(self, current, previous) -> None:
        p = self.current_persona()
        self._update_buttons()
        if p != self.focus:
            self.focus = p
            self.focusChanged.emit(p)

    # ------------------------------------------------------------ editing
    def add_persona(self) -> None:
        doc = self.document
        n = doc.count("persona")
        names = {doc.graph.nodes[p]["name"] for p in doc.personas()}
        name = translate("PersonasPanel", "New persona")
        i = 2
        while name in names:
            name, i = translate("PersonasPanel", "New persona {number}").format(number=i), i + 1
        cmd = AddItem(
            doc,
            "persona",
            {"name": name, "colour": PERSONA_COLOURS[n % len(PERSONA_COLOURS)]},
            translate("PersonasPanel", "Add persona"),
        )
        self.undo_stack.push(cmd)
        self.rebuild()
        self.select_persona(cmd.item_id)
        it = self.list.currentItem()
        if it is not None and self.isVisible():
            self.list.editItem(it)

    def _renamed(self, item: QListWidgetItem) -> None:
        p = item.data(ID_ROLE)
        if not p or p not in self.document:
            return
        name = item.text()
        try:
            name = F.check("persona", "name", name)
        except FieldError as exc:
            item.setToolTip(str(exc))
            self._later.start()
            return
        if name != self.document.graph.nodes[p]["name"]:
            self.undo_stack.push(
                SetFields(self.document, p, {"name": name}, translate("PersonasPanel", "Rename persona"))
            )

    def rename(self, persona: str, name: str) -> None:
        self.undo_stack.push(
            SetFields(
                self.document,
                persona,
                {"name": F.check("persona", "name", name)},
                translate("PersonasPanel", "Rename persona"),
            )
        )

    def delete_persona(self) -> None:
        p = self.current_persona()
        if p is not None:
            self.undo_stack.push(
                RemoveItems(self.document, [p], translate("PersonasPanel", "Delete persona"))
            )

    def pick_colour(self, current: str) -> str | None:  # tests replace this
        colour = QColorDialog.getColor(current, self, translate("PersonasPanel", "Persona colour"))
        return colour.name().upper() if colour.isValid() else None

    def choose_colour(self) -> None:
        p = self.current_persona()
        if p is None:
            return
        picked = self.pick_colour(self.document.graph.nodes[p]["colour"])
        if picked:
            self.undo_stack.push(
                SetFields(self.document, p, {"colour": picked}, translate("PersonasPanel", "Persona colour"))
            )

    def edit_persona(self) -> None:
        p = self.current_persona()
        if p is not None:
            self.editRequested.emit(p)

    def move(self, step: int) -> None:
        p = self.current_persona()
        if p is None:
            return
        order = list(self.document.personas())
        index = order.index(p) + step
        if 0 <= index < len(order):
            self.undo_stack.push(Reorder(self.document, p, index, translate("PersonasPanel", "Move persona")))
            self.rebuild()
