"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void method
call (setPos, setFlag, setZValue...) and the process dies with
'Fatal Python error: none_dealloc'. pyproject.toml pins it away; this keeps it so."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication.instance() or QApplication([])
item = QGraphicsRectItem(0, 0, 10, 10)
item.setPos(0, 0)
before = sys.getrefcount(None)
for i in range(10_000):
    item.setPos(i % 7, 2)
after = sys.getrefcount(None)
print(before - after)
"""


def test_void_calls_keep_none_alive():
    # In a child process: on the buggy build this may crash the interpreter.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, f"Qt probe crashed ({done.returncode}): {done.stderr[-1500:]}"
    dropped = int(done.stdout.strip().splitlines()[-1])
    assert dropped < 100, f"None lost {dropped} references over 10,000 setPos calls (PySide6 6.12.0 bug)"


def test_installed_pyside6_is_not_the_crashing_release():
    import PySide6

    if sys.version_info < (3, 12):
        assert not PySide6.__version__.startswith("6.12.0"), (
            f"PySide6 {PySide6.__version__} crashes on Python 3.11 (none_dealloc); install <6.12"
        )
