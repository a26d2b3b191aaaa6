"""The journey-map canvas: a QGraphicsScene that follows the document, and its view.

    scene = MapScene(doc, undo_stack)
    view = MapView(scene)

The scene builds its items from ``layout.compute_layout(doc)``, listens to the
document's change events and updates only what changed. Every edit it makes
(drags, drops, in-place titles, deletes) is a command pushed on ``undo_stack``.
Call ``scene.detach()`` before the scene or the document go away.

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
  stays in the scene, hidden, with its cards, links and badges): undoing the
  removal of a 400-card stage shows them again instead of building ~1,000
  items; the layout is recomputed once per command, links are routed only
  when their cards moved (an index from cards to links).

Link labels are drawn by their links, in a gutter the link runs along (where
``layout.label_spot`` and the PDF put them), from 60 % zoom up.

Layout of the package:
    scene.py     MapScene: sync with the document, selection, edits, keys, drops
    view.py      MapView: zoom, pan, rubber band, link tool, level of detail
    items.py     cards, links, friction badges, headers, emotion curves, cell groups
    board.py     the backdrop (columns, rows, heatmap, title) and the far-out overview
    gestures.py  card / header / link / emotion-point drags, each one command
    editor.py    in-place title editing
    nav.py       arrow-key navigation (pure)
    heat.py      friction load per cell (pure)
    theme.py     pens, colours and fonts from layout/style.py
"""

from .scene import MapScene
from .view import MapView

__all__ = ["MapScene", "MapView"]
