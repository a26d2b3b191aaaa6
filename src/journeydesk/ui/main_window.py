"""The main window: one map per window, the canvas in the middle, panels around it.

The window owns the open document (``.document``), its undo stack
(``.undo_stack``) and the file it came from (``.path``). Loading builds the
document directly (``journeydesk.io.load``), then the undo stack is cleared and
marked clean; saving is atomic and marks it clean again. Closing detaches the
scene and panels from the document and clears the undo stack before any widget
goes (commands must not signal into half-destroyed widgets).
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .. import io
from ..commands import AddItem, RemoveItems, push_macro
from ..io.fragment import (
    MIME_TYPE,
    FragmentError,
    dumps_fragment,
    is_fragment,
    loads_fragment,
    paste_plan,
    to_fragment,
)
from ..model import JourneyDocument
from ..model.document import now_iso
from . import dialogs
from . import settings as S
from .actions import Actions
from .autosave import Autosaver, Snapshot
from .canvas import MapScene, MapView
from .examples import examples
from .inspector import Inspector
from .palette import Palette
from .panels import AnalysisPanel, FrictionPanel, PersonasPanel

APP_NAME = "JourneyDesk"
STATE_VERSION = 1
STARTER_STAGES = ("Awareness", "Consideration", "Purchase", "Retention", "Advocacy")
_PASTE_KINDS = ("persona", "stage", "lane", "touchpoint", "link", "friction")
_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)

_windows: list[MainWindow] = []  # windows opened with File > New Window (kept alive)


def settle_heap() -> None:
    """After loading a map: move everything alive into the collector's permanent
    generation, so later full collections scan only what changed since, not the
    whole map and scene (a 2,000-card map otherwise costs ~80 ms per collection).
    Unfreezing first lets the collection free the previous map."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def starter_document() -> JourneyDocument:
    """A new map: the five classic stages and one touchpoints lane, ready for cards."""
    doc = JourneyDocument("Untitled journey")
    for name in STARTER_STAGES:
        doc.add_stage(name)
    doc.add_lane("Touchpoints", "touchpoints")
    return doc


class MainWindow(QMainWindow):
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
        self.view: MapView | None = None
        self._closed = False
        self.clipboard_problem = ""  # why the last paste found nothing usable
        self._selection: list[str] = []
        self._unsubscribe_counts = None

        # Panels (they follow whichever document is open).
        self.palette = Palette()
        self.inspector = Inspector(self.document, self.undo_stack)
        self.personas_panel = PersonasPanel(self.document, self.undo_stack)
        self.friction_panel = FrictionPanel(self.document, self.undo_stack)
        self.analysis_panel = AnalysisPanel(self.document)
        self.palette_dock = self._dock(
            "paletteDock", "Palette", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.personas_dock = self._dock(
            "personasPanel", "Personas", self.personas_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector_dock = self._dock(
            "inspector", "Inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.friction_dock = self._dock(
            "frictionPanel", "Friction register", self.friction_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.analysis_dock = self._dock(
            "analysisPanel", "Analysis", self.analysis_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.friction_dock, self.analysis_dock)
        self.friction_dock.raise_()
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.palette_dock.setMaximumWidth(240)
        self.inspector.setMinimumWidth(280)

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
        self.actions_.export.setEnabled(self.export_available())
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
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)

        self.autosaver = Autosaver(self)
        self._install(self.document, None)
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
        """The first-run layout: slim palette and personas on the left, inspector on
        the right, friction register and analysis as tabs under the map."""
        self.resizeDocks([self.palette_dock, self.inspector_dock], [190, 310], Qt.Orientation.Horizontal)
        if self._closed:
            return
        palette_h = self.palette.sizeHint().height() + 40
        self.resizeDocks(
            [self.palette_dock, self.personas_dock],
            [palette_h, max(200, self.height() - palette_h)],
            Qt.Orientation.Vertical,
        )
        self.resizeDocks([self.friction_dock], [max(180, self.height() // 4)], Qt.Orientation.Vertical)

    def _save_layout(self) -> None:
        s = S.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(STATE_VERSION))
        s.sync()

    # ------------------------------------------------------------ the document
    def _install(self, doc: JourneyDocument, path: str | None) -> None:
        """Put ``doc`` in the window: a new scene and view, panels follow it, and
        the undo stack starts empty and clean."""
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
        if self.view is None:
            self.view = MapView(self.scene)
            self.view.setObjectName("canvasView")
            self.view.setMinimumSize(360, 240)  # docks never squeeze the map away
            self.setCentralWidget(self.view)
            if hasattr(self.view, "zoomChanged"):
                self.view.zoomChanged.connect(self._zoom_changed)
            if hasattr(self.view, "toolChanged"):
                self.view.toolChanged.connect(lambda tool: self.palette.set_link_tool(tool == "link"))
        else:
            # One view for the window's life: replacing the central widget would
            # make the dock layout hand the map's space to the docks.
            self.view.setScene(self.scene)
            self.view.set_tool("select")
            self.view.actual_size()
        if old_scene is not None:
            old_scene.deleteLater()
        self.scene.selectionIdsChanged.connect(self._selection_changed)
        if self.actions_.heatmap.isChecked():
            self.scene.set_heatmap(True)
        if hasattr(self.palette, "set_link_tool"):
            self.palette.set_link_tool(False)
        self.inspector.set_document(doc, self.undo_stack)
        self.personas_panel.set_document(doc, self.undo_stack)
        self.friction_panel.set_document(doc, self.undo_stack)
        self.analysis_panel.set_document(doc)
        if self._unsubscribe_counts is not None:
            self._unsubscribe_counts()
        self._unsubscribe_counts = doc.subscribe(self._doc_changed)
        self._selection = []
        self.undo_stack.setClean()
        self._clean_changed(True)
        self._update_title()
        self._update_counts()
        self.actions_.set_selection_actions(False)
        self._clipboard_changed()
        self.autosaver.discard()
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
        self.zoom_label.setText(f"{zoom * 100:.0f} %")

    def _update_counts(self) -> None:
        d = self.document
        self.status_label.setText(
            f"{d.count('stage')} stages · {d.count('touchpoint')} touchpoints · {d.count('link')} links · {len(d.frictions())} frictions"
        )

    @property
    def display_name(self) -> str:
        return Path(self.path).name if self.path else "Untitled"

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name}[*] — {APP_NAME}")
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

    # ------------------------------------------------------------ asking (tests replace these)
    def _ask_save(self) -> str:
        """'save', 'discard' or 'cancel' for unsaved changes."""
        return dialogs.ask_save(self, self.display_name)

    def _ask_open_path(self) -> str | None:
        return dialogs.ask_open_path(self, os.path.dirname(self.path) if self.path else "")

    def _ask_save_path(self) -> str | None:
        suggested = self.path or os.path.join(os.path.expanduser("~"), "journey.journey.json")
        return dialogs.ask_save_path(self, suggested)

    def _show_error(self, object_name: str, title: str, text: str, details: str = ""):
        return dialogs.show_error(self, object_name, title, text, details)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current map (saved, or the user said so)."""
        if not self.is_modified:
            return True
        answer = self._ask_save()
        if answer == dialogs.SAVE:
            return self.save()
        return answer == dialogs.DISCARD

    # ------------------------------------------------------------ File
    def new_document(self) -> bool:
        if not self.maybe_save():
            return False
        self._install(starter_document(), None)
        return True

    def new_from_example(self, name: str) -> bool:
        example = next((e for e in examples() if e.name == name), None)
        if example is None:
            return False
        if not self.maybe_save():
            return False
        try:
            doc = io.load_text(example.text(), str(example.path))
        except (io.LoadError, OSError) as exc:
            self._show_error("loadErrorDialog", "Could not open the example", str(exc))
            return False
        self._install(doc, None)  # untitled: Save asks where, never over the example
        return True

    def new_window(self) -> MainWindow:
        w = MainWindow()
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _windows.append(w)
        w.destroyed.connect(lambda *_: _windows.remove(w) if w in _windows else None)
        w.show()
        return w

    def open_file(self, path: str | None = None) -> bool:
        if path is None:
            path = self._ask_open_path()
            if not path:
                return False
        if not self.maybe_save():
            return False
        return self.load_path(path)

    @staticmethod
    def dropped_map(mime: QMimeData) -> str | None:
        """The local .json file a drag carries, if any (the first one)."""
        for url in mime.urls() if mime.hasUrls() else ():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:
        if self.dropped_map(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        path = self.dropped_map(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns: open_file may ask Save/Discard/Cancel in a dialog.
        QTimer.singleShot(0, lambda: self._closed or self.open_file(path))

    def load_path(self, path: str) -> bool:
        """Open a map file in this window. On failure, show why and keep the current map."""
        try:
            doc = io.load(path)
        except io.LoadError as exc:
            self._show_load_error(exc)
            return False
        except OSError as exc:  # pragma: no cover - load reports these as LoadError
            self._show_error("loadErrorDialog", "Could not open the map", f"{path}: {exc}")
            return False
        self._install(doc, path)
        settle_heap()
        S.add_recent_file(self.path)
        self.statusBar().showMessage(f"Opened {self.display_name}", 4000)
        if self.view is not None:
            QTimer.singleShot(0, self._fit_if_alive)
        return True

    def _fit_if_alive(self) -> None:
        if not self._closed and self.view is not None:
            self.view.show_start()

    def _show_load_error(self, exc: io.LoadError):
        lines = exc.lines() if hasattr(exc, "lines") else [str(exc)]
        details = "\n".join(lines) if len(lines) > 1 else ""
        self.last_load_error = str(exc)
        return self._show_error("loadErrorDialog", "Could not open the map", str(exc), details)

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        path = self._ask_save_path()
        if not path:
            return False
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Save atomically; on failure show why and keep everything as it was."""
        path = os.path.abspath(path)
        if self.is_modified or path != self.path:
            self.document.set_meta(modified=now_iso())
        try:
            io.save(self.document, path)
        except io.SaveError as exc:
            self._show_error(
                "saveErrorDialog",
                "Could not save the map",
                f"{exc}\n\nYour changes are still here; try another place or name.",
            )
            return False
        self.path = path
        self.undo_stack.setClean()
        self.autosaver.discard()
        S.add_recent_file(path)
        self._update_title()
        self.statusBar().showMessage(f"Saved {self.display_name}", 4000)
        return True

    def export_available(self) -> bool:
        try:
            return importlib.util.find_spec("journeydesk.ui.export_dialog") is not None
        except (ImportError, ValueError):
            return False

    def export(self) -> None:
        """File > Export: handled by ``journeydesk.ui.export_dialog`` when it exists."""
        if not self.export_available():
            return
        try:
            module = importlib.import_module("journeydesk.ui.export_dialog")
        except Exception as exc:  # noqa: BLE001 - a broken install must not take the map down
            self._show_error("exportErrorDialog", "Export is not available", f"{type(exc).__name__}: {exc}")
            return
        for name in ("run_export_dialog", "show_export_dialog", "open_export_dialog", "run"):
            fn = getattr(module, name, None)
            if callable(fn):
                fn(self)
                return

    def quit_app(self) -> None:
        for w in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]:
            if w is not self and not w.close():
                return
        if self.close():
            QApplication.instance().quit()

    def _fill_examples_menu(self) -> None:
        menu = self.actions_.examples_menu
        menu.clear()
        found = examples()
        if not found:
            menu.addAction("No examples installed").setEnabled(False)
        for e in found:
            a = menu.addAction(e.title)
            a.setObjectName(f"actionExample_{e.name}")
            a.triggered.connect(lambda checked=False, n=e.name: self.new_from_example(n))

    def _fill_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        files = S.recent_files()
        for i, f in enumerate(files):
            a = menu.addAction(f"&{(i + 1) % 10} {Path(f).name}")
            a.setToolTip(f)
            a.setStatusTip(f)
            a.setData(f)
            a.triggered.connect(lambda checked=False, p=f: self._open_recent(p))
        if not files:
            menu.addAction("No recent maps").setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction("Clear Menu")
            clear.triggered.connect(S.clear_recent_files)

    def _open_recent(self, path: str) -> None:
        if not os.path.exists(path):
            S.remove_recent_file(path)
        self.open_file(path)

    # ------------------------------------------------------------ crash safety
    def recover(self, snapshot: Snapshot) -> bool:
        """Open an autosaved map (dirty, so it is saved on purpose)."""
        try:
            doc = io.load_text(snapshot.text(), str(snapshot.map_path))
        except (io.LoadError, OSError) as exc:
            self._show_error("loadErrorDialog", "Could not recover the map", str(exc))
            return False
        self._install(doc, snapshot.original)
        self.undo_stack.resetClean()
        self.setWindowModified(True)
        if self.autosaver.tick():
            snapshot.discard()
        return True

    @property
    def is_pristine(self) -> bool:
        """An untitled map nobody has touched: New/Open/Recover may reuse the window."""
        return self.path is None and not self.is_modified and self.document.count("touchpoint") == 0

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
        self.autosaver.stop()
        self.autosaver.discard()
        for signal, slot in (
            (QGuiApplication.clipboard().dataChanged, self._clipboard_changed),
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

    # ------------------------------------------------------------ selection and navigation
    def _selection_changed(self, ids: list) -> None:
        self._selection = list(ids)
        self.inspector.show_ids(self._selection)
        self.actions_.set_selection_actions(bool(self._selection))

    def selected_ids(self) -> list[str]:
        """What Cut/Copy/Delete act on: the friction register's rows when it has the
        focus, else the canvas selection."""
        if self._focus_in(self.friction_panel):
            ids = self.friction_panel.selected_ids()
            if ids:
                return ids
        if self.scene is None:
            return []
        return [i for i in self.scene.selected_ids() if i in self.document]

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
        if self.scene is not None:
            self.scene.add_from_palette(kind)

    def _link_tool(self, on: bool) -> None:
        if self.view is not None:
            self.view.set_tool("link" if on else "select")

    def _focus_in(self, widget: QWidget) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is widget or widget.isAncestorOf(focus))

    def _scene_editing(self) -> bool:
        """A title is being edited in place on the canvas: map-level edit actions wait."""
        scene = self.scene
        return bool(scene is not None and hasattr(scene, "is_editing") and scene.is_editing())

    def _text_focus(self) -> QWidget | None:
        focus = QApplication.focusWidget()
        if isinstance(focus, _TEXT_WIDGETS) and self.isAncestorOf(focus):
            return focus
        if isinstance(focus, QComboBox) and focus.isEditable() and self.isAncestorOf(focus):
            return focus.lineEdit()
        return None

    # ------------------------------------------------------------ Edit
    def cut(self) -> bool:
        if self._scene_editing():
            return False
        text = self._text_focus()
        if text is not None and hasattr(text, "cut"):
            text.cut()
            return True
        ids = self.selected_ids()
        if not self.copy_ids(ids):
            return False
        self.undo_stack.push(RemoveItems(self.document, ids, "Cut"))
        return True

    def copy(self) -> bool:
        if self._scene_editing():
            return False
        text = self._text_focus()
        if text is not None and hasattr(text, "copy"):
            text.copy()
            return True
        return self.copy_ids(self.selected_ids())

    def copy_ids(self, ids: list[str]) -> bool:
        """Put items on the clipboard as a fragment (plus their titles as text)."""
        if not ids:
            return False
        fragment = to_fragment(self.document, ids)
        if not any(fragment.get(k + "s") for k in _PASTE_KINDS):
            return False
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(dumps_fragment(fragment).encode("utf-8")))
        titles = [
            e.get("title") or e.get("name") or ""
            for k in _PASTE_KINDS
            for e in fragment.get(k + "s", ())
            if k != "link"
        ]
        mime.setText("\n".join(t for t in titles if t))
        QGuiApplication.clipboard().setMimeData(mime)
        n = sum(len(fragment.get(k + "s", ())) for k in _PASTE_KINDS)
        self.statusBar().showMessage(f"Copied {n} item{'s' if n != 1 else ''}", 3000)
        return True

    def clipboard_fragment(self) -> dict | None:
        """The map items on the clipboard, or None (``clipboard_problem`` then says
        why when the clipboard holds damaged or newer items)."""
        self.clipboard_problem = ""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return None
        try:
            if mime.hasFormat(MIME_TYPE):
                return loads_fragment(bytes(mime.data(MIME_TYPE).data()))
            text = mime.text().strip() if mime.hasText() else ""
            if text.startswith("{") and '"journeydesk-fragment"' in text[:300]:
                return loads_fragment(text)
        except FragmentError as exc:
            self.clipboard_problem = str(exc)
            return None
        return None

    def _clipboard_changed(self) -> None:
        if self._closed:
            return
        mime = QGuiApplication.clipboard().mimeData()
        ok = mime is not None and (
            mime.hasFormat(MIME_TYPE) or (mime.hasText() and "journeydesk-fragment" in mime.text()[:300])
        )
        self.actions_.paste.setEnabled(bool(ok) or self._text_focus() is not None)

    def _focus_changed(self, _old, new) -> None:
        if new is not None and self.isAncestorOf(new):
            self._clipboard_changed()  # Paste also pastes text into a text field

    def paste(self) -> list[str]:
        if self._scene_editing():
            return []
        text = self._text_focus()
        if text is not None and hasattr(text, "paste"):
            text.paste()
            return []
        fragment = self.clipboard_fragment()
        if fragment is None:
            if self.clipboard_problem:
                self.statusBar().showMessage(f"Cannot paste: {self.clipboard_problem}", 8000)
            else:
                self.statusBar().showMessage("Nothing to paste: the clipboard holds no map items", 3000)
            return []
        return self.paste_fragment(fragment, "Paste")

    def duplicate(self) -> list[str]:
        if self._scene_editing():
            return []
        ids = self.selected_ids()
        if not ids:
            return []
        return self.paste_fragment(to_fragment(self.document, ids), "Duplicate")

    def _paste_place(self) -> tuple[str | None, str | None, str | None]:
        """Where a paste goes: the selected card's cell, stage or lane; and the card
        or link for frictions pasted alone."""
        doc = self.document
        stage = lane = target = None
        for item in self.selected_ids():
            kind = doc.kind_of(item)
            if kind == "touchpoint":
                a = doc.get(item)
                stage, lane, target = stage or a["stage"], lane or a["lane"], target or item
            elif kind == "link":
                target = target or item
            elif kind == "stage":
                stage = stage or item
            elif kind == "lane":
                lane = lane or item
        return stage, lane, target

    def paste_fragment(self, fragment: dict[str, Any], label: str = "Paste") -> list[str]:
        """Add a fragment's items as ONE undo step, select them, return their ids."""
        if not is_fragment(fragment):
            return []
        stage, lane, target = self._paste_place()
        try:
            plan = paste_plan(self.document, fragment, stage, lane, target)
        except FragmentError:
            return []
        if not plan:
            self.statusBar().showMessage("Nothing to paste here", 3000)
            return []
        n = sum(1 for kind, _ in plan if kind in _PASTE_KINDS)
        commands = [AddItem(self.document, kind, values, f"Add {kind}") for kind, values in plan]
        try:  # all or nothing: a paste that fails half way leaves no half
            push_macro(self.undo_stack, f"{label} {n} item{'s' if n != 1 else ''}", commands)
        except Exception as exc:  # noqa: BLE001 - the map stays as it was; say why
            self.statusBar().showMessage(self.tr("Cannot paste: {error}").format(error=exc), 8000)
            return []
        new = [
            values["id"] for kind, values in plan if kind in _PASTE_KINDS and values["id"] in self.document
        ]
        if self.scene is not None:
            self.scene.select_ids(new)
        self.statusBar().showMessage(f"{label}: {n} item{'s' if n != 1 else ''}", 3000)
        return new

    def delete(self) -> None:
        if self._scene_editing():
            return
        text = self._text_focus()
        if text is not None:
            if isinstance(text, QLineEdit):
                text.del_()
            return
        if self._focus_in(self.friction_panel) and self.friction_panel.delete_selected():
            return
        if self._focus_in(self.personas_panel) and self.personas_panel.current_persona():
            self.personas_panel.delete_persona()
            return
        if self.scene is not None:
            self.scene.delete_selected()

    def select_all(self) -> None:
        if self._scene_editing():
            return
        text = self._text_focus()
        if text is not None and hasattr(text, "selectAll"):
            text.selectAll()
            return
        if self.scene is not None:
            self.scene.select_all()

    def edit_title(self) -> None:
        if self.scene is not None:
            self.view.setFocus()
            self.scene.edit_selected_title()

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
