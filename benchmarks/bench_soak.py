"""Soak: 100,000 item updates with repaints in a real window (offscreen).

Prints None's reference count change and the resident memory growth (target:
steady, and under 5 %). ``python benchmarks/bench_soak.py [--updates N]``"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from soak import soak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=100_000)
    parser.add_argument("--repaint-every", type=int, default=50)
    args = parser.parse_args()
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from journeydesk.ui.app import make_app
    from journeydesk.ui.main_window import MainWindow

    app = make_app([])
    window = MainWindow(str(HERE.parent / "examples" / "online-store.journey.json"))
    window._ask_save = lambda: "discard"
    window.autosaver.stop()  # edits go behind the undo stack here: no snapshots wanted
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    r = soak(window, args.updates, args.repaint_every)
    print(f"Soak: {r['updates']:,} item updates, {r['repaints']:,} viewport repaints")
    print(f"{'None refcount change':<28} {r['none_delta']:>10}")
    print(f"{'resident memory before MB':<28} {r['rss_before_mb']:>10.1f}")
    print(f"{'resident memory after MB':<28} {r['rss_after_mb']:>10.1f}")
    print(f"{'growth %':<28} {r['growth_pct']:>10.2f}")
    print(f"{'wall s':<28} {r['wall_s']:>10.1f}")
    print(f"{'CPU s':<28} {r['cpu_s']:>10.1f}")
    window.close()


if __name__ == "__main__":
    main()
