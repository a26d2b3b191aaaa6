"""Orders of unique ids: which items moved, and a three-way merge of an order.

Ids in a map's orders are unique, so the longest common subsequence of two
orders is the longest increasing run of new positions read in old order
(patience sorting, O(n log n)): 10,000 cards in one cell cost milliseconds.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Comparing maps makes many small objects and no garbage cycles: with three
    big maps in memory the cyclic collector would walk them again and again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def kept_in_order(old: Sequence[str], new: Sequence[str]) -> set[str]:
    """The largest set of ids common to both that keep their relative order;
    the other common ids are the ones that moved."""
    pos = {item: i for i, item in enumerate(new)}
    seq = [(pos[item], item) for item in old if item in pos]
    tails: list[int] = []  # smallest tail position of an increasing run of each length
    tail_at: list[int] = []  # index into seq of that tail
    back = [-1] * len(seq)
    first_end = -1  # the first item that completed a run of the longest length so far
    for i, (p, _) in enumerate(seq):
        k = bisect_left(tails, p)
        if k == len(tails):
            tails.append(p)
            tail_at.append(i)
            first_end = i
        else:
            tails[k] = p
            tail_at[k] = i
        back[i] = tail_at[k - 1] if k else -1
    # Of the longest runs, keep the one that ends first: when two cards swap, the
    # one that jumped ahead is the one reported as moved.
    out: set[str] = set()
    i = first_end
    while i >= 0:
        out.add(seq[i][1])
        i = back[i]
    return out


def moved(old: Sequence[str], new: Sequence[str]) -> set[str]:
    """Common ids whose place relative to the others changed."""
    common = set(old) & set(new)
    return common - kept_in_order(old, new)


def merge_order(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str], keep: set[str]
) -> tuple[list[str], set[str]]:
    """A three-way merge of an order, restricted to the ids in ``keep``.

    Ours is the backbone. An id theirs added (or that ours lacks), or that theirs
    moved while ours left it in place, is placed next to its neighbour in theirs:
    after the one before it (after ours' own additions there), or, when theirs
    moved it earlier, before the one after it. Returns the order and the ids both
    sides moved to different places."""
    ours_moved = moved(base, ours)
    theirs_moved = moved(base, theirs)
    in_base = set(base)
    in_ours = set(ours)
    result = [i for i in ours if i in keep]
    relocate = [
        i for i in theirs if i in keep and (i not in in_ours or (i in theirs_moved and i not in ours_moved))
    ]
    conflicts = set()
    if relocate:
        moving = set(relocate)
        result = [i for i in result if i not in moving]
        placed = set(result)
        where = {item: k for k, item in enumerate(theirs)}
        was = {item: k for k, item in enumerate(base)}
        ours_added = {i for i in result if i not in in_base}
        steady = placed - ours_moved
        for i in relocate:
            # A card moved earlier is placed before the card it now precedes; one
            # moved later, or added, after the card it now follows.
            earlier = i in was and where[i] < was[i]
            # A card ours moved is a poor landmark for where theirs put one.
            result.insert(_slot(where[i], theirs, result, steady or placed, earlier, ours_added), i)
            placed.add(i)
            steady.add(i)
    for i in ours_moved & theirs_moved:
        if i in keep and _neighbours(i, ours, keep) != _neighbours(i, theirs, keep):
            conflicts.add(i)
    # Ids kept that neither order holds (a side added them elsewhere): at the end.
    done = set(result)
    rest = [i for i in keep if i not in done]
    return result + sorted(rest), conflicts


def _slot(
    idx: int,
    theirs: Sequence[str],
    result: list[str],
    placed: set[str],
    before_next: bool,
    ours_added: set[str],
) -> int:
    after = next((theirs[j] for j in range(idx - 1, -1, -1) if theirs[j] in placed), None)
    before = next((theirs[j] for j in range(idx + 1, len(theirs)) if theirs[j] in placed), None)
    if before is not None and (before_next or after is None):
        return result.index(before)
    if after is not None:
        k = result.index(after) + 1
        while k < len(result) and result[k] in ours_added and result[k] != before:
            k += 1  # both sides added after one card: ours first, then theirs
        return k
    return 0


def _neighbours(item: str, order: Sequence[str], keep: set[str]) -> tuple[str | None, str | None]:
    kept = [i for i in order if i in keep]
    k = kept.index(item)
    return (kept[k - 1] if k else None, kept[k + 1] if k + 1 < len(kept) else None)
