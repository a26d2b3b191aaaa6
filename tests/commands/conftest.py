"""Command tests run real QUndoStacks: offscreen Qt, in Qt's test mode."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStandardPaths

QStandardPaths.setTestModeEnabled(True)
