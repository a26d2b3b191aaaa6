"""Presentation mode: View > Present (F5) puts the map on a big screen and walks
the room through it, stage by stage, persona by persona, hotspot by hotspot.

    controller.py  Presentation: tours, steps, toggles, theme, what each key does
    view.py        PresenterView: a read-only view of the editor's scene, animated
    overlay.py     dimming, title and progress bars, lane names, stage numbers
    panels.py      persona, hotspot, metrics, notes, chooser, key list, messages
    ink.py         the overlay's fonts and text layout (scaled to the display)
    hud.py         how much room the overlay takes; the screens steps are planned for
    capture.py     quick capture: an idea or a friction typed in front of the room
    console.py     the presenter's console on a second screen: notes, next step, clock
    window.py      PresentationWindow: full screen, the view, capture, the console

What the steps are is decided headlessly in ``journeydesk.present`` (the slide
deck uses the same steps). ``install(window)`` adds the action to a main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from .window import PresentationWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class PresentHook:
    """The window's way into presentation mode: ``actionPresent`` and the
    presentation that is running (``current``)."""

    def __init__(self, window) -> None:
        self.window = window
        self.current: PresentationWindow | None = None
        action = QAction(translate("Actions", "&Present"), window)
        action.setObjectName("actionPresent")
        action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = translate("Actions", "Show the map full screen, stage by stage, for a room (Esc leaves)")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda checked=False: self.start())
        self.action = action
        actions = getattr(window, "actions_", None)
        if actions is not None:
            actions.all["actionPresent"] = action
        self._add_to_menu(window)
        replaced = getattr(window, "documentReplaced", None)
        if replaced is not None:
            replaced.connect(self.stop)  # another map in the window: its presentation ends

    def _add_to_menu(self, window) -> None:
        from PySide6.QtWidgets import QMenu

        view = window.menuBar().findChild(QMenu, "menuView")
        if view is None:
            window.addAction(self.action)
            return
        after = next((a for a in view.actions() if a.objectName() == "actionFullScreen"), None)
        actions = view.actions()
        if after is not None and after in actions and actions.index(after) + 1 < len(actions):
            view.insertAction(actions[actions.index(after) + 1], self.action)
        else:
            view.addAction(self.action)

    def start(self, size: tuple[int, int] | None = None) -> PresentationWindow | None:
        """Start presenting the window's map (``size``: a window of that size
        instead of full screen; tests and screenshots)."""
        w = self.window
        if self.current is not None:
            self.current.raise_()
            self.current.activateWindow()
            return self.current
        if w.scene is None:
            return None
        editor = getattr(w, "editor", None)
        if editor is not None and w.scene.is_editing():
            editor.commit_editing()  # a title being typed goes in first
        w.scene.flush()
        from .window import PresentationWindow  # loaded when a presentation starts

        self.current = PresentationWindow(w, size)
        self.current.closed.connect(self._ended)
        self.current.start()
        return self.current

    def _ended(self) -> None:
        self.current = None

    def stop(self) -> None:
        if self.current is not None:
            self.current.close()


def install(window) -> PresentHook:
    return PresentHook(window)


__all__ = ["PresentHook", "install"]
