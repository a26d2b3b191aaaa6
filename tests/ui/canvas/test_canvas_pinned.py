"""Pinned headers: a compact copy of the stage and lane headers stays on the
viewport's top and left edges while the real ones are scrolled out of view."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from journeydesk.commands import SetFields
from journeydesk.layout import style as S
from journeydesk.ui.canvas import theme as T


def _scroll_into_grid(view, scene, fx: float = 0.6, fy: float = 0.6) -> None:
    """Scroll so the view's top-left sits well inside the grid (headers above/left)."""
    g = scene.layout.grid
    vp = view.viewport()
    k = view.zoom()
    x = g.x + g.w * fx
    y = g.y + g.h * fy
    # the top-left corner of the view at (x, y) - clamp so the grid still fills the view
    x = min(x, g.x + g.w - vp.width() / k)
    y = min(y, g.y + g.h - vp.height() / k)
    x = max(x, g.x + 40)
    y = max(y, g.y + 40)
    view.centerOn(x + vp.width() / 2 / k, y + vp.height() / 2 / k)
    QApplication.processEvents()


def _small(view):
    view.resize(560, 380)
    QApplication.processEvents()
    view.actual_size()


def test_pinned_headers_appear_when_headers_scroll_out(canvas, doc):
    scene, view = canvas
    _small(view)
    _scroll_into_grid(view, scene)
    L = scene.layout
    assert view.mapFromScene(QPointF(0, next(iter(L.stage_headers.values())).bottom)).y() < 0
    pinned = view.pinned_headers()
    stages = [p for p in pinned if p[0] == "stage"]
    lanes = [p for p in pinned if p[0] == "lane"]
    assert stages and lanes
    vp = view.viewport().rect()
    for kind, item_id, rect, name in pinned:
        assert name == doc.graph.nodes[item_id]["name"]
        assert vp.contains(rect.toAlignedRect().adjusted(0, 0, -1, -1))
    for _k, sid, rect, _n in stages:
        # over its column, at the top edge
        r = L.stage_headers[sid]
        col_left = view.mapFromScene(QPointF(r.x, 0)).x()
        col_right = view.mapFromScene(QPointF(r.x + r.w, 0)).x()
        assert rect.top() == 0
        assert col_left - 1 <= rect.left() and rect.right() <= col_right + 1
    for _k, lid, rect, _n in lanes:
        r = L.lane_headers[lid]
        row_top = view.mapFromScene(QPointF(0, r.y)).y()
        row_bottom = view.mapFromScene(QPointF(0, r.y + r.h)).y()
        assert rect.left() == 0
        assert row_top - 1 <= rect.top() and rect.bottom() <= row_bottom + 1
    # stage copies follow horizontal scroll
    before = {sid: rect.left() for _k, sid, rect, _n in stages}
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 30)
    QApplication.processEvents()
    after = {p[1]: p[2].left() for p in view.pinned_headers() if p[0] == "stage"}
    moved = [sid for sid in before if sid in after and abs(after[sid] - before[sid]) > 1]
    assert moved


def test_no_pinned_headers_while_the_real_ones_show(canvas):
    scene, view = canvas
    view.fit()
    QApplication.processEvents()
    if view.zoom() >= T.LOD_OVERVIEW:
        assert view.pinned_headers() == []
    view.actual_size()
    g = scene.layout
    view.centerOn(view.viewport().width() / 2, view.viewport().height() / 2)  # top-left corner of the map
    QApplication.processEvents()
    assert view.mapFromScene(QPointF(0, g.grid.y)).y() > 0
    assert view.pinned_headers() == []


def test_only_the_stage_row_pins_when_scrolled_down(canvas):
    scene, view = canvas
    _small(view)
    _scroll_into_grid(view, scene, 0.0, 0.6)
    # back to the map's left edge: the real lane headers show again
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() - int(view.mapToScene(0, 0).x()))
    QApplication.processEvents()
    assert abs(view.mapToScene(0, 0).x()) < 2
    kinds = {p[0] for p in view.pinned_headers()}
    assert kinds == {"stage"}


def test_no_pinned_headers_in_the_overview(canvas):
    scene, view = canvas
    _small(view)
    _scroll_into_grid(view, scene)
    assert view.pinned_headers()
    view.set_zoom(T.LOD_OVERVIEW * 0.9)
    _scroll_into_grid(view, scene)
    assert view.pinned_headers() == []


def test_pinned_headers_follow_a_rename(canvas, doc, stack, qtbot):
    scene, view = canvas
    _small(view)
    _scroll_into_grid(view, scene)
    sid = next(p[1] for p in view.pinned_headers() if p[0] == "stage")
    stack.push(SetFields(doc, sid, {"name": "Renamed stage"}))
    qtbot.waitUntil(lambda: any(p[3] == "Renamed stage" for p in view.pinned_headers()), timeout=2000)


def test_pinned_headers_render(canvas, tmp_path):
    scene, view = canvas
    _small(view)
    _scroll_into_grid(view, scene)
    pinned = view.pinned_headers()
    image = view.viewport().grab().toImage()
    image.save(str(tmp_path / "pinned.png"))
    import os

    if os.environ.get("PINNED_PNG"):
        image.save(os.environ["PINNED_PNG"])
    dpr = image.devicePixelRatio()
    stage = next(p for p in pinned if p[0] == "stage" and p[2].width() > 40)
    lane = next(p for p in pinned if p[0] == "lane" and p[2].height() > 40)

    def px(x: float, y: float) -> QColor:
        return image.pixelColor(int(x * dpr), int(y * dpr))

    # the top strip is the stage header colour (a point right of the text)
    r = stage[2]
    assert px(r.right() - 3, r.top() + 2) == QColor(S.STAGE_HEADER)
    assert px(r.right() - 3, r.bottom() - 2) == QColor(S.STAGE_HEADER)
    # the left column is the lane header colour (below its name)
    r = lane[2]
    assert px(r.left() + 3, r.bottom() - 3) == QColor(S.LANE_HEADER)
    # and it has text on it (not just a fill)
    inks = {
        px(x, stage[2].center().y()).name()
        for x in range(int(stage[2].left()) + 8, int(stage[2].right()) - 8)
    }
    assert len(inks) > 2
