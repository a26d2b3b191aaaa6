"""``journeydesk --install-desktop`` / ``--uninstall-desktop``: the menu entry, the
map file type, icons and AppStream metadata for the user, under a temporary
XDG_DATA_HOME; the shipped files pass the freedesktop validators (.ci/run
installs them; without them those tests skip and say which package to add)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesk.cli import desktop

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "online-store.journey.json"
SHIPPED = Path(str(desktop.data_folder()))
DESKTOP_FILE = f"applications/{desktop.APP_ID}.desktop"


def needs(binary: str, package: str):
    return pytest.mark.skipif(
        shutil.which(binary) is None,
        reason=f"{binary} not installed (apt-get install {package}; .ci/run does)",
    )


def run_cli(args: list[str], home: Path, **env) -> subprocess.CompletedProcess:
    environ = {**os.environ, "XDG_DATA_HOME": str(home), **env}
    return subprocess.run(
        [sys.executable, "-m", "journeydesk", *args], env=environ, capture_output=True, text=True, timeout=120
    )


def tree(home: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(home)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in home.rglob("*")
        if p.is_file()
    }


def test_install_puts_every_file_in_place_and_twice_changes_nothing(tmp_path):
    home = tmp_path / "data"
    first = run_cli(["--install-desktop"], home)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    planned = desktop.planned_files(desktop.launch_command())
    for rel in planned:
        assert (home / rel).is_file(), rel
    for size in ("16x16", "48x48", "256x256", "512x512", "scalable"):
        suffix = ".svg" if size == "scalable" else ".png"
        assert (home / f"icons/hicolor/{size}/apps/{desktop.APP_ID}{suffix}").is_file()
        assert any((home / f"icons/hicolor/{size}/mimetypes").glob("application-x-journeydesk+json.*"))
    assert f"wrote {len(planned)} files under {home}" in first.stdout
    before = tree(home)
    second = run_cli(["--install-desktop"], home)
    assert second.returncode == 0, second.stderr
    assert "already up to date" in second.stdout
    after = tree(home)
    ours = {rel for rel in planned}
    assert {k: v for k, v in after.items() if k in ours} == {k: v for k, v in before.items() if k in ours}


def test_the_menu_entry_starts_this_journeydesk(tmp_path):
    home = tmp_path / "data"
    assert run_cli(["--install-desktop"], home).returncode == 0
    text = (home / DESKTOP_FILE).read_text(encoding="utf-8")
    exec_lines = [ln for ln in text.splitlines() if ln.startswith("Exec=")]
    assert len(exec_lines) == 1
    args = unquote_exec(exec_lines[0][len("Exec=") :])
    assert args[-1] == "%f"
    command = args[:-1]
    assert command == desktop.launch_command()
    proc = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("journeydesk ")
    assert "MimeType=application/x-journeydesk+json;" in text


def test_uninstall_removes_only_what_install_added(tmp_path):
    home = tmp_path / "data"
    assert run_cli(["--install-desktop"], home).returncode == 0
    foreign = home / "applications" / "other.desktop"
    foreign.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    foreign_icon = home / "icons/hicolor/48x48/apps/other.png"
    foreign_icon.write_bytes(b"png")
    gone = run_cli(["--uninstall-desktop"], home)
    assert gone.returncode == 0, gone.stderr
    assert "removed" in gone.stdout
    for rel in desktop.planned_files(["journeydesk"]):
        assert not (home / rel).exists(), rel
    assert foreign.is_file() and foreign_icon.is_file()
    again = run_cli(["--uninstall-desktop"], home)
    assert again.returncode == 0 and "nothing to remove" in again.stdout


def test_a_data_home_that_cannot_be_written_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    proc = run_cli(["--install-desktop"], blocker / "share")
    assert proc.returncode == 1
    assert str(blocker) in proc.stderr and "Traceback" not in proc.stderr


def test_the_flags_take_no_command_and_exclude_each_other(tmp_path):
    home = tmp_path / "data"
    assert run_cli(["--install-desktop", "validate", str(EXAMPLE)], home).returncode == 2
    assert run_cli(["--install-desktop", "--uninstall-desktop"], home).returncode == 2
    assert not home.exists()


def test_other_systems_are_told_where_to_look(monkeypatch, capsys):
    monkeypatch.setattr(desktop.sys, "platform", "win32")
    assert desktop.run_install() == 2
    assert "packaging/README.md" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"XDG_DATA_HOME": "/x/share", "HOME": "/h"}, "/x/share"),
        ({"HOME": "/h"}, "/h/.local/share"),
        ({"XDG_DATA_HOME": "", "HOME": "/h"}, "/h/.local/share"),
        ({"XDG_DATA_HOME": "relative/share", "HOME": "/h"}, "/h/.local/share"),  # the spec: ignore it
    ],
)
def test_data_home_follows_the_xdg_rules(environ, expected):
    assert desktop.data_home(environ) == Path(expected)


def unquote_exec(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry spec reads it: string unescaping
    of the whole value first, then quoted arguments with \\ escapes."""
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append(
                {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], value[i + 1])
            )
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text, args, current, quoted, i = "".join(unescaped), [], [], False, 0
    while i < len(text):
        ch = text[i]
        if quoted and ch == "\\" and i + 1 < len(text):
            current.append(text[i + 1])
            i += 2
            continue
        if ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            if current:
                args.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    if current:
        args.append("".join(current))
    return [a.replace("%%", "%") if a != "%f" else a for a in args]


@pytest.mark.parametrize(
    "command",
    [
        ["/opt/journeydesk/journeydesk"],
        ["/home/ana/My Apps/journeydesk"],
        ['/home/ana/$HOME\'s "apps"/back\\slash `x` 100%/journeydesk'],
        ["/usr/bin/python3", "-m", "journeydesk"],
    ],
)
def test_exec_lines_quote_paths_as_the_spec_asks(command, tmp_path):
    line = desktop.exec_line(command)
    assert unquote_exec(line) == [*command, "%f"]
    if shutil.which("desktop-file-validate"):
        entry = tmp_path / "t.desktop"
        entry.write_text(desktop.desktop_entry(command), encoding="utf-8")
        proc = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, timeout=60
        )
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_missing_or_failing_cache_tools_do_not_fail_the_install(tmp_path):
    home = tmp_path / "data"
    quiet = desktop.install(home, ["journeydesk"], which=lambda tool: None)
    assert quiet.written and not quiet.tools and not quiet.warnings
    failing = desktop.install(home, ["journeydesk"], which=lambda tool: shutil.which("false"))
    assert failing.unchanged and not failing.written
    assert any("exited 1" in w for w in failing.warnings)


def test_an_icon_cache_is_refreshed_only_where_one_exists(tmp_path):
    home = tmp_path / "data"
    seen = []

    def which(tool):
        seen.append(tool)
        return shutil.which("true")

    out = desktop.install(home, ["journeydesk"], which=which)
    assert "gtk-update-icon-cache" not in out.tools
    (home / "icons/hicolor/icon-theme.cache").write_bytes(b"")
    out = desktop.install(home, ["journeydesk"], which=which)
    assert "gtk-update-icon-cache" in out.tools


# ---------------------------------------------------------------- validators


@needs("desktop-file-validate", "desktop-file-utils")
def test_the_shipped_desktop_entry_validates():
    proc = subprocess.run(
        ["desktop-file-validate", str(SHIPPED / f"{desktop.APP_ID}.desktop")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


@needs("appstreamcli", "appstream")
def test_the_appstream_metainfo_validates():
    proc = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            "--explain",
            str(SHIPPED / f"{desktop.APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # Only the pedantic note on the capitals of the reverse-DNS id is allowed.
    problems = [ln for ln in proc.stdout.splitlines() if ln[:2] in ("E:", "W:", "I:")]
    assert not problems, proc.stdout


@needs("update-mime-database", "shared-mime-info")
def test_the_file_type_compiles_cleanly(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(SHIPPED / f"{desktop.APP_ID}.mime.xml", packages / f"{desktop.APP_ID}.xml")
    proc = subprocess.run(
        ["update-mime-database", "-V", str(tmp_path / "mime")], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stderr.lower() and "error" not in proc.stderr.lower(), proc.stderr
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert "application/x-journeydesk+json:*.journey.json" in globs


# ---------------------------------------------------------------- what the desktop then sees


@needs("update-mime-database", "shared-mime-info")
def test_qt_reads_the_installed_type_for_map_files(tmp_path):
    """Qt's QMimeDatabase reads the same freedesktop database file managers use."""
    home = tmp_path / "data"
    assert run_cli(["--install-desktop"], home).returncode == 0
    bare = tmp_path / "saved-without-extension"
    shutil.copy(EXAMPLE, bare)
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "db = QMimeDatabase()\n"
        "for path in sys.argv[1:]:\n"
        "    m = db.mimeTypeForFile(path)\n"
        "    print(m.name(), m.inherits('application/json'), m.comment())\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLE), str(bare), str(ROOT / "pyproject.toml")],
        env={**os.environ, "XDG_DATA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stderr
    assert lines[0] == "application/x-journeydesk+json True JourneyDesk journey map"
    assert lines[1].startswith("application/x-journeydesk+json")  # by the magic
    assert not lines[2].startswith("application/x-journeydesk")


@needs("gio", "libglib2.0-bin")
@needs("update-desktop-database", "desktop-file-utils")
def test_the_file_manager_opens_maps_with_journeydesk(tmp_path):
    """GLib's view (GNOME Files, most file choosers): the type and its default app."""
    home = tmp_path / "data"
    assert run_cli(["--install-desktop"], home).returncode == 0
    env = {**os.environ, "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    info = subprocess.run(
        ["gio", "info", "-a", "standard::content-type", str(EXAMPLE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "standard::content-type: application/x-journeydesk+json" in info.stdout, info.stdout + info.stderr
    mime = subprocess.run(
        ["gio", "mime", "application/x-journeydesk+json"], env=env, capture_output=True, text=True, timeout=60
    )
    assert f"application/x-journeydesk+json”: {desktop.APP_ID}.desktop" in mime.stdout, mime.stdout
