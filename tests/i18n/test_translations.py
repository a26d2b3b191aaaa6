"""The Indonesian and Malay catalogs: complete, faithful to the source's
placeholders and accelerators, and each in its own language.

A missing translation shows English to the user; a lost ``{name}`` or ``%n``
raises or prints the wrong thing; two ``&`` or none breaks the menu mnemonic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from journeydesk_testkit import ROOT

from journeydesk.i18n.catalog import catalog_for

CATALOGS = ROOT / "src" / "journeydesk" / "translations"
LANGUAGES = ("id", "ms")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:![rsa])?(?::[^}]*)?\}|%L?n|%L?\d|%\([a-z_]+\)[sdr]|%[sdr]")


def messages(language: str):
    tree = ET.parse(CATALOGS / f"journeydesk_{language}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            yield context.findtext("name"), message.findtext("source") or "", tr, forms


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    missing = [
        f"{ctx}: {source!r}"
        for ctx, source, tr, forms in messages(language)
        if tr.get("type") or not all(forms)
    ]
    assert not missing, f"{len(missing)} untranslated in {language}:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_accelerators_are_kept(language):
    bad = []
    for ctx, source, _tr, forms in messages(language):
        for text in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                bad.append(f"{ctx}: {source!r} -> {text!r} (placeholders)")
            if accelerators(source) != accelerators(text):
                bad.append(f"{ctx}: {source!r} -> {text!r} (& mnemonic)")
            if source.endswith("…") != text.endswith("…"):
                bad.append(f"{ctx}: {source!r} -> {text!r} (… says a dialog follows)")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_not_english_copies(language):
    # Names (PDF, CSAT, Ctrl) stay as they are; sentences must not.
    def words(text):
        return re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub(" ", text))

    copies = [
        source
        for _ctx, source, _tr, forms in messages(language)
        if forms[0] == source and len(words(source)) >= 3
    ]
    assert not copies, "\n".join(copies)


def test_the_headless_half_reads_the_translations():
    # The command line and the exporters read the .ts itself (no Qt).
    assert catalog_for("id").lookup("Actions", "&Save", None, -1) == "&Simpan"
    assert catalog_for("ms").lookup("Actions", "&Undo", None, -1).replace("&", "") == "Buat asal"
    assert catalog_for("id").lookup("Actions", "&Undo", None, -1).replace("&", "") == "Urungkan"


def test_malay_is_not_indonesian():
    # Two languages, two vocabularies: file/Fail, undo, touchpoint.
    ms, id_ = catalog_for("ms"), catalog_for("id")
    assert ms.lookup("Actions", "&File", None, -1).replace("&", "") == "Fail"
    assert id_.lookup("Actions", "&File", None, -1).replace("&", "") == "Berkas"
    differ = sum(
        1
        for (_c, _s, _t, a), (_c2, _s2, _t2, b) in zip(messages("id"), messages("ms"), strict=True)
        if a != b
    )
    assert differ > 0.5 * sum(1 for _ in messages("id"))
