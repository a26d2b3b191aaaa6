"""The map follows Preferences > Theme (layout.themes, the themes presentation
mode draws in): high contrast draws the cards' outlines in its ink, persona
colours are kept, and the light canvas comes back after; read from the pixels
the scene really paints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journeydesk.layout import style as S
from journeydesk.layout import themes
from journeydesk.ui import appearance
from journeydesk.ui.canvas import theme as T


@pytest.fixture(autouse=True)
def light_after():
    yield
    appearance.apply_theme("light")


def paint(scene, rect: QRectF) -> QImage:
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    return image


def pixel(image: QImage, x: float, y: float) -> str:
    return image.pixelColor(int(x), int(y)).name().upper()


def card_spots(scene):
    """A card's scene rect, a point of its plain fill, and its first persona dot."""
    doc = scene.doc
    tp = next(t for t in doc.touchpoints() if doc.get(t)["personas"])
    item = scene.card_item(tp)
    rect = item.scene_rect()
    content = item.content()
    dot_x, colour, _mark = content.dot_marks(rect.width(), rect.height())[0]
    dot_y = content.chip_top(rect.height()) + 11 / 2  # CHIP_H / 2
    return (
        tp,
        rect,
        QPointF(rect.right() - 5, rect.center().y()),
        QPointF(rect.left() + dot_x, rect.top() + dot_y),
        colour,
    )


def test_the_map_follows_the_theme_preference_and_keeps_persona_colours(canvas):
    scene, view = canvas
    _tp, rect, fill_at, dot_at, persona_colour = card_spots(scene)
    area = rect.adjusted(-20, -20, 20, 20)
    at = lambda p: (p.x() - area.left(), p.y() - area.top())

    def border(image):
        return [pixel(image, at(fill_at)[0] + 3 + dx, at(fill_at)[1]) for dx in range(4)]

    def shot():
        with T.painting(view._paint_context):  # as the view paints
            return paint(scene, area)

    assert S.CARD_BORDER.upper() in border(shot())
    appearance.apply_theme("high_contrast")
    hc = themes.HIGH_CONTRAST
    assert view.theme() is hc
    image = shot()
    assert hc.card_border.upper() in border(image)  # the outline in the theme's ink
    assert pixel(image, *at(dot_at)) == persona_colour.upper()  # the map's own colour
    assert view.backgroundBrush().color().name().upper() == hc.canvas.upper()
    appearance.apply_theme("light")
    again = shot()
    assert S.CARD_BORDER.upper() in border(again)
    assert pixel(again, *at(dot_at)) == persona_colour.upper()
