"""The application icon comes from one drawing, the shipped SVG: the window icon
renders it, and the desktop PNG sizes are its renders (make_icons.py --check)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from journeydesk.ui.app import make_app
from journeydesk.ui.icon import PNG_SIZES, app_icon, icon_svg, render_icon

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_icon_is_the_svg_at_the_usual_sizes(qapp):
    icon = app_icon()
    sizes = sorted(s.width() for s in icon.availableSizes())
    assert sizes == [s for s in PNG_SIZES if s <= 256]
    image = icon.pixmap(64, 64).toImage()
    # The slate tile, a translucent stage column, the amber curve, the red friction dot.
    assert image.pixelColor(4, 32).name() == "#2e4057"
    assert image.pixelColor(31, 33).name() == "#e4572e"
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corner: transparent
    column = image.pixelColor(16, 50)
    assert column.red() > 0x2E + 20 and column.alpha() == 255
    curve = image.pixelColor(10, 40)
    assert curve.red() > 200 and curve.green() > 120 and curve.blue() < 120


def test_the_app_wears_it_and_names_its_desktop_entry(qapp):
    saved = (
        qapp.applicationName(),
        qapp.organizationName(),
        qapp.organizationDomain(),
        qapp.desktopFileName(),
    )
    try:
        app = make_app()
        assert not app.windowIcon().isNull()
        assert QApplication.desktopFileName() == "app.journeydesk.JourneyDesk"
    finally:
        qapp.setApplicationName(saved[0])
        qapp.setOrganizationName(saved[1])
        qapp.setOrganizationDomain(saved[2])
        qapp.setDesktopFileName(saved[3])


def test_a_broken_svg_gives_an_empty_image_not_a_crash(qapp):
    image = render_icon(32, b"<svg><not really")
    assert image.width() == 32 and image.pixelColor(16, 16) == QColor(0, 0, 0, 0)
    assert icon_svg().startswith(b"<?xml")


def test_the_committed_pngs_are_renders_of_the_svg():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "linux" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
