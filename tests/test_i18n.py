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
