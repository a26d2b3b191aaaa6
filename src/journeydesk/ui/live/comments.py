"""The comments panel: every comment on the map, with what it is on, who wrote it
and when; add one to the selected card, friction or stage (or the map), and mark
them resolved. Edits go through the undo stack as commands."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands import AddItem, SetFields
from ...model import JourneyDocument
from ...model.document import COMMENT_TARGETS, now_iso


class CommentsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self.doc: JourneyDocument | None = None
        self.stack = None
        self.target: str | None = None
        self.author = ""
        self._unsubscribe = None
        # A wide, short strip under the map (tabbed with the analysis): the list
        # on the left, what a new comment goes on and its text on the right.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.tree = QTreeWidget(objectName="commentsList")
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("On"), self.tr("By"), self.tr("When")])
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumHeight(60)
        self.tree.itemChanged.connect(self._item_changed)
        layout.addWidget(self.tree, 3)
        side = QVBoxLayout()
        self.on_label = QLabel(objectName="commentTarget")
        self.on_label.setWordWrap(True)
        side.addWidget(self.on_label)
        row = QHBoxLayout()
        self.text = QLineEdit(objectName="commentText")
        self.text.setPlaceholderText(self.tr("Write a comment…"))
        self.text.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"), objectName="commentAdd")
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.text)
        row.addWidget(self.add_button)
        side.addLayout(row)
        self.show_resolved = QCheckBox(self.tr("Show resolved"), objectName="commentsShowResolved")
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda *_: self.refresh())
        side.addWidget(self.show_resolved)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(50)
        self._later.timeout.connect(self.refresh)
        self._filling = False

    def set_document(self, doc: JourneyDocument, stack) -> None:
        self.detach()
        self.doc, self.stack = doc, stack
        self._unsubscribe = doc.subscribe(self._changed)
        self.set_target(None)
        self.refresh()

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _changed(self, change) -> None:
        relevant = (
            change.kind == "comment" or change.action in ("reset", "removed") or "title" in change.fields
        )
        if relevant and not self._later.isActive():
            self._later.start()

    def set_target(self, ids) -> None:
        """What a new comment goes on: the first selected card, friction or stage."""
        doc = self.doc
        self.target = next(
            (i for i in ids or () if doc is not None and doc.kind_of(i) in COMMENT_TARGETS), None
        )
        where = self._name(self.target) if self.target else self.tr("the map")
        self.on_label.setText(self.tr("New comment on: {target}").format(target=where))

    def _name(self, item_id: str | None) -> str:
        if item_id is None or self.doc is None or item_id not in self.doc:
            return self.tr("the map")
        data = self.doc.get(item_id)
        return data.get("title") or data.get("name") or item_id

    def add(self) -> str | None:
        text = self.text.text().strip()
        if not text or self.doc is None or self.stack is None:
            return None
        values = {"target": self.target, "text": text, "author": self.author, "created": now_iso()}
        command = AddItem(self.doc, "comment", values, self.tr("Add comment"))
        self.stack.push(command)
        self.text.clear()
        return command.item_id

    def refresh(self) -> None:
        if self.doc is None:
            return
        self._filling = True
        self.tree.clear()
        doc = self.doc
        for c in doc.comments():
            a = doc.get(c)
            if a["resolved"] and not self.show_resolved.isChecked():
                continue
            item = QTreeWidgetItem(
                [a["text"], self._name(a["target"]), a["author"], a["created"].replace("T", " ")]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if a["resolved"] else Qt.CheckState.Unchecked)
            item.setToolTip(0, self.tr("Tick when it is dealt with (resolved)"))
            self.tree.addTopLevelItem(item)
        self._filling = False

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or self.doc is None or self.stack is None:
            return
        comment = item.data(0, Qt.ItemDataRole.UserRole)
        resolved = item.checkState(0) == Qt.CheckState.Checked
        if comment in self.doc and self.doc.get(comment)["resolved"] != resolved:
            self.stack.push(SetFields(self.doc, comment, {"resolved": resolved}, self.tr("Resolve comment")))
