"""The shipped catalogs: current with the source, every string findable at run time."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from journeydesk_testkit import ROOT

CATALOGS = ROOT / "src" / "journeydesk" / "translations"


def test_catalogs_and_compiled_files_are_current():
    done = subprocess.run(
        [sys.executable, str(ROOT / "resources" / "translations" / "update.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"run: python resources/translations/update.py\n{done.stdout}{done.stderr}"


def test_every_string_has_a_context_qt_can_find_it_by():
    # A tr() outside a class, or a wrapper lupdate cannot see through, gives a
    # message with no context: Qt would never find its translation.
    for ts in sorted(CATALOGS.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            assert context.findtext("name"), f"{ts.name}: strings with no context: " + ", ".join(
                m.findtext("source") for m in context.iter("message")
            )


def test_plural_messages_are_numerus_messages():
    for ts in sorted(CATALOGS.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            if re.search("%L?n", message.findtext("source") or ""):
                assert message.get("numerus") == "yes", message.findtext("source")


def test_every_literal_translate_call_is_in_the_catalogs():
    # lupdate's Python parser misses some calls (a count that is itself a call,
    # QT_TRANSLATE_NOOP3...); update.py adds them: none may be left out.
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    try:
        from missed import literal_messages, messages_of
    finally:
        sys.path.pop(0)
    sources = sorted(str(p) for p in (ROOT / "src" / "journeydesk").rglob("*.py"))
    wanted = literal_messages(sources)
    assert len(wanted) > 1000
    for ts in sorted(CATALOGS.glob("*.ts")):
        have = messages_of(ts)
        missing = [key for key in wanted if key not in have]
        assert not missing, f"{ts.name}: {missing[:10]}"
