"""Render the desktop icon PNGs from the icon's SVG, for every hicolor size.

    python packaging/linux/make_icons.py            # rewrite the PNGs
    python packaging/linux/make_icons.py --check    # exit 1 if one is out of date

The SVG (src/journeydesk/resources/linux/icons/hicolor/scalable/apps/) is the
only drawing; the PNGs beside it are what desktops without SVG icon support,
and small sizes everywhere, use. tests/packaging/test_desktop_files.py checks
that the committed PNGs are this script's output.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QImage

from journeydesk.cli.desktop import APP_ID, data_folder
from journeydesk.ui.icon import PNG_SIZES, render_icon


def png_path(size: int) -> Path:
    return Path(str(data_folder())) / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def same_pixels(a: QImage, b: QImage, tolerance: int = 2) -> bool:
    """Equal up to rounding (renderers may differ by a unit in a channel)."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    if a.size() != b.size():
        return False
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if any(abs(((pa >> s) & 255) - ((pb >> s) & 255)) > tolerance for s in (0, 8, 16, 24)):
                return False
    return True


def stale_sizes() -> list[int]:
    """The sizes whose committed PNG is missing or differs from a fresh render."""
    out = []
    for size in PNG_SIZES:
        path = png_path(size)
        if not path.is_file() or not same_pixels(QImage(str(path)), render_icon(size)):
            out.append(size)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when a PNG is stale")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if args.check:
        stale = stale_sizes()
        for size in stale:
            print(f"{png_path(size)}: out of date; run python packaging/linux/make_icons.py")
        return 1 if stale else 0
    for size in PNG_SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render_icon(size).save(str(path), "PNG"):
            print(f"{path}: could not write", file=sys.stderr)
            return 1
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
