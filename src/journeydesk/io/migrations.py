"""Format migrations: one function per version step, registered by the version it
upgrades from. A file of version N runs ``MIGRATIONS[N]``, ``MIGRATIONS[N+1]``...
until it reaches the current version; each step takes and returns plain JSON data.

A format change adds ``@step(N)`` here, a test of it in tests/io/test_migrations.py,
and bumps ``schema.FORMAT_VERSION``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Data = dict[str, Any]


class MissingMigration(LookupError):
    """No step is registered to upgrade from ``version`` (the loader words it for
    the person; the message is for developers)."""

    def __init__(self, version: int) -> None:
        super().__init__(f"no migration from format version {version} to {version + 1}")
        self.version = version


MIGRATIONS: dict[int, Callable[[Data], Data]] = {}


def step(from_version: int) -> Callable[[Callable[[Data], Data]], Callable[[Data], Data]]:
    """Register ``fn`` as the upgrade from ``from_version`` to ``from_version + 1``."""

    def register(fn: Callable[[Data], Data]) -> Callable[[Data], Data]:
        if from_version in MIGRATIONS:
            raise ValueError(f"a migration from format version {from_version} is already registered")
        MIGRATIONS[from_version] = fn
        return fn

    return register


def migrate(data: Data, from_version: int, to_version: int) -> Data:
    """Upgrade data step by step; raises MissingMigration naming a missing step."""
    version = from_version
    while version < to_version:
        fn = MIGRATIONS.get(version)
        if fn is None:
            raise MissingMigration(version)
        data = fn(data)
        version += 1
        data["format_version"] = version
    return data


@step(1)
def add_comments(data: Data) -> Data:
    """1 -> 2: maps gain ``comments`` (notes on touchpoints, frictions, stages or
    the map). A version 1 map has none."""
    data["comments"] = data.get("comments", [])
    return data
