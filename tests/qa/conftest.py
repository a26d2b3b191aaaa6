"""QA tests: the Qt ones render offscreen in Qt's test mode (never the user's
settings or autosave folder) and share the main-window helpers of tests/ui."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "ui"))

try:
    from PySide6.QtCore import QStandardPaths
except ImportError:  # the headless tests here still run
    pass
else:
    QStandardPaths.setTestModeEnabled(True)

    from file_questions import _file_questions_answered  # noqa: F401 - the tests/ui answers, here too
