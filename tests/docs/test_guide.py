"""The user guide stays true to the app: its shortcut table is the actions' keys,
its JSON Schema is `journeydesk schema`, its example file loads, every picture it
shows exists (and the AppStream screenshots are among them), its links resolve."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesk.io import load_text

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide" / "README.md"
IMAGES = GUIDE.parent / "images"
METAINFO = ROOT / "src/journeydesk/resources/linux/app.journeydesk.JourneyDesk.metainfo.xml"


def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


@pytest.mark.skipif(
    shutil.which("Xvfb") is None,
    reason="the Linux keys are read under X11: apt-get install xvfb (.ci/run does)",
)
def test_the_shortcut_table_is_the_actions_keys():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "make_shortcuts.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_table_lists_the_everyday_commands():
    table = guide().split("<!-- shortcuts:")[1].split("<!-- end of shortcuts -->")[0]
    for row in (
        "| File | Save | `Ctrl+S` |",
        "| Edit | Undo | `Ctrl+Z` |",
        "| View | Fit to Window | `Ctrl+0` |",
    ):
        assert row in table


def test_no_key_is_bound_to_two_commands():
    assert "Keys bound to two commands" not in guide()


def test_the_schema_file_is_journeydesk_schema():
    proc = subprocess.run(
        [sys.executable, "-m", "journeydesk", "schema"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0
    committed = (GUIDE.parent / "journeydesk.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(proc.stdout), (
        "run: journeydesk schema > docs/guide/journeydesk.schema.json"
    )


def test_the_example_file_in_the_guide_loads_and_fits_the_schema():
    import jsonschema

    (block,) = re.findall(r"```json\n(.*?)```", guide(), re.DOTALL)
    doc = load_text(block, "guide")
    assert doc.count("touchpoint") == 1 and len(doc.frictions()) == 1
    schema = json.loads((GUIDE.parent / "journeydesk.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(block), schema)


def test_every_picture_exists_and_every_picture_is_shown():
    shown = set(re.findall(r"!\[[^\]]*\]\(images/([^)]+)\)", guide()))
    assert shown, "the guide shows no pictures"
    on_disk = {p.name for p in IMAGES.glob("*.png")}
    assert shown <= on_disk, sorted(shown - on_disk)
    assert on_disk <= shown, f"pictures nobody shows: {sorted(on_disk - shown)}"


def test_the_screenshot_script_makes_every_picture():
    script = "".join(
        (ROOT / "docs" / name).read_text(encoding="utf-8")
        for name in ("make_screenshots.py", "make_present_screenshots.py")
    )
    for name in (p.stem for p in IMAGES.glob("*.png")):
        made = f'"{name}' in script or f"{name}.png" in script
        made = made or name.startswith("present-") and f'shot("{name.removeprefix("present-")}")' in script
        assert made, name


def test_appstream_screenshots_are_the_guides_pictures():
    text = METAINFO.read_text(encoding="utf-8")
    images = re.findall(
        r'<image type="source" width="(\d+)" height="(\d+)">[^<]*/([^/<]+\.png)</image>', text
    )
    assert images
    for width, height, name in images:
        png = (IMAGES / name).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n", name
        size = (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big"))
        assert size == (int(width), int(height)), (name, size)


TRANSLATED = sorted(GUIDE.parent.glob("guide_*.md"))


@pytest.mark.parametrize("path", [GUIDE, *TRANSLATED], ids=lambda p: p.name)
def test_relative_links_resolve(path):
    for target in re.findall(r"\]\((?!https?:|#)([^)#\s]+)", path.read_text(encoding="utf-8")):
        assert (path.parent / target).exists(), target


@pytest.mark.parametrize("path", [GUIDE, *TRANSLATED], ids=lambda p: p.name)
def test_links_within_the_guide_find_their_heading(path):
    from journeydesk.ui.guide_dialog import slug  # the rule Help > User Guide scrolls by

    text = path.read_text(encoding="utf-8")
    anchors = {slug(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.MULTILINE)}
    wanted = re.findall(r"\]\(#([^)]+)\)", text)
    assert wanted and set(wanted) <= anchors, sorted(set(wanted) - anchors)


def test_the_guide_is_translated_whole():
    # Indonesian and Malay (Help > User Guide picks the interface's language):
    # the same sections, pictures, commands and generated tables as the English.
    def shape(text):
        return (
            len(re.findall(r"^#+ ", text, flags=re.MULTILINE)),
            sorted(re.findall(r"\]\((images/[^)]+)\)", text)),
            re.findall(r"```.*?```", text, flags=re.DOTALL),
            re.findall(r"<!--.*?-->", text),
        )

    assert {p.name for p in TRANSLATED} == {"guide_id.md", "guide_ms.md"}
    english = shape(guide())
    for path in TRANSLATED:
        assert shape(path.read_text(encoding="utf-8")) == english, path.name


def test_the_readme_links_the_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/guide/README.md" in readme or "docs/guide/" in readme
