"""The shipped catalogs, read without Qt.

A catalog is Qt Linguist's ``.ts`` file (XML) for one language, the one source
of every translation: Qt loads the ``.qm`` that ``pyside6-lrelease`` compiles
from it, and this module reads the same file for the command line and the
exporters. Unfinished and empty translations are left out, as
``lrelease -nounfinished`` leaves them out, so both halves agree.
"""

from __future__ import annotations

import functools

# The languages JourneyDesk speaks, by their own names (for menus and --lang).
LANGUAGES = {"en": "English", "id": "Bahasa Indonesia", "ms": "Bahasa Melayu"}
SOURCE_LANGUAGE = "en"

Key = tuple[str, str, str]  # context, source text, disambiguation ("" for none)


def normalise(code: str | None) -> str:
    """A language code as the catalogs name it: "id_ID.UTF-8" -> "id",
    "ms-MY" -> "ms", "in" (Java's old Indonesian code) -> "id"; anything
    JourneyDesk has no catalog for -> "en"."""
    base = (code or "").split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    base = {"in": "id", "zsm": "ms", "zlm": "ms", "may": "ms", "msa": "ms", "ind": "id"}.get(base, base)
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def plural_form(language: str, n: int) -> int:
    """Which numerus form a count takes (Qt's rules for these languages:
    Indonesian and Malay have one form, English two)."""
    if language == "en":
        return 0 if n == 1 else 1
    return 0


def catalog_path(language: str):
    """The shipped ``.ts`` file of a language (a Traversable; may not exist)."""
    from importlib import resources  # here: 25 ms of start-up an English run never needs

    return resources.files("journeydesk").joinpath("translations", f"journeydesk_{language}.ts")


class Catalog:
    """One language's finished translations."""

    def __init__(self, language: str, messages: dict[Key, list[str]] | None = None) -> None:
        self.language = language
        self.messages = messages or {}

    def lookup(self, context: str, source: str, disambiguation: str | None, n: int) -> str | None:
        forms = self.messages.get((context, source, disambiguation or ""))
        if not forms:
            return None
        if n < 0:
            return forms[0]
        return forms[min(plural_form(self.language, n), len(forms) - 1)]


def parse_ts(text: str | bytes) -> dict[Key, tuple[list[str], bool]]:
    """Every message of a ``.ts`` file: key -> (its forms, finished)."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(text)
    out: dict[Key, tuple[list[str], bool]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            tr = message.find("translation")
            if tr is None:
                continue
            kind = tr.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if message.get("numerus") == "yes" else []
            if not forms:
                forms = [tr.text or ""]
            finished = kind != "unfinished" and all(forms)
            out[(name, source, comment)] = (forms, finished)
    return out


@functools.cache
def catalog_for(language: str) -> Catalog:
    """The catalog of ``language`` (empty for English and for a missing file)."""
    if language == SOURCE_LANGUAGE:
        return Catalog(language)
    path = catalog_path(language)
    try:
        data = path.read_bytes()
    except OSError:
        return Catalog(language)
    messages = {key: forms for key, (forms, finished) in parse_ts(data).items() if finished}
    return Catalog(language, messages)
