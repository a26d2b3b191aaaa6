"""How counts of map items read ("1 stage", "3 touchpoints"), in the current
language: one copy for the status bar, the canvas title, the PDF and the CLI."""

from __future__ import annotations

from ..i18n import translate


def counted(kind: str, n: int) -> str:
    """``n`` items of ``kind`` as a person writes it (translated, with plurals)."""
    if kind == "stage":
        return translate("counts", "%n stage(s)", None, n)
    if kind == "lane":
        return translate("counts", "%n lane(s)", None, n)
    if kind == "touchpoint":
        return translate("counts", "%n touchpoint(s)", None, n)
    if kind == "link":
        return translate("counts", "%n link(s)", None, n)
    if kind == "friction":
        return translate("counts", "%n friction(s)", None, n)
    if kind == "persona":
        return translate("counts", "%n persona(s)", None, n)
    if kind == "channel":
        return translate("counts", "%n channel(s)", None, n)
    return translate("counts", "%n item(s)", None, n)
