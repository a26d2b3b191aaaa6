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
the map's own language, whatever the interface speaks.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from .catalog import LANGUAGES, catalog_for, normalise

_current = ["en"]
_PLURAL_S = re.compile(r"\((s|es)\)")


def language() -> str:
    """The language code translations currently follow ("en", "id", "ms")."""
    return _current[0]


def set_language(code: str | None) -> str:
    """Follow ``code`` from now on (a language without a catalog means English);
    returns the code chosen."""
    _current[0] = normalise(code)
    return _current[0]


@contextlib.contextmanager
def use_language(code: str | None) -> Iterator[None]:
    """Translate in ``code`` inside the block (e.g. a map's own language)."""
    before = _current[0]
    set_language(code)
    try:
        yield
    finally:
        _current[0] = before


def plural_english(text: str, n: int) -> str:
    """An English source text with its "(s)" plural endings read for ``n``
    ("%n card(s)" -> "%n card" or "%n cards"; ``%n`` stays)."""
    return _PLURAL_S.sub("" if n == 1 else r"\1", text)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (Qt's ``QCoreApplication.translate`` shape)."""
    found = catalog_for(_current[0]).lookup(context, text, disambiguation, n)
    out = found if found is not None else (plural_english(text, n) if n >= 0 else text)
    return out.replace("%n", str(n)) if n >= 0 else out


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction where it is defined (a table of labels);
    translate it where it is shown: ``translate(context, text)``."""
    return text


__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "language",
    "plural_english",
    "set_language",
    "translate",
    "use_language",
]
