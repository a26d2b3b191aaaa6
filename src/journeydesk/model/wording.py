"""How counts of map items read ("1 stage", "3 touchpoints", "1,200 cards"), in the
current language and its digits: one copy for the status bar, the canvas title,
the PDF and the CLI."""

from __future__ import annotations

from ..i18n import translate


def counted(kind: str, n: int) -> str:
    """``n`` items of ``kind`` as a person writes it (translated, with plurals)."""
    if kind == "stage":
        return translate("counts", "%Ln stage(s)", None, n)
    if kind == "lane":
        return translate("counts", "%Ln lane(s)", None, n)
    if kind == "touchpoint":
        return translate("counts", "%Ln touchpoint(s)", None, n)
    if kind == "link":
        return translate("counts", "%Ln link(s)", None, n)
    if kind == "friction":
        return translate("counts", "%Ln friction(s)", None, n)
    if kind == "persona":
        return translate("counts", "%Ln persona(s)", None, n)
    if kind == "channel":
        return translate("counts", "%Ln channel(s)", None, n)
    return translate("counts", "%Ln item(s)", None, n)
