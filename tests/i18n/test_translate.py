"""The headless translation call: Qt's shape, English fallback with plurals."""

from journeydesk.i18n import language, translate, use_language


def test_english_fallback_reads_plural_endings():
    assert translate("t", "%n stage(s)", None, 1) == "1 stage"
    assert translate("t", "%n stage(s)", None, 2) == "2 stages"
    assert translate("t", "%n match(es)", None, 0) == "0 matches"
    assert translate("t", "Saved {name}").format(name="x") == "Saved x"


def test_use_language_restores_the_previous_one():
    before = language()
    with use_language("id-ID"):
        assert language() == "id"
    assert language() == before


def test_a_catalog_answers_finished_translations_with_their_plural_forms():
    from journeydesk.i18n.catalog import Catalog, parse_ts

    ts = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="id_ID">
    <context><name>counts</name>
      <message numerus="yes"><source>%n stage(s)</source>
        <translation><numerusform>%n tahap</numerusform></translation></message>
      <message><source>Save</source><translation>Simpan</translation></message>
      <message><source>Undo</source><translation type="unfinished">Urungkan</translation></message>
      <message><source>Gone</source><translation type="vanished">Hilang</translation></message>
    </context></TS>"""
    parsed = parse_ts(ts)
    assert parsed[("counts", "Save", "")] == (["Simpan"], True)
    assert parsed[("counts", "Undo", "")] == (["Urungkan"], False)
    assert ("counts", "Gone", "") not in parsed
    cat = Catalog("id", {k: forms for k, (forms, done) in parsed.items() if done})
    assert cat.lookup("counts", "%n stage(s)", None, 5) == "%n tahap"
    assert cat.lookup("counts", "Undo", None, -1) is None  # unfinished: English stays


def test_language_codes_are_read_as_the_catalogs_name_them():
    from journeydesk.i18n.catalog import normalise

    assert [normalise(c) for c in ("id_ID.UTF-8", "ms-MY", "in", "ms_MY@euro", "fr_FR", "", None)] == [
        "id",
        "ms",
        "id",
        "ms",
        "en",
        "en",
        "en",
    ]


def test_the_system_language_follows_gettexts_order():
    from journeydesk.i18n.choice import system_language

    assert system_language({"LANG": "id_ID.UTF-8"}) == "id"
    assert system_language({"LANG": "en_US.UTF-8", "LC_ALL": "ms_MY.UTF-8"}) == "ms"
    assert system_language({"LANG": "en_GB.UTF-8", "LANGUAGE": "fr:ms:en"}) == "ms"
    assert system_language({"LANG": "C", "LANGUAGE": "id"}) == "en"  # C ignores LANGUAGE
    assert system_language({"LANG": "de_DE.UTF-8"}) == "en"


def test_the_preference_file_is_read_without_qt(tmp_path):
    from journeydesk.i18n.choice import choose_language, preferred_language

    ini = tmp_path / "JourneyDesk" / "JourneyDesk" / "journeydesk.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[ui]\nlanguage=ms\n", encoding="utf-8")
    assert preferred_language(ini) == "ms"
    env = {"XDG_CONFIG_HOME": str(tmp_path), "LANG": "id_ID.UTF-8"}
    assert choose_language(None, env) == "ms"  # Preferences beat the system
    assert choose_language("id", env) == "id"  # --lang beats Preferences
    ini.write_text("[ui]\nlanguage=\n", encoding="utf-8")
    assert choose_language(None, env) == "id"  # "" follows the system
    ini.write_bytes(b"\xff\xfe[broken")
    assert preferred_language(ini) is None


def test_numbers_and_dates_in_each_languages_form():
    from journeydesk.i18n import formats

    assert formats.number(1234.5, lang="en") == "1,234.5"
    assert formats.number(1234.5, lang="id") == "1.234,5"
    assert formats.number(70, 1, lang="id") == "70,0"
    assert formats.day("2026-12-01T09:30:00Z", lang="id") == "1 Des 2026"
    assert formats.day("2026-12-01T09:30:00Z", lang="ms") == "1 Dis 2026"
    assert formats.day("not a date", lang="id") == "not a date"


def test_small_whole_numbers_are_written_as_babel_writes_them():
    # number() skips Babel for them (its locale data costs ~15 ms at start-up).
    from babel.numbers import format_decimal

    from journeydesk.i18n import formats

    for lang, loc in formats._LOCALES.items():
        for value in (-999, -12, -1, 0, 7, 999, 1000, -1000, 12345):
            assert formats.number(value, lang=lang) == format_decimal(value, locale=loc), (lang, value)


def test_the_command_line_takes_a_language(capsys):
    from journeydesk_testkit import EXAMPLES

    from journeydesk.cli import main

    assert main(["--lang", "xx", "validate", str(EXAMPLES[0])]) == 2
    err = capsys.readouterr().err
    assert "unknown language 'xx'" in err and "id (Bahasa Indonesia)" in err
    assert main(["--lang"]) == 2
    assert main(["--lang=ms", "validate", str(EXAMPLES[0])]) == 0
    assert language() == "ms"
    assert main(["validate", str(EXAMPLES[0])]) == 0
    assert language() == "en"  # the suite's locale (tests/conftest.py)
