"""The main window's actions, menus and toolbar.

Every action has a stable objectName (``actionSave``, ``actionUndo``...) for GUI
automation and tests, and a standard shortcut where the platform has one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from .canvas.keyboard import link_selected
from .templates_menu import fill_templates_menu

K = QKeySequence.StandardKey


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _glyph(text: str, colour: str = "#2E4057", size: int = 32) -> QIcon:
    """A small drawn icon (no image files to ship): a symbol on a transparent tile."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(colour)))
    f = p.font()
    f.setPixelSize(int(size * 0.62))
    f.setBold(True)
    p.setFont(f)
    p.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return QIcon(pm)


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for k in keys:
        if not k.isEmpty() and k not in out:
            out.append(k)
    return out


def _dialog(module: str, name: str):
    """A dialog's opener, its module loaded when first asked for (not at start-up)."""
    from importlib import import_module

    return getattr(import_module(f"{__package__}.{module}"), name)


class Actions:
    """Builds the actions of ``window`` (a MainWindow) and connects them to its methods."""

    def __init__(self, window) -> None:
        self.w = window
        self.all: dict[str, QAction] = {}
        style = window.style()
        std = style.standardIcon
        P = QStyle.StandardPixmap
        w = window

        # File
        self.new = self._make(
            "actionNew",
            translate("Actions", "&New"),
            w.new_document,
            K.New,
            std(P.SP_FileIcon),
            translate("Actions", "A new map with the five classic stages"),
        )
        self.new_window = self._make(
            "actionNewWindow", translate("Actions", "New &Window"), w.new_window, QKeySequence("Ctrl+Shift+N")
        )
        self.open = self._make(
            "actionOpen", translate("Actions", "&Open…"), w.open_file, K.Open, std(P.SP_DialogOpenButton)
        )
        self.save = self._make(
            "actionSave", translate("Actions", "&Save"), w.save, K.Save, std(P.SP_DialogSaveButton)
        )
        self.save_as = self._make("actionSaveAs", translate("Actions", "Save &As…"), w.save_as, K.SaveAs)
        self.import_ = self._make(
            "actionImport",
            translate("Actions", "&Import…"),
            w.import_spreadsheet,
            tip=translate(
                "Actions", "Import touchpoints from a spreadsheet (CSV or Excel), into a new map or this one"
            ),
        )
        self.compare = self._make(
            "actionCompare",
            translate("Actions", "Co&mpare With…"),
            w.compare_with,
            tip=translate("Actions", "Show what changed between this map and another version of it"),
        )
        self.export = self._make(
            "actionExport", translate("Actions", "&Export…"), w.export, QKeySequence("Ctrl+E")
        )
        self.export.setToolTip(translate("Actions", "Export the map as PDF, PNG, SVG or CSV"))
        self.close = self._make("actionClose", translate("Actions", "&Close"), w.close, K.Close)
        self.quit = self._make("actionQuit", translate("Actions", "&Quit"), w.quit_app, K.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Edit
        stack = window.undo_stack
        self.undo = stack.createUndoAction(window, translate("Actions", "&Undo"))
        self.undo.setObjectName("actionUndo")
        self.undo.setShortcuts(K.Undo)
        self.undo.setIcon(_glyph("↶"))
        self.redo = stack.createRedoAction(window, translate("Actions", "&Redo"))
        self.redo.setObjectName("actionRedo")
        # Ctrl+Shift+Z and Ctrl+Y both redo, whatever the platform's standard says.
        self.redo.setShortcuts(
            _unique([*QKeySequence.keyBindings(K.Redo), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        )
        self.redo.setIcon(_glyph("↷"))
        self.all["actionUndo"], self.all["actionRedo"] = self.undo, self.redo
        self.cut = self._make("actionCut", translate("Actions", "Cu&t"), w.clipboard.cut, K.Cut)
        self.copy = self._make("actionCopy", translate("Actions", "&Copy"), w.clipboard.copy, K.Copy)
        self.paste = self._make("actionPaste", translate("Actions", "&Paste"), w.clipboard.paste, K.Paste)
        self.duplicate = self._make(
            "actionDuplicate",
            translate("Actions", "Dupl&icate"),
            w.clipboard.duplicate,
            QKeySequence("Ctrl+D"),
        )
        self.delete = self._make("actionDelete", translate("Actions", "&Delete"), w.focus_router.delete)
        # Qt's standard Delete keys on X11 include Ctrl+D, Duplicate's key: both
        # would then be ambiguous and neither run.
        self.delete.setShortcuts(
            _unique(
                [QKeySequence(Qt.Key.Key_Delete)]
                + [k for k in QKeySequence.keyBindings(K.Delete) if k != QKeySequence("Ctrl+D")]
            )
        )
        self.select_all = self._make(
            "actionSelectAll", translate("Actions", "Select &All"), w.focus_router.select_all, K.SelectAll
        )
        self.edit_title = self._make(
            "actionEditTitle", translate("Actions", "Edit Titl&e"), w.edit_title, QKeySequence(Qt.Key.Key_F2)
        )
        self.link_tool = self._make(
            "actionLinkTool",
            translate("Actions", "&Link Tool"),
            w.toggle_link_tool,
            QKeySequence(Qt.Key.Key_L),
        )
        self.link_cards = self._make(
            "actionLinkCards",
            translate("Actions", "Lin&k Selected Cards"),
            lambda: w.editor is not None and link_selected(w.editor),
            QKeySequence("Ctrl+K"),
            tip=translate("Actions", "Link each selected card to the next one along the journey"),
        )
        self.preferences = self._make(
            "actionPreferences",
            translate("Actions", "Pre&ferences…"),
            lambda: _dialog("preferences_dialog", "show_preferences")(w),
            _unique([*QKeySequence.keyBindings(K.Preferences), QKeySequence("Ctrl+,")]),
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        # View
        self.zoom_in = self._make(
            "actionZoomIn", translate("Actions", "Zoom &In"), w.zoom_in, K.ZoomIn, _glyph("+")
        )
        self.zoom_in.setShortcuts([QKeySequence(K.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(
            "actionZoomOut", translate("Actions", "Zoom &Out"), w.zoom_out, K.ZoomOut, _glyph("−")
        )
        self.fit = self._make(
            "actionFit", translate("Actions", "&Fit to Window"), w.fit, QKeySequence("Ctrl+0"), _glyph("⤢")
        )
        self.actual_size = self._make(
            "actionActualSize", translate("Actions", "&Actual Size"), w.actual_size, QKeySequence("Ctrl+1")
        )
        self.heatmap = self._make(
            "actionHeatmap",
            translate("Actions", "Friction &Heatmap"),
            w.set_heatmap,
            QKeySequence("Ctrl+Shift+H"),
            _glyph("▦", "#E4572E"),
            checkable=True,
        )
        self.heatmap.setToolTip(translate("Actions", "Shade each stage and lane by its friction load"))
        self.full_screen = self._make(
            "actionFullScreen", translate("Actions", "F&ull Screen"), w.set_full_screen, checkable=True
        )
        self.full_screen.setShortcuts(
            _unique([QKeySequence(Qt.Key.Key_F11), *QKeySequence.keyBindings(K.FullScreen)])
        )

        # Moving between the panels and the map (see pane_focus.py)
        self.next_panel = self._make(
            "actionNextPanel",
            translate("Actions", "Ne&xt Panel"),
            lambda: w.pane_focus.cycle(True),
            QKeySequence(Qt.Key.Key_F6),
        )
        self.previous_panel = self._make(
            "actionPreviousPanel",
            translate("Actions", "P&revious Panel"),
            lambda: w.pane_focus.cycle(False),
            QKeySequence("Shift+F6"),
        )

        # Help
        self.user_guide = self._make(
            "actionUserGuide",
            translate("Actions", "User &Guide"),
            lambda: _dialog("guide_dialog", "show_guide")(w),
            QKeySequence(Qt.Key.Key_F1),
        )
        self.keyboard_shortcuts = self._make(
            "actionKeyboardShortcuts",
            translate("Actions", "&Keyboard Shortcuts"),
            lambda: _dialog("shortcuts_dialog", "show_shortcuts")(w),
            QKeySequence("Ctrl+/"),
        )
        self.about = self._make("actionAbout", translate("Actions", "&About JourneyDesk"), w.about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        for a in self.all.values():
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _make(
        self,
        name: str,
        text: str,
        slot,
        shortcut=None,
        icon: QIcon | None = None,
        tip: str = "",
        checkable: bool = False,
    ) -> QAction:
        a = QAction(text, self.w)
        a.setObjectName(name)
        a.setCheckable(checkable)
        if shortcut is not None:
            if isinstance(shortcut, (K, list)):
                a.setShortcuts(shortcut)
            else:
                a.setShortcut(shortcut)
        if icon is not None:
            a.setIcon(icon)
        if tip:
            a.setToolTip(tip)
            a.setStatusTip(tip)
        if a.isCheckable():
            a.toggled.connect(slot)
        else:
            a.triggered.connect(lambda checked=False, s=slot: s())
        self.all[name] = a
        return a

    # ------------------------------------------------------------ menus
    def build_menus(self, docks) -> None:
        w = self.w
        bar = w.menuBar()
        file = bar.addMenu(translate("Actions", "&File"))
        file.setObjectName("menuFile")
        file.addAction(self.new)
        self.examples_menu = file.addMenu(translate("Actions", "New from E&xample"))
        self.examples_menu.setObjectName("menuExamples")
        self.examples_menu.aboutToShow.connect(w._fill_examples_menu)
        self.templates_menu = file.addMenu(translate("Actions", "New from &Template"))
        self.templates_menu.setObjectName("menuTemplates")
        self.templates_menu.menuAction().setObjectName("actionNewFromTemplate")
        self.all["actionNewFromTemplate"] = self.templates_menu.menuAction()
        fill_templates_menu(w, self.templates_menu)
        file.addAction(self.new_window)
        file.addSeparator()
        file.addAction(self.open)
        self.recent_menu = file.addMenu(translate("Actions", "Open &Recent"))
        self.recent_menu.setObjectName("menuOpenRecent")
        self.recent_menu.aboutToShow.connect(w._fill_recent_menu)
        file.addSeparator()
        file.addAction(self.save)
        file.addAction(self.save_as)
        file.addSeparator()
        file.addAction(self.import_)
        file.addAction(self.export)
        file.addAction(self.compare)
        file.addSeparator()
        file.addAction(self.close)
        file.addAction(self.quit)

        edit = bar.addMenu(translate("Actions", "&Edit"))
        edit.setObjectName("menuEdit")
        for a in (
            self.undo,
            self.redo,
            None,
            self.cut,
            self.copy,
            self.paste,
            self.duplicate,
            self.delete,
            None,
            self.select_all,
            self.edit_title,
            self.link_tool,
            self.link_cards,
            None,
            self.preferences,
        ):
            edit.addSeparator() if a is None else edit.addAction(a)

        view = bar.addMenu(translate("Actions", "&View"))
        view.setObjectName("menuView")
        for a in (
            self.zoom_in,
            self.zoom_out,
            self.fit,
            self.actual_size,
            None,
            self.heatmap,
            self.full_screen,
        ):
            view.addSeparator() if a is None else view.addAction(a)
        view.addSeparator()
        panels = view.addMenu(translate("Actions", "Pa&nels"))
        panels.setObjectName("menuPanels")
        for dock in docks:
            panels.addAction(dock.toggleViewAction())
        view.addAction(self.next_panel)
        view.addAction(self.previous_panel)

        help_ = bar.addMenu(translate("Actions", "&Help"))
        help_.setObjectName("menuHelp")
        help_.addAction(self.user_guide)
        help_.addAction(self.keyboard_shortcuts)
        help_.addSeparator()
        help_.addAction(self.about)

    def build_toolbar(self) -> QToolBar:
        tb = QToolBar(translate("Actions", "Main toolbar"), self.w)
        tb.setObjectName("mainToolBar")
        tb.setMovable(False)
        tb.setIconSize(QSize(18, 18))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (
            self.new,
            self.open,
            self.save,
            None,
            self.undo,
            self.redo,
            None,
            self.zoom_out,
            self.zoom_in,
            self.fit,
            None,
            self.heatmap,
            self.export,
        ):
            tb.addSeparator() if a is None else tb.addAction(a)
        return tb

    def set_selection_actions(self, has_selection: bool) -> None:
        for a in (self.cut, self.copy, self.duplicate, self.delete, self.link_cards):
            a.setEnabled(has_selection)


__all__ = ["Actions", "QMenu"]
