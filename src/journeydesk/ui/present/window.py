"""The presentation window: full screen on the chosen screen, the map in the
presentation view, the overlay, quick capture, and (with two screens) the
presenter's console on the other one.

It is a top-level window of its own: the editor's window, its menus, docks,
view, selection and full-screen state are never touched, so leaving gives the
editor back exactly as it was. The one scene-wide state it changes, the
far-out overview drawing, it puts back on leaving.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ...commands.capture import CaptureItem
from ...present.capture import FRICTION, target_kind_ok
from ..canvas.heat import cell_loads
from .capture import CaptureBar
from .console import PresenterConsole
from .controller import Presentation
from .overlay import Overlay
from .view import PresenterView

REPLAN_MS = 120  # after the map changes: re-plan once the edits settle


def _capture_of(command):
    """The CaptureItem behind a command on the stack (a live session wraps them)."""
    inner = getattr(command, "command", command)
    return inner if isinstance(inner, CaptureItem) else None


class PresentationWindow(QWidget):
    """``closed``: the presentation ended (the editor is back)."""

    closed = Signal()

    def __init__(self, main_window, size: tuple[int, int] | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.main = main_window
        self.scene = main_window.scene
        self.doc = main_window.document
        self.undo_stack = main_window.undo_stack
        self.fixed_size = size
        self.setWindowTitle(self.tr("{title} \u2014 presenting").format(title=self.doc.meta["title"]))
        self._focus_before = QApplication.focusWidget()
        self._overview_before = self.scene.overview_mode()
        self._captures: list = []  # commands pushed from here (Ctrl+Z takes them back)
        self._ended = False
        self.console: PresenterConsole | None = None

        self.view = PresenterView(self.scene, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        w, h = size or self._screen_size()
        self.presentation = Presentation(self.doc, self.scene, (w, h), self)
        self.overlay = Overlay(self.presentation, self.view)
        self.view.overlay = self.overlay
        self.view.key_handler = self.handle_key
        self.capture_bar = CaptureBar(self)
        self.capture_bar.submitted.connect(self._captured)
        self.capture_bar.cancelled.connect(self._close_capture)

        p = self.presentation
        p.stepChanged.connect(self._show_step)
        p.changed.connect(self._refresh)
        p.leaveRequested.connect(self.close)
        p.captureRequested.connect(self.open_capture)
        p.undoRequested.connect(self.undo_capture)
        p.screenRequested.connect(self.next_screen)
        self.view.pointerMoved.connect(self._pointer_moved)
        self.view.resized.connect(self._view_resized)
        self._replan = QTimer(self)
        self._replan.setSingleShot(True)
        self._replan.setInterval(REPLAN_MS)
        self._replan.timeout.connect(self._map_changed)
        self.scene.flushed.connect(self._replan.start)
        if self._overview_before:
            self.scene.set_overview_mode(False)  # the presentation draws its own far-out look
        # Items keep one picture per view but Qt clears their "needs painting" flag
        # on the first view that paints them: the editor's view, painting too,
        # would leave the presentation showing old pictures. It rests meanwhile
        # (it is behind, or on the presenter's screen) and paints afresh after.
        self._editor_viewport = main_window.view.viewport() if main_window.view is not None else None
        if self._editor_viewport is not None:
            self._editor_viewport.setUpdatesEnabled(False)
        self._refresh()

    # ------------------------------------------------------------ showing
    def _screen_size(self) -> tuple[int, int]:
        screen = self.target_screen()
        g = screen.geometry() if screen is not None else None
        return (g.width(), g.height()) if g is not None else (1920, 1080)

    def target_screen(self):
        """The screen to present on: the one chosen last time, else another
        screen than the editor's (a projector), else the editor's."""
        from .. import settings as S

        screens = QGuiApplication.screens()
        wanted = str(S.settings().value("present/screen", ""))
        for s in screens:
            if wanted and s.name() == wanted:
                return s
        here = self.main.screen()
        others = [s for s in screens if s is not here]
        return others[0] if others else here

    def start(self) -> None:
        """Show the presentation (full screen unless a fixed size was given) at its first step."""
        if self.fixed_size is not None:
            self.resize(*self.fixed_size)
            self.show()
        else:
            screen = self.target_screen()
            if screen is not None:
                self.setScreen(screen)
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        self.activateWindow()
        self.view.setFocus()
        self._show_step(False)
        self._open_console()

    def _open_console(self) -> None:
        here = self.screen()
        others = [s for s in QGuiApplication.screens() if s is not here]
        if self.fixed_size is not None or not others:
            return  # one screen: the notes strip (N) shows the notes
        self.console = PresenterConsole(self.presentation, self.handle_key)
        self.console.setScreen(others[0])
        self.console.setGeometry(others[0].availableGeometry())
        self.console.show()

    def next_screen(self) -> None:
        """S: present on the next screen (remembered)."""
        from .. import settings as S

        screens = QGuiApplication.screens()
        if len(screens) < 2 or self.fixed_size is not None:
            self.presentation.say(self.tr("There is only one screen"))
            return
        i = screens.index(self.screen()) if self.screen() in screens else 0
        screen = screens[(i + 1) % len(screens)]
        S.settings().setValue("present/screen", screen.name())
        self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        if self.console is not None:
            self.console.shutdown()
            self.console.close()
            self.console = None
        self._open_console()

    def target_of(self, step) -> tuple[tuple[float, float], float, tuple[float, float]]:
        """Where the view goes for ``step``: (scene centre, zoom, viewport anchor),
        the centre of the room its kind of step leaves for the map."""
        screens = self.presentation.hud.screens()
        if step.kind == "stage":
            screen = screens.stage
        elif step.kind in ("touchpoint", "hotspot", "persona"):
            screen = screens.focus
        else:
            screen = screens.overview
        area = screen.area
        return step.centre, step.zoom, (area.cx, area.cy)

    def _show_step(self, animate: bool) -> None:
        if not self.presentation.tour.steps:
            return
        self.view.show_at(*self.target_of(self.presentation.step), animate)
        self.view.viewport().update()

    def _refresh(self) -> None:
        p = self.presentation
        readable = p.hud.screens().stage.readable_zoom
        heat = cell_loads(self.doc) if p.toggles["heatmap"] else None
        self.view.set_context(
            theme=p.theme,
            badges=p.toggles["frictions"],
            curves=p.toggles["curves"],
            heat=heat,
            text_zoom=readable * 0.999,
        )
        self.capture_bar.style_for(p.hud, p.theme)
        self.view.viewport().setCursor(
            Qt.CursorShape.BlankCursor if p.toggles["pointer"] else Qt.CursorShape.ArrowCursor
        )
        self.view.viewport().update()

    def _pointer_moved(self, _pos) -> None:
        if self.presentation.toggles["pointer"]:
            self.view.viewport().update()

    def _map_changed(self) -> None:
        if not self._ended:
            self.presentation.plan()

    def _view_resized(self, width: int, height: int) -> None:
        if width > 10 and height > 10:
            self.presentation.resize(width, height)
            self.capture_bar.style_for(self.presentation.hud, self.presentation.theme)

    # ------------------------------------------------------------ keys
    def handle_key(self, event: QKeyEvent) -> bool:
        return self.presentation.key(event.key(), event.modifiers(), event.text())

    def keyPressEvent(self, event) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    # ------------------------------------------------------------ quick capture
    def capture_targets(self) -> tuple[str | None, str | None]:
        """(card or link, stage) the room points at: the card under the pointer,
        else the card or link the step is about; the stage it is in."""
        step = self.presentation.step
        item = None
        pointer = self.view.pointer
        if pointer is not None:
            card = self.scene.card_at(self.view.mapToScene(pointer.toPoint()))
            if card is not None:
                item = card.item_id
        if item is None and step.item in self.doc:
            item = step.item
        stage = step.stage
        if item is not None and self.doc.kind_of(item) == "touchpoint":
            stage = self.doc.graph.nodes[item]["stage"]
        return item, stage if stage in self.doc else None

    def _where(self) -> str:
        item, stage = self.capture_targets()
        nodes = self.doc.graph.nodes
        if item is not None and self.doc.kind_of(item) == "touchpoint":
            return self.tr("On the card \u201c{title}\u201d").format(title=nodes[item]["title"])
        if item is not None:
            return self.tr("On the link the step is about")
        if stage is not None:
            return self.tr("No card pointed at: an idea goes on the stage \u201c{name}\u201d").format(
                name=nodes[stage]["name"]
            )
        return self.tr("No card pointed at: an idea goes on the map")

    def open_capture(self) -> None:
        self.capture_bar.style_for(self.presentation.hud, self.presentation.theme)
        self.capture_bar.open(self._where())

    def _close_capture(self) -> None:
        self.capture_bar.hide()
        self.view.setFocus()

    def capture(self, kind: str, text: str) -> str | None:
        """Add what was typed as one undo step; the id of the new item (None if refused)."""
        item, stage = self.capture_targets()
        target = item if kind == FRICTION else (item or stage)
        if not target_kind_ok(self.doc, kind, target):
            self.presentation.say(self.tr("Point at a card to capture a friction (Tab: an idea)"))
            return None
        command = CaptureItem(self.doc, kind, target, text)
        self.undo_stack.push(command)
        self._captures.append(command)
        self.scene.flush()
        return command.item_id if command.item_id in self.doc else None

    def _captured(self, kind: str, text: str) -> None:
        if self.capture(kind, text) is None:
            return
        self._close_capture()
        what = self.tr("Friction captured") if kind == FRICTION else self.tr("Idea captured")
        self.presentation.say(what + " \u2014 " + self.tr("Ctrl+Z takes it back"))

    def undo_capture(self) -> None:
        """Ctrl+Z: take back the last capture made here, and nothing else (the
        presentation never undoes the editor's own edits)."""
        stack = self.undo_stack
        index = stack.index()
        top = stack.command(index - 1) if index > 0 else None
        capture = _capture_of(top) if top is not None else None
        if capture is None or capture not in self._captures:
            self.presentation.say(self.tr("Nothing captured here to take back"))
            return
        stack.undo()
        self.presentation.say(self.tr("Capture taken back"))

    # ------------------------------------------------------------ leaving
    def closeEvent(self, event) -> None:
        self.end()
        super().closeEvent(event)

    def end(self) -> None:
        """Stop presenting and give the editor back as it was."""
        if self._ended:
            return
        self._ended = True
        self._replan.stop()
        self.view.animation.stop()
        try:
            self.scene.flushed.disconnect(self._replan.start)
        except (RuntimeError, TypeError):
            pass
        if self.console is not None:
            self.console.shutdown()
            self.console.close()
            self.console = None
        if shiboken6.isValid(self.scene) and not self.scene.detached:
            if self._overview_before != self.scene.overview_mode():
                self.scene.set_overview_mode(self._overview_before)
            self.scene.forget_pictures()  # the editor's pictures are from before: paint them again
        vp = self._editor_viewport
        if vp is not None and shiboken6.isValid(vp):
            vp.setUpdatesEnabled(True)
            vp.update()
        self.view.overlay = None
        self.view.setScene(None)
        self.closed.emit()
        if shiboken6.isValid(self.main):
            self.main.activateWindow()
            before = self._focus_before
            if before is not None and shiboken6.isValid(before) and before.isVisible():
                before.setFocus()
