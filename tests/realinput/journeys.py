"""Scripted user journeys for the real-input tests (run inside the app by robot.py).

Each journey takes the Robot, acts through xdotool only, and returns a dict of
what it saw; the test (test_real_input.py) asserts on it and on the saved file.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF


def _doc(robot):
    return robot.window.document


def _empty_cell(robot, avoid=()):
    """(stage, lane, centre) of an empty cell of a touchpoints lane, one in
    view when there is one (``Robot.scene_to_global`` scrolls to the others)."""

    def find():
        w = robot.window
        doc, view, layout = w.document, w.view, w.scene.layout
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        found = []
        for lane in doc.lanes():
            if doc.graph.nodes[lane]["kind"] == "emotions":
                continue
            for stage in doc.stages():
                r = layout.cells[(stage, lane)]
                if not doc.cell(stage, lane) and (stage, lane) not in avoid:
                    centre = QPointF(r.x + r.w / 2, r.y + min(r.h / 2, 70))
                    found.append((not shown.contains(centre), (stage, lane, centre)))
        return min(found, key=lambda f: f[0])[1] if found else None

    found = robot.gui(find)
    assert found, "no empty cell in view"
    return found


def _palette_point(robot, kind: str):
    return robot.global_centre(robot.window.palette.buttons[kind])


def _marker_visible(robot):
    return robot.gui(robot.window.scene.markers.visible)


def palette_drops(robot) -> dict:
    """Drag each palette item onto the canvas, crossing the lane headers and
    margins on the way, as a hand does; watch the drop marker while it moves."""
    out: dict = {}
    doc = _doc(robot)
    w = robot.window

    # 1. a touchpoint into an empty cell: the pointer enters the view over the
    #    lane headers (no cell there) and goes on to the cell
    stage, lane, centre = _empty_cell(robot)
    target = robot.scene_to_global(centre)
    start = _palette_point(robot, "touchpoint")
    before = robot.gui(lambda: len(doc.touchpoints()))
    seen = robot.drag(start, target, steps=30, during=lambda: _marker_visible(robot))
    robot.wait_for(lambda: len(doc.touchpoints()) > before, "the dropped touchpoint", timeout=5)
    out["touchpoint_marker"] = seen
    out["touchpoint_cell"] = robot.gui(lambda: [list(doc.cell(stage, lane)), w.scene.is_editing()])
    robot.type("Queue at the door")
    robot.key("Escape")  # keeps what was typed (as Miro and Figma do)
    out["touchpoint_title"] = robot.gui(lambda: doc.get(doc.cell(stage, lane)[0])["title"])

    # 2. a stage between the first two stage headers
    def between_stages():
        L = w.scene.layout
        s0, s1 = doc.stages()[:2]
        a, _b = L.stage_headers[s0], L.stage_headers[s1]
        return QPointF(a.right - 4, a.cy)

    n_stages = robot.gui(lambda: len(doc.stages()))
    robot.drag(_palette_point(robot, "stage"), robot.scene_to_global(robot.gui(between_stages)))
    robot.wait_for(lambda: len(doc.stages()) == n_stages + 1, "the dropped stage", timeout=5)
    robot.key("Return")
    out["stage_index"] = robot.gui(lambda: [doc.get(s)["name"] for s in doc.stages()].index("New stage"))

    # 3. a lane below the first lane header
    def below_first_lane():
        L = w.scene.layout
        r = L.lane_headers[doc.lanes()[0]]
        return QPointF(r.cx, r.bottom - 6)

    n_lanes = robot.gui(lambda: len(doc.lanes()))
    robot.drag(_palette_point(robot, "lane"), robot.scene_to_global(robot.gui(below_first_lane)))
    robot.wait_for(lambda: len(doc.lanes()) == n_lanes + 1, "the dropped lane", timeout=5)
    robot.key("Return")
    out["lane_index"] = robot.gui(lambda: [doc.get(x)["name"] for x in doc.lanes()].index("New lane"))

    # 4. a persona anywhere on the map
    n_personas = robot.gui(lambda: len(doc.personas()))
    robot.drag(_palette_point(robot, "persona"), target)
    robot.wait_for(lambda: len(doc.personas()) == n_personas + 1, "the dropped persona", timeout=5)

    # 5. a friction onto a card
    def a_card():
        tp = next(t for t in doc.touchpoints() if not doc.frictions_on(t))
        item = w.scene.card_item(tp)
        return tp, item.scene_rect().center()

    tp, at = robot.gui(a_card)
    robot.drag(_palette_point(robot, "friction"), robot.scene_to_global(at))
    robot.wait_for(lambda: len(doc.frictions_on(tp)) == 1, "the dropped friction", timeout=5)
    out["friction_target"] = tp
    out["counts"] = robot.gui(
        lambda: {k: doc.count(k) for k in ("stage", "lane", "persona", "touchpoint", "friction")}
    )
    return out


def _card_point(robot, tp: str, where: str = "centre"):
    """A card's centre (or its link handle) on the screen, scrolled into view."""

    def find():
        item = robot.window.scene.card_item(tp)
        if where == "handle":
            return item.mapToScene(item.handle_center())
        return item.scene_rect().center()

    return robot.scene_to_global(robot.gui(find))


def link_edit_undo_save(robot) -> dict:
    """Link two cards from the handle, edit a title in place, undo and redo it
    with the keyboard, save with Ctrl+S."""
    w = robot.window
    doc = _doc(robot)
    a, b = robot.gui(lambda: [t for t in doc.touchpoints() if doc.get(t)["lane"] == doc.lanes()[0]][:2])
    robot.gui(lambda: w.view.set_zoom(1.0))
    robot.click(_card_point(robot, a))  # selected: its link handle shows
    links = robot.gui(lambda: len(doc.links()))
    robot.drag(_card_point(robot, a, "handle"), _card_point(robot, b), steps=20)
    robot.wait_for(lambda: len(doc.links()) == links + 1, "the new link", timeout=5)
    out = {"linked": robot.gui(lambda: [list(doc.link_ends(k)) for k in doc.links()][-1])}
    robot.click(_card_point(robot, b))
    robot.key("F2")
    robot.wait_for(lambda: w.scene.is_editing(), "the title editor")
    robot.key("ctrl+a")
    robot.type("Renamed by hand")
    robot.key("Return")
    out["edited"] = robot.gui(lambda: doc.get(b)["title"])
    robot.key("ctrl+z")
    out["undone"] = robot.gui(lambda: doc.get(b)["title"])
    robot.key("ctrl+y")
    out["redone"] = robot.gui(lambda: doc.get(b)["title"])
    robot.key("ctrl+z")
    robot.key("ctrl+shift+z")
    out["redone_again"] = robot.gui(lambda: doc.get(b)["title"])
    robot.key("ctrl+s")
    robot.wait_for(lambda: not w.is_modified, "the save", timeout=5)
    out["path"] = robot.gui(lambda: w.path)
    out["card"] = b
    return out


def quick_entry(robot) -> dict:
    """Double-click an empty cell, type two cards with Enter between, then
    click away from the third (untouched) one."""
    w = robot.window
    doc = _doc(robot)
    robot.gui(lambda: w.view.set_zoom(1.0))
    _stage, _lane, centre = _empty_cell(robot)
    before = robot.gui(lambda: set(doc.touchpoints()))
    robot.click(robot.scene_to_global(centre), repeat=2)
    robot.wait_for(lambda: w.scene.is_editing(), "the new card's editor")
    robot.type("Sees the poster")
    robot.key("Return")
    robot.type("Scans the QR code")
    robot.key("Return")
    robot.wait_for(lambda: w.scene.is_editing(), "the next card's editor")
    away = robot.gui(lambda: w.view.viewport().mapToGlobal(w.view.viewport().rect().topLeft())) + QPoint(
        30, 30
    )
    robot.click(away)
    robot.wait_for(lambda: not w.scene.is_editing(), "the editor to close")
    added = robot.gui(lambda: [doc.get(t)["title"] for t in doc.touchpoints() if t not in before])
    return {"added": added, "steps": robot.gui(lambda: w.undo_stack.count())}


def keys_on_cards(robot) -> dict:
    """The edit keys as the X11 key bindings give them: Ctrl+D duplicates, Del
    deletes, L switches the link tool (but types an l into a title), F11 goes
    full screen and back."""
    w = robot.window
    doc = _doc(robot)
    out: dict = {}
    robot.gui(lambda: w.view.set_zoom(1.0))
    card = robot.gui(lambda: doc.touchpoints()[0])
    robot.click(_card_point(robot, card))
    count = lambda: robot.gui(lambda: len(doc.touchpoints()))
    before = count()
    robot.key("ctrl+d")
    robot.settle()
    out["after_duplicate"] = count() - before
    copy = robot.gui(lambda: w.scene.selected_ids())
    out["copy_selected"] = copy != [card] and len(copy) == 1
    robot.key("Delete")
    robot.settle()
    out["after_delete"] = count() - before
    robot.key("l")
    robot.settle()
    out["tool_after_l"] = robot.gui(lambda: (w.view.tool(), w.palette.link_button.isChecked()))
    robot.key("l")
    robot.settle()
    out["tool_after_second_l"] = robot.gui(lambda: w.view.tool())
    robot.click(_card_point(robot, card))
    robot.key("F2")
    robot.wait_for(lambda: w.scene.is_editing(), "the title editor")
    robot.key("End")
    robot.type(" lily")
    robot.key("Return")
    robot.settle()
    out["title"] = robot.gui(lambda: doc.get(card)["title"])
    out["tool_after_typing"] = robot.gui(lambda: w.view.tool())
    robot.key("F11")
    robot.wait_for(lambda: w.isFullScreen(), "full screen", timeout=5)
    robot.key("F11")
    robot.wait_for(lambda: not w.isFullScreen(), "back from full screen", timeout=5)
    out["full_screen_toggled"] = True
    return out


def _focused(robot):
    """(class name, palette kind or object name) of the focused widget."""
    from PySide6.QtWidgets import QApplication

    def look():
        w = QApplication.focusWidget()
        if w is None:
            return (None, None)
        return (type(w).__name__, getattr(w, "kind", None) or w.objectName())

    return robot.gui(look)


def _press_until(robot, key: str, reached, what: str, most: int = 12) -> int:
    """Press ``key`` until ``reached(focused)``; how many presses it took."""
    path = []
    for n in range(most + 1):
        path.append(_focused(robot))
        if reached(path[-1]):
            return n
        robot.key(key)
    raise AssertionError(f"{what} not reached with {most} x {key}; focus went {path}")


def _to_palette_button(robot, kind: str) -> int:
    # the palette docks left of the canvas: Shift+F6 (Previous Panel) is shorter
    presses = _press_until(robot, "shift+F6", lambda f: f[0] == "PaletteButton", "the palette")
    # F6 comes back to the button used last; Tab or Shift+Tab on to ``kind``
    order = robot.gui(lambda: list(robot.window.palette.buttons))
    back = order.index(kind) < order.index(_focused(robot)[1])
    key = "shift+Tab" if back else "Tab"
    return presses + _press_until(robot, key, lambda f: f[1] == kind, f"the {kind} button")


def _to_canvas(robot) -> int:
    return _press_until(robot, "F6", lambda f: f[0] == "MapView", "the canvas")


def keyboard_only(robot) -> dict:
    """A stage, a touchpoint in it, a link to it and a friction on it, then
    saved, with the keyboard alone (Shift+F6 / F6 between panes, Tab in the palette,
    Enter on a palette button, arrows on the canvas, Ctrl+K, Ctrl+S)."""
    w = robot.window
    doc = _doc(robot)
    out: dict = {"presses": {}}
    count = lambda kind: robot.gui(lambda: doc.count(kind))
    before = {k: count(k) for k in ("stage", "touchpoint", "link", "friction")}

    # 1. a stage at the end, named as it opens
    out["presses"]["stage"] = _to_palette_button(robot, "stage")
    robot.key("Return")
    robot.wait_for(lambda: doc.count("stage") == before["stage"] + 1, "the new stage", timeout=5)
    robot.wait_for(lambda: w.scene.is_editing(), "the stage's name editor", timeout=5)
    robot.key("ctrl+a")
    robot.type("Aftercare")
    robot.key("Return")
    stage = robot.gui(lambda: doc.stages()[-1])
    out["stage_name"] = robot.gui(lambda: doc.get(stage)["name"])

    # 2. the canvas: Down from the selected stage header onto the first lane's
    #    cell; the palette's touchpoint button adds a card there
    out["presses"]["canvas"] = _to_canvas(robot)
    out["canvas_selection"] = robot.gui(lambda: list(w.scene.selected_ids()))
    out["presses"]["touchpoint"] = _to_palette_button(robot, "touchpoint")
    robot.key("Return")
    robot.wait_for(lambda: doc.count("touchpoint") == before["touchpoint"] + 1, "the new card", timeout=5)
    robot.wait_for(lambda: w.scene.is_editing(), "the card's title editor", timeout=5)
    robot.key("ctrl+a")
    robot.type("Rates the delivery")
    robot.key("Escape")  # keeps the title (Return would open the next card: quick entry)
    robot.settle()
    card = robot.gui(lambda: next(iter(w.scene.selected_ids()), None))
    out["card"] = card
    out["card_place"] = robot.gui(lambda: [doc.get(card)["title"], doc.get(card)["stage"] == stage])

    # 3. a link from the card before it along the journey: select both with
    #    Shift+Left on the canvas, Ctrl+K links them in journey order
    _to_canvas(robot)
    robot.key("shift+Left")
    out["link_selection"] = robot.gui(lambda: list(w.scene.selected_ids()))
    robot.key("ctrl+k")
    robot.wait_for(lambda: doc.count("link") == before["link"] + 1, f"the new link ({out})", timeout=5)
    out["linked_to_card"] = robot.gui(lambda: any(doc.link_ends(k)[1] == card for k in doc.links()))

    # 4. a friction on the card: Right back onto it alone, then the palette
    robot.key("Right")
    out["friction_target"] = robot.gui(lambda: list(w.scene.selected_ids()))
    out["presses"]["friction"] = _to_palette_button(robot, "friction")
    robot.key("Return")
    robot.wait_for(lambda: doc.count("friction") == before["friction"] + 1, "the new friction", timeout=5)
    out["friction_on"] = robot.gui(lambda: doc.get(doc.frictions()[-1])["target"])

    robot.key("ctrl+s")
    robot.wait_for(lambda: w.undo_stack.isClean(), "the save", timeout=5)
    out["path"] = robot.gui(lambda: w.path)
    return out


def indonesian_by_hand(robot) -> dict:
    """The app in Bahasa Indonesia (chosen in Preferences): menus by their
    Indonesian mnemonics, a title edited in place, saved with Alt+B, S
    (Berkas > Simpan), with no English on the way."""
    w = robot.window
    doc = _doc(robot)
    out: dict = {"menus": robot.gui(lambda: [a.text() for a in w.menuBar().actions()])}
    robot.gui(lambda: w.view.set_zoom(1.0))
    card = robot.gui(lambda: doc.touchpoints()[0])
    robot.click(_card_point(robot, card))
    robot.key("F2")
    robot.wait_for(lambda: w.scene.is_editing(), "the title editor")
    robot.key("End")
    robot.type(" diubah")
    robot.key("Return")
    robot.settle()
    out["title"] = robot.gui(lambda: doc.get(card)["title"])
    out["undo_text"] = robot.gui(lambda: w.undo_stack.undoText())
    out["modified"] = robot.gui(lambda: not w.undo_stack.isClean())
    robot.key("alt+b")  # Berkas
    robot.wait_for(lambda: w.menuBar().activeAction() is not None, "the Berkas menu")
    out["open_menu"] = robot.gui(lambda: w.menuBar().activeAction().text())
    robot.key("s")  # Simpan
    robot.wait_for(lambda: w.undo_stack.isClean(), "Simpan", timeout=5)
    out["status"] = robot.gui(lambda: w.statusBar().currentMessage())
    return out


def _editor_state(w) -> dict:
    view = w.view
    t = view.transform()
    return {
        "zoom": round(t.m11(), 6),
        "scroll": [view.horizontalScrollBar().value(), view.verticalScrollBar().value()],
        "selection": list(w.scene.selected_ids()),
        "docks": bytes(w.saveState()).hex(),
        "full_screen": w.isFullScreen(),
        "stack": [w.undo_stack.count(), w.undo_stack.index()],
    }


def present_and_back(robot) -> dict:
    """F5, PageDown through every step of the main tour, a stray drag and keys,
    ? and Esc (the key list closes), Esc again: the editor is back as it was."""
    w = robot.window
    doc = _doc(robot)
    out: dict = {}
    from journeydesk.io import dumps

    def arrange() -> None:
        w.view.set_zoom(0.9)
        w.view.horizontalScrollBar().setValue(w.view.horizontalScrollBar().value() + 41)
        w.scene.select_ids(list(doc.touchpoints()[1:3]))
        w.friction_dock.hide()

    robot.gui(arrange)
    robot.settle(0.3)
    before = robot.gui(lambda: _editor_state(w))
    text_before = robot.gui(lambda: dumps(doc))
    robot.key("F5")
    pw = robot.wait_for(lambda: w.presenting.current, "the presentation window")
    robot.wait_for(lambda: pw.isVisible() and pw.isActiveWindow(), "the presentation to have the keyboard")
    out["full_screen"] = robot.gui(lambda: pw.isFullScreen())
    steps = robot.gui(lambda: [s.key for s in pw.presentation.tour.steps])
    seen = [robot.gui(lambda: pw.presentation.step.key)]
    for _ in range(len(steps) - 1):
        robot.key("Next")  # PageDown, what a clicker sends
        robot.wait_for(lambda: not pw.view.animating(), "the step's animation")
        seen.append(robot.gui(lambda: pw.presentation.step.key))
    out["steps"], out["seen"] = steps, seen
    robot.key("Prior")  # PageUp
    out["after_page_up"] = robot.gui(lambda: pw.presentation.index)
    centre = robot.gui(lambda: pw.mapToGlobal(pw.rect().center()))
    robot.drag(centre, centre + QPoint(300, 180))
    robot.key("Delete", "ctrl+v", "x", "y")
    robot.key("question")
    out["help"] = robot.gui(lambda: pw.presentation.help)
    robot.key("Escape")
    out["help_after_esc"] = robot.gui(lambda: pw.presentation.help)
    out["still_presenting"] = robot.gui(lambda: w.presenting.current is pw)
    robot.key("Escape")
    robot.wait_for(lambda: w.presenting.current is None, "the presentation to end")
    robot.settle(0.3)
    out["unchanged"] = robot.gui(lambda: dumps(doc)) == text_before
    out["before"], out["after"] = before, robot.gui(lambda: _editor_state(w))
    out["editor_scene"] = robot.gui(lambda: w.view.scene() is w.scene)
    return out


def drag_given_up_leaves_no_trace(robot) -> dict:
    """At 82 %, drag a card to the view's right edge and hold it there (the view
    scrolls under it), press Escape, let go: the window must show the map as a
    full repaint shows it (a cell's bounds once clipped the repaint of where the
    card had been, leaving a copy of it on screen)."""
    w = robot.window
    doc = _doc(robot)
    tp = doc.touchpoints()[len(doc.touchpoints()) // 3]

    def place() -> QPoint:
        w.view.set_zoom(0.82)
        r = w.scene.card_item(tp).sceneBoundingRect()
        w.view.centerOn(r.center())
        return w.view.viewport().mapToGlobal(w.view.mapFromScene(r.center()))

    start = robot.gui(place)
    robot.settle(0.3)
    edge = robot.gui(lambda: w.view.viewport().mapToGlobal(w.view.viewport().rect().center()))
    edge = QPoint(
        robot.gui(lambda: w.view.viewport().mapToGlobal(w.view.viewport().rect().topRight())).x() - 8,
        edge.y(),
    )
    robot.move_to(start)
    robot.settle(0.1)
    robot.xdo("mousedown", 1)
    robot.glide(start, edge, 16)
    robot.settle(2.0)  # held at the edge: the view scrolls
    scrolled = robot.gui(lambda: w.view.horizontalScrollBar().value())
    robot.key("Escape")
    robot.xdo("mouseup", 1)
    robot.settle(0.5)

    def compare() -> int:
        """Pixels (every other one) that differ clearly: a partial repaint and a
        full one antialias the emotion curves a little differently (up to 39 of
        255), a left-over copy of a card differs by its dark text."""
        view = w.view
        shown = view.screen().grabWindow(view.viewport().winId()).toImage()
        view.viewport().repaint()
        whole = view.screen().grabWindow(view.viewport().winId()).toImage()

        def clear(p: int, q: int) -> bool:
            return max(abs(((p >> s) & 255) - ((q >> s) & 255)) for s in (0, 8, 16)) > 60

        return sum(
            clear(shown.pixel(x, y), whole.pixel(x, y))
            for x in range(0, shown.width(), 2)
            for y in range(0, shown.height(), 2)
        )

    return {
        "differing": robot.gui(compare),
        "scrolled": scrolled,
        "stage": doc.get(tp)["stage"],
        "undo": robot.gui(lambda: w.undo_stack.count()),
    }
