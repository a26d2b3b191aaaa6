"""Qt test setup: offscreen rendering, and Qt's test mode so tests never touch the
user's settings, recent files or autosave folder.

Qt's test mode still writes under $HOME/.qttest, which every run on the machine
shares (two runs at once would read each other's dock layout or autosaves), so each
session gets a home folder of its own."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HOME"] = tempfile.mkdtemp(prefix="journeydesk-test-home-")
atexit.register(shutil.rmtree, os.environ["HOME"], ignore_errors=True)


from PySide6.QtCore import QStandardPaths

QStandardPaths.setTestModeEnabled(True)


import pytest


@pytest.fixture(autouse=True)
def _app_translators(qapp):
    """The translators the app installs (English plurals; see ui/translations.py)."""
    from journeydesk.ui import translations

    translations.install(qapp, "en")


from file_questions import _file_questions_answered  # noqa: F401 - autouse
