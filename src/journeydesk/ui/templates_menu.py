"""File > New from Template: one entry per shipped template (``io.templates``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from .. import io
from ..i18n import LANGUAGES
from ..io.templates import TemplateError, list_templates, new_from_template

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def fill_templates_menu(window, menu: QMenu) -> None:
    menu.clear()
    for t in list_templates():
        language = LANGUAGES.get(t.language, t.language)
        action = menu.addAction(f"{t.title}  ({language})")
        action.setObjectName(f"actionTemplate_{t.name}")
        action.setStatusTip(t.description)
        action.setToolTip(t.description)
        action.triggered.connect(lambda checked=False, n=t.name: window.new_from_template(n))


def open_template(window, name: str) -> bool:
    """A new, untitled map from a template in the window (asks to save first)."""
    if not window.maybe_save():
        return False
    try:
        doc = new_from_template(name)
    except (TemplateError, io.LoadError, OSError) as exc:
        window._show_error("loadErrorDialog", translate("Templates", "Could not open the template"), str(exc))
        return False
    window._install(doc, None)  # untitled: Save asks where
    if window.view is not None:
        window.view.show_start()
    return True
