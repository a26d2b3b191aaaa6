"""Column headers -> import fields, by name in English, Indonesian and Malay.

Headers are matched folded (case, accents, punctuation ignored): "Tahap",
"TAHAP " and "tahap_perjalanan" all find the stage. ``emotion: Dina`` (the CSV
export's form), ``Emosi (Dina)`` or ``perasaan - Dina`` is Dina's emotion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .values import fold

# The fields a column can fill, in the order the mapping dialog lists them.
FIELDS = (
    "title",
    "description",
    "stage",
    "lane",
    "channel",
    "owner",
    "personas",
    "emotion",
    "csat",
    "nps",
    "ces",
    "volume",
    "conversion",
    "friction",
    "severity",
    "category",
    "status",
    "evidence",
    "moment_of_truth",
    "notes",
    "id",
    "ignore",
)
EMOTION_PREFIX = "emotion:"  # "emotion:Dina": Dina's emotion

# field -> language -> synonyms (";"-separated, folded when indexed).
SYNONYMS: dict[str, dict[str, str]] = {
    "id": {"en": "id;touchpoint id;card id", "id": "kode;kode touchpoint", "ms": "kod"},
    "title": {
        "en": "title;touchpoint;touch point;touchpoint title;card;name;step;interaction;moment",
        "id": "judul;titik sentuh;titik kontak;titik interaksi;nama;nama touchpoint;interaksi;langkah;momen",
        "ms": "tajuk;titik sentuhan;titik sentuh;nama titik sentuh;interaksi;langkah;detik",
    },
    "description": {
        "en": "description;details;detail;what happens;summary;text",
        "id": "deskripsi;keterangan;uraian;penjelasan;rincian;apa yang terjadi",
        "ms": "penerangan;huraian;butiran;keterangan;apa yang berlaku",
    },
    "stage": {
        "en": "stage;phase;journey stage;step of journey;column",
        "id": "tahap;tahapan;fase;tahap perjalanan;tahapan perjalanan",
        "ms": "peringkat;tahap;fasa;peringkat perjalanan",
    },
    "lane": {
        "en": "lane;swimlane;swim lane;row;layer;track",
        "id": "jalur;lajur;baris;lapisan",
        "ms": "lorong;lajur;baris;lapisan",
    },
    "channel": {
        "en": "channel;medium;touchpoint channel",
        "id": "saluran;kanal;media;saluran komunikasi",
        "ms": "saluran;medium;saluran komunikasi",
    },
    "owner": {
        "en": "owner;responsible;team;department;owned by;accountable",
        "id": "pemilik;penanggung jawab;penanggungjawab;pic;tim;divisi;bagian;departemen",
        "ms": "pemilik;pasukan;jabatan;bahagian;tanggungjawab;penanggungjawab",
    },
    "personas": {
        "en": "persona;personas;segment;customer segment;customer",
        "id": "persona;segmen;segmen pelanggan;pelanggan",
        "ms": "persona;segmen;segmen pelanggan;pelanggan",
    },
    "emotion": {
        "en": "emotion;emotions;feeling;feelings;mood;sentiment;emotion score",
        "id": "emosi;perasaan;suasana hati;sentimen;skor emosi",
        "ms": "emosi;perasaan;sentimen;skor emosi",
    },
    "csat": {
        "en": "csat;csat %;satisfaction;customer satisfaction;satisfaction score",
        "id": "kepuasan;kepuasan pelanggan;skor kepuasan;tingkat kepuasan",
        "ms": "kepuasan;kepuasan pelanggan;skor kepuasan;tahap kepuasan",
    },
    "nps": {"en": "nps;net promoter score;net promoter", "id": "skor nps", "ms": "skor nps"},
    "ces": {
        "en": "ces;customer effort score;effort score;effort",
        "id": "skor usaha;skor upaya;upaya pelanggan",
        "ms": "skor usaha;usaha pelanggan",
    },
    "volume": {
        "en": "volume;customers;number of customers;count;traffic;visitors",
        "id": "volume;jumlah;jumlah pelanggan;jumlah pengunjung;pengunjung",
        "ms": "jumlah;bilangan;bilangan pelanggan;bilangan pelawat;pelawat",
    },
    "conversion": {
        "en": "conversion;conversion rate;conversion %",
        "id": "konversi;tingkat konversi;rasio konversi",
        "ms": "penukaran;kadar penukaran;kadar konversi",
    },
    "friction": {
        "en": "friction;pain point;pain points;pain;problem;issue;blocker",
        "id": "hambatan;titik gesekan;titik kesakitan;gesekan;masalah;kendala;keluhan",
        "ms": "hambatan;halangan;geseran;titik kesakitan;masalah;aduan;rungutan",
    },
    "severity": {
        "en": "severity;friction severity;impact;pain severity",
        "id": "keparahan;tingkat keparahan;dampak;tingkat hambatan",
        "ms": "keterukan;tahap keterukan;kesan;impak",
    },
    "category": {
        "en": "category;friction category;friction type;pain type",
        "id": "kategori;jenis hambatan;kategori hambatan",
        "ms": "kategori;jenis halangan;kategori hambatan",
    },
    "status": {
        "en": "status;friction status;fix status",
        "id": "status hambatan;status perbaikan",
        "ms": "status halangan;status pembaikan",
    },
    "evidence": {
        "en": "evidence;evidence status;confidence;source type",
        "id": "bukti;status bukti",
        "ms": "bukti;status bukti",
    },
    "moment_of_truth": {
        "en": "moment of truth;mot;key moment;critical moment",
        "id": "momen kebenaran;momen penentu;momen kritis",
        "ms": "detik kebenaran;saat penentu;detik kritikal",
    },
    "notes": {
        "en": "notes;note;comment;comments;remarks",
        "id": "catatan;komentar;keterangan tambahan",
        "ms": "nota;catatan;komen;ulasan",
    },
    # Columns the CSV export writes that an import has no use for (they are
    # counted from the frictions, which the export does not list).
    "ignore": {
        "en": "frictions;open frictions;highest severity;no;number;#",
        "id": "nomor;no urut",
        "ms": "nombor;bil",
    },
}

_INDEX: dict[str, tuple[str, tuple[str, ...]]] = {}
for _field, _langs in SYNONYMS.items():
    _found: dict[str, list[str]] = {}
    for _lang, _words in _langs.items():
        for _w in _words.split(";"):
            _found.setdefault(fold(_w) or _w.strip(), []).append(_lang)
    for _key, _in in _found.items():
        _INDEX.setdefault(_key, (_field, tuple(_in)))

_EMOTION_OF = re.compile(
    r"^\s*(?:emotion|emotions|feeling|mood|sentiment|emosi|perasaan|sentimen)\s*(?P<sep>[:(\-–])\s*(?P<name>.+)$",
    re.IGNORECASE,
)


def _emotion_persona(header: str) -> str | None:
    """'emotion: Dina' / 'Emosi (Dina)' / 'perasaan - Dina' -> 'Dina'."""
    m = _EMOTION_OF.match(header)
    if not m:
        return None
    name = m.group("name").strip()
    if m.group("sep") == "(":
        if not name.endswith(")"):
            return None
        name = name[:-1].strip()
    return name or None


@dataclass(frozen=True)
class HeaderMatch:
    field: str | None  # None: not recognised
    languages: tuple[str, ...] = ()


def match_header(header: str) -> HeaderMatch:
    """The field a header names, or HeaderMatch(None)."""
    from .columns import exported_emotion, exported_field  # the export's own headers, per language

    text = header.strip()
    persona = _emotion_persona(text) or exported_emotion(text)
    if persona:
        return HeaderMatch(EMOTION_PREFIX + persona, ())
    key = fold(text) or text
    found = _INDEX.get(key)
    if found is None:
        field = exported_field(text) if text else None
        return HeaderMatch(field) if field else HeaderMatch(None)
    return HeaderMatch(found[0], found[1])


def is_field(name: str) -> bool:
    """A field name ``--map`` accepts: one of FIELDS or ``emotion:PERSONA``."""
    return name in FIELDS or (name.startswith(EMOTION_PREFIX) and bool(name[len(EMOTION_PREFIX) :].strip()))


def guess_language(headers: list[str]) -> str | None:
    """'id' or 'ms' when the recognised headers are mostly Indonesian or Malay
    words; None when English or undecided."""
    votes = {"en": 0.0, "id": 0.0, "ms": 0.0}
    for h in headers:
        langs = match_header(h).languages
        for lang in langs:
            votes[lang] += 1 / len(langs)
    best = max(votes, key=votes.get)
    if best == "en" or votes[best] == 0 or sorted(votes.values())[-2] == votes[best]:
        return None
    return best
