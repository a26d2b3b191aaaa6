"""Fixtures for the export tests; the map builders live in export_maps.py."""

from __future__ import annotations

import pytest
from export_maps import build_indonesian, build_store

from journeydesk.model import JourneyDocument


@pytest.fixture
def store() -> JourneyDocument:
    return build_store()


@pytest.fixture
def indonesian() -> JourneyDocument:
    return build_indonesian()
