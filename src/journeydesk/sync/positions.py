"""Fractional position keys: the order of stages, lanes, personas, channels and of
the cards in a cell, as the CRDT holds it.

Each item carries a key, a base-62 fraction in (0, 1) written as a string of
digits ``0-9A-Za-z`` with no trailing ``0``; plain string comparison is numeric
comparison, and between any two different keys there is always another. An order
is the items sorted by ``(key, id)``, so two people who put a card in the same
spot at the same time both keep theirs, in a stable order on every machine.
Moving an item changes its key only: concurrent moves of one item end with one of
them (last writer wins on that one value), never with a duplicate or a gap.
"""

from __future__ import annotations

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BASE = len(DIGITS)
_INDEX = {c: i for i, c in enumerate(DIGITS)}
MAX_KEY = 1000  # characters; keys grow about one character per 30 appends at one end


def is_key(value: object) -> bool:
    """Whether ``value`` is a well-formed position key."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= MAX_KEY
        and value[-1] != "0"
        and all(c in _INDEX for c in value)
    )


def _after(a: str) -> str:
    """A key above ``a`` and below 1, short: bump the first digit that can be bumped."""
    for i, c in enumerate(a):
        if _INDEX[c] < _BASE - 1:
            return a[:i] + DIGITS[_INDEX[c] + 1]
    return a + DIGITS[_BASE // 2]


def _before(b: str) -> str:
    """A key above 0 and below ``b``."""
    for i, c in enumerate(b):
        if _INDEX[c] > 1:
            return b[:i] + DIGITS[_INDEX[c] - 1]
    return _midpoint("", b)


def _midpoint(a: str, b: str | None) -> str:
    """The shortest-ish key strictly between ``a`` (0 when empty) and ``b`` (1 when None)."""
    out = []
    i = 0
    while True:
        da = _INDEX[a[i]] if i < len(a) else 0
        db = _INDEX[b[i]] if b is not None and i < len(b) else (_BASE if b is None else 0)
        if b is not None and i >= len(b):
            raise ValueError(f"no key between {a!r} and {b!r}")
        if da == db:
            out.append(DIGITS[da])
            i += 1
            continue
        mid = (da + db) // 2
        if mid > da:
            out.append(DIGITS[mid])
            return "".join(out)
        out.append(DIGITS[da])  # db == da + 1: anything above a's tail will do
        i += 1
        b = None


def key_between(lo: str | None, hi: str | None) -> str:
    """A key strictly between ``lo`` and ``hi`` (None: the open end)."""
    if lo is not None and hi is not None:
        if not lo < hi:
            raise ValueError(f"{lo!r} is not below {hi!r}")
        return _midpoint(lo, hi)
    if lo is not None:
        return _after(lo)
    if hi is not None:
        return _before(hi)
    return DIGITS[_BASE // 2]


def spread(n: int) -> list[str]:
    """``n`` increasing keys of equal length, evenly spaced (a fresh order)."""
    width = 1
    while _BASE**width <= n + 1:
        width += 1
    step = _BASE**width / (n + 1)
    keys = []
    for i in range(n):
        value = round((i + 1) * step)
        digits = []
        for _ in range(width):
            value, d = divmod(value, _BASE)
            digits.append(DIGITS[d])
        keys.append("".join(reversed(digits)).rstrip("0"))
    return keys
