"""The main window: one map per window, the canvas in the middle, panels around it.

The window owns the open document (``.document``), its undo stack
(``.undo_stack``) and the file it came from (``.path``). Loading builds the
document directly (``journeydesk.io.load``), then the undo stack is cleared and
marked clean; saving is atomic and marks it clean again. Closing detaches the
scene and panels from the document and clears the undo stack before any widget
goes (commands must not signal into half-destroyed widgets).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QWidget,
)

from ..model import JourneyDocument
from ..model.wording import counted
from . import dialogs, preferences_apply
from . import file_guard as G
from . import settings as S
from .actions import Actions
from .autosave import Autosaver
from .canvas import MapEditor, MapScene, MapView
from .clipboard import MapClipboard
from .focus_routing import FocusRouter
from .inspector import Inspector
from .live import install as install_live
from .palette import Palette
from .pane_focus import PaneFocus
from .panels import AnalysisPanel, FrictionPanel, PersonasPanel
from .present import install as install_present
from .window_files import WindowFiles, starter_document

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

APP_NAME = "JourneyDesk"
STATE_VERSION = 1


class MainWindow(WindowFiles, QMainWindow):
    """``documentReplaced``: a new document is in the window (New, Open, Revert)."""

    documentReplaced = Signal()

    def __init__(self, path: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)  # a map file dropped from the file manager opens
        self.document: JourneyDocument = starter_document()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.path: str | None = None
        self.scene: MapScene | None = None
        self.editor: MapEditor | None = None
        self.view: MapView | None = None
        self._closed = False
        self.focus_router = FocusRouter(self)
        self.pane_focus = PaneFocus(self)  # Tab / F6 between the docks and the canvas
        self.clipboard = MapClipboard(self)
        self._selection: list[str] = []
        self._unsubscribe_counts = None
        self.comparison = None  # File > Compare With... (ui/compare.py)

        # Panels (they follow whichever document is open).
        self.palette = Palette()
        self.inspector = Inspector(self.document, self.undo_stack)
        self.personas_panel = PersonasPanel(self.document, self.undo_stack)
        self.friction_panel = FrictionPanel(self.document, self.undo_stack)
        self.analysis_panel = AnalysisPanel(self.document)
        self.palette_dock = self._dock(
            "paletteDock",
            translate("MainWindow", "Palette"),
            self.palette,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.personas_dock = self._dock(
            "personasPanel",
            translate("MainWindow", "Personas"),
            self.personas_panel,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.inspector_dock = self._dock(
            "inspector",
            translate("MainWindow", "Inspector"),
            self.inspector,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.friction_dock = self._dock(
            "frictionPanel",
            translate("MainWindow", "Friction register"),
            self.friction_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.analysis_dock = self._dock(
            "analysisPanel",
            translate("MainWindow", "Analysis"),
            self.analysis_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.tabifyDockWidget(self.friction_dock, self.analysis_dock)
        self.friction_dock.raise_()
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.palette_dock.setMaximumWidth(240)
        self.inspector.setMinimumWidth(270)

        self.actions_ = Actions(self)
        self.actions_.build_menus(
            [
                self.palette_dock,
                self.personas_dock,
                self.inspector_dock,
                self.friction_dock,
                self.analysis_dock,
            ]
        )
        self.addToolBar(self.actions_.build_toolbar())
        self.presenting = install_present(self)  # View > Present (F5), ui/present
        self.status_label = QLabel()
        self.status_label.setObjectName("statusCounts")
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("statusZoom")
        self.zoom_label.setMinimumWidth(70)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self.status_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.statusBar().setSizeGripEnabled(True)

        # Wiring that outlives a document.
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._stack_changed)
        self.palette.addRequested.connect(self._palette_add)
        self.palette.linkToolToggled.connect(self._link_tool)
        self.inspector.navigate.connect(self.show_item)
        self.personas_panel.focusChanged.connect(self._persona_focus)
        self.personas_panel.editRequested.connect(self._edit_persona)
        self.friction_panel.frictionChosen.connect(self.show_item)
        self.friction_panel.target_provider = self._friction_target
        self.analysis_panel.itemChosen.connect(self.show_item)
        QGuiApplication.clipboard().dataChanged.connect(self.clipboard.refresh_paste_action)
        QApplication.instance().focusChanged.connect(self._focus_changed)

        self.autosaver = Autosaver(self)
        self.preferences = preferences_apply.follow(self)  # autosave as the Preferences say
        # --- hook (issue 15): the file's lock, state on disk and read-only mode
        self.file_guard = G.FileGuard(self)
        self.file_missing = False
        self._install(self.document, None)
        # Live sessions (File > Share Live / Join Live, participants and comments docks).
        self.live = install_live(self)
        self._restore_layout()
        if path:
            self.load_path(path)

    # ------------------------------------------------------------ building
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _restore_layout(self) -> None:
        s = S.settings()
        geometry = s.value("window/geometry")
        state = s.value("window/state")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = QGuiApplication.primaryScreen()
            avail = screen.availableGeometry() if screen else None
            w, h = 1440, 900
            if avail is not None:
                w, h = min(w, avail.width()), min(h, avail.height())
            self.resize(w, h)
        if not (
            isinstance(state, QByteArray) and not state.isEmpty() and self.restoreState(state, STATE_VERSION)
        ):
            self._default_dock_sizes = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_default_dock_sizes", False):
            self._default_dock_sizes = False
            self.apply_default_dock_sizes()
            QTimer.singleShot(0, self.apply_default_dock_sizes)

    def apply_default_dock_sizes(self) -> None:
        """The first-run layout: the map gets most of the window, a slim palette
        and personas column on the left, the inspector on the right, the friction
        register and analysis as a short strip of tabs under the map."""
        side, inspector = 168, 296
        self.resizeDocks(
            [self.palette_dock, self.inspector_dock], [side, inspector], Qt.Orientation.Horizontal
        )
        if self._closed:
            return
        palette_h = self.palette.sizeHint().height() + 40
        self.resizeDocks(
            [self.palette_dock, self.personas_dock],
            [palette_h, max(160, self.height() - palette_h)],
            Qt.Orientation.Vertical,
        )
        self.resizeDocks([self.friction_dock], [max(150, self.height() // 6)], Qt.Orientation.Vertical)

    def _save_layout(self) -> None:
        s = S.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(STATE_VERSION))
        s.sync()

    # ------------------------------------------------------------ the document
    def _install(self, doc: JourneyDocument, path: str | None, read_from_path: bool = False) -> None:
        """Put ``doc`` in the window: a new scene and view, panels follow it, and
        the undo stack starts empty and clean. ``read_from_path``: ``doc`` is
        the file at ``path`` as it was just read (workers may read it too)."""
        if self.comparison is not None:  # it highlights the map being replaced
            self.comparison.close()
        old_scene = self.scene
        if old_scene is not None:
            old_scene.detach()
            try:
                old_scene.selectionIdsChanged.disconnect(self._selection_changed)
            except (RuntimeError, TypeError):
                pass
        self.undo_stack.clear()
        self.document = doc
        self.path = os.path.abspath(path) if path else None
        self.scene = MapScene(doc, self.undo_stack, self)
        self.editor = MapEditor(self.scene, self.undo_stack)
        if self.view is None:
            self.view = MapView(self.scene)
            self.view.setMinimumSize(360, 240)  # docks never squeeze the map away
            self.setCentralWidget(self.view)
            self.view.zoomChanged.connect(self._zoom_changed)
            self.view.toolChanged.connect(lambda tool: self.palette.set_link_tool(tool == "link"))
        else:
            # One view for the window's life: replacing the central widget would
            # make the dock layout hand the map's space to the docks.
            self.view.setScene(self.scene)
            self.view.set_tool("select")
        if old_scene is not None:
            old_scene.deleteLater()
        self.scene.selectionIdsChanged.connect(self._selection_changed)
        self.scene.itemActivated.connect(self.show_item)
        if self.actions_.heatmap.isChecked():
            self.scene.set_heatmap(True)
        self.palette.set_link_tool(False)
        # Where a map opens (its title and first stage in view), once the
        # window has its final size.
        self.view.show_start()
        QTimer.singleShot(0, self._show_start_if_alive)
        self.inspector.set_document(doc, self.undo_stack)
        self.personas_panel.set_document(doc, self.undo_stack)
        self.friction_panel.set_document(doc, self.undo_stack)
        self.analysis_panel.set_document(doc, self.path if read_from_path else None)
        if self._unsubscribe_counts is not None:
            self._unsubscribe_counts()
        self._unsubscribe_counts = doc.subscribe(self._doc_changed)
        self._selection = []
        self.undo_stack.setClean()
        self._clean_changed(True)
        self._update_title()
        self._update_counts()
        self.actions_.set_selection_actions(False)
        self.clipboard.refresh_paste_action()
        self.autosaver.discard()
        if path is None:  # --- hook (issue 15): untitled maps hold no file lock
            self.file_guard.opened(None)
        self.documentReplaced.emit()

    def _doc_changed(self, change) -> None:
        if not self._counts_timer().isActive():
            self._counts_timer().start()
        if change.action == "meta" and "title" in change.fields:
            self._update_title()

    def _counts_timer(self) -> QTimer:
        timer = getattr(self, "_ctimer", None)
        if timer is None:
            timer = self._ctimer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(100)
            timer.timeout.connect(self._update_counts)
        return timer

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(zoom * 100)))

    def _update_counts(self) -> None:
        d = self.document
        kinds = ("stage", "touchpoint", "link", "friction")
        self.status_label.setText(" · ".join(counted(k, d.count(k)) for k in kinds))

    @property
    def display_name(self) -> str:
        return Path(self.path).name if self.path else self.tr("Untitled")

    def _update_title(self) -> None:
        name = self.display_name
        if self.file_guard.read_only:  # --- hook (issue 15)
            name = self.tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowFilePath(self.path or "")

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)
        if clean and self.autosaver.written:
            self.autosaver.discard()

    def _stack_changed(self, _index: int) -> None:
        self._update_counts_soon()

    def _update_counts_soon(self) -> None:
        self._counts_timer().start()

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # ------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self._save_layout()
        self.teardown()
        event.accept()
        super().closeEvent(event)

    def teardown(self) -> None:
        """Detach everything from the document and empty the undo stack, before the
        widgets go (commands must not signal into half-destroyed widgets)."""
        if self._closed:
            return
        self._closed = True
        self.pane_focus.detach()
        self.presenting.stop()
        self.live.shutdown()  # leave (or end) a live session before the document goes
        if self.comparison is not None:  # its overlay listens to the document
            self.comparison.close()
        self.autosaver.stop()
        self.autosaver.discard()
        self.file_guard.close()  # --- hook (issue 15): the lock goes, the watcher stops
        for signal, slot in (
            (QGuiApplication.clipboard().dataChanged, self.clipboard.refresh_paste_action),
            (QApplication.instance().focusChanged, self._focus_changed),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.analysis_panel.shutdown()
        self.friction_panel.detach()
        self.personas_panel.detach()
        self.inspector.detach()
        if self._unsubscribe_counts is not None:
            self._unsubscribe_counts()
            self._unsubscribe_counts = None
        if self.scene is not None:
            try:
                self.scene.selectionIdsChanged.disconnect(self._selection_changed)
            except (RuntimeError, TypeError):
                pass
            self.scene.detach()
        for signal, slot in (
            (self.undo_stack.cleanChanged, self._clean_changed),
            (self.undo_stack.indexChanged, self._stack_changed),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.undo_stack.clear()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab walk the panes in screen order (``pane_focus.py``)."""
        return self.pane_focus.tab(forward) or super().focusNextPrevChild(forward)

    # ------------------------------------------------------------ selection and navigation
    def _selection_changed(self, ids: list) -> None:
        self._selection = list(ids)
        self.inspector.show_ids(self._selection)
        self.actions_.set_selection_actions(bool(self._selection))

    def show_item(self, item_id: str) -> None:
        """Select an item, centre it on the canvas and show it in the inspector."""
        doc = self.document
        kind = doc.kind_of(item_id)
        if kind is None or self.scene is None:
            return
        if kind == "friction":
            target = doc.get(item_id)["target"]
            self.scene.center_on(item_id)  # its badge, on the card or link
            if item_id not in self.scene.selected_ids():
                self.scene.center_on(target)
            self.inspector.show_ids([item_id])
            self.inspector_dock.raise_()
        elif kind == "persona":
            self.personas_panel.select_persona(item_id)
            self.inspector.show_ids([item_id])
        elif kind == "channel":
            self.inspector.show_ids([item_id])
        else:
            self.scene.select_ids([item_id])
            self.scene.center_on(item_id)
            self.inspector.show_ids([item_id])

    def _friction_target(self) -> str | None:
        for item in self.scene.selected_ids() if self.scene is not None else []:
            if self.document.kind_of(item) in ("touchpoint", "link"):
                return item
        return None

    def _persona_focus(self, persona: str | None) -> None:
        if self.scene is not None:
            self.scene.set_persona_focus(persona)

    def _edit_persona(self, persona: str) -> None:
        self.inspector.show_ids([persona])
        self.inspector_dock.show()
        self.inspector_dock.raise_()

    def _palette_add(self, kind: str) -> None:
        if self.editor is not None:
            self.editor.add_from_palette(kind)

    def toggle_link_tool(self) -> None:
        """L: the link tool on or off (the palette's button shows which)."""
        if self.view is not None:
            self.palette.set_link_tool(not self.palette.link_button.isChecked())

    def _link_tool(self, on: bool) -> None:
        if self.view is not None:
            self.view.set_tool("link" if on else "select")

    def selected_ids(self) -> list[str]:
        """What Cut/Copy/Delete act on (see ``FocusRouter.selected_ids``)."""
        return self.focus_router.selected_ids()

    def _focus_changed(self, _old, new) -> None:
        if new is not None and self.isAncestorOf(new):
            self.clipboard.refresh_paste_action()  # Paste also pastes text into a text field

    def edit_title(self) -> None:
        if self.editor is not None:
            self.view.setFocus()
            self.editor.edit_selected_title()

    # ------------------------------------------------------------ View
    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def fit(self) -> None:
        self.view.fit()

    def actual_size(self) -> None:
        self.view.actual_size()

    def set_heatmap(self, on: bool) -> None:
        if self.scene is not None:
            self.scene.set_heatmap(bool(on))

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def about(self) -> None:
        dialogs.about(self)

    # ------------------------------------------------------------ lookup helpers
    def action(self, name: str) -> QAction:
        """An action by objectName, e.g. ``window.action("actionSave")``."""
        return self.actions_.all[name]


__all__ = ["MainWindow", "starter_document"]
