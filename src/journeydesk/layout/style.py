"""The map's look, shared by the canvas and the PDF so print matches screen.

Colours are hex strings; sizes are layout units (1 unit = 1 pt in the PDF and 1
pixel on screen at 100 %).
"""

from __future__ import annotations

FONT_FAMILY = "DejaVu Sans"  # shipped in resources/fonts; covers Indonesian/Malay and more

# Geometry
MARGIN = 24.0
TITLE_HEIGHT = 64.0
STAGE_HEADER_HEIGHT = 56.0
LANE_HEADER_WIDTH = 168.0
CARD_WIDTH = 184.0
CARD_HEIGHT = 112.0
CARD_GAP_X = 32.0  # gutter between card columns: links run here
CARD_GAP_Y = 24.0  # gutter between card rows
CELL_PAD = 16.0
EMOTION_LANE_HEIGHT = 168.0
EMPTY_LANE_HEIGHT = CARD_HEIGHT + 2 * CELL_PAD
CARD_RADIUS = 8.0
LINK_RADIUS = 10.0  # rounded corners on link routes
BADGE_RADIUS = 11.0
TITLE_MAX_LINES = 3
CURVE_SPACING = 3.0  # vertical gap between personas' emotion curves (equal ones both show)
CURVE_SPREAD = 44.0  # horizontal gap between the points of cards stacked in one column

# Type sizes (pt). Whole numbers: Qt draws a font at a whole number of pixels
# (10.5 became 11 on screen while the PDF printed 10.5), so only whole sizes
# let text wrap and fit the same way on screen and on paper.
TITLE_SIZE = 20.0
BADGE_SIZE = 9.0
STAGE_SIZE = 13.0
LANE_SIZE = 11.0
CARD_TITLE_SIZE = 11.0
CARD_META_SIZE = 8.0
CHIP_SIZE = 8.0

# Colours: calm neutrals, one accent, persona colours from the map.
INK = "#1F2933"
INK_SOFT = "#52606D"
INK_FAINT = "#9AA5B1"
PAPER = "#FFFFFF"
CANVAS = "#F5F7FA"
GRID = "#E4E7EB"
STAGE_FILL = ("#EEF2F7", "#E6ECF3")  # alternating columns
STAGE_HEADER = "#2E4057"
STAGE_HEADER_INK = "#FFFFFF"
LANE_HEADER = "#E4E7EB"
CARD_FILL = "#FFFFFF"
CARD_BORDER = "#CBD2D9"
CARD_SELECTED = "#3B82F6"
LINK = "#7B8794"
CHIP_FILL = "#F0F4F8"
MOMENT_OF_TRUTH = "#F2A541"
EMOTION_AXIS = "#CBD2D9"
HEAT = "#E4572E"  # heatmap tint, alpha by load

# Severity: colour AND shape, so it reads without colour too.
SEVERITY_COLOUR = {1: "#4C956C", 2: "#F2A541", 3: "#E4572E", 4: "#B3001B"}
SEVERITY_SHAPE = {1: "circle", 2: "square", 3: "triangle", 4: "diamond"}
RESOLVED_COLOUR = "#9AA5B1"

EVIDENCE_BORDER = {"observed": "solid", "assumed": "dashed", "proposed": "dotted"}


# The canvas in the high-contrast theme (Preferences > Theme): each colour above
# swapped for one on black, as the Windows and GNOME high-contrast themes draw,
# with yellow for the selection. White text on every ground here reaches 7:1 or
# better (WCAG AAA), grid and header fills stay apart from the black. Persona
# colours are the map's own and stay (persona shapes tell them apart anyway).
# Prints and exports keep the colours above.
HIGH_CONTRAST = {
    INK: "#FFFFFF",
    INK_SOFT: "#FFFFFF",
    INK_FAINT: "#D0D0D0",
    PAPER: "#000000",  # also card fill and the stage header's text
    CANVAS: "#000000",
    GRID: "#555555",  # also the lane header's fill (white on it: 7.5:1)
    STAGE_FILL[0]: "#000000",
    STAGE_FILL[1]: "#1A1A1A",
    STAGE_HEADER: "#FFFFFF",  # black on white, inverted from the lanes
    CARD_BORDER: "#FFFFFF",  # also the emotion axis
    CARD_SELECTED: "#FFFF00",
    LINK: "#E0E0E0",
    CHIP_FILL: "#2A2A2A",
    MOMENT_OF_TRUTH: "#FFC94D",  # also severity 2
    SEVERITY_COLOUR[1]: "#5FD38D",
    SEVERITY_COLOUR[3]: "#FF8A5C",
    SEVERITY_COLOUR[4]: "#FF5C70",  # black numbers on badges stay readable
    RESOLVED_COLOUR: "#D0D0D0",
}
CANVAS_THEMES = {"light": {}, "dark": {}, "high_contrast": HIGH_CONTRAST}
