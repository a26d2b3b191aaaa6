"""Cell text -> typed values: numbers in either decimal form, emotions as numbers
or words (English, Indonesian, Malay), yes/no, evidence and friction words.

Only the *reading* of a spreadsheet's text lives here; whether a value is allowed
(CSAT from 0 to 100, emotions from -3 to +3...) is the model's rule
(``model/fields.py``) and is checked there, once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ...i18n import translate
from ...model import vocabulary as V


class CellError(ValueError):
    """Text a cell cannot be read as (the message says what was expected)."""


@lru_cache(maxsize=1 << 16)  # the same stage, lane and channel names come on every row
def fold(text: str) -> str:
    """Text for matching names: accents dropped, case folded, punctuation and
    underscores read as spaces ('Tahap_Perjalanan ' -> 'tahap perjalanan')."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def shown(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


_SPACES = re.compile(r"[\s\u00a0\u202f']")
_DIGITS = re.compile(r"^[+-]?[\d.,]*\d[\d.,]*$")


def number(text: str, integer: bool = False) -> float | int:
    """'78,5' and '78.5' -> 78.5; '78%' -> 78; '1.234' or '1,234' -> 1234 for a
    whole-number field; '1.234,5' and '1,234.5' -> 1234.5; '−12' -> -12."""
    s = _SPACES.sub("", text.strip().replace("\u2212", "-"))
    s = s.removesuffix("%")
    if not _DIGITS.match(s):
        raise CellError(translate("import", "{text} is not a number").format(text=shown(text)))
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, *groups = s.split(sep)
        if len(groups) > 1 or (integer and len(groups[0]) == 3 and head.strip("+-")):
            if not all(len(g) == 3 for g in groups):
                raise CellError(translate("import", "{text} is not a number").format(text=shown(text)))
            s = head + "".join(groups)  # thousands separators
        else:
            s = head + "." + groups[0]
    try:
        value = float(s)
    except ValueError:
        raise CellError(translate("import", "{text} is not a number").format(text=shown(text))) from None
    return int(value) if "." not in s and abs(value) < 2**63 else value


# Emotion words, folded; -3 (very negative) .. +3 (delighted).
EMOTION_WORDS: dict[str, int] = {}
for _words, _value in (
    # English
    ("delighted;thrilled;very happy;love it;excited;ecstatic", 3),
    ("happy;pleased;glad;positive;good", 2),
    ("satisfied;content;relieved;ok good;fine", 1),
    ("neutral;ok;okay;indifferent;calm;meh", 0),
    ("confused;unsure;uncertain;annoyed;impatient;worried;anxious", -1),
    ("frustrated;disappointed;unhappy;sad;negative;bad;upset", -2),
    ("angry;furious;very unhappy;very disappointed;terrible;awful;hate it", -3),
    # Bahasa Indonesia
    ("sangat senang;sangat puas;gembira sekali;senang sekali;bahagia sekali;terkesan", 3),
    ("senang;bahagia;gembira;suka;positif;baik", 2),
    ("puas;lega;cukup puas;tenang;nyaman", 1),
    ("biasa;biasa saja;netral;datar;lumayan", 0),
    ("bingung;ragu;cemas;khawatir;tidak sabar;was was", -1),
    ("kecewa;kesal;sedih;jengkel;frustrasi;tidak puas;negatif;buruk", -2),
    ("marah;sangat kecewa;sangat marah;murka;sangat buruk", -3),
    # Bahasa Melayu
    ("sangat gembira;gembira sangat;teruja;sangat berpuas hati", 3),
    ("seronok;gembira hati;suka hati;positif", 2),
    ("berpuas hati;puas hati;lega hati;selesa", 1),
    ("biasa sahaja;neutral;ok lah", 0),
    ("keliru;risau;bimbang;kurang pasti;tak sabar", -1),
    ("tidak berpuas hati;tak puas hati;geram;hampa;kecewa hati;sedih hati", -2),
    ("sangat marah;marah sangat;sangat kecewa;berang", -3),
):
    for _w in _words.split(";"):
        EMOTION_WORDS.setdefault(fold(_w), _value)
_EMOJI = {
    "😍": 3,
    "🤩": 3,
    "😀": 2,
    "😃": 2,
    "😊": 2,
    "🙂": 1,
    "😐": 0,
    "😕": -1,
    "🙁": -1,
    "😞": -2,
    "😢": -2,
}
_EMOJI.update({"😠": -3, "😡": -3, "🤬": -3})


def emotion(text: str) -> int:
    """'+2', '2', '-3' or a word such as 'senang', 'kecewa', 'puas hati', 'angry'."""
    s = text.strip()
    if s in _EMOJI:
        return _EMOJI[s]
    word = EMOTION_WORDS.get(fold(s))
    if word is not None:
        return word
    try:
        value = number(s)
    except CellError:
        raise CellError(
            translate(
                "import",
                "{text} is not an emotion (a number from -3 to +3, or a word such as happy or kecewa)",
            ).format(text=shown(text))
        ) from None
    if value != int(value):
        raise CellError(
            translate("import", "{text} is not a whole number from -3 to +3").format(text=shown(text))
        )
    return int(value)


_YES = {fold(w) for w in ["yes", "y", "true", "x", "1", "ya", "iya", "benar", "betul", "ada", "mot"]}
_NO = {fold(w) for w in ["no", "n", "false", "0", "tidak", "tak", "bukan", "salah", "tiada"]}


def yes_no(text: str) -> bool:
    s = fold(text) or text.strip()
    if s in _YES or text.strip() in ("✓", "✔"):
        return True
    if s in _NO or text.strip() == "-":
        return False
    from .columns import exported_yes_no  # the CSV export's words, in any language

    found = exported_yes_no(text)
    if found is not None:
        return found
    raise CellError(translate("import", "{text} is not yes or no").format(text=shown(text)))


def _table(pairs: dict[str, str]) -> dict[str, str]:
    return {fold(w): value for words, value in pairs.items() for w in words.split(";")}


_EVIDENCE = _table(
    {
        "observed;seen;confirmed;measured;diamati;teramati;terbukti;dikonfirmasi;diperhatikan;disahkan": "observed",
        "assumed;assumption;guess;hypothesis;asumsi;diasumsikan;dugaan;andaian;anggapan;hipotesis": "assumed",
        "proposed;planned;idea;future;usulan;diusulkan;rencana;cadangan;dicadangkan;dirancang": "proposed",
    }
)
_STATUS = _table(
    {
        "open;new;todo;to do;terbuka;baru;belum;dibuka": "open",
        "in progress;in_progress;doing;started;ongoing;sedang dikerjakan;dalam proses;sedang berjalan;"
        "dalam tindakan;sedang diusahakan": "in_progress",
        "resolved;done;fixed;closed;solved;selesai;teratasi;ditutup;beres;diselesaikan;sudah": "resolved",
    }
)
_SEVERITY = _table(
    {
        "minor;low;ringan;kecil;rendah": "1",
        "moderate;medium;sedang;sederhana;menengah": "2",
        "major;high;serious;berat;tinggi;besar;serius;teruk": "3",
        "critical;blocker;severe;kritis;kritikal;sangat berat;parah": "4",
    }
)
_CATEGORY = _table(
    {
        "waiting;wait;delay;menunggu;antre;antri;lambat;tertunda;menunggu lama;lewat": "waiting",
        "confusion;confusing;bingung;membingungkan;keliru;mengelirukan": "confusion",
        "missing information;missing info;informasi kurang;kurang informasi;tiada maklumat;"
        "maklumat tidak lengkap;info kurang": "missing_information",
        "broken promise;janji tidak ditepati;ingkar janji;janji dimungkiri": "broken_promise",
        "channel break;channel switch;pindah saluran;ganti saluran;tukar saluran": "channel_break",
        "effort;hard;too much effort;repot;susah;sukar;leceh;usaha": "effort",
        "price surprise;billing surprise;hidden cost;biaya tersembunyi;kejutan harga;kos tersembunyi;"
        "caj tersembunyi": "price_surprise",
        "failure;error;broken;bug;gagal;rusak;error sistem;kegagalan;rosak": "failure",
    }
)


def evidence(text: str) -> str:
    found = _EVIDENCE.get(fold(text))
    if found is None:
        from .columns import exported_evidence  # the CSV export's words, in any language

        found = exported_evidence(text)
    if found is None:
        raise CellError(
            translate("import", "{text} is not an evidence status ({options})").format(
                text=shown(text), options=", ".join(V.EVIDENCE_STATUSES)
            )
        )
    return found


def friction_status(text: str) -> str:
    found = _STATUS.get(fold(text))
    if found is None:
        raise CellError(
            translate("import", "{text} is not a friction status ({options})").format(
                text=shown(text), options=", ".join(V.FRICTION_STATUSES)
            )
        )
    return found


def severity(text: str) -> int:
    word = _SEVERITY.get(fold(text))
    if word is not None:
        return int(word)
    try:
        value = number(text)
    except CellError:
        raise CellError(
            translate(
                "import", "{text} is not a severity (1 to 4, or minor, moderate, major, critical)"
            ).format(text=shown(text))
        ) from None
    if value != int(value):
        raise CellError(translate("import", "{text} is not a whole number").format(text=shown(text)))
    return int(value)


def category(text: str) -> str:
    """A known friction category, or the team's own one as written."""
    return _CATEGORY.get(fold(text), text.strip())


def names(text: str) -> list[str]:
    """'Dina; Budi' or one name per line -> ['Dina', 'Budi'] (commas stay: a persona
    may be called 'Dina, first-time buyer')."""
    return [n.strip() for n in re.split(r"[;\n]", text) if n.strip()]


_FORMULA_GUARD = ("'=", "'+", "'-", "'@", "'\t", "'\r")


def unguard(text: str) -> str:
    """Undo the apostrophe a CSV export puts before text a spreadsheet would run as
    a formula (export/csv.py's formula guard)."""
    return text[1:] if text.startswith(_FORMULA_GUARD) else text
