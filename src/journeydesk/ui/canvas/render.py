"""PNG and SVG of the canvas (Qt). Imported only when one of them is asked for.

The canvas scene (``ui.canvas.MapScene``) is built for the document and rendered
offscreen, so the image is exactly what the editor shows, optionally with the
friction heatmap. Outside the app a ``QApplication`` is created (the command line
sets ``QT_QPA_PLATFORM=offscreen`` first when there is no display).

Size: 1 layout unit is 1 pt, as in the PDF, so ``dpi`` means what it says: at
``dpi=72`` one unit is one pixel (the editor at 100 %), at 300 a card title's
11 units print at 11 pt when the PNG is printed at 300 dpi (the PNG records
its resolution). ``scale`` (pixels per unit) may be given instead. SVG is vector;
its pixel size follows the same rule and it declares its physical size in mm.
Both are written atomically; a too-large image is refused with the largest dpi
that fits.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from ...export.errors import ExportError
from ...export.output import atomic_target, check_destination
from ...layout import style as S
from ...model import JourneyDocument
from ..fonts import font_dpi
from ..translations import speaking
from .scene import MapScene

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

MAX_PIXELS = 200_000_000  # 200 megapixels: about 800 MB while drawing
MAX_SIDE = 32_767  # QImage and PNG readers' practical limit per side
MARGIN = 0.0  # the layout already has its own margin round the map


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([])
    return app


@contextlib.contextmanager
def scene_for(doc: JourneyDocument, heatmap: bool = False) -> Iterator:
    """A canvas scene of ``doc``, up to date, detached afterwards."""
    _app()
    stack = QUndoStack()
    with speaking(doc.meta["language"]):  # the map's language, whatever the interface speaks
        scene = MapScene(doc, stack)
        try:
            scene.flush()
            if heatmap:
                scene.set_heatmap(True)
            # Cards paint through a pixmap cache on screen; an export paints them
            # directly, so the SVG gets vector shapes and text, not embedded bitmaps.
            for item in scene.items():
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            yield scene
        finally:
            scene.detach()
            scene.deleteLater()
            stack.deleteLater()


def _source(scene) -> QRectF:
    lay = scene.layout
    return QRectF(0, 0, lay.width, lay.height).marginsAdded(QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN))


def _scale(dpi: float | None, scale: float | None) -> tuple[float, float]:
    """(pixels per unit, dots per inch)."""
    if scale is not None:
        if not 0.01 <= scale <= 50:
            raise ExportError(
                translate("Render", "scale must be from 0.01 to 50 (got {scale})").format(scale=f"{scale:g}")
            )
        return scale, scale * 72.0
    dpi = 144.0 if dpi is None else float(dpi)
    if not 10 <= dpi <= 1200:
        raise ExportError(
            translate("Render", "dpi must be from 10 to 1200 (got {dpi})").format(dpi=f"{dpi:g}")
        )
    return dpi / 72.0, dpi


def _size(source: QRectF, k: float, dpi: float, path) -> tuple[int, int]:
    w, h = max(1, round(source.width() * k)), max(1, round(source.height() * k))
    if w * h > MAX_PIXELS or max(w, h) > MAX_SIDE:
        fit = min(
            (MAX_PIXELS / (source.width() * source.height())) ** 0.5,
            MAX_SIDE / max(source.width(), source.height()),
        )
        message = translate(
            "Render",
            "{path}: the image would be {width} x {height} pixels, too large; "
            "use a dpi of {dpi} or less (or export a PDF, which has no such limit)",
        )
        raise ExportError(message.format(path=path, width=f"{w:,}", height=f"{h:,}", dpi=int(fit * 72)))
    return w, h


def export_png(
    doc: JourneyDocument,
    path: str | os.PathLike[str],
    *,
    dpi: float | None = None,
    scale: float | None = None,
    heatmap: bool = False,
) -> tuple[int, int]:
    """Write the map as a PNG; returns its (width, height) in pixels."""
    path = check_destination(path)
    k, dots = _scale(dpi, scale)
    with scene_for(doc, heatmap) as scene:
        source = _source(scene)
        w, h = _size(source, k, dots, path)
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise ExportError(
                translate("Render", "{path}: not enough memory for a {width} x {height} pixel image").format(
                    path=path, width=f"{w:,}", height=f"{h:,}"
                )
            )
        image.fill(QColor(S.CANVAS))
        _set_dpi(image, font_dpi())  # fonts as on screen; the painter's scale does the rest
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            scene.render(painter, QRectF(0, 0, w, h), source, Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
    _set_dpi(image, dots)  # what the PNG records: its print resolution
    with atomic_target(Path(path)) as tmp:
        if not image.save(tmp, "PNG"):
            raise ExportError(
                translate("Render", "{path}: the PNG could not be written (is the disk full?)").format(
                    path=path
                )
            )
    return w, h


def export_svg(
    doc: JourneyDocument,
    path: str | os.PathLike[str],
    *,
    dpi: float | None = None,
    scale: float | None = None,
    heatmap: bool = False,
) -> tuple[int, int]:
    """Write the map as an SVG (vector); returns its (width, height) in pixels."""
    path = check_destination(path)
    k, dots = _scale(72.0 if dpi is None and scale is None else dpi, scale)
    title = doc.meta["title"] or translate("Render", "Journey map")
    with scene_for(doc, heatmap) as scene:
        source = _source(scene)
        w, h = _size(source, k, dots, path)
        with atomic_target(Path(path)) as tmp:
            gen = QSvgGenerator()
            gen.setFileName(tmp)
            gen.setSize(QSize(w, h))
            gen.setViewBox(QRectF(0, 0, w, h))
            gen.setResolution(round(font_dpi()))  # fonts as on screen (see export_png)
            gen.setTitle(title)
            gen.setDescription(translate("Render", "Customer journey map exported by JourneyDesk"))
            painter = QPainter()
            if not painter.begin(gen):
                raise ExportError(
                    translate("Render", "{path}: the SVG could not be written").format(path=path)
                )
            try:
                painter.fillRect(QRectF(0, 0, w, h), QColor(S.CANVAS))
                scene.render(painter, QRectF(0, 0, w, h), source, Qt.AspectRatioMode.IgnoreAspectRatio)
            finally:
                painter.end()
            if not os.path.getsize(tmp):
                raise ExportError(
                    translate("Render", "{path}: the SVG could not be written (is the disk full?)").format(
                        path=path
                    )
                )
            _declare_size(tmp, w / dots * 25.4, h / dots * 25.4)
    return w, h


def _set_dpi(image: QImage, dpi: float) -> None:
    per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)


def _declare_size(svg_path: str, width_mm: float, height_mm: float) -> None:
    """Write the SVG's physical size (QSvgGenerator derives it from the
    resolution, which here sizes the fonts)."""
    with open(svg_path, encoding="utf-8") as fh:
        text = fh.read()
    head, sep, rest = text.partition("<svg")
    tag, close, body = rest.partition(">")
    tag = re.sub(r'\swidth="[^"]*"', f' width="{width_mm:.2f}mm"', tag, count=1)
    tag = re.sub(r'\sheight="[^"]*"', f' height="{height_mm:.2f}mm"', tag, count=1)
    with open(svg_path, "w", encoding="utf-8") as fh:
        fh.write(head + sep + tag + close + body)
