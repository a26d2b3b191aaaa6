"""Numbers and dates as a language writes them (Babel's CLDR data): an
Indonesian PDF says "1.234,5" and "1 Des 2026" where an English one says
"1,234.5" and "Dec 1, 2026"."""

from __future__ import annotations

import functools
from datetime import date, datetime

from babel import dates as babel_dates
from babel import numbers as babel_numbers

from . import language

# Babel's locale for each catalog language.
_LOCALES = {"en": "en_GB", "id": "id_ID", "ms": "ms_MY"}


def _locale(lang: str | None) -> str:
    return _LOCALES.get(lang or language(), "en_GB")


def number(value: float, decimals: int | None = None, lang: str | None = None) -> str:
    """``value`` with the language's digit grouping and decimal sign; with
    ``decimals``, exactly that many decimals."""
    if decimals is None and type(value) is int and -1000 < value < 1000:
        return str(value)  # as Babel writes it in every catalog language, without its data
    return _number(type(value), value, decimals, _locale(lang))


def signed(value: float, decimals: int | None = None, lang: str | None = None) -> str:
    """``number`` with a sign always shown, a true minus for negatives ("+2",
    "\u22121,5"): emotions and NPS."""
    text = number(abs(value), decimals, lang)
    if text.strip("0.,\u00a0") == "":  # zero (also -0.0 and a value rounded to zero)
        return text
    return ("\u2212" if value < 0 else "+") + text


@functools.lru_cache(maxsize=8192)  # Babel takes ~30 us a number; maps repeat their values
def _number(_kind: type, value: float, decimals: int | None, loc: str) -> str:
    if decimals is None:
        return babel_numbers.format_decimal(value, locale=loc)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=loc)


def percent(value: float, lang: str | None = None) -> str:
    """A share (0.25) as the language writes a percentage ("25%", "25 %")."""
    return babel_numbers.format_percent(value, locale=_locale(lang))


def day(value: date | datetime | str, lang: str | None = None) -> str:
    """A date in the language's medium form ("1 Dec 2026", "1 Des 2026");
    ISO text is accepted (a map's created/modified stamps). Text that is not a
    date comes back as it is."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return babel_dates.format_date(value, format="medium", locale=_locale(lang))


def moment(value: datetime | str, lang: str | None = None) -> str:
    """A date and time in the language's medium form (comments, locks)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    loc = _locale(lang)
    when = babel_dates.format_date(value, format="medium", locale=loc)
    return f"{when} {babel_dates.format_time(value, format='short', locale=loc)}"
