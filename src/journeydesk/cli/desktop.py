"""``journeydesk --install-desktop`` / ``--uninstall-desktop``: the freedesktop
integration (menu entry, icons, the map file type, AppStream metadata) for the
current user, no Qt and no root.

The files ship as package data in ``journeydesk/resources/linux`` (so a wheel or
a frozen build can install them) and go under ``$XDG_DATA_HOME`` (default
``~/.local/share``)::

    applications/app.journeydesk.JourneyDesk.desktop    Exec= this JourneyDesk
    metainfo/app.journeydesk.JourneyDesk.metainfo.xml
    mime/packages/app.journeydesk.JourneyDesk.xml       *.journey.json
    icons/hicolor/<size>/apps/app.journeydesk.JourneyDesk.png|svg
    icons/hicolor/<size>/mimetypes/application-x-journeydesk+json.png|svg

Installing twice changes nothing; a file is only rewritten when its content
differs. The desktop caches are refreshed with update-desktop-database,
update-mime-database and gtk-update-icon-cache where those programs exist.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..i18n import translate
from ..io import SaveError, write_atomic

APP_ID = "app.journeydesk.JourneyDesk"
MIME_TYPE = "application/x-journeydesk+json"
MIME_ICON = MIME_TYPE.replace("/", "-")
_CACHE_TOOLS = ("update-desktop-database", "update-mime-database", "gtk-update-icon-cache")


class DesktopError(Exception):
    """Installing or removing failed; the message says what and where."""


def data_folder():
    """The shipped desktop files (a Traversable: a folder, or inside a zip)."""
    return resources.files("journeydesk").joinpath("resources", "linux")


def data_home(environ=os.environ) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when unset, empty or relative (the spec)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path(environ.get("HOME") or os.path.expanduser("~")) / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this JourneyDesk: the frozen executable, the
    ``journeydesk`` script beside this Python, or ``python -m journeydesk``."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    script = Path(sys.executable).with_name("journeydesk")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    return [os.path.abspath(sys.executable), "-m", "journeydesk"]


def exec_line(command: list[str]) -> str:
    """A desktop-entry Exec value: arguments quoted as the spec asks, then %f."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    parts = []
    for arg in command:
        if any(ch in reserved for ch in arg):
            arg = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
        # The desktop-entry reader unescapes the whole value once before splitting.
        parts.append(arg.replace("\\", "\\\\").replace("%", "%%"))
    return " ".join(parts) + " %f"


def desktop_entry(command: list[str]) -> str:
    """The shipped .desktop file with its Exec line pointing at ``command``."""
    text = data_folder().joinpath(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = [f"Exec={exec_line(command)}" if ln.startswith("Exec=") else ln for ln in text.splitlines()]
    return "\n".join(lines) + "\n"


def planned_files(command: list[str]) -> dict[str, bytes]:
    """Every file to install, by its path under the data home."""
    src = data_folder()
    files = {
        f"applications/{APP_ID}.desktop": desktop_entry(command).encode("utf-8"),
        f"metainfo/{APP_ID}.metainfo.xml": src.joinpath(f"{APP_ID}.metainfo.xml").read_bytes(),
        f"mime/packages/{APP_ID}.xml": src.joinpath(f"{APP_ID}.mime.xml").read_bytes(),
    }
    hicolor = src.joinpath("icons", "hicolor")
    for size in sorted(hicolor.iterdir(), key=lambda e: e.name):
        apps = size.joinpath("apps")
        for suffix in (".png", ".svg"):
            icon = apps.joinpath(APP_ID + suffix)
            if icon.is_file():
                data = icon.read_bytes()
                files[f"icons/hicolor/{size.name}/apps/{APP_ID}{suffix}"] = data
                files[f"icons/hicolor/{size.name}/mimetypes/{MIME_ICON}{suffix}"] = data
    return files


@dataclass
class Outcome:
    written: list[Path] = field(default_factory=list)  # new or changed
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)  # cache tools that ran
    warnings: list[str] = field(default_factory=list)


def _write(path: Path, data: bytes) -> None:
    """Atomically (io.write_atomic), readable by all like the system's own copies."""
    new = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)
    if new:
        os.chmod(path, 0o644)


def _refresh_caches(home: Path, outcome: Outcome, which=shutil.which) -> None:
    """Run the cache tools that exist; a failing one is a warning, not an error
    (the files are in place, and desktops rescan these folders themselves).

    The icon cache is only refreshed where one exists already: a cache made here
    would hide icons that other programs add to the folder later without one."""
    hicolor = home / "icons" / "hicolor"
    runs = {
        "update-desktop-database": ["-q", str(home / "applications")],
        "update-mime-database": [str(home / "mime")],
        "gtk-update-icon-cache": ["-q", "-t", "-f", str(hicolor)],
    }
    for tool in _CACHE_TOOLS:
        exe = which(tool)
        folder = Path(runs[tool][-1])
        if exe is None or not folder.is_dir():
            continue
        if tool == "gtk-update-icon-cache" and not (hicolor / "icon-theme.cache").is_file():
            continue
        try:
            proc = subprocess.run([exe, *runs[tool]], check=False, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            outcome.warnings.append(f"{tool}: {exc}")
            continue
        outcome.tools.append(tool)
        if proc.returncode != 0:
            outcome.warnings.append(f"{tool} exited {proc.returncode}: {proc.stderr.strip()[:300]}")


def install(home: Path | None = None, command: list[str] | None = None, which=shutil.which) -> Outcome:
    """Install (or bring up to date) the desktop files under ``home``."""
    home = home or data_home()
    outcome = Outcome()
    try:
        files = planned_files(command or launch_command())
    except OSError as exc:
        raise DesktopError(f"the desktop files are missing from this JourneyDesk ({exc})") from exc
    for rel, data in files.items():
        path = home / rel
        try:
            if path.is_file() and path.read_bytes() == data:
                outcome.unchanged.append(path)
                continue
            _write(path, data)
        except SaveError as exc:
            raise DesktopError(str(exc)) from exc
        except OSError as exc:
            raise DesktopError(f"{path}: {exc.strerror or exc}") from exc
        outcome.written.append(path)
    _refresh_caches(home, outcome, which)
    return outcome


def uninstall(home: Path | None = None, which=shutil.which) -> Outcome:
    """Remove what ``install`` puts under ``home`` (and nothing else)."""
    home = home or data_home()
    outcome = Outcome()
    for rel in planned_files(["journeydesk"]):
        path = home / rel
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopError(f"{path}: {exc.strerror or exc}") from exc
        outcome.removed.append(path)
    _refresh_caches(home, outcome, which)
    return outcome


def _supported() -> bool:
    return not sys.platform.startswith(("win", "darwin", "cygwin"))


def run_install(remove: bool = False) -> int:
    """The command-line side: print what happened; 0 ok, 1 failed, 2 not here."""
    if not _supported():
        print(
            translate(
                "cli.desktop",
                "journeydesk: desktop integration is for Linux and other freedesktop systems; "
                "on Windows and macOS see packaging/README.md",
            ),
            file=sys.stderr,
        )
        return 2
    home = data_home()
    try:
        outcome = uninstall(home) if remove else install(home)
    except DesktopError as exc:
        print(translate("cli.desktop", "journeydesk: {problem}").format(problem=exc), file=sys.stderr)
        return 1
    _report(outcome, home, remove)
    return 0


def _report(outcome: Outcome, home: Path, remove: bool) -> None:
    ctx = "cli.desktop"
    if remove:
        if outcome.removed:
            print(
                translate(ctx, "removed %Ln file(s) from {home}", None, len(outcome.removed)).format(
                    home=home
                )
            )
        else:
            print(
                translate(ctx, "nothing to remove: JourneyDesk is not installed under {home}").format(
                    home=home
                )
            )
    else:
        if outcome.written:
            print(
                translate(ctx, "wrote %Ln file(s) under {home}", None, len(outcome.written)).format(home=home)
            )
        else:
            print(translate(ctx, "already up to date under {home}").format(home=home))
        print(translate(ctx, "menu entry: {path}").format(path=home / "applications" / f"{APP_ID}.desktop"))
        print(
            translate(ctx, "opens *.journey.json files with: {command}").format(
                command=shlex.join(launch_command())
            )
        )
    if outcome.tools:
        print(translate(ctx, "caches refreshed: {tools}").format(tools=", ".join(outcome.tools)))
    for warning in outcome.warnings:
        print(translate(ctx, "warning: {what}").format(what=warning), file=sys.stderr)
