"""Presentation mode: keyboard stepping through the overview and every stage,
number keys, Home and End, the readability rule on screen, Esc giving the
editor back exactly, nothing a drag or a key does changes the map, themes."""

from __future__ import annotations

import copy

import networkx as nx
import pytest
from present_helpers import _present_settings_cleared, key, present, settle, type_key, visible_centre  # noqa: F401 - autouse
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_ui_helpers import EXAMPLE, open_window

from journeydesk.layout import style as S
from journeydesk.layout.themes import DARK, HIGH_CONTRAST, LIGHT
from journeydesk.present.framing import stage_rect
from journeydesk.ui import settings

K = Qt.Key


@pytest.fixture
def window(qtbot):
    return open_window(qtbot, EXAMPLE)


def test_f5_is_view_present_and_opens_a_window_of_its_own(qtbot, window):
    action = window.action("actionPresent")
    assert action.shortcut().toString() == "F5"
    assert (
        action in window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "menuView").actions()
    )
    action.trigger()
    pw = window.presenting.current
    assert pw is not None and pw.objectName() == "presentationWindow"
    assert pw.isWindow() and pw is not window and pw.isVisible()
    assert pw.view.scene() is window.scene  # the same scene, a view of its own
    assert window.view.scene() is window.scene
    pw.close()
    qtbot.waitUntil(lambda: window.presenting.current is None)


def test_keys_step_through_the_overview_then_every_stage_centred_and_readable(qtbot, window):
    pw = present(qtbot, window)
    p = pw.presentation
    assert p.step.kind == "overview"
    seen = [p.step.key]
    keys = [K.Key_PageDown, K.Key_Right, K.Key_Down, K.Key_Space, K.Key_Return, K.Key_PageDown, K.Key_Enter]
    for k in keys[: len(p.tour.steps) - 1]:
        key(qtbot, pw, k)
        seen.append(p.step.key)
        step = p.step
        assert step.kind == "stage"
        centre = visible_centre(pw)
        assert abs(centre.x() - step.focus.cx) < 2 and abs(centre.y() - step.focus.cy) < 2
        assert pw.view.zoom() * S.CARD_TITLE_SIZE >= 18.0 - 1e-6  # smallest card title, in px
        # the whole framed rectangle is on screen, clear of the title bar, the lane
        # names and the progress bar
        from journeydesk.ui.present import hud as H

        r = step.focus
        top_left = pw.view.mapFromScene(QPointF(r.x, r.y))
        bottom_right = pw.view.mapFromScene(QPointF(r.right, r.bottom))
        assert top_left.x() >= H.LANE_COLUMN - 2 and top_left.y() >= H.TOP_BAR - 2
        assert bottom_right.x() <= 1920 + 2 and bottom_right.y() <= 1080 - H.BOTTOM_BAR + 2
    assert seen == [s.key for s in p.tour.steps]
    stages = [s.stage for s in p.tour.steps[1:]]
    assert list(dict.fromkeys(stages)) == list(window.document.stages())
    # a single-part stage is centred on the stage's whole rectangle
    for step in p.tour.steps[1:]:
        if step.parts == 1:
            whole = stage_rect(p.layout, step.stage)
            assert (step.focus.cx, step.focus.cy) == (whole.cx, whole.cy)
    for k in (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace):
        before = p.index
        key(qtbot, pw, k)
        assert p.index == before - 1
    pw.close()


def test_number_keys_home_and_end(qtbot, window):
    pw = present(qtbot, window)
    p = pw.presentation
    type_key(qtbot, pw, "3")
    assert p.step.kind == "stage" and p.step.number == 3 and p.step.part == 1
    assert p.step.stage == window.document.stages()[2]
    QTest.qWait(1000)  # past the wait for a second digit
    type_key(qtbot, pw, "2")
    assert p.step.number == 2
    key(qtbot, pw, K.Key_End)
    assert p.index == len(p.tour.steps) - 1
    key(qtbot, pw, K.Key_Home)
    assert p.index == 0 and p.step.kind == "overview"
    QTest.qWait(1000)
    type_key(qtbot, pw, "9")  # no stage 9: stays
    assert p.index == 0
    pw.close()


def editor_state(w):
    view = w.view
    return {
        "transform": view.transform(),
        "scroll": (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
        "selection": w.scene.selected_ids(),
        "docks": bytes(w.saveState()),
        "geometry": w.geometry(),
        "full_screen": w.isFullScreen(),
        "focus": w.scene.persona_focus(),
        "heat": w.scene.heatmap_enabled(),
        "overview": w.scene.overview_mode(),
        "theme": view.theme(),
        "stack": (w.undo_stack.count(), w.undo_stack.index(), w.undo_stack.isClean()),
        "updates": view.viewport().updatesEnabled(),
    }


@pytest.mark.parametrize("far_out", [False, True])
def test_esc_gives_the_editor_back_exactly_as_it_was(qtbot, window, far_out):
    doc = window.document
    window.view.set_zoom(0.2 if far_out else 1.3)
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().value() + 37)
    cards = doc.touchpoints()
    window.scene.select_ids([cards[3], cards[5]])
    window.friction_dock.hide()
    window.inspector_dock.raise_()
    QApplication.processEvents()
    before = editor_state(window)
    assert before["overview"] is far_out
    pw = present(qtbot, window)
    p = pw.presentation
    key(qtbot, pw, K.Key_PageDown)
    QTest.keyClick(pw.view, K.Key_H)  # heatmap in the presentation
    QTest.keyClick(pw.view, K.Key_T)  # another theme
    QTest.keyClick(pw.view, K.Key_P)  # a persona's walk
    QTest.keyClicks(pw.view, "1")
    settle(qtbot, pw)
    key(qtbot, pw, K.Key_Right)
    QTest.keyClick(pw.view, K.Key_Question)
    assert p.help
    QTest.keyClick(pw.view, K.Key_Escape)  # first Esc closes the key list
    assert not p.help and window.presenting.current is pw
    QTest.keyClick(pw.view, K.Key_Escape)
    qtbot.waitUntil(lambda: window.presenting.current is None)
    QApplication.processEvents()
    assert editor_state(window) == before
    assert window.view.scene() is window.scene


def test_a_drag_and_stray_keys_while_presenting_change_nothing(qtbot, window):
    doc = window.document
    window.scene.select_ids([doc.touchpoints()[0]])
    graph = copy.deepcopy(nx.MultiDiGraph(doc.graph))
    count = window.undo_stack.count()
    pw = present(qtbot, window)
    key(qtbot, pw, K.Key_PageDown)
    card = pw.presentation.layout.cards[doc.touchpoints()[0]]
    a = pw.view.mapFromScene(QPointF(card.cx, card.cy))
    b = a + QPoint(420, 260)
    vp = pw.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 11):
        QTest.mouseMove(vp, a + (b - a) * (i / 10))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    QTest.mouseDClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for k in (K.Key_Delete, K.Key_F2, K.Key_A, K.Key_X, K.Key_Z, K.Key_Y, K.Key_D):
        QTest.keyClick(pw.view, k)
    QTest.keyClick(pw.view, K.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(pw.view, K.Key_D, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(pw.view, "stray text")
    QApplication.processEvents()
    assert nx.utils.graphs_equal(nx.MultiDiGraph(doc.graph), graph)
    assert doc.graph.nodes == graph.nodes
    assert window.undo_stack.count() == count
    assert window.scene.selected_ids() == [doc.touchpoints()[0]]
    assert not window.scene.is_editing()
    pw.close()


def test_every_step_of_every_tour_is_readable_on_1920_by_1080(qtbot, window):
    pw = present(qtbot, window)
    p = pw.presentation
    checked = 0

    def walk() -> None:
        nonlocal checked
        for i in range(len(p.tour.steps)):
            p.go(i, animate=False)
            if p.step.kind in ("stage", "touchpoint", "hotspot"):
                assert pw.view.zoom() * S.CARD_TITLE_SIZE >= 18.0 - 1e-6, p.step.key
                checked += 1

    walk()
    for persona in window.document.personas():
        p.walk(persona)
        walk()
    p.friction_tour()
    walk()
    assert checked > 40
    pw.close()


def test_cards_are_drawn_as_blocks_until_readable(qtbot, window):
    pw = present(qtbot, window)
    p = pw.presentation
    assert pw.view.context.text_zoom == pytest.approx(18.0 / S.CARD_TITLE_SIZE, rel=1e-2)
    assert p.step.zoom < pw.view.context.text_zoom  # the overview: no unreadable card text
    pw.close()


def pixel(widget, scene_point, view) -> str:
    image = widget.grab().toImage()
    p = view.mapFromScene(scene_point)
    return image.pixelColor(view.viewport().mapTo(widget, p)).name().upper()


def test_themes_paint_the_presentation_and_leave_the_editor_alone(qtbot, window):
    settings.settings().remove("present")
    pw = present(qtbot, window)
    p = pw.presentation
    assert p.theme is LIGHT
    key(qtbot, pw, K.Key_PageDown)
    card = p.layout.cards[window.document.cell(p.step.stage, window.document.lanes()[0])[0]]
    inside = QPointF(card.x + card.w - 30, card.y + card.h / 2)  # blank card body
    assert pixel(pw, inside, pw.view) == S.CARD_FILL
    QTest.keyClick(pw.view, K.Key_T)
    assert p.theme is DARK and pw.view.context.theme is DARK
    QApplication.processEvents()
    assert pixel(pw, inside, pw.view) == DARK.card_fill
    QTest.keyClick(pw.view, K.Key_T)
    assert p.theme is HIGH_CONTRAST
    assert window.view.theme() is LIGHT
    pw.close()
    qtbot.waitUntil(lambda: window.presenting.current is None)
    window.view.set_zoom(1.0)
    window.view.centerOn(inside)
    QApplication.processEvents()
    assert pixel(window, inside, window.view) == S.CARD_FILL  # the editor drew in its own colours
    again = present(qtbot, window)
    assert again.presentation.theme is HIGH_CONTRAST  # remembered
    again.presentation.set_theme(LIGHT)
    again.close()


def test_the_editor_view_can_use_a_theme_too(qtbot, window):
    view = window.view
    view.set_zoom(1.0)
    tp = window.document.touchpoints()[0]
    card = window.scene.layout.cards[tp]
    inside = QPointF(card.x + card.w - 30, card.y + card.h / 2)
    view.centerOn(inside)
    QApplication.processEvents()
    assert pixel(window, inside, view) == S.CARD_FILL
    view.set_theme(DARK)
    QApplication.processEvents()
    assert pixel(window, inside, view) == DARK.card_fill
    view.set_theme(LIGHT)


def test_live_toggles_and_the_key_list(qtbot, window):
    settings.settings().remove("present")
    pw = present(qtbot, window)
    p = pw.presentation
    key(qtbot, pw, K.Key_PageDown)
    ctx = pw.view.context
    assert ctx.badges and ctx.curves and ctx.heat is None and not ctx.chrome
    QTest.keyClick(pw.view, K.Key_H)
    assert pw.view.context.heat == window.scene.heat() and pw.view.context.heat
    assert not window.scene.heatmap_enabled()  # the editor's heatmap is its own
    QTest.keyClick(pw.view, K.Key_F, Qt.KeyboardModifier.ShiftModifier)
    assert not pw.view.context.badges
    QTest.keyClick(pw.view, K.Key_E)
    assert not pw.view.context.curves
    stage, parts = p.step.stage, p.step.parts
    QTest.keyClick(pw.view, K.Key_N)  # the notes strip takes room: the stage is framed again
    settle(qtbot, pw)
    assert p.toggles["notes"] and p.hud.notes
    assert p.step.stage == stage and p.step.part == 1 and p.step.parts >= parts
    assert p.step.zoom * S.CARD_TITLE_SIZE >= 18.0
    QTest.keyClick(pw.view, K.Key_L)
    assert p.toggles["pointer"]
    QTest.keyClick(pw.view, K.Key_M)
    assert p.toggles["metrics"]
    QTest.keyClick(pw.view, K.Key_Question)
    assert p.help
    from journeydesk.ui.present.panels import help_rows

    rows = dict(help_rows(p))
    assert "heatmap (on)" in rows["H"] and "metrics (on)" in rows["M"] and rows["Esc"].startswith("leave")
    QTest.keyClick(pw.view, K.Key_B)
    assert p.blank == "black"
    QTest.keyClick(pw.view, K.Key_Escape)  # closes the key list and the blank screen, stays
    assert not p.help and not p.blank and window.presenting.current is pw
    pw.grab()  # paints every panel without error
    settings.settings().remove("present")
    pw.close()


def test_a_persona_walk_visits_exactly_its_path_by_keys(qtbot, window):
    from journeydesk.analysis import MapView
    from journeydesk.analysis.paths import persona_path

    doc = window.document
    pw = present(qtbot, window)
    p = pw.presentation
    QTest.keyClick(pw.view, K.Key_P)
    assert p.chooser  # two personas: choose one
    QTest.keyClicks(pw.view, "2")
    settle(qtbot, pw)
    persona = doc.personas()[1]
    assert p.tour.kind == "persona" and p.tour.persona == persona and p.step.kind == "persona"
    report = persona_path(MapView(doc), persona)
    expected = [t["id"] for g in report["sequence"] for t in g["touchpoints"]]
    visited = []
    for _ in expected:
        key(qtbot, pw, K.Key_Right)
        visited.append(p.step.item)
        centre = visible_centre(pw)
        card = p.layout.cards[p.step.item]
        assert abs(centre.x() - card.cx) < 2 and abs(centre.y() - card.cy) < 2
        assert p.step.emotion == doc.graph.nodes[p.step.item]["emotions"].get(persona)
    assert visited == expected
    key(qtbot, pw, K.Key_Right)  # the end of the path: stays
    assert p.step.item == expected[-1]
    QTest.keyClick(pw.view, K.Key_P)
    QTest.keyClicks(pw.view, "0")  # back to the stages, where the walk began
    settle(qtbot, pw)
    assert p.tour.kind == "main" and p.index == 0
    pw.close()


def test_the_friction_tour_goes_worst_first_and_back(qtbot, window):
    from journeydesk.analysis import hotspots

    pw = present(qtbot, window)
    p = pw.presentation
    key(qtbot, pw, K.Key_PageDown)
    where = p.index
    key(qtbot, pw, K.Key_F)
    rows = hotspots(window.document)
    assert p.tour.kind == "frictions" and p.step.item == rows[0]["id"]
    seen = [p.step.item]
    for _ in rows[1:]:
        key(qtbot, pw, K.Key_Right)
        seen.append(p.step.item)
        assert p.step.reason
    assert seen == [r["id"] for r in rows]
    key(qtbot, pw, K.Key_F)
    assert p.tour.kind == "main" and p.index == where
    pw.close()


def test_the_presenter_console_shows_notes_next_step_and_clock(qtbot, window):
    from PySide6.QtCore import QTime

    from journeydesk.ui.present.console import PresenterConsole

    pw = present(qtbot, window)
    p = pw.presentation
    console = PresenterConsole(p, pw.handle_key)
    qtbot.addWidget(console)
    key(qtbot, pw, K.Key_PageDown)
    assert p.step.notes  # the example's first stage has notes
    assert console.notes.text() == p.step.notes
    assert console.now.text() == p.step.title
    assert p.tour.steps[p.index + 1].title in console.next.text()
    assert console.clock.text() in (
        QTime.currentTime().toString("HH:mm"),
        QTime.currentTime().addSecs(-60).toString("HH:mm"),
    )
    QTest.keyClick(console, K.Key_PageDown)  # keys on the console drive the show
    assert p.index == 2
    console.shutdown()
    pw.close()


def test_leaving_when_the_window_closes_or_the_map_is_replaced(qtbot, window):
    present(qtbot, window)
    window.new_document()
    qtbot.waitUntil(lambda: window.presenting.current is None)
    assert window.view.viewport().updatesEnabled()
    present(qtbot, window)
    window.teardown()
    assert window.presenting.current is None


def test_shapes_drop_antialiasing_only_while_a_move_plays(qtbot, window):
    from PySide6.QtGui import QPainter

    aa = QPainter.RenderHint.Antialiasing
    pw = present(qtbot, window)
    assert pw.view.renderHints() & aa
    QTest.keyClick(pw.view, K.Key_PageDown)
    assert pw.view.animating() and not pw.view.renderHints() & aa
    assert pw.view.renderHints() & QPainter.RenderHint.TextAntialiasing
    settle(qtbot, pw)
    assert pw.view.renderHints() & aa
    QTest.keyClick(pw.view, K.Key_PageDown)
    QTest.keyClick(pw.view, K.Key_Home)  # a move cut short by the next one
    settle(qtbot, pw)
    assert pw.view.renderHints() & aa and pw.presentation.index == 0
    pw.close()
