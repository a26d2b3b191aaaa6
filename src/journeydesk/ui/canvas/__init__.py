"""The journey-map canvas: a QGraphicsScene that follows the document, and its view.

    scene = MapScene(doc, undo_stack)
    view = MapView(scene)

The scene builds its items from ``layout.compute_layout(doc)``, listens to the
document's change events and updates only what changed. Every edit it makes
(drags, drops, in-place titles, deletes) is a command pushed on ``undo_stack``.
Call ``scene.detach()`` before the scene or the document go away.

Layout of the package:
    scene.py     MapScene: sync with the document, selection, edits, keys, drops
    view.py      MapView: zoom, pan, rubber band, link tool, level of detail
    items.py     cards, links, friction badges, headers, emotion curves
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
