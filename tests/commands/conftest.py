"""Command tests run real QUndoStacks: offscreen Qt, in Qt's test mode."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStandardPaths

QStandardPaths.setTestModeEnabled(True)

import pytest


@pytest.fixture(autouse=True)
def _app_translators(qapp):
    """The translators the app installs (English plurals; see ui/translations.py)."""
    from journeydesk.ui import translations

    translations.install(qapp, "en")
