"""Versions of a map (no Qt): what changed between two, and a three-way merge.

    d = diff(old_doc, new_doc)          # MapDiff: items added, removed, changed
    print(report(d, "v1", "v2"))         # readable; to_json(d) for tools
    result = merge(base, ours, theirs)  # MergeResult: document + conflicts

Items are matched by id, so renaming a stage or moving a card is a change of one
item, not a removal and an addition.
"""

from .diff import FieldChange, ItemChange, MapDiff, diff
from .merge import Conflict, MergeResult, merge
from .report import report, to_json

__all__ = [
    "Conflict",
    "FieldChange",
    "ItemChange",
    "MapDiff",
    "MergeResult",
    "diff",
    "merge",
    "report",
    "to_json",
]
