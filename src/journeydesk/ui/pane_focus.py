"""Tab and F6 between the window's panes: the docks and the canvas.

Qt's own Tab order is the order widgets were made in, which in the main window
puts late-built docks (comments, participants) before the palette and sends
the inspector's rebuilt fields to the end. Here Tab and Shift+Tab walk the
panes as they sit on screen: left docks top to bottom, the canvas, right docks,
bottom docks left to right. Inside a pane, Tab moves through its fields in
Qt's order; past the last one it enters the next pane. The canvas is one stop
(the arrow keys move inside it).

F6 and Shift+F6 (View > Next Panel / Previous Panel) jump to the next or
previous pane at once, back to the field that had the focus there, as in
LibreOffice and GTK apps. Docks tabbed together count as panes each: arriving
in one brings its tab to the front.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

_AREA_RANK = {
    Qt.DockWidgetArea.TopDockWidgetArea: 0,
    Qt.DockWidgetArea.LeftDockWidgetArea: 1,
    Qt.DockWidgetArea.RightDockWidgetArea: 3,
    Qt.DockWidgetArea.BottomDockWidgetArea: 4,
}
_CANVAS_RANK = 2


class PaneFocus(QObject):
    """``window.pane_focus``; the window's ``focusNextPrevChild`` asks ``tab``."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._last: dict[int, QWidget] = {}  # pane -> the widget last focused in it
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def detach(self) -> None:
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        except (RuntimeError, TypeError):
            pass

    # ------------------------------------------------------------ panes
    def panes(self, behind: bool = False) -> list[QWidget]:
        """The open docks (of this window, not floating) and the canvas, in reading
        order; ``behind``: with the docks tabbed behind another (F6 visits them,
        Tab does not)."""
        w = self.window
        out: list[tuple[tuple, QWidget]] = []
        view = w.view
        if view is not None and view.isVisible():
            out.append(((_CANVAS_RANK, 0, 0), view))
        for dock in w.findChildren(QDockWidget):
            if dock.isFloating() or not dock.toggleViewAction().isChecked() or dock.widget() is None:
                continue
            area = w.dockWidgetArea(dock)
            shown = self.in_front(dock)
            pos = dock.geometry().topLeft() if shown else None
            if pos is None and behind:  # tabbed behind another: just after the one in front
                front = next((d for d in w.tabifiedDockWidgets(dock) if self.in_front(d)), None)
                pos = front.geometry().topLeft() if front is not None else None
            if pos is None:
                continue
            rank = _AREA_RANK.get(area, 5)
            along = (
                (pos.x(), pos.y())
                if area in (Qt.DockWidgetArea.BottomDockWidgetArea,)
                else (pos.y(), pos.x())
            )
            # docks tabbed together share a place: their names order them, the
            # same whichever is in front (F6 raising one must not reorder them)
            out.append(((rank, *along, dock.objectName()), dock))
        out.sort(key=lambda entry: entry[0])
        return [pane for _key, pane in out]

    def in_front(self, dock: QDockWidget) -> bool:
        """Shown, and not a tab behind another (Qt parks those outside the window)."""
        return dock.isVisible() and self.window.rect().contains(dock.geometry().topLeft())

    def pane_of(self, widget: QWidget | None) -> QWidget | None:
        for pane in self.panes(behind=True):
            if widget is pane or (widget is not None and pane.isAncestorOf(widget)):
                return pane
        return None

    def stops(self, pane: QWidget) -> list[QWidget]:
        """The widgets Tab stops at in ``pane``, in Qt's focus-chain order."""
        if pane is self.window.view:
            return [pane]
        out = []
        w = self.window
        widget = w.nextInFocusChain()
        seen = 0
        while widget is not w and seen < 10_000:
            seen += 1
            if pane.isAncestorOf(widget) and _takes_tab(widget):
                out.append(widget)
            widget = widget.nextInFocusChain()
        return out

    # ------------------------------------------------------------ moving
    def tab(self, forward: bool) -> bool:
        """Tab or Shift+Tab from the focused widget; False when it is not ours."""
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self.window:
            return False
        panes = self.panes()
        pane = self.pane_of(focus)
        if pane is None or pane not in panes:
            return False
        stops = self.stops(pane)
        here = _index_in(stops, focus)
        nxt = here + (1 if forward else -1)
        if here >= 0 and 0 <= nxt < len(stops):
            return self._enter(stops[nxt], forward)
        i = panes.index(pane)
        for step in range(1, len(panes) + 1):
            target = panes[(i + (step if forward else -step)) % len(panes)]
            found = self._stops_raised(target)
            if found:
                return self._enter(found[0] if forward else found[-1], forward)
        return False

    def cycle(self, forward: bool = True) -> QWidget | None:
        """F6 / Shift+F6: the next or previous pane, at the field last used there."""
        panes = self.panes(behind=True)
        if not panes:
            return None
        pane = self.pane_of(QApplication.focusWidget())
        i = panes.index(pane) if pane in panes else (-1 if forward else 0)
        for step in range(1, len(panes) + 1):
            target = panes[(i + (step if forward else -step)) % len(panes)]
            stops = self._stops_raised(target)
            if not stops:
                continue
            last = self._last.get(id(target))
            widget = last if last in stops else stops[0]
            self._enter(widget, True, Qt.FocusReason.OtherFocusReason)
            return target
        return None

    def _stops_raised(self, pane: QWidget) -> list[QWidget]:
        if isinstance(pane, QDockWidget) and not self.in_front(pane):
            pane.raise_()  # a tab behind another comes to the front
            QApplication.processEvents()
        return self.stops(pane)

    def _enter(self, widget: QWidget, forward: bool, reason: Qt.FocusReason | None = None) -> bool:
        if reason is None:
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        widget.setFocus(reason)
        return True

    def _focus_changed(self, _old, new) -> None:
        if new is None or new.window() is not self.window:
            return
        pane = self.pane_of(new)
        if pane is not None:
            self._last[id(pane)] = new


def _takes_tab(widget: QWidget) -> bool:
    if widget.focusProxy() is not None:
        return False
    policy = widget.focusPolicy()
    return bool(policy.value & Qt.FocusPolicy.TabFocus.value) and widget.isVisible() and widget.isEnabled()


def _index_in(stops: list[QWidget], focus: QWidget) -> int:
    """Where the focused widget is among a pane's stops; a focused widget that is
    no stop (a combo box's line edit) counts as its nearest stop above it."""
    widget: QWidget | None = focus
    while widget is not None:
        for i, stop in enumerate(stops):
            if stop is widget:
                return i
        widget = widget.parentWidget()
    return -1
