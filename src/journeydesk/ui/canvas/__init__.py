"""The journey-map canvas: a QGraphicsScene that follows the document, a view,
and an editor that turns input into undo commands.

    scene = MapScene(doc, undo_stack)     # items, lookups, selection, view state
    editor = MapEditor(scene, undo_stack) # edits; without it the canvas is read-only
    view = MapView(scene)

The scene builds its items from ``layout.compute_layout(doc)``, listens to the
document's change events and updates only what changed. Every edit the editor
makes (drags, drops, in-place titles, deletes) is a command pushed on
``undo_stack``. Call ``scene.detach()`` before the scene or the document go.

Selection ids: cards give touchpoint ids, links link ids, headers stage/lane ids;
a selected friction badge gives ONE friction id (the one ``select_ids`` asked
for, else the most severe on that card or link). ``select_all`` selects every
card and link. The rubber band selects what it wholly covers.

How it stays fast on a 2,000-card map (benchmarks/bench_canvas.py):
- cards live in one invisible container per stage-lane cell (with the links
  between cards of that cell): a relayout that shifts whole cells moves a few
  dozen containers, not thousands of items;
- cards, links and badges are Qt's C++ rect/path items (no Python
  ``boundingRect``), cards paint through a device-coordinate pixmap cache;
- below ``theme.LOD_OVERVIEW`` one overview item draws the map as blocks and
  lines from pictures cached per cell; the items paint nothing;
- the view repaints only dirty regions (MinimalViewportUpdate);
- items of removed things are kept aside for an undo (a removed cell's group
  stays in the scene, hidden, with its cards, links and badges).

Layout of the package (each layer imports only the ones below it):
    editing.py   MapEditor: every edit as a command; in-place titles, quick entry
    input.py     mouse, keys, palette drags and menus -> the editor and gestures
    menus.py     context menus
    gestures.py  card / header / link / emotion-point drags, each one command
    view.py      MapView: zoom, scroll, pan, rubber band, edge scrolling, tools
    pinned.py    pinned copies of the headers along the view's edges
    render.py    PNG and SVG of the scene (offscreen)
    scene.py     MapScene: items, lookups, selection, view state
    focus.py     persona focus (dimming)
    drops.py     drop targets, markers and insertion bars
    sync.py      document events -> items (dirty flags, flush)
    cells.py     cards, links and badges in cell groups, spares for undo
    store.py     SceneItems: the items by id
    items/       cards, links, badges, headers, curves
    board.py     the backdrop (columns, rows, heatmap, title) and the far-out overview
    title_editor.py  the in-place text item
    nav.py, heat.py  arrow-key neighbours and friction load per cell (pure)
    theme.py     pens, colours and fonts from layout/style.py
"""

from .editing import MapEditor
from .scene import MapScene
from .view import MapView

__all__ = ["MapEditor", "MapScene", "MapView"]
