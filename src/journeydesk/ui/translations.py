"""Qt's translators for the app: the chosen language's catalog, and English
plurals for the source texts.

Source texts are English and mark plurals the way people write them:
``self.tr("%Ln card(s)", None, n)`` (``%Ln``: the count as the language writes
numbers, "12.000" in Indonesian). Qt only replaces the count; ``EnglishPlurals``
reads "(s)" as the plural ending (the same rule as ``journeydesk.i18n`` for the
headless half), so English needs no catalog of its own. Another language's
``.qm`` catalog (``journeydesk/translations``, compiled from the ``.ts`` the
headless half reads), installed after it, takes precedence.

The language is chosen once, at start (``--lang``, else Preferences, else the
system's; see ``journeydesk.i18n.choice``): the headless half, Qt's default
QLocale (numbers in spin boxes, dates) and the catalogs all follow it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .. import i18n
from ..i18n.catalog import normalise
from ..i18n.choice import PREFERENCE_KEY, system_language

# Qt's BCP-47 names for the catalog languages (QLocale for numbers and dates).
_QT_LOCALES = {"en": "en_GB", "id": "id_ID", "ms": "ms_MY"}


class EnglishPlurals(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if n >= 0 and "(" in source:
            return i18n.plural_english(source, n)
        return None  # no translation: Qt keeps the source text

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []
_chosen = ["en"]


def catalog_file(language: str) -> str | None:
    """The compiled catalog of ``language`` shipped with the app, if any."""
    path = resources.files("journeydesk").joinpath("translations", f"journeydesk_{language}.qm")
    return str(path) if path.is_file() else None


def language() -> str:
    """The language the interface speaks (chosen at start)."""
    return _chosen[0]


def saved_choice() -> str:
    """The Preferences choice ("" for the system's language)."""
    from .settings import settings

    value = settings().value(PREFERENCE_KEY, "")
    return value if isinstance(value, str) and value in i18n.LANGUAGES else ""


def install(app: QCoreApplication | None = None, language: str | None = None) -> str:
    """Install the app's translators once (idempotent) in ``language``, else in
    the chosen one; returns the language installed."""
    app = app or QCoreApplication.instance()
    if app is None or _installed:
        return _chosen[0]
    # The app reads its Preferences through QSettings (tests keep theirs apart).
    chosen = i18n.set_language(language or saved_choice() or system_language())
    english = EnglishPlurals(app)
    app.installTranslator(english)
    _installed.append(english)
    qm = catalog_file(chosen)
    if qm is not None:
        catalog = QTranslator(app)
        if catalog.load(qm):
            app.installTranslator(catalog)
            _installed.append(catalog)
    QLocale.setDefault(QLocale(_QT_LOCALES.get(chosen, "en_GB")))
    _chosen[0] = chosen
    return chosen


@contextlib.contextmanager
def speaking(language: str | None) -> Iterator[str]:
    """Inside the block Qt's and the headless half's translations answer in
    ``language`` (an export of a map in its own language from another
    interface language); the interface's return afterwards."""
    app = QCoreApplication.instance()
    wanted = normalise(language)
    if app is None or wanted == _chosen[0] or not _installed:
        with i18n.use_language(wanted):
            yield wanted
        return
    own = _installed[1:]  # the interface's catalog (the first is English plurals)
    for t in own:
        app.removeTranslator(t)
    borrowed = None
    qm = catalog_file(wanted)
    if qm is not None:
        borrowed = QTranslator(app)
        if borrowed.load(qm):
            app.installTranslator(borrowed)
    try:
        with i18n.use_language(wanted):
            yield wanted
    finally:
        if borrowed is not None:
            app.removeTranslator(borrowed)
            borrowed.deleteLater()
        for t in own:
            app.installTranslator(t)


def uninstall(app: QCoreApplication | None = None) -> None:
    """Take the translators out again (tests that switch language)."""
    app = app or QCoreApplication.instance()
    while _installed:
        t = _installed.pop()
        if app is not None:
            app.removeTranslator(t)
    i18n.set_language("en")
    QLocale.setDefault(QLocale(_QT_LOCALES["en"]))
    _chosen[0] = "en"
