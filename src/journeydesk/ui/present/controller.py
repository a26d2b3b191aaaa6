"""The presentation's state and logic, apart from any widget: which tour and
step are showing, the live toggles, the theme, and what each key does.

``Presentation`` plans its tours with ``present.steps`` for the display it is
shown on (the HUD's room kept free), re-plans when the map changes (quick
capture, a live session) or the display does, and says so with ``stepChanged``
(the view moves there) and ``changed`` (the overlay repaints). The window and
the view call ``key()`` with what the keyboard sends.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...analysis import MapView, hotspots, stage_scorecard
from ...analysis.paths import persona_path
from ...layout.themes import LIGHT, Theme, next_theme, theme
from ...model import JourneyDocument
from ...present import FRICTIONS, MAIN, WALK, Step, Tour, friction_tour, main_tour, persona_tour
from .. import settings as S
from .hud import Hud

K = Qt.Key
NEXT = {K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter}
PREVIOUS = {K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace}
TOGGLES = ("frictions", "heatmap", "curves", "metrics", "notes", "pointer")
DEFAULT_TOGGLES = {
    "frictions": True,
    "heatmap": False,
    "curves": True,
    "metrics": False,
    "notes": False,
    "pointer": False,
}
TOGGLE_KEYS = {
    K.Key_H: "heatmap",
    K.Key_E: "curves",
    K.Key_M: "metrics",
    K.Key_N: "notes",
    K.Key_L: "pointer",
}
DIGIT_WAIT_MS = 900  # "1" then "2" within this: stage 12


class Presentation(QObject):
    """``stepChanged(animate)``: show the current step; ``changed``: repaint the
    overlay; ``leaveRequested``: Esc (the window closes and restores the editor);
    ``captureRequested``: the capture key; ``undoRequested``: Ctrl+Z."""

    stepChanged = Signal(bool)
    changed = Signal()
    leaveRequested = Signal()
    captureRequested = Signal()
    undoRequested = Signal()
    screenRequested = Signal()

    def __init__(self, doc: JourneyDocument, scene, size: tuple[int, int], parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.scene = scene
        self.toggles = dict(DEFAULT_TOGGLES)
        self.theme: Theme = LIGHT
        self._load_settings()
        self.hud = Hud(size[0], size[1], self.toggles["notes"], self.toggles["metrics"])
        self.help = False  # the key list
        self.chooser = False  # picking a persona
        self.blank: str | None = None  # "black" / "white": the screen blanked (B, W)
        self.toast = ""  # a short message over the map (cleared by a timer)
        self.main: Tour = Tour(MAIN, ())
        self.tour: Tour = self.main
        self.index = 0
        self._resume = 0  # the main tour's step to come back to from a walk or the friction tour
        self._analysis: dict = {}
        self._digits = ""
        self._digit_timer = QTimer(self)
        self._digit_timer.setSingleShot(True)
        self._digit_timer.setInterval(DIGIT_WAIT_MS)
        self._digit_timer.timeout.connect(self._digits_done)
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.timeout.connect(self._clear_toast)
        self.plan()

    # ------------------------------------------------------------ settings
    def _load_settings(self) -> None:
        s = S.settings()
        self.theme = theme(str(s.value("present/theme", "light")))
        for name in TOGGLES:
            value = s.value(f"present/{name}")
            if value is not None:
                self.toggles[name] = str(value).lower() in ("true", "1")

    def _save_settings(self) -> None:
        s = S.settings()
        s.setValue("present/theme", self.theme.name)
        for name, on in self.toggles.items():
            s.setValue(f"present/{name}", on)
        s.sync()

    # ------------------------------------------------------------ planning
    @property
    def layout(self):
        return self.scene.layout

    @property
    def step(self) -> Step:
        return self.tour.steps[self.index]

    def analysis_view(self) -> MapView:
        view = self._analysis.get("view")
        if view is None:
            view = self._analysis["view"] = MapView(self.doc)
        return view

    def hotspot_rows(self) -> list:
        rows = self._analysis.get("hotspots")
        if rows is None:
            rows = self._analysis["hotspots"] = hotspots(self.doc, view=self.analysis_view())
        return rows

    def scorecard(self) -> list:
        rows = self._analysis.get("scorecard")
        if rows is None:
            rows = self._analysis["scorecard"] = stage_scorecard(self.doc, view=self.analysis_view())
        return rows

    def path_report(self, persona: str) -> dict:
        key = ("path", persona)
        report = self._analysis.get(key)
        if report is None:
            report = self._analysis[key] = persona_path(self.analysis_view(), persona)
        return report

    def _build(self, kind: str, persona: str | None = None) -> Tour:
        screens = self.hud.screens()
        if kind == WALK and persona is not None:
            return persona_tour(
                self.doc, self.layout, persona, screens, self.analysis_view(), self.path_report(persona)
            )
        if kind == FRICTIONS:
            return friction_tour(self.doc, self.layout, screens, self.hotspot_rows())
        return main_tour(self.doc, self.layout, screens)

    def plan(self, animate: bool = False) -> None:
        """(Re)plan every tour for the map and display as they are now, staying on
        the same step (by key) or the nearest one left."""
        key = self.step.key if self.tour.steps else None
        stage = self.step.stage if self.tour.steps else None
        self._analysis.clear()
        self.main = main_tour(self.doc, self.layout, self.hud.screens())
        if self.tour.kind == WALK and self.tour.persona not in self.doc:
            self.tour = self.main
        self.tour = self.main if self.tour.kind == MAIN else self._build(self.tour.kind, self.tour.persona)
        index = self.tour.index_of(key) if key else None
        if index is None and stage is not None:
            index = next((i for i, s in enumerate(self.tour.steps) if s.stage == stage), None)
        self.index = min(index if index is not None else self.index, len(self.tour.steps) - 1)
        self._resume = min(self._resume, len(self.main.steps) - 1)
        self.stepChanged.emit(animate)
        self.changed.emit()

    def resize(self, width: int, height: int) -> None:
        if (width, height) != (self.hud.width, self.hud.height):
            self.hud = replace(self.hud, width=width, height=height)
            self.plan()

    # ------------------------------------------------------------ moving
    def go(self, index: int, animate: bool = True) -> None:
        index = max(0, min(index, len(self.tour.steps) - 1))
        if index != self.index:
            self.index = index
            self.stepChanged.emit(animate)
        self.changed.emit()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def home(self) -> None:
        self.go(0)

    def end(self) -> None:
        self.go(len(self.tour.steps) - 1)

    def _switch(self, tour: Tour, index: int = 0) -> None:
        self.tour, self.index = tour, max(0, min(index, len(tour.steps) - 1))
        self.stepChanged.emit(True)
        self.changed.emit()

    def stage(self, number: int) -> bool:
        """Jump to stage ``number`` (1-based) of the main tour; 0: the overview."""
        index = 0 if number == 0 else self.main.stage_start(number)
        if index is None:
            return False
        self._switch(self.main, index)
        return True

    def walk(self, persona: str) -> None:
        """Step through ``persona``'s path."""
        if self.tour.kind == MAIN:
            self._resume = self.index
        self.chooser = False
        self._switch(self._build(WALK, persona))

    def friction_tour(self) -> None:
        """The hotspots, worst first (again: back to the stages)."""
        if self.tour.kind == FRICTIONS:
            self.back()
            return
        if self.tour.kind == MAIN:
            self._resume = self.index
        self._switch(self._build(FRICTIONS))

    def back(self) -> None:
        """Back to the main tour where it was left."""
        self.chooser = False
        self._switch(self.main, self._resume)

    def choose_persona(self) -> None:
        personas = self.doc.personas()
        if not personas:
            self.say(self.tr("This map has no personas"))
        elif len(personas) == 1 and self.tour.kind != WALK:
            self.walk(personas[0])
        else:
            self.chooser = not self.chooser
            self.changed.emit()

    # ------------------------------------------------------------ toggles
    def toggle(self, name: str) -> None:
        self.toggles[name] = not self.toggles[name]
        self._save_settings()
        if name in ("notes", "metrics"):  # they take room: the steps are framed again
            self.hud = replace(self.hud, notes=self.toggles["notes"], metrics=self.toggles["metrics"])
            self.plan(animate=True)
        else:
            self.changed.emit()

    def cycle_theme(self) -> None:
        self.set_theme(next_theme(self.theme))
        self.say(self.tr("Theme: {name}").format(name=self.theme.label))

    def set_theme(self, value: Theme) -> None:
        self.theme = value
        self._save_settings()
        self.changed.emit()

    def say(self, text: str, ms: int = 2500) -> None:
        self.toast = text
        self._toast_timer.start(ms)
        self.changed.emit()

    def _clear_toast(self) -> None:
        self.toast = ""
        self.changed.emit()

    # ------------------------------------------------------------ keys
    def key(self, key: int, modifiers=Qt.KeyboardModifier.NoModifier, text: str = "") -> bool:
        """Do what ``key`` means while presenting; False when it means nothing."""
        ctrl = bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        if ctrl:
            if key == K.Key_Z:
                self.undoRequested.emit()
                return True
            return False
        if key == K.Key_Escape:
            return self._escape()
        if text and text in "0123456789" and key != K.Key_Space:
            return self._digit(text)
        if key in NEXT:
            self.next()
        elif key in PREVIOUS:
            self.previous()
        elif key == K.Key_Home:
            self.home()
        elif key == K.Key_End:
            self.end()
        elif key in (K.Key_Question, K.Key_F1) or text == "?":
            self.help = not self.help
            self.changed.emit()
        elif key == K.Key_F and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.toggle("frictions")
        elif key == K.Key_F:
            self.friction_tour()
        elif key == K.Key_P:
            self.choose_persona()
        elif key in TOGGLE_KEYS:
            self.toggle(TOGGLE_KEYS[key])
        elif key == K.Key_T:
            self.cycle_theme()
        elif key in (K.Key_B, K.Key_Period, K.Key_W):
            want = "white" if key == K.Key_W else "black"
            self.blank = None if self.blank == want else want
            self.changed.emit()
        elif key == K.Key_C:
            self.captureRequested.emit()
        elif key == K.Key_S:
            self.screenRequested.emit()
        else:
            return False
        return True

    def _escape(self) -> bool:
        if self.help or self.chooser or self.blank:
            self.help = self.chooser = False
            self.blank = None
            self.changed.emit()
        else:
            self.leaveRequested.emit()
        return True

    def _digit(self, digit: str) -> bool:
        if self.chooser:
            personas = self.doc.personas()
            n = int(digit)
            if n == 0:
                self.back()
            elif n <= len(personas):
                self.walk(personas[n - 1])
            return True
        wanted = self._digits + digit
        if self._digits and int(wanted) <= self.main.stage_count and self.stage(int(wanted)):
            self._digits = ""
            return True
        self._digits = digit
        self._digit_timer.start()
        self.stage(int(digit))
        return True

    def _digits_done(self) -> None:
        self._digits = ""
