"""Link labels on the canvas: small text on a pale pill in a gutter the link runs
along (``layout.label_spot``, where the PDF puts them), never on a card, not
drawn when too small to read, and not at all far out."""

from __future__ import annotations

import itertools
from pathlib import Path

from canvas_helpers import click, vpos
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem

import journeydesk
from journeydesk.commands import AddItem, RemoveItems, SetFields
from journeydesk.export import fonts as pdf_fonts
from journeydesk.export.pdf.mapdraw import MapPainter
from journeydesk.io import load
from journeydesk.layout import Badge, compute_layout, label_spot, polyline_midpoint, route
from journeydesk.layout import style as S
from journeydesk.ui.canvas import theme as T
from journeydesk.ui.canvas.items import LABEL_PILL_H

EXAMPLES = sorted((Path(journeydesk.__file__).parent / "examples").glob("*.journey.json"))


def _long_link(doc) -> str:
    """A link whose route has a long gutter segment (room for a label)."""
    L = compute_layout(doc)
    return max(doc.links(), key=lambda k: len(L.links[k].points) * 1000 + abs(L.links[k].points[-1][0]))


def _spot(doc, link):
    L = compute_layout(doc)
    pts = L.links[link].points
    badge = L.badges.get(link)
    return label_spot(pts, (badge.x, badge.y) if badge else None), pts


def label_centre(item) -> QPointF:
    label = item.label()
    return item.mapToScene(QPointF(label.x, label.y))


def label_box(item) -> QRectF:
    """The label's pill in scene coordinates."""
    label = item.label()
    w, h = label.w, LABEL_PILL_H
    pill = QRectF(-w / 2, -h / 2, w, h)
    turn = QTransform().rotate(0 if label.upright else -90)
    return turn.mapRect(pill).translated(label_centre(item))


def test_a_labelled_link_shows_its_label_in_a_gutter(canvas, doc, stack):
    scene, view = canvas
    link = _long_link(doc)
    item = scene.link_item(link)
    assert item.label() is None  # no label yet

    stack.push(SetFields(doc, link, {"label": "  if it fails  "}))
    label = item.label()
    assert label is not None and label.text == "if it fails"
    assert item.label_shown_at(view.zoom())

    # where layout.label_spot (and the PDF) puts it, maybe turned along a vertical gutter
    spot, _pts = _spot(doc, link)
    assert label_centre(item) == QPointF(spot.x, spot.y)
    assert label.upright == spot.upright
    box = label_box(item)
    assert item.sceneBoundingRect().contains(box)  # repaints cover it
    for card in scene.card_items().values():  # on no card
        assert not box.intersects(card.scene_rect()), card.item_id

    # it is drawn: a pale pill with text at its place in a render
    vpos(view, box.center())  # scrolled into view
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor(S.CANVAS))
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    at = view.mapFromScene(box).boundingRect()
    inks = {
        image.pixelColor(x, y).name()
        for x in range(max(at.left(), 0), min(at.right(), image.width()))
        for y in range(max(at.top(), 0), min(at.bottom(), image.height()))
    }
    assert QColor(S.PAPER).name() in inks and len(inks) > 3  # a pill with text on it

    # a click on the label picks its link
    click(view, vpos(view, box.center()))
    assert scene.selected_ids() == [link]

    stack.undo()  # no label again
    assert item.label() is None


def test_link_labels_are_not_drawn_far_out(canvas, doc, stack):
    scene, view = canvas
    link = _long_link(doc)
    stack.push(SetFields(doc, link, {"label": "next day"}))
    item = scene.link_item(link)
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert item.label() is not None and item.label_shown_at(1.0)
    assert not item.flags() & no_contents

    view.set_zoom(0.1)  # far out: the overview draws the map; links, labels and all, do not paint
    assert scene.overview_mode()
    assert item.flags() & no_contents
    assert not item.label_shown_at(view.zoom())

    view.set_zoom(0.5)  # readable cards, labels too small to read: links paint, labels not
    assert not scene.overview_mode() and not item.flags() & no_contents
    assert not item.label_shown_at(view.zoom())
    assert not item.label_shown_at(T.LOD_LINK_LABEL - 0.01) and item.label_shown_at(T.LOD_LINK_LABEL)

    view.set_zoom(1.0)
    assert item.label_shown_at(view.zoom()) and item.label().text == "next day"


def test_labels_follow_edits_and_keep_clear_of_the_link_badge(canvas, doc, stack):
    scene, _view = canvas
    link = _long_link(doc)
    stack.push(SetFields(doc, link, {"label": "retry"}))
    item = scene.link_item(link)
    before = label_centre(item)

    # a friction on the link: its badge sits at the route's middle; the label moves off it
    stack.push(AddItem(doc, "friction", {"target": link, "title": "Lost", "severity": 3}))
    spot, pts = _spot(doc, link)
    assert label_centre(item) == QPointF(spot.x, spot.y)
    bx, by = polyline_midpoint(pts)
    r = S.BADGE_RADIUS
    assert not label_box(item).intersects(QRectF(bx - r, by - r, 2 * r, 2 * r))
    stack.undo()
    assert label_centre(item) == before

    # a new link with a label; removing and restoring a stage keeps it in place
    stages = doc.stages()
    src = doc.cell(stages[0], "la_touch")[0]
    dst = doc.cell(stages[-1], "la_touch")[-1]
    stack.push(AddItem(doc, "link", {"source": src, "target": dst, "label": "much later", "id": "ln_far"}))
    for step in (None, lambda: stack.push(RemoveItems(doc, [stages[1]])), stack.undo):
        if step is not None:
            step()
        new = scene.link_item("ln_far")
        spot, _pts = _spot(doc, "ln_far")
        assert new.label().text == "much later"
        assert label_centre(new) == QPointF(spot.x, spot.y)


class _FakeCanvas:
    """Records where the PDF painter puts a link label (reportlab canvas calls)."""

    def __init__(self) -> None:
        self.at = None
        self.turned = False
        self.text = None

    def translate(self, x, y):
        self.at = (x, y)

    def rotate(self, angle):
        self.turned = angle == 90

    def drawCentredString(self, x, y, text):
        self.text = text

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def test_the_canvas_puts_labels_where_the_pdf_does(doc):
    """The PDF's own label drawing (export/pdf/mapdraw.py) and layout.label_spot
    agree on every link of the sample and example maps, with and without badges."""
    pdf_fonts.register()
    placed = 0
    for m, with_badges in itertools.product([doc, *map(load, EXAMPLES)], (True, False)):
        L = compute_layout(m)
        if with_badges:  # a friction on every link: each label keeps clear of a badge
            for link, r in L.links.items():
                x, y = polyline_midpoint(r.points)
                L.badges[link] = Badge(link, x, y, 1, 1, 3)
        else:
            L.badges.clear()
        painter = MapPainter(m, L)
        for link, r in L.links.items():
            badge = L.badges.get(link)
            spot = label_spot(r.points, (badge.x, badge.y) if badge else None)
            fake = _FakeCanvas()
            painter.draw_link_label(fake, link, "next", r.points)
            if fake.at is None:  # the PDF found no room: neither does the canvas
                assert spot is None or spot.room < 40
                continue
            placed += 1
            assert fake.turned == (not spot.upright)
            assert fake.at == (spot.x, L.height - spot.y)
            assert fake.text == "next"
    assert placed >= 20
    # with a badge on a straight stretch the label moves off it
    a, b = L.cards[m.touchpoints()[0]], L.cards[m.touchpoints()[-1]]
    pts = route(a, b)
    mid = polyline_midpoint(pts)
    spot = label_spot(pts, mid)
    assert spot is not None
    assert abs(spot.x - mid[0]) + abs(spot.y - mid[1]) > S.BADGE_RADIUS
