"""Translations for the headless half (no Qt): the command line, PDF, SVG and CSV.

The app's widgets use Qt's own ``tr()`` / ``QCoreApplication.translate``; this
package gives the code that must not import Qt the same call shape, so that one
extraction (``pyside6-lupdate``, see resources/translations/update.py) finds every
visible string of both halves, and both read the same catalogs
(``journeydesk/translations/journeydesk_<lang>.ts``; Qt loads the ``.qm`` compiled
from them):

    from journeydesk.i18n import translate
    translate("cli.validate", "{path}: no problems found").format(path=p)
    translate("pdf", "%n friction(s)", None, n)     # positional: lupdate reads them

Placeholders are ``{name}`` fields filled with ``str.format`` after translating;
``%n`` is the count, replaced here as Qt replaces it. English is the source text,
with "(s)" read as a plural ending ("%n stage(s)": "1 stage", "2 stages").

``use_language("id")`` switches the language for a block: an exporter prints in
the map's own language, whatever the interface speaks. The switch holds for the
running thread (and asyncio task) only, so an export on a worker thread does not
change what the interface shows meanwhile; ``use_interface_language()`` goes back
to the interface's language inside such a block, for a message to the person
(an error, a warning, a progress line) rather than text of the export.

``%Ln`` is the count written as the language writes numbers ("12,000", "12.000"),
as in Qt.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator

from .catalog import LANGUAGES, catalog_for, normalise

_interface = ["en"]  # the language the person chose (set_language), for every thread
_block: contextvars.ContextVar[str | None] = contextvars.ContextVar("journeydesk_language", default=None)
_PLURAL_S = re.compile(r"\((s|es)\)")


def language() -> str:
    """The language code translations currently follow ("en", "id", "ms")."""
    return _block.get() or _interface[0]


def interface_language() -> str:
    """The language the interface speaks (``set_language``), even inside a
    ``use_language`` block."""
    return _interface[0]


def set_language(code: str | None) -> str:
    """Speak ``code`` from now on, everywhere (a language without a catalog means
    English); returns the code chosen."""
    _interface[0] = normalise(code)
    return _interface[0]


@contextlib.contextmanager
def use_language(code: str | None) -> Iterator[None]:
    """Translate in ``code`` inside the block (e.g. a map's own language), in this
    thread or task only."""
    token = _block.set(normalise(code))
    try:
        yield
    finally:
        _block.reset(token)


def use_interface_language() -> contextlib.AbstractContextManager[None]:
    """Inside an export's ``use_language`` block: back to the interface's
    language, for a message to the person running the export."""
    return use_language(_interface[0])


def plural_english(text: str, n: int) -> str:
    """An English source text with its "(s)" plural endings read for ``n``
    ("%n card(s)" -> "%n card" or "%n cards"; ``%n`` stays)."""
    return _PLURAL_S.sub("" if n == 1 else r"\1", text)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (Qt's ``QCoreApplication.translate`` shape)."""
    found = catalog_for(language()).lookup(context, text, disambiguation, n)
    out = found if found is not None else (plural_english(text, n) if n >= 0 else text)
    if n < 0:
        return out
    if "%Ln" in out:
        from .formats import number  # Babel loads only when a count is localised

        out = out.replace("%Ln", number(n))
    return out.replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction where it is defined (a table of labels);
    translate it where it is shown: ``translate(context, text)``."""
    return text


__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "interface_language",
    "language",
    "plural_english",
    "set_language",
    "translate",
    "use_interface_language",
    "use_language",
]
