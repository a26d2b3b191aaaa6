"""The PDF's fonts and the text that reaches them.

JourneyDesk ships DejaVu Sans (regular and bold, with its licence) as package
data in ``journeydesk/resources/fonts`` and embeds it, subsetted, in every PDF, so
Indonesian and Malay, accents, Greek, Cyrillic, arrows and many symbols print the
same on every machine.

Characters the font cannot draw are handled the same way everywhere (map, legend,
tables, metadata stays untouched):

* control characters (Unicode category Cc: NUL, ESC, DEL, C1 controls...) are
  dropped; a tab or line break becomes a space in one-line places;
* any other character with no glyph in DejaVu Sans (for example CJK, Thai, most
  emoji) becomes U+FFFD REPLACEMENT CHARACTER, which the font has: the reader sees
  a visible, recognisable mark instead of an invisible or black box.

Coverage is read from the font's own cmap (reportlab's ``face.charToGlyph``), so
the rule follows the font file. Right-to-left scripts the font covers (Arabic,
Hebrew) print their letters left to right without shaping: reportlab does no bidi.
"""

from __future__ import annotations

import io
import unicodedata
from functools import lru_cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans"
REPLACEMENT = "\ufffd"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def font_bytes(file_name: str) -> bytes:
    """A shipped font file's bytes (works from a wheel or a zip as well)."""
    return resources.files("journeydesk").joinpath("resources", "fonts", file_name).read_bytes()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one embedded font subset, as reportlab writes it but
    with every destination in UTF-16BE, as the PDF specification asks.

    reportlab writes ``"<%04X>" % code``: five hex digits for a code point beyond
    U+FFFF (``<1F60D>``), which readers take as U+1F60 plus junk, so copying or
    searching an emoji or a mathematical letter gives the wrong text. Here
    U+1F60D becomes the surrogate pair ``<D83DDE0D>``."""
    entries = [
        f"<{i:02X}> <{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@lru_cache(maxsize=1)
def register() -> tuple[str, str]:
    """Register the shipped fonts with reportlab once; returns (regular, bold) names.

    Also puts ``to_unicode_cmap`` in place of reportlab's (its subsets look the
    function up by name when a PDF is written): the only change is the correct
    encoding of characters beyond U+FFFF, so other reportlab users lose nothing."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    for name, file_name in _FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(file_name))))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, REGULAR)  # no italic face shipped: italics print upright
    addMapping(FAMILY, 1, 1, BOLD)
    return REGULAR, BOLD


class _Table(dict):
    """``str.translate`` table, filled lazily from the font's cmap."""

    def __init__(self, covered: frozenset[int]) -> None:
        super().__init__()
        self._covered = covered

    def __missing__(self, cp: int):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cc":
            out = " " if ch in "\t\n\r\x0b\x0c\x85" else None
        elif cp in self._covered:
            out = ch
        else:
            out = REPLACEMENT
        self[cp] = out
        return out


@lru_cache(maxsize=1)
def _table() -> _Table:
    register()
    face = pdfmetrics.getFont(REGULAR).face
    bold = pdfmetrics.getFont(BOLD).face
    # A character prints when both faces have it (bold lacks a few rare glyphs).
    covered = frozenset(face.charToGlyph) & frozenset(bold.charToGlyph)
    return _Table(covered)


def covers(ch: str) -> bool:
    """Whether the shipped font draws this character."""
    return _table()[ord(ch)] == ch


def printable(text: str) -> str:
    """Text safe to draw: controls dropped (line breaks become spaces), characters
    the font lacks replaced by U+FFFD."""
    return text.translate(_table())


def printable_lines(text: str) -> str:
    """Like ``printable`` but keeps line breaks (``\\n``), for paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(printable(line) for line in text.split("\n"))


def markup(text: str) -> str:
    """User text for a reportlab Paragraph: printable, every ``<``, ``>`` and ``&``
    escaped (so ``<img src=...>`` or ``&nbsp;`` print literally and nothing is read
    as markup), line breaks kept as ``<br/>``."""
    return escape(printable_lines(text)).replace("\n", "<br/>")


def measure(font: str, size: float):
    """A measure function for ``layout.text.wrap``/``elide`` in this font and size."""
    width = pdfmetrics.stringWidth

    def m(s: str) -> float:
        return width(s, font, size)

    return m
