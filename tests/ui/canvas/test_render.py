"""PNG and SVG of the canvas scene, rendered offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from export_maps import build_store
from PIL import Image

from journeydesk.export import ExportError
from journeydesk.layout import compute_layout
from journeydesk.ui.canvas import render as raster


def test_png_size_follows_dpi(tmp_path):
    doc = build_store()
    lay = compute_layout(doc)
    one = tmp_path / "72.png"
    two = tmp_path / "144.png"
    assert raster.export_png(doc, one, dpi=72) == (round(lay.width), round(lay.height))
    w, h = raster.export_png(doc, two, dpi=144)
    assert (w, h) == (round(lay.width * 2), round(lay.height * 2))
    with Image.open(two) as img:
        assert img.size == (w, h)
        assert round(img.info["dpi"][0]) == 144
        grey = img.convert("L")
        lo, hi = grey.getextrema()
        assert hi - lo > 100  # ink on paper, not a blank image


def test_scale_instead_of_dpi(tmp_path):
    doc = build_store()
    lay = compute_layout(doc)
    w, h = raster.export_png(doc, tmp_path / "s.png", scale=0.5)
    assert (w, h) == (round(lay.width / 2), round(lay.height / 2))


def test_heatmap_changes_the_picture(tmp_path):
    doc = build_store()
    plain, heat = tmp_path / "plain.png", tmp_path / "heat.png"
    raster.export_png(doc, plain, dpi=36)
    raster.export_png(doc, heat, dpi=36, heatmap=True)
    with Image.open(plain) as a, Image.open(heat) as b:
        assert a.size == b.size
        assert a.convert("RGB").tobytes() != b.convert("RGB").tobytes()


def test_svg_is_xml_with_the_map_in_it(tmp_path):
    doc = build_store()
    out = tmp_path / "map.svg"
    w, h = raster.export_svg(doc, out)
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox").split()[2:] == [str(w), str(h)]
    text = out.read_text("utf-8")
    assert "Checkout form" in text and "Online store: first order" in text


def test_too_large_is_refused_clearly(tmp_path):
    with pytest.raises(ExportError, match="too large"):
        raster.export_png(build_store(), tmp_path / "huge.png", dpi=1200)
    assert not list(tmp_path.iterdir())


def test_cli_png_and_svg_headless(tmp_path):
    from journeydesk.io import save

    src = tmp_path / "m.journey.json"
    save(build_store(), src)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    for name, extra in (("m.png", ["--dpi", "100", "--heatmap"]), ("m.svg", [])):
        r = subprocess.run(
            [sys.executable, "-m", "journeydesk", "export", str(src), "-o", str(tmp_path / name), *extra],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
        assert (tmp_path / name).stat().st_size > 1000


def _mean_difference(a, b) -> float:
    from PIL import ImageChops, ImageStat

    return ImageStat.Stat(ImageChops.difference(a.convert("L"), b.convert("L"))).mean[0]


@pytest.mark.parametrize("dpi", [144, 300])
def test_a_png_at_any_dpi_looks_like_the_screen_at_that_scale(tmp_path, dpi):
    # Text grows with the picture (the painter is scaled, font sizes are not):
    # scaled back down, a 144 or 300 dpi PNG is the 72 dpi one. With font sizes
    # following the image's resolution, titles ran past card edges and chips lost
    # their first letter ("SAT 78%"); the difference was 4.6 grey levels.
    doc = load_example()
    base, big = tmp_path / "72.png", tmp_path / f"{dpi}.png"
    raster.export_png(doc, base, dpi=72)
    raster.export_png(doc, big, dpi=dpi)
    with Image.open(base) as a, Image.open(big) as b:
        assert _mean_difference(a, b.resize(a.size, Image.Resampling.LANCZOS)) < 2.0


def test_an_svg_looks_like_the_screen_and_declares_its_print_size(tmp_path):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    doc = load_example()
    base, svg = tmp_path / "72.png", tmp_path / "map.svg"
    w, h = raster.export_png(doc, base, dpi=72)
    sw, sh = raster.export_svg(doc, svg, dpi=144)
    root = ET.parse(svg).getroot()
    assert (
        root.get("width") == f"{sw / 144 * 25.4:.2f}mm" and root.get("height") == f"{sh / 144 * 25.4:.2f}mm"
    )
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    drawn = tmp_path / "svg.png"
    image.save(str(drawn))
    with Image.open(base) as a, Image.open(drawn) as b:
        assert _mean_difference(a, b) < 3.0


def load_example():
    from journeydesk_testkit import EXAMPLES

    from journeydesk.io import load

    return load(next(p for p in EXAMPLES if p.name.startswith("online-store")))
