"""The high-contrast canvas (Preferences > Theme): drawn white on black with a
yellow selection, persona colours kept, and back to the light canvas after;
read from the pixels the scene really paints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journeydesk.layout import style as S
from journeydesk.ui import appearance


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


def test_high_contrast_draws_white_on_black_and_keeps_persona_colours(canvas):
    scene, view = canvas
    tp, rect, fill_at, dot_at, persona_colour = card_spots(scene)
    area = rect.adjusted(-20, -20, 20, 20)
    light = paint(scene, area)
    at = lambda p: (p.x() - area.left(), p.y() - area.top())
    assert pixel(light, *at(fill_at)) == S.CARD_FILL.upper()

    appearance.apply_theme("high_contrast")
    dark = paint(scene, area)
    assert pixel(dark, *at(fill_at)) == "#000000"  # the card
    assert pixel(dark, 5, 5) == "#000000"  # the canvas round it
    assert view.backgroundBrush().color().name().upper() == "#000000"
    border = [pixel(dark, at(fill_at)[0] + 3 + dx, at(fill_at)[1]) for dx in range(4)]
    assert "#FFFFFF" in border, border  # the card's outline
    assert pixel(dark, *at(dot_at)) == persona_colour.upper()  # the map's own colour

    scene.select_ids([tp])
    selected = paint(scene, area)
    ring = [pixel(selected, at(fill_at)[0] + 3 + dx, at(fill_at)[1]) for dx in range(6)]
    assert "#FFFF00" in ring, ring  # the selection in yellow

    appearance.apply_theme("light")
    scene.select_ids([])
    again = paint(scene, area)
    assert pixel(again, *at(fill_at)) == S.CARD_FILL.upper()
    assert pixel(again, *at(dot_at)) == persona_colour.upper()
