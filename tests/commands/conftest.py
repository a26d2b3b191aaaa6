"""Commands are QUndoCommands: Qt, offscreen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest


@pytest.fixture(autouse=True)
def _app_translators(qapp):
    """The translators the app installs (English plurals; see ui/translations.py)."""
    from journeydesk.ui import translations

    translations.install(qapp)
