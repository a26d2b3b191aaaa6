"""Qt's translators for the app: the chosen language's catalog, and English
plurals for the source texts.

Source texts are English and mark plurals the way people write them:
``self.tr("%n card(s)", None, n)``. Qt only replaces ``%n``; ``EnglishPlurals``
reads "(s)" as the plural ending (the same rule as ``journeydesk.i18n`` for the
headless half), so English needs no catalog of its own. Another language's
``.qm`` catalog, installed after it, takes precedence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from .. import i18n


class EnglishPlurals(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if n >= 0 and "(" in source:
            return i18n.plural_english(source, n)
        return None  # no translation: Qt keeps the source text

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def install(app: QCoreApplication | None = None) -> None:
    """Install the app's translators once (idempotent)."""
    app = app or QCoreApplication.instance()
    if app is None or _installed:
        return
    english = EnglishPlurals(app)
    app.installTranslator(english)
    _installed.append(english)
