"""The editor's theme (the ``ui/theme`` preference): one hook, ``apply_theme``.

The widgets follow a QPalette: the style's own for "light", a dark one, and a
high-contrast one (black ground, white text, yellow selection and focus, as the
Windows and GNOME high-contrast themes do). The dark and high-contrast palettes
use Qt's Fusion style, which draws every control from the palette (a native
style may ignore parts of it); "light" gives back the style the app started with.

The map follows in the same-named theme of ``layout.themes`` (the ones
presentation mode draws in): each editor view's ``set_theme``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from . import preferences_store as P

_started_with: dict[str, object] = {}
R = QPalette.ColorRole
G = QPalette.ColorGroup


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    pal = QPalette()
    for role, hex_ in colours.items():
        pal.setColor(role, QColor(hex_))
    for role in (R.WindowText, R.Text, R.ButtonText, R.HighlightedText):
        pal.setColor(G.Disabled, role, QColor(disabled_text))
    return pal


def dark_palette() -> QPalette:
    return _palette(
        {
            R.Window: "#2B2D31",
            R.WindowText: "#E8E8EA",
            R.Base: "#1E1F22",
            R.AlternateBase: "#26282C",
            R.ToolTipBase: "#3A3D42",
            R.ToolTipText: "#F2F2F2",
            R.PlaceholderText: "#9A9CA3",
            R.Text: "#E8E8EA",
            R.Button: "#35373C",
            R.ButtonText: "#E8E8EA",
            R.BrightText: "#FF6B6B",
            R.Light: "#45484E",
            R.Midlight: "#3C3F44",
            R.Mid: "#2F3136",
            R.Dark: "#1A1B1E",
            R.Shadow: "#000000",
            R.Highlight: "#3D7BD9",
            R.HighlightedText: "#FFFFFF",
            R.Link: "#7FB2FF",
            R.LinkVisited: "#C59BFF",
        },
        "#7D8087",
    )


def high_contrast_palette() -> QPalette:
    """Black and white with yellow for selection and focus: every pair of text
    and ground has a contrast ratio of at least 15:1 (WCAG asks 7:1 for AAA)."""
    return _palette(
        {
            R.Window: "#000000",
            R.WindowText: "#FFFFFF",
            R.Base: "#000000",
            R.AlternateBase: "#141414",
            R.ToolTipBase: "#000000",
            R.ToolTipText: "#FFFFFF",
            R.PlaceholderText: "#C8C8C8",
            R.Text: "#FFFFFF",
            R.Button: "#000000",
            R.ButtonText: "#FFFFFF",
            R.BrightText: "#FFFF00",
            R.Light: "#FFFFFF",
            R.Midlight: "#FFFFFF",
            R.Mid: "#FFFFFF",
            R.Dark: "#FFFFFF",
            R.Shadow: "#FFFFFF",
            R.Highlight: "#FFFF00",
            R.HighlightedText: "#000000",
            R.Link: "#00FFFF",
            R.LinkVisited: "#FF80FF",
        },
        "#A0A0A0",
    )


def current_theme() -> str:
    return str(_started_with.get("applied", "light"))


def apply_theme(name: str | None = None) -> str:
    """Put the theme ``name`` (default: the ``ui/theme`` preference) on the app's
    widgets, and on the canvas once canvas themes exist. Returns the theme used."""
    app = QApplication.instance()
    theme = name if name in P.THEMES else P.get("ui/theme")
    if not isinstance(app, QApplication):
        return theme
    if "style" not in _started_with:
        _started_with["style"] = app.style().name()
        _started_with["palette"] = QPalette(app.palette())
    if theme == "light":
        style = QStyleFactory.create(str(_started_with["style"]))
        if style is not None and app.style().name() != _started_with["style"]:
            app.setStyle(style)
        app.setPalette(QPalette(_started_with["palette"]))  # type: ignore[arg-type]
    else:
        if app.style().name().lower() != "fusion":
            app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if theme == "dark" else high_contrast_palette())
    _started_with["applied"] = theme
    _apply_canvas_theme(theme)
    return theme


def _apply_canvas_theme(theme: str) -> None:
    """The map in the same theme as the widgets (``layout.themes``, the themes
    presentation mode draws in too): every open editor view follows."""
    from ..layout import themes
    from .canvas import theme as T
    from .canvas.view import MapView

    chosen = themes.theme(theme)
    T.EDITOR = replace(T.EDITOR, theme=chosen)  # views made from now on
    for widget in QApplication.allWidgets():
        # an editor's view (a presentation's, drawn without chrome, keeps its own)
        if isinstance(widget, MapView) and widget._paint_context.chrome:
            widget.set_theme(chosen)
    for window in QGuiApplication.topLevelWindows():
        window.requestUpdate()
