"""Bring the translation catalogs up to date with the source, and compile them.

    python resources/translations/update.py            # update .ts, compile .qm
    python resources/translations/update.py --check    # exit 1 if anything is stale

``pyside6-lupdate`` reads every visible string out of src/journeydesk (Qt's
``tr()`` / ``QCoreApplication.translate`` and the headless ``translate`` /
``QT_TRANSLATE_NOOP``) into ``journeydesk_<lang>.ts``, keeping the translations
already there and dropping strings the source no longer has. Every message whose
text holds ``%n`` is then marked as a plural (numerus) message, which lupdate
does not do for calls it cannot see the count of. ``pyside6-lrelease
-nounfinished`` compiles each catalog to the ``.qm`` the app loads; the command
line and the exporters read the ``.ts`` itself (journeydesk.i18n.catalog).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from missed import add_missed, literal_messages, messages_of

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "journeydesk"
CATALOGS = SOURCE / "translations"
LANGUAGES = {"id": "id_ID", "ms": "ms_MY"}  # catalog -> Qt's target language


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the venv's bin/), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in SOURCE.rglob("*.py"))


def finished_plurals(messages: dict) -> dict[tuple[str, str], list[str]]:
    """The plural messages of a catalog (``missed.messages_of``) that have their
    translation, by (context, source): lupdate does not see the count of a
    ``translate(ctx, text, None, n)`` call, turns such a message back into a plain
    one and marks it unfinished; ``mark_plurals`` gives these back their forms."""
    found = {}
    for (context, source, _disambiguation), message in messages.items():
        tr = message.find("translation")
        if message.get("numerus") != "yes" or tr is None or tr.get("type"):
            continue
        forms = [f.text or "" for f in tr.iter("numerusform")]
        if any(forms):
            found[(context, source)] = forms
    return found


def mark_plurals(ts: Path, finished: dict[tuple[str, str], list[str]]) -> None:
    """Give every message with ``%n`` (or ``%Ln``, the count in the language's
    digits) numerus forms (one per plural form of the language; the forms already
    written, and finished ones, are kept)."""
    tree = ET.parse(ts)
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if ("%n" in source or "%Ln" in source) and message.get("numerus") != "yes":
                _as_plural(message, finished.get((name, source)))
    ET.indent(tree, space="    ")
    with open(ts, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")


def _as_plural(message: ET.Element, forms: list[str] | None) -> None:
    message.set("numerus", "yes")
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation", type="unfinished")
    text, tr.text = tr.text, None
    if forms:
        tr.attrib.pop("type", None)
    for form_text in forms or [text]:
        form = ET.SubElement(tr, "numerusform")
        form.text = form_text or None


def update(folder: Path) -> list[Path]:
    """Write up-to-date catalogs and their .qm into ``folder``; returns them."""
    listing = folder / "sources.txt"
    listing.write_text("\n".join(sources()) + "\n", encoding="utf-8")
    written = []
    wanted = literal_messages(sources())  # read once, for every language
    for lang, target in LANGUAGES.items():
        ts = folder / f"journeydesk_{lang}.ts"
        committed = CATALOGS / ts.name
        before = messages_of(committed)  # the committed catalog, read once
        if committed.exists() and committed != ts:
            shutil.copyfile(committed, ts)
        subprocess.run(
            [tool("pyside6-lupdate"), f"@{listing}", "-locations", "none", "-no-obsolete",
             "-target-language", target, "-silent", "-ts", str(ts)],
            check=True,
        )  # fmt: skip
        add_missed(ts, wanted, before)
        mark_plurals(ts, finished_plurals(before))
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), "-nounfinished", "-silent", str(ts), "-qm", str(qm)], check=True
        )
        written += [ts, qm]
    listing.unlink()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the catalogs are current")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        stale = []
        for made in update(Path(tmp)):
            committed = CATALOGS / made.name
            if not committed.exists() or not filecmp.cmp(made, committed, shallow=False):
                stale.append(committed)
                if not args.check:
                    CATALOGS.mkdir(exist_ok=True)
                    shutil.copyfile(made, committed)
        for path in stale:
            print(f"{'stale' if args.check else 'updated'}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
