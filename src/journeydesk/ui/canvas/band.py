"""A rubber band's selection, settled once when the band ends.

While the band is dragged Qt replaces the selection on every mouse move. The
selected ids (sorted, sent to the inspector and the actions) are worked out once,
at release; far out, the items still show their selection as the band grows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGraphicsView


class BandBatch(QObject):
    """Follows ``view.rubberBandChanged``: holds the scene's selection ids from
    the band's first move until it ends (Qt then sends a null rectangle)."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        self.held = None  # the scene held while a band is on
        view.rubberBandChanged.connect(self._changed)

    def _changed(self, rect, _from, _to) -> None:
        if not rect.isNull():
            scene = self.view.scene()
            if self.held is None and hasattr(scene, "hold_selection_ids"):
                self.held = scene
                scene.hold_selection_ids(True)
        elif self.held is not None:
            scene, self.held = self.held, None
            scene.hold_selection_ids(False)
