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
