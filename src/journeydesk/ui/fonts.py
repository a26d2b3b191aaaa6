"""The shipped typeface (DejaVu Sans, in ``journeydesk/resources/fonts``) loaded into Qt.

The PDF export embeds the same TTF files, so a card title wraps the same way on
screen and on paper. When the files are missing (a trimmed build) the canvas falls
back to the system's default sans-serif family.

Layout sizes are *units* (1 unit = 1 px on screen at 100 %, 1 pt in the PDF);
``font(size)`` turns a size in units into a QFont of that many pixels, whatever
the screen's logical DPI.
"""

from __future__ import annotations

import contextlib
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..layout import style

_family: str | None = None
_loaded_files: list[str] = []


def _font_files() -> list[bytes]:
    """The bytes of every shipped TTF (empty when none ship)."""
    try:
        folder = resources.files("journeydesk").joinpath("resources", "fonts")
    except (ModuleNotFoundError, TypeError):
        return []
    out = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError, OSError):
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.lower().endswith((".ttf", ".otf")):
                out.append(entry.read_bytes())
    return out


def load_fonts() -> str:
    """Register the shipped fonts with Qt (once) and return the family to use.

    Needs a QGuiApplication. Returns ``style.FONT_FAMILY`` when the shipped files
    loaded (or the family is installed on the system), else the default family.
    """
    global _family
    if _family is not None:
        return _family
    if QGuiApplication.instance() is None:
        raise RuntimeError("load_fonts() needs a QGuiApplication")
    families: set[str] = set()
    for data in _font_files():
        font_id = QFontDatabase.addApplicationFontFromData(data)
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
            _loaded_files.append(str(font_id))
    if style.FONT_FAMILY in families or QFontDatabase.hasFamily(style.FONT_FAMILY):
        _family = style.FONT_FAMILY
    else:
        _family = QFont().defaultFamily() or QGuiApplication.font().family()
    return _family


def shipped_font_loaded() -> bool:
    """True when the TTFs under resources/fonts were registered with Qt."""
    load_fonts()
    return bool(_loaded_files)


def font_dpi() -> float:
    """The resolution the map's fonts are sized for (the screen's logical DPI).
    Anything that paints the map onto another device (a PNG, an SVG) gives
    that device this resolution while painting, and scales the painter: text
    then grows with the picture and keeps its place on the cards."""
    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() else None
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return dpi or 96.0


def _units_to_points(units: float) -> float:
    return units * 72.0 / font_dpi()


def font(size: float, bold: bool = False) -> QFont:
    """The map's font at ``size`` layout units (pixels at 100 % zoom)."""
    f = QFont(load_fonts())
    f.setPointSizeF(_units_to_points(size))
    if bold:
        f.setWeight(QFont.Weight.Bold)
    # No hinting: glyph advances do not change with zoom, so text wrapped once
    # fits its card at every zoom level. No kerning: the PDF (reportlab) does not
    # kern, and with neither the two measure a line within 0.1 %.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setKerning(False)
    return f
