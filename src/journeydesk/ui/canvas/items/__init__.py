"""The map's graphics items: cards, links, friction badges, stage and lane headers,
emotion curves.

Items hold ids, never document data: they read the document when they (re)build
their paint cache, and the sync module tells them when their geometry or content
changed. Geometry changes go through ``prepareGeometryChange`` (size) or
``setPos`` (position); nothing changes geometry inside ``paint()``.

    base.py     z order, MapItem (what stands for a map item), CellGroup
    card.py     CardItem: a touchpoint card
    link.py     LinkItem and link labels
    badge.py    BadgeItem: friction markers
    headers.py  stage and lane headers
    curve.py    CurveItem: a persona's emotion curve
"""

from .badge import BadgeItem
from .base import (
    Z_BADGE,
    Z_BOARD,
    Z_CARD,
    Z_CURVE,
    Z_DRAG,
    Z_EDITOR,
    Z_HEADER,
    Z_LINK,
    Z_OVERVIEW,
    Z_PREVIEW,
    CellGroup,
    MapItem,
    lod_of,
)
from .card import CardContent, CardItem
from .curve import CurveItem
from .headers import HeaderItem, LaneHeaderItem, StageHeaderItem
from .link import LABEL_PILL_H, LinkItem, LinkLabel, draw_link_label

__all__ = [
    "LABEL_PILL_H",
    "Z_BADGE",
    "Z_BOARD",
    "Z_CARD",
    "Z_CURVE",
    "Z_DRAG",
    "Z_EDITOR",
    "Z_HEADER",
    "Z_LINK",
    "Z_OVERVIEW",
    "Z_PREVIEW",
    "BadgeItem",
    "CardContent",
    "CardItem",
    "CellGroup",
    "CurveItem",
    "HeaderItem",
    "LaneHeaderItem",
    "LinkItem",
    "LinkLabel",
    "MapItem",
    "StageHeaderItem",
    "draw_link_label",
    "lod_of",
]
