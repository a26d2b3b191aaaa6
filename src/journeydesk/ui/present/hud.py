"""The presentation's heads-up display metrics: how much room the title bar,
the progress bar, the lane names and the side panels take on a screen, and
the screens (``present.framing``) the steps are planned for, with that room
kept free so nothing covers the framed map.

Every size scales with the display: ``k`` is 1 on 1920 x 1080, so text that is
22 px there is 22 k px everywhere (the room sees the same share of the screen).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetricsF

from ...present import Screens, display
from .. import fonts

# px on the reference display (1920 x 1080)
TOP_BAR = 96
BOTTOM_BAR = 52
LANE_COLUMN = 240
SIDE = 28
PANEL = 540  # persona and hotspot panels, on the right
CURVE_BAND = 210  # a persona's emotion curve, along the bottom
OVERVIEW_BAND = 236  # the map's title and description over the overview
NOTES = 156  # the speaker-notes strip, over the progress bar
METRICS = 400  # the metrics panel, on the right of a stage
POINTER = 70  # radius of the pointer highlight


@dataclass(frozen=True)
class Hud:
    width: int
    height: int
    notes: bool = False  # the notes strip is showing
    metrics: bool = False  # the metrics panel is showing

    @property
    def k(self) -> float:
        return min(self.width / 1920, self.height / 1080)

    def px(self, size: float) -> float:
        return size * self.k

    def font(self, size: float, bold: bool = False) -> QFont:
        """The map's typeface at ``size`` reference px (scaled)."""
        f = QFont(fonts.load_fonts())
        f.setPixelSize(max(1, round(size * self.k)))
        if bold:
            f.setWeight(QFont.Weight.Bold)
        return f

    @staticmethod
    def metrics_of(font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font)

    @property
    def bottom(self) -> float:
        """Room taken along the bottom by the progress bar (and the notes)."""
        return self.px(BOTTOM_BAR + (NOTES if self.notes else 0))

    def screens(self) -> Screens:
        """Where each kind of step may put the map on this display."""
        screen = display(self.width, self.height)
        p = self.px
        right = p(METRICS if self.metrics else SIDE)
        return Screens(
            overview=screen.inset(
                left=p(SIDE), top=p(OVERVIEW_BAND), right=p(SIDE), bottom=self.bottom + p(8)
            ),
            stage=screen.inset(left=p(LANE_COLUMN), top=p(TOP_BAR), right=right, bottom=self.bottom + p(8)),
            focus=screen.inset(
                left=p(SIDE), top=p(TOP_BAR), right=p(PANEL), bottom=self.bottom + p(CURVE_BAND)
            ),
        )
