"""The application icon, rendered from the one shipped drawing
(``resources/linux/icons/hicolor/scalable/apps/app.journeydesk.JourneyDesk.svg``).

The window icon, the PNG sizes installed on Linux desktops (remade by
``packaging/linux/make_icons.py``) and the file-type icon all come from it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..cli.desktop import APP_ID, data_folder

# The hicolor sizes shipped for desktops; the window icon uses those up to 256.
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def icon_svg() -> bytes:
    """The icon's SVG source (empty when a trimmed build left it out)."""
    try:
        return data_folder().joinpath("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg").read_bytes()
    except OSError:
        return b""


def render_icon(size: int, svg: bytes | None = None) -> QImage:
    """The icon as a ``size`` x ``size`` ARGB image (transparent if unavailable)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(icon_svg() if svg is None else svg))
    if renderer.isValid():
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
    return image


def app_icon() -> QIcon:
    """The window icon, at the sizes window managers and task bars ask for."""
    icon = QIcon()
    svg = icon_svg()
    if svg:
        for size in (s for s in PNG_SIZES if s <= 256):
            icon.addPixmap(QPixmap.fromImage(render_icon(size, svg)))
    return icon
