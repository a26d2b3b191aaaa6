"""Translations for the headless half (no Qt): the command line, PDF and CSV.

The app's widgets use Qt's own ``tr()`` / ``QCoreApplication.translate``; this
module gives the code that must not import Qt the same call shape, so that one
extraction (``pyside6-lupdate``) finds every visible string of both halves:

    from journeydesk.i18n import translate
    translate("cli.validate", "{path}: no problems found").format(path=p)
    translate("pdf", "%n friction(s)", None, n)     # positional: lupdate reads them

Placeholders are ``{name}`` fields filled with ``str.format`` after translating;
``%n`` is the count, replaced here as Qt replaces it. Until the catalogs of a
language are loaded, the English source text is used, with "(s)" read as a
plural ending ("%n stage(s)": "1 stage", "2 stages").

``use_language("id")`` switches the language for a block (an exporter prints
in the map's own language, whatever the interface speaks).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

_current = ["en"]
_PLURAL_S = re.compile(r"\((s|es)\)")


def language() -> str:
    """The language code translations currently follow ("en", "id", "ms")."""
    return _current[0]


def set_language(code: str) -> None:
    _current[0] = (code or "en").split("-")[0].split("_")[0].lower() or "en"


@contextlib.contextmanager
def use_language(code: str) -> Iterator[None]:
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
    out = text
    if n >= 0:
        out = plural_english(out, n).replace("%n", str(n))
    return out


__all__ = ["language", "plural_english", "set_language", "translate", "use_language"]
