"""The defects a real-input trial of the canvas found, each held by a test that
failed before its fix (issue: "Canvas: right under a real mouse")."""

from __future__ import annotations

from canvas_helpers import cell_point, double_click, key, type_text, vpos
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeydesk.layout import Rect, compute_layout, route
from journeydesk.layout import style as S
from journeydesk.ui.canvas import theme as T
from journeydesk.ui.palette import mime_for

COPY = Qt.DropAction.CopyAction
LEFT, NOMOD = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def _drag(view, kind: str, points: list[QPointF], drop: bool = True) -> list[bool]:
    """A palette drag entering the viewport at the first point, moving through
    the others (viewport coordinates) and dropping at the last; whether each
    step was accepted."""
    vp, mime = view.viewport(), mime_for(kind)
    enter = QDragEnterEvent(points[0].toPoint(), COPY, mime, LEFT, NOMOD)
    QApplication.sendEvent(vp, enter)
    out = [enter.isAccepted()]
    for p in points[1:]:
        move = QDragMoveEvent(p.toPoint(), COPY, mime, LEFT, NOMOD)
        QApplication.sendEvent(vp, move)
        out.append(move.isAccepted())
    if drop:
        dropped = QDropEvent(points[-1], COPY, mime, LEFT, NOMOD)
        QApplication.sendEvent(vp, dropped)
        out.append(dropped.isAccepted())
    return out


# 1 ---------------------------------------------------------------- palette drags
def test_a_palette_drag_entering_over_a_header_stays_alive_to_the_cell(canvas, doc):
    scene, view = canvas
    view.fit()
    QApplication.processEvents()
    lane_header = scene.layout.lane_headers["la_back"]
    entry = view.mapFromScene(QPointF(lane_header.cx, lane_header.cy))  # no cell here
    cell = view.mapFromScene(cell_point(scene, "st_0", "la_back"))
    enter_ok, over_header, over_cell, dropped = _drag(
        view, "touchpoint", [QPointF(entry), QPointF(entry), QPointF(cell)]
    )
    assert enter_ok  # a refused enter stopped Qt sending the moves that follow
    assert not over_header  # nothing lands on a header: the forbidden cursor, the drag goes on
    assert over_cell and dropped
    assert len(doc.cell("st_0", "la_back")) == 1


def test_nothing_lands_under_a_pinned_strip(canvas, doc):
    scene, view = canvas
    view.resize(560, 380)
    view.actual_size()
    g = scene.layout.grid
    view.centerOn(g.x + 300, g.y + 300)
    QApplication.processEvents()
    assert any(p[0] == "lane" for p in view.pinned_headers())
    strip = QPointF(20, 200)  # over the pinned lane names, a cell of the map beneath
    under = view.mapToScene(strip.toPoint())
    assert scene.layout.cell_at(under.x(), under.y())
    accepted = _drag(view, "touchpoint", [strip, strip], drop=False)
    assert accepted == [True, False]


# 2 ---------------------------------------------------------------- badges
def test_a_friction_badge_keeps_its_place_after_its_text_changes(canvas, doc, stack):
    from journeydesk.commands import SetFields

    scene, view = canvas
    badge = scene.badge_item("tp_fee")
    card = scene.card_item("tp_fee").scene_rect()
    assert card.adjusted(-12, -12, 12, 12).contains(badge.scenePos())
    fr = doc.frictions_on("tp_fee")[0]
    stack.push(SetFields(doc, fr, {"title": "Delivery fee shown only at the end"}))
    scene.flush()
    assert scene.badge_item("tp_fee") is badge
    assert card.adjusted(-12, -12, 12, 12).contains(badge.scenePos())
    view.set_zoom(0.5)
    view.set_zoom(1.0)
    assert card.adjusted(-12, -12, 12, 12).contains(badge.scenePos()) and badge.isVisible()
    stack.undo()
    scene.flush()
    assert card.adjusted(-12, -12, 12, 12).contains(badge.scenePos())


# 3 ---------------------------------------------------------------- pinned strips
def test_keyboard_selection_and_the_editor_keep_clear_of_the_pinned_strips(canvas, editor, doc):
    scene, view = canvas
    view.resize(640, 420)
    view.actual_size()
    # scrolled sideways and down: the lane names are pinned over the first column
    first = scene.layout.cards["tp_ad"]
    view.centerOn(first.x + 200, first.y + 300)
    QApplication.processEvents()
    from journeydesk.ui.canvas.nav import neighbour

    scene.select_ids([neighbour(scene.layout, "tp_ad", "right")])
    editor.navigate("left")  # to the first column, under where the strip is
    assert scene.selected_ids() == ["tp_ad"]
    left, top = _insets(view)
    shown = view.mapFromScene(scene.card_item("tp_ad").sceneBoundingRect()).boundingRect()
    assert shown.left() >= left and shown.top() >= top
    view.centerOn(first.x + 200, first.y + 300)
    QApplication.processEvents()
    editor.edit_selected_title()
    box = view.mapFromScene(scene.text_editor.sceneBoundingRect()).boundingRect()
    left, top = _insets(view)
    assert box.left() >= left and box.top() >= top
    editor.commit_editing()


def _insets(view) -> tuple[int, int]:
    from journeydesk.ui.canvas import pinned

    left, top = pinned.insets(view.pinned_headers())
    return round(left), round(top)


# 5 ---------------------------------------------------------------- text at fit
def _render(view) -> QImage:
    image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    return image


def _ink_pixels(image: QImage, rect) -> int:
    """Pixels of ink (text) in the top half of a card, inside its border."""
    n = 0
    for x in range(int(rect.left()) + 3, int(rect.right()) - 3):
        for y in range(int(rect.top()) + 3, int(rect.center().y())):
            if image.pixelColor(x, y).lightness() < 200:
                n += 1
    return n


def test_card_titles_are_drawn_at_the_zoom_a_fitted_example_has(canvas, doc):
    scene, view = canvas
    view.set_zoom(0.40)  # Fit to Window of the 27-card example on 1440x900
    QApplication.processEvents()
    assert not scene.overview_mode()
    card = view.mapFromScene(scene.card_item("tp_ad").scene_rect()).boundingRect()
    assert _ink_pixels(_render(view), card) > 40  # its title, not an empty white box
    assert T.LOD_CARD_TEXT * S.CARD_TITLE_SIZE * T.LINE_EM >= 4.4  # blocks only below ~5 px text


def test_far_out_the_selection_colour_follows_the_arrow_keys(canvas, editor, doc):
    scene, view = canvas
    view.set_zoom(0.25)
    view.centerOn(scene.card_item("tp_ad").scene_rect().center())
    QApplication.processEvents()
    assert scene.overview_mode()
    scene.select_ids(["tp_ad"])
    _render(view)
    editor.navigate("right")
    QApplication.processEvents()
    assert scene.selected_ids() != ["tp_ad"]
    old = view.mapFromScene(scene.card_item("tp_ad").scene_rect().center())
    accent = T.colour(T.ACCENT)
    pixel = _render(view).pixelColor(old)
    assert abs(pixel.hue() - accent.hue()) > 20 or pixel.saturation() < 60  # not left blue


# 8 ---------------------------------------------------------------- links
def test_a_link_along_a_clear_row_runs_straight(doc):
    a, b = Rect(0, 100, 184, 112), Rect(700, 100, 184, 112)
    assert len(route(a, b, clear=True)) == 2
    assert route(a, b, clear=True)[0][1] == route(a, b, clear=True)[1][1]
    assert len(route(a, b, clear=False)) > 2  # a card between: over it, in the gutter
    lane = doc.add_lane("Support")
    tp1 = doc.add_touchpoint("First", "st_0", lane)
    tp2 = doc.add_touchpoint("Far along the row", "st_4", lane)
    link = doc.add_link(tp1, tp2)
    L = compute_layout(doc)
    pts = L.links[link].points
    assert len(pts) == 2 and abs(pts[0][1] - pts[1][1]) < 0.5


def test_the_canvas_draws_a_clear_row_link_straight(canvas, doc, stack):
    from journeydesk.commands import AddItem

    scene, _view = canvas
    lane = AddItem(doc, "lane", {"name": "Support"}, "")
    stack.push(lane)
    stack.push(AddItem(doc, "touchpoint", {"title": "Far", "stage": "st_4", "lane": lane.item_id}, ""))
    stack.push(AddItem(doc, "touchpoint", {"title": "Near", "stage": "st_0", "lane": lane.item_id}, ""))
    near, far = doc.cell("st_0", lane.item_id)[0], doc.cell("st_4", lane.item_id)[0]
    cmd = AddItem(doc, "link", {"source": near, "target": far}, "")
    stack.push(cmd)
    scene.flush()
    item = scene.link_item(cmd.item_id)
    assert len(item.points()) == 2
    path = item.mapToScene(item.path()).boundingRect()
    assert path.height() < 12  # the arrowhead's spread, no climb


# 9 ---------------------------------------------------------------- quick entry
def test_quick_entry_leaves_no_untouched_card_behind(canvas, editor, doc, stack):
    scene, view = canvas
    before = set(doc.touchpoints())
    double_click(view, vpos(view, cell_point(scene, "st_0", "la_back")))
    type_text(view, "Sees the poster")
    key(view, Qt.Key.Key_Return)
    type_text(view, "Scans the QR code")
    key(view, Qt.Key.Key_Return)  # opens a third card ...
    assert scene.is_editing()
    # ... and the user clicks away without typing: it never was
    view.viewport().setFocus()
    QApplication.processEvents()
    editor.commit_editing()
    added = [t for t in doc.touchpoints() if t not in before]
    assert [doc.get(t)["title"] for t in added] == ["Sees the poster", "Scans the QR code"]
    assert stack.count() == 2  # one step per card, its title in it
    assert stack.text(0) == "Add touchpoint"
    stack.undo()
    assert len([t for t in doc.touchpoints() if t not in before]) == 1
    stack.redo()
    assert stack.index() == stack.count() == 2  # no phantom card to redo


def test_escape_on_a_new_card_keeps_what_was_typed(canvas, editor, doc, stack):
    scene, view = canvas
    double_click(view, vpos(view, cell_point(scene, "st_0", "la_back")))
    type_text(view, "Queue at the door")
    key(view, Qt.Key.Key_Escape)
    assert not scene.is_editing()
    assert [doc.get(t)["title"] for t in doc.cell("st_0", "la_back")] == ["Queue at the door"]
    assert stack.count() == 1


def test_escape_on_an_untouched_new_card_leaves_no_trace(canvas, editor, doc, stack, snapshot):
    scene, view = canvas
    before = snapshot(doc)
    double_click(view, vpos(view, cell_point(scene, "st_0", "la_back")))
    key(view, Qt.Key.Key_Escape)
    assert before.same() and stack.count() == 0 and not stack.canRedo()


# 14 ---------------------------------------------------------------- scripted removal
def test_items_of_a_scripted_removal_never_read_the_gone_node(canvas, doc, qtbot):
    from PySide6.QtGui import QHoverEvent

    scene, view = canvas
    item = scene.card_item("tp_ad")
    doc.remove("tp_ad")  # a script or a sync: no undo command, the flush comes later
    QApplication.sendEvent(
        view.viewport(),
        QHoverEvent(QHoverEvent.Type.HoverMove, QPointF(10, 10), QPointF(10, 10), QPointF(9, 9)),
    )
    item.setToolTip("")
    item.hoverEnterEvent(None)  # what a hover on it would do: no KeyError
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    scene.overview.paint(painter, None, None)  # the far-out picture reads every card
    painter.end()
    _render(view)  # every item paints, none of them raises
    qtbot.waitUntil(lambda: scene.card_item("tp_ad") is None)
