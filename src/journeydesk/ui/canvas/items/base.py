"""What every map item shares: z order, paint constants, the MapItem mixin
and the cell groups that carry cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
)

from .. import theme as T

# z values: what sits on what


Z_BOARD, Z_OVERVIEW, Z_LINK, Z_CURVE, Z_CARD, Z_BADGE, Z_HEADER = 0, 1, 2, 3, 4, 5, 6
Z_DRAG, Z_PREVIEW, Z_EDITOR = 50, 60, 100

_AA = QPainter.RenderHint.Antialiasing
_TEXT_AA = QPainter.RenderHint.TextAntialiasing
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
# A link's click shape and bounds: 13 wide, so the label pill drawn on the link
# (11.25 high, centred on it) stays inside the bounds.
_HIT_PEN = QPen(QColor(0, 0, 0, 0), 13.0)


_LINK_PENS: dict[tuple[str, float], QPen] = {}


def _link_pen(colour: str, width: float) -> QPen:
    pen = _LINK_PENS.get((colour, width))
    if pen is None:
        pen = _LINK_PENS[(colour, width)] = QPen(T.colour(colour), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


_SELECTED_LINK_PEN = _link_pen(T.ACCENT, 2.4)


def lod_of(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class MapItem:
    """Mixin for the items that stand for a map item (they carry its id).

    Cards, links and badges derive from Qt's C++ item classes (rect, path) so
    that ``boundingRect`` and culling never call into Python: on a 2,000-card
    map a repaint touches every item's bounds."""

    kind = ""
    item_id = ""
    _overview = False
    _hidden = False
    _lifted = False  # being dragged: draws itself even far out

    def lift(self, on: bool) -> None:
        """A dragged item draws itself over the overview while it moves."""
        self._lifted = on
        self.set_overview(self._overview)

    def attrs(self) -> dict | None:
        """What the document holds for this item now; None once it is gone (a
        script or a sync may remove it a moment before the scene catches up)."""
        return self.doc.graph.nodes.get(self.item_id)

    def set_overview(self, on: bool) -> None:
        """Below the overview zoom the OverviewItem draws this item (and the
        SelectionOverlay its selection): paint nothing, unless lifted (dragged)."""
        self._overview = on
        hidden = on and not self._lifted
        if hidden != self._hidden:
            if hidden:
                self.update()  # what it drew goes (Qt repaints nothing for a no-contents item)
            self._hidden = hidden
            self.setFlag(_NO_CONTENTS, hidden)

    def revive(self, overview: bool) -> None:
        """A kept-aside item comes back on the map (the scene took it out when
        its map item was removed, an undo brings it back): drop the state it
        left with. It is never selected (the scene deselects before keeping
        aside) and its opacity is the scene's business (``reapply_focus``)."""
        if getattr(self, "hovered", False):
            self.hovered = False
            self.update()
        if self._overview != overview:
            self.set_overview(overview)


# ---------------------------------------------------------------------- cells
class CellGroup(QGraphicsRectItem):
    """An invisible container at a stage-lane cell's origin: holds the cell's
    cards and the links between them, so a cell that only moved is one setPos."""

    def __init__(self, key: tuple[str, str], x: float, y: float) -> None:
        super().__init__()
        self.key = key
        self.x0, self.y0 = x, y
        self.sig: tuple | None = None  # (card ids, columns, width) last placed
        # kept aside by the scene: the links that stayed in it, and the scene's
        # content count and overview mode when it left
        self.spare_links: list[str] = []
        self.spare_epoch = -1
        self.spare_overview = False
        self.setPen(_NO_PEN)
        self.setFlag(_NO_CONTENTS, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_CARD)
        self.setPos(x, y)

    def move_to(self, x: float, y: float) -> None:
        self.x0, self.y0 = x, y
        self.setPos(x, y)
