"""Text and shapes for the presentation overlay: fonts scaled to the display,
wrapped and elided text (``layout.text``, as the cards wrap), all cached so an
animation frame lays out nothing it laid out before."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from ...layout import elide, wrap
from ...layout.themes import Theme
from ..canvas import theme as T
from .hud import Hud


def colour(hex_value: str, alpha: int = 255) -> QColor:
    return T.colour(hex_value, alpha)


class Ink:
    """Fonts and text layout for one HUD (display size)."""

    def __init__(self, hud: Hud, palette: Theme) -> None:
        self.hud = hud
        self.p = palette
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}
        self._lines: dict[tuple, list[str]] = {}

    def px(self, size: float) -> float:
        return self.hud.px(size)

    def font(self, size: float, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
        key = (size, bold)
        hit = self._fonts.get(key)
        if hit is None:
            f = self.hud.font(size, bold)
            hit = self._fonts[key] = (f, QFontMetricsF(f))
        return hit

    def lines(self, text: str, size: float, bold: bool, width: float, max_lines: int) -> list[str]:
        key = (text, size, bold, round(width), max_lines)
        hit = self._lines.get(key)
        if hit is None:
            _, fm = self.font(size, bold)
            hit = []
            for para in text.split("\n"):
                if len(hit) >= max_lines:
                    break
                if para.strip():
                    hit.extend(wrap(para.strip(), width, fm.horizontalAdvance, max_lines - len(hit)))
            if len(self._lines) > 512:
                self._lines.clear()
            self._lines[key] = hit
        return hit

    def text(
        self,
        painter: QPainter,
        x: float,
        top: float,
        text: str,
        size: float,
        ink: str,
        bold: bool = False,
        width: float | None = None,
        max_lines: int = 1,
        align: str = "left",
        alpha: int = 255,
    ) -> float:
        """Draw ``text`` from ``top`` down (wrapped to ``width`` in at most
        ``max_lines``, the last elided); returns the y below it."""
        font, fm = self.font(size, bold)
        painter.setFont(font)
        painter.setPen(colour(ink, alpha))
        if width is None:
            rows = [text]
        elif max_lines == 1:
            rows = [elide(text, width, fm.horizontalAdvance)]
        else:
            rows = self.lines(text, size, bold, width, max_lines)
        y = top
        for row in rows:
            w = fm.horizontalAdvance(row)
            left = x if align == "left" else (x - w / 2 if align == "centre" else x - w)
            painter.drawText(QPointF(left, y + fm.ascent()), row)
            y += fm.lineSpacing()
        return y

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.font(size, bold)[1].horizontalAdvance(text)

    def line_height(self, size: float, bold: bool = False) -> float:
        return self.font(size, bold)[1].lineSpacing()

    def panel(self, painter: QPainter, rect: QRectF, alpha: int = 255, radius: float = 14) -> None:
        """A rounded backing for text over the map."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(self.p.paper, alpha))
        r = self.px(radius)
        painter.drawRoundedRect(rect, r, r)

    def band(self, painter: QPainter, rect: QRectF, alpha: int = 255) -> None:
        painter.fillRect(rect, colour(self.p.paper, alpha))
