"""Colour themes for drawing the map: light (the editor's and the PDF's look),
dark and high contrast (presenting on a projector; the editor can use them too).

A theme is a plain record of colours (hex strings), no Qt: the canvas paints
from the active theme (``ui/canvas/theme.py``), the presentation picks one per
room. ``LIGHT`` takes every value from ``style`` (one copy of the look the PDF
prints); the others say only how they differ.

Severity keeps its shapes in every theme (circle, square, triangle, diamond), so
a friction reads without colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import translate
from . import style as S


@dataclass(frozen=True)
class Theme:
    name: str  # "light", "dark", "high_contrast" (stable: kept in settings)
    canvas: str = S.CANVAS  # behind the map
    paper: str = S.PAPER  # emotion lanes, label pills, badge rims
    ink: str = S.INK
    ink_soft: str = S.INK_SOFT
    ink_faint: str = S.INK_FAINT
    grid: str = S.GRID
    stage_fill: tuple[str, str] = S.STAGE_FILL  # alternating columns
    stage_header: str = S.STAGE_HEADER
    stage_header_ink: str = S.STAGE_HEADER_INK
    lane_header: str = S.LANE_HEADER
    lane_ink: str = S.INK
    card_fill: str = S.CARD_FILL
    card_border: str = S.CARD_BORDER
    card_ink: str = S.INK
    card_ink_soft: str = S.INK_SOFT
    chip_fill: str = S.CHIP_FILL
    accent: str = S.CARD_SELECTED  # selection, focus rings, the current step
    link: str = S.LINK
    moment_of_truth: str = S.MOMENT_OF_TRUTH
    emotion_axis: str = S.EMOTION_AXIS
    heat: str = S.HEAT
    severity: dict[int, str] = field(default_factory=lambda: dict(S.SEVERITY_COLOUR))
    resolved: str = S.RESOLVED_COLOUR
    badge_ink: str = S.PAPER  # the count on a badge, and its rim
    # The far-out overview's link lines, pre-blended over the canvas (the fast
    # thin-line path of Qt's raster engine does not blend).
    overview_link: str = "#A9B2BC"
    overview_link_dim: str = "#E2E6EB"
    border_width: float = 1.0  # card outlines (high contrast draws them heavier)

    @property
    def label(self) -> str:
        """The theme's name as a person reads it (translated)."""
        return theme_label(self.name)

    def severity_colour(self, severity: int, resolved: bool = False) -> str:
        if resolved:
            return self.resolved
        return self.severity.get(severity, self.severity[4])


LIGHT = Theme("light")

DARK = Theme(
    "dark",
    canvas="#11161C",
    paper="#1B232C",
    ink="#E6EAEE",
    ink_soft="#AAB4BF",
    ink_faint="#6E7A86",
    grid="#2A333D",
    stage_fill=("#161D24", "#19212A"),
    stage_header="#3B5677",
    stage_header_ink="#FFFFFF",
    lane_header="#222B35",
    lane_ink="#E6EAEE",
    card_fill="#232D38",
    card_border="#3A4654",
    card_ink="#F1F4F7",
    card_ink_soft="#AAB4BF",
    chip_fill="#2E3946",
    accent="#60A5FA",
    link="#8B97A4",
    emotion_axis="#3A4654",
    severity={1: "#5FB583", 2: "#F2B35B", 3: "#F0714D", 4: "#FF4D5E"},
    resolved="#6E7A86",
    badge_ink="#11161C",
    overview_link="#525E6A",
    overview_link_dim="#252E37",
)

HIGH_CONTRAST = Theme(
    "high_contrast",
    canvas="#FFFFFF",
    paper="#FFFFFF",
    ink="#000000",
    ink_soft="#1A1A1A",
    ink_faint="#4D4D4D",
    grid="#000000",
    stage_fill=("#FFFFFF", "#F0F0F0"),
    stage_header="#000000",
    stage_header_ink="#FFFFFF",
    lane_header="#E0E0E0",
    lane_ink="#000000",
    card_fill="#FFFFFF",
    card_border="#000000",
    card_ink="#000000",
    card_ink_soft="#1A1A1A",
    chip_fill="#E0E0E0",
    accent="#0033CC",
    link="#000000",
    moment_of_truth="#B35900",
    emotion_axis="#000000",
    heat="#CC0000",
    severity={1: "#006400", 2: "#8A5A00", 3: "#C00000", 4: "#7A0019"},
    resolved="#595959",
    badge_ink="#FFFFFF",
    overview_link="#000000",
    overview_link_dim="#9E9E9E",
    border_width=2.0,
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}
NAMES = tuple(THEMES)


def theme_label(name: str) -> str:
    if name == "dark":
        return translate("themes", "Dark")
    if name == "high_contrast":
        return translate("themes", "High contrast")
    return translate("themes", "Light")


def theme(name: str | None) -> Theme:
    """The theme called ``name`` (light for anything unknown: a settings file
    from a newer version, a typo)."""
    return THEMES.get(name or "", LIGHT)


def next_theme(current: Theme) -> Theme:
    """The theme after ``current`` in NAMES order, round again after the last."""
    i = NAMES.index(current.name) if current.name in THEMES else -1
    return THEMES[NAMES[(i + 1) % len(NAMES)]]


__all__ = ["DARK", "HIGH_CONTRAST", "LIGHT", "NAMES", "THEMES", "Theme", "next_theme", "theme", "theme_label"]
