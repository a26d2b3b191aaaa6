"""The inspector: edits every field of the selected item, or the map's details
when nothing is selected. Every edit is an undo command; the inspector follows
the document's change events, so undo and edits elsewhere show up here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ...model import Change, JourneyDocument
from .pages import PAGES, MapPage, MultiPage, Page, item_title

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_ORDERED = ("persona", "stage", "lane", "channel")


_PAGE_CLASSES = {cls.kind: cls for cls in PAGES}


class _Pages(dict):
    """The inspector's pages by item kind, each built when first shown (building
    all eight took ~20 ms of the window's start-up)."""

    def __init__(self, inspector: Inspector) -> None:
        super().__init__()
        self.inspector = inspector

    def __missing__(self, kind: str) -> Page:
        page = self[kind] = _PAGE_CLASSES[kind](self.inspector)
        page.navigate.connect(self.inspector.navigate)
        self.inspector.stack.addWidget(page)
        return page


class Inspector(QWidget):
    """Shows one page at a time. ``navigate(id)``: the user asked to go to an item."""

    navigate = Signal(str)

    def __init__(
        self, document: JourneyDocument, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorWidget")
        self.document = document
        self.undo_stack = undo_stack
        self.ids: list[str] = []
        self._unsubscribe = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.heading = QLabel()
        self.heading.setObjectName("inspectorHeading")
        self.heading.setStyleSheet(
            "QLabel { font-size: 14px; font-weight: 600; color: palette(window-text); padding: 8px 10px 6px 10px;"
            " border-bottom: 1px solid #E4E7EB; }"
        )
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.heading)
        self.stack = QStackedWidget()
        self.pages = _Pages(self)
        self.multi = MultiPage()
        self.stack.addWidget(self.multi)
        scroll = QScrollArea()
        scroll.setObjectName("inspectorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        layout.addWidget(scroll, 1)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._refresh_later)
        self._choices_dirty = False
        self._ids_gone = False  # items of a multi-selection were removed
        self._attach()
        self.show_ids([])

    # ------------------------------------------------------------ document
    def _attach(self) -> None:
        self._unsubscribe = self.document.subscribe(self._changed)

    def detach(self) -> None:
        """Stop following the document (before it or this widget goes away)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._later.stop()

    def set_document(self, document: JourneyDocument, undo_stack: QUndoStack | None = None) -> None:
        self.detach()
        self.document = document
        if undo_stack is not None:
            self.undo_stack = undo_stack
        self._attach()
        for page in self.pages.values():
            page.item_id = None
        self.show_ids([])

    @property
    def page(self) -> QWidget:
        return self.stack.currentWidget()

    # ------------------------------------------------------------ selection
    def show_ids(self, ids) -> None:
        doc = self.document
        ids = doc.known(ids)
        self.ids = ids
        if len(ids) > 1:
            self.multi.show_ids(doc, ids)
            self.stack.setCurrentWidget(self.multi)
            self.heading.setText(translate("Inspector", "%Ln item(s)", None, len(ids)))
            return
        kind = doc.kind_of(ids[0]) if ids else ""
        page = self.pages[kind if kind in _PAGE_CLASSES else ""]
        if page is not self.stack.currentWidget() or page.item_id != (ids[0] if ids else None):
            page.show_item(ids[0] if ids else None)
        else:
            page.load()
        self.stack.setCurrentWidget(page)
        self._set_heading()

    def _set_heading(self) -> None:
        page = self.page
        if isinstance(page, MapPage):
            self.heading.setText(translate("Inspector", "Map details"))
        elif isinstance(page, Page) and page.item_id in self.document:
            self.heading.setText(
                translate("Inspector", "{kind}: {title}").format(
                    kind=translate("Inspector", page.heading), title=item_title(self.document, page.item_id)
                )
            )

    def field(self, key: str):
        """The current page's field ``key`` (for tests and keyboard focus)."""
        page = self.page
        return page.fields.get(key) if isinstance(page, Page) else None

    # ------------------------------------------------------------ events
    def _changed(self, change: Change) -> None:
        page = self.page
        if change.action == "reset":
            self._choices_dirty = True
            self.show_ids([i for i in self.ids if i in self.document])
            return
        if change.kind in _ORDERED:
            self._choices_dirty = True
        if isinstance(page, Page) and not isinstance(page, MapPage) and change.id == page.item_id:
            if change.action == "removed":
                self.show_ids([])
                return
            page.load()
            self._set_heading()
        elif page is self.multi and change.action == "removed":
            # Deleting 2,000 selected cards sends 2,000 of these: the page is
            # shown again once, after the command, not once per removal.
            self._ids_gone = True
        elif isinstance(page, MapPage) and change.action == "meta":
            page.load()
        if not self._later.isActive():
            self._later.start()

    def _refresh_later(self) -> None:
        page = self.page
        if self._ids_gone:
            self._ids_gone = False
            self.show_ids([i for i in self.ids if i in self.document])
            return
        if self._choices_dirty:
            self._choices_dirty = False
            if isinstance(page, Page):
                page.refresh_choices()
                page.load()
        if isinstance(page, MapPage):
            page.load_stats()
        elif isinstance(page, Page) and page.item_id in self.document:
            page.load()  # names of referenced items (a friction's card, a link's ends)
            self._set_heading()


__all__ = ["Inspector"]
