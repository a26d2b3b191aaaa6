"""The scene's items after any mix of edits, undos and redos: exactly the map's
items, in the scene, in the right cell groups, at the layout's places, showing
the document's content. Stage, lane and card removals keep their items aside for
an undo (``MapScene._spare_*``); these tests make sure that what comes back is
right and that nothing kept aside lingers in the scene."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from journeydesk.commands import AddItem, MoveTouchpoints, RemoveItems, Reorder, SetFields
from journeydesk.layout import compute_layout, label_spot, route
from journeydesk.ui.canvas.items import BadgeItem, CardItem, CellGroup, LinkItem


def check_scene(scene, doc) -> None:
    """Every invariant the incremental sync keeps (see MapScene._sync_items)."""
    scene.flush()
    L = compute_layout(doc)
    cards, links, badges = scene.card_items(), scene.link_items(), scene.store.badges
    overview = scene.overview_mode()

    # exactly the map's items, and nothing else of their kinds shown
    in_scene = [i for i in scene.items() if i.isVisible()]
    assert {i for i in in_scene if isinstance(i, CardItem)} == set(cards.values())
    assert {i for i in in_scene if isinstance(i, LinkItem)} == set(links.values())
    assert {i for i in in_scene if isinstance(i, BadgeItem)} == set(badges.values())
    groups = {i.key: i for i in in_scene if isinstance(i, CellGroup)}
    assert set(groups) == set(L.cells) == set(scene.store.groups)

    assert set(cards) == set(L.cards)
    for tp, item in cards.items():
        a = doc.graph.nodes[tp]
        assert item.scene() is scene and item.isVisible()
        assert item.parentItem() is groups[(a["stage"], a["lane"])] is item.group, tp
        r = L.cards[tp]
        assert item.scene_rect() == QRectF(r.x, r.y, r.w, r.h), tp
        assert not item.hovered and not item.link_target
        assert item._overview == overview
        if item._content is not None:  # what it paints is what the document says now
            assert item._content_sig == item._signature(), tp

    assert set(links) == set(doc.links())
    for k, item in links.items():
        u, v = doc.link_ends(k)
        assert (item.source, item.target) == (u, v)
        assert item.scene() is scene and item.isVisible()
        same_cell = item.cells[0] == item.cells[1]
        assert item.parentItem() is item.group
        assert (item.group is None) == (not same_cell) == (k in scene.store.top_links), k
        assert item.scenePos() == QPointF(*route(L.cards[u], L.cards[v])[0]), k
        assert tuple(item.points()) == L.links[k].points, k  # straight along a clear row, as laid out
        assert k in scene.store.links_at[u] and k in scene.store.links_at[v]
        cu, cv = item.cells
        assert cu == (doc.get(u)["stage"], doc.get(u)["lane"]) and cv == (
            doc.get(v)["stage"],
            doc.get(v)["lane"],
        )
        if cu != cv:
            assert k in scene.store.top_at[cu] and k in scene.store.top_at[cv], k
        assert (k in scene.store.lane_at.get(cu[1], ())) == (cu[1] == cv[1] and cu != cv), k
        assert item._overview == overview
        # its label, where layout.label_spot puts it, clear of its badge
        text = " ".join(doc.graph.adj[u][v][k]["label"].split())
        assert item.label_text == text and item.badged == (k in L.badges), k
        label = item.label()
        if text:
            badge = L.badges.get(k)
            spot = label_spot(L.links[k].points, (badge.x, badge.y) if badge else None)
            if label is None:
                assert spot is None or spot.room < 30, k  # too short a gutter
            else:
                assert item.mapToScene(QPointF(label.x, label.y)) == QPointF(spot.x, spot.y), k
                assert label.upright == spot.upright
        else:
            assert label is None
    assert all(k in links for at in scene.store.links_at.values() for k in at)
    assert scene.store.top_links <= set(links)
    assert all(k in links for at in scene.store.top_at.values() for k in at)
    assert all(k in links for at in scene.store.lane_at.values() for k in at)

    assert set(badges) == set(L.badges)
    for target, item in badges.items():
        b = L.badges[target]
        assert item.scene() is scene and item.isVisible()
        assert item.scenePos() == QPointF(b.x, b.y), target
        assert (item.badge.count, item.badge.open_count, item.badge.severity) == (
            b.count,
            b.open_count,
            b.severity,
        )
        if target in cards:
            assert item.parentItem() is cards[target]
        else:
            assert item.parentItem() is None

    # nothing kept aside is shown or selected (a cell's group waits hidden)
    for store in (scene.store.spare_cards, scene.store.spare_links, scene.store.spare_badges):
        for item in store.values():
            assert item.scene() is None or not item.isVisible()
            assert not item.isSelected()
    for group in scene.store.spare_groups.values():
        assert group.scene() is scene and not group.isVisible()
    assert all(i.scene() is scene for i in scene.selectedItems())

    # a persona focus dims exactly the others; no focus dims nothing
    if scene.persona_focus() is None:
        for group in (cards, links, badges):
            assert all(i.opacity() == 1.0 for i in group.values())


def _random_edit(rnd: random.Random, doc, stack, scene, view, step: int) -> None:
    tps = list(doc.touchpoints())
    stages, lanes = doc.stages(), doc.lanes()
    r = rnd.random()
    if r < 0.12 and tps:
        tp = rnd.choice(tps)
        s, la = rnd.choice(stages), rnd.choice(lanes)
        stack.push(MoveTouchpoints(doc, [(tp, s, la, rnd.randint(0, len(doc.cell(s, la))))]))
    elif r < 0.2 and stages and lanes:
        s, la = rnd.choice(stages), rnd.choice(lanes)
        stack.push(AddItem(doc, "touchpoint", {"title": f"T{step}", "stage": s, "lane": la}))
    elif r < 0.26 and len(tps) > 2:
        u, v = rnd.sample(tps, 2)
        stack.push(AddItem(doc, "link", {"source": u, "target": v, "label": rnd.choice(["", "then"])}))
    elif r < 0.32 and tps:
        stack.push(RemoveItems(doc, rnd.sample(tps, min(len(tps), rnd.randint(1, 4)))))
    elif r < 0.38 and len(stages) > 1:
        stack.push(RemoveItems(doc, [rnd.choice(stages)]))  # a whole column of cells
    elif r < 0.41 and len(lanes) > 1:
        stack.push(RemoveItems(doc, [rnd.choice(lanes)]))
    elif r < 0.44:
        stack.push(AddItem(doc, "stage", {"name": f"S{step}", "index": rnd.randint(0, len(stages))}))
    elif r < 0.48 and stages:
        stack.push(Reorder(doc, rnd.choice(stages), rnd.randint(0, len(stages) - 1)))
    elif r < 0.54 and tps:
        target = rnd.choice(tps + list(doc.links()))
        stack.push(AddItem(doc, "friction", {"target": target, "title": "F", "severity": rnd.randint(1, 4)}))
    elif r < 0.58 and doc.frictions():
        stack.push(RemoveItems(doc, [rnd.choice(doc.frictions())]))
    elif r < 0.62 and tps:
        stack.push(SetFields(doc, rnd.choice(tps), {"title": rnd.choice(["Renamed", "Other words", ""])}))
    elif r < 0.64 and doc.personas():
        p = rnd.choice(doc.personas())
        stack.push(SetFields(doc, p, {"colour": rnd.choice(["#AA3377", "#228833", "#4477AA"])}))
    elif r < 0.65 and doc.links():
        stack.push(
            SetFields(doc, rnd.choice(doc.links()), {"label": rnd.choice(["", "retry", "if it fails"])})
        )
    elif r < 0.66 and doc.channels():
        stack.push(SetFields(doc, rnd.choice(doc.channels()), {"name": f"Channel {step}"}))
    elif r < 0.69:
        personas = list(doc.personas())
        scene.set_persona_focus(rnd.choice([*personas, None, None]))
    elif r < 0.72:
        view.set_zoom(rnd.choice([0.1, 0.3, 1.0]))  # overview mode on and off
    elif r < 0.76:
        items = list(scene.card_items()) + list(scene.link_items())
        scene.select_ids(rnd.sample(items, min(len(items), 3)))
    elif r < 0.8 and scene.card_items():  # Delete on the card under the pointer
        item = rnd.choice(list(scene.card_items().values()))
        item.hovered = True
        stack.push(RemoveItems(doc, [item.item_id]))
    elif r < 0.9 and stack.canUndo():
        for _ in range(rnd.randint(1, 3)):
            if stack.canUndo():
                stack.undo()
    elif stack.canRedo():
        for _ in range(rnd.randint(1, 3)):
            if stack.canRedo():
                stack.redo()


@pytest.mark.parametrize("seed", range(8))
def test_scene_matches_the_document_through_edits_undos_and_redos(canvas, doc, stack, seed):
    scene, view = canvas
    rnd = random.Random(seed)
    for step in range(60):
        _random_edit(rnd, doc, stack, scene, view, step)
        check_scene(scene, doc)
    while stack.canUndo():
        stack.undo()
        check_scene(scene, doc)
    while stack.canRedo():
        stack.redo()
        check_scene(scene, doc)


def test_undoing_a_stage_removal_brings_its_items_back(canvas, doc, stack):
    scene, _view = canvas
    stage = doc.stages()[1]
    in_stage = [t for t in doc.touchpoints() if doc.graph.nodes[t]["stage"] == stage]
    before = {t: scene.card_item(t) for t in in_stage}
    stack.push(RemoveItems(doc, [stage]))
    check_scene(scene, doc)
    assert all(scene.card_item(t) is None for t in in_stage)
    stack.undo()
    check_scene(scene, doc)
    # the same items, back in the scene (not built again)
    assert all(scene.card_item(t) is before[t] for t in in_stage)


def test_a_card_brought_back_shows_what_changed_meanwhile(canvas, doc, stack):
    """A card kept aside while its channel is renamed shows the new name when an
    undo brings it back."""
    scene, _view = canvas
    tp = "tp_page"
    channel = doc.graph.nodes[tp]["channel"]
    scene.card_item(tp).content()
    doc.remove(tp)  # outside the stack: what comes back below is not an undo
    QApplication.processEvents()
    old = scene.store.spare_cards[tp]
    stack.push(SetFields(doc, channel, {"name": "Brand new channel"}))
    values = {"title": "Back again", "stage": "st_1", "lane": "la_touch", "channel": channel, "id": tp}
    stack.push(AddItem(doc, "touchpoint", values))
    check_scene(scene, doc)
    item = scene.card_item(tp)
    assert item is old
    assert item.content().lines == ("Back again",)
    assert item.content().meta.startswith("Brand new channel")


def test_kept_aside_items_are_bounded(canvas, doc, stack, monkeypatch):
    import journeydesk.ui.canvas.cells as scene_module

    monkeypatch.setattr(scene_module, "SPARE_LIMIT", 5)
    scene, _view = canvas
    first = [t for t in doc.touchpoints() if doc.graph.nodes[t]["stage"] != "st_0"][:3]
    stack.push(RemoveItems(doc, first))
    assert set(first) <= set(scene.store.spare_cards)
    stack.push(RemoveItems(doc, ["st_0"]))
    # over the limit: the older spares went, the last removal's are kept
    assert not set(first) & set(scene.store.spare_cards)
    assert scene.store.spare_cards and ("st_0", "la_touch") in scene.store.spare_groups
    check_scene(scene, doc)
    stack.undo()
    stack.undo()
    check_scene(scene, doc)


def test_a_reset_drops_what_was_kept_aside(canvas, doc, stack):
    from canvas_sample import sample_document

    scene, _view = canvas
    stack.push(RemoveItems(doc, [doc.stages()[1]]))
    stack.push(RemoveItems(doc, [doc.touchpoints()[0]]))
    assert scene.store.spare_groups and scene.store.spare_cards
    stack.clear()
    doc.replace_with(sample_document())
    check_scene(scene, doc)
    assert not (
        scene.store.spare_groups
        or scene.store.spare_cards
        or scene.store.spare_links
        or scene.store.spare_badges
    )
    # no hidden cell is left behind in the scene either
    assert all(item.isVisible() for item in scene.items() if isinstance(item, CellGroup))
    stack.push(RemoveItems(doc, [doc.stages()[0]]))
    stack.undo()
    check_scene(scene, doc)


@pytest.mark.parametrize("seed", range(4))
def test_a_bigger_map_stays_in_step_through_random_edits(qtbot, seed):
    # Cells crowded enough that adding a card widens a stage or adds a card row,
    # so the live layout's column and row shifts are exercised too.
    from make_map import make_document
    from PySide6.QtGui import QUndoStack

    from journeydesk.ui.canvas import MapEditor, MapScene, MapView

    doc = make_document(180, seed=seed)
    stack = QUndoStack()
    scene = MapScene(doc, stack)
    MapEditor(scene, stack)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    rnd = random.Random(100 + seed)
    for step in range(40):
        _random_edit(rnd, doc, stack, scene, view, step)
        check_scene(scene, doc)
    while stack.canUndo():
        stack.undo()
    check_scene(scene, doc)
    scene.detach()
    stack.clear()
