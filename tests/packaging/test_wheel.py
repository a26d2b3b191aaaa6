"""``python -m build`` makes the sdist and the wheel (the wheel built from the
sdist, as pip would), twine accepts both, and the wheel installed in a clean venv
is a whole JourneyDesk: fonts, examples and desktop files inside, the command line
validates and exports, and the editor starts on an example and quits."""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import (
    EXAMPLE_NAME,
    EXAMPLE_TITLE,
    ROOT,
    quit_with_keyboard,
    run,
    stop,
    user_env,
    wait_for_window,
)
from pypdf import PdfReader

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    env = user_env(tmp_path_factory.mktemp("build-user"))
    run([sys.executable, "-m", "build", "--outdir", out, ROOT], env=env, timeout=600)
    return out


@pytest.fixture(scope="module")
def wheel(dist) -> Path:
    (found,) = dist.glob("journeydesk-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(tmp_path_factory, wheel) -> Path:
    """A fresh venv (no system site-packages) with only the wheel and its dependencies."""
    where = tmp_path_factory.mktemp("venv")
    env = user_env(where)
    run([sys.executable, "-m", "venv", where / "venv"], env=env)
    run([where / "venv" / "bin" / "python", "-m", "pip", "install", "-q", wheel], env=env, timeout=900)
    return where / "venv"


def packaged(venv: Path) -> Path:
    """The installed package's folder (site-packages/journeydesk)."""
    proc = run(
        [
            venv / "bin" / "python",
            "-c",
            "import journeydesk, os; print(os.path.dirname(journeydesk.__file__))",
        ]
    )
    return Path(proc.stdout.strip())


def test_build_makes_an_sdist_and_a_wheel_that_twine_accepts(dist):
    names = sorted(p.name for p in dist.iterdir())
    assert any(n.endswith(".tar.gz") for n in names) and any(n.endswith(".whl") for n in names), names
    run([sys.executable, "-m", "twine", "check", "--strict", *sorted(dist.iterdir())])


def test_the_wheel_carries_fonts_examples_and_desktop_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    examples = sorted(p.name for p in (ROOT / "examples").glob("*.journey.json"))
    assert examples
    for name in examples:
        assert f"journeydesk/examples/{name}" in names
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert f"journeydesk/resources/fonts/{name}" in names
    linux = "journeydesk/resources/linux/"
    for name in (
        "app.journeydesk.JourneyDesk.desktop",
        "app.journeydesk.JourneyDesk.metainfo.xml",
        "app.journeydesk.JourneyDesk.mime.xml",
        "icons/hicolor/scalable/apps/app.journeydesk.JourneyDesk.svg",
        "icons/hicolor/48x48/apps/app.journeydesk.JourneyDesk.png",
    ):
        assert linux + name in names
    # Whatever else ships beside the code (translations when they land) comes too.
    shipped = {
        str(p.relative_to(ROOT / "src"))
        for p in (ROOT / "src" / "journeydesk").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    }
    assert shipped <= names, sorted(shipped - names)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_the_sdist_carries_what_builds_and_tests_it(dist):
    import tarfile

    (sdist,) = dist.glob("journeydesk-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for name in (
        "setup.py",
        "pyproject.toml",
        "README.md",
        "examples/online-store.journey.json",
        "packaging/journeydesk.spec",
        "tests/conftest.py",
    ):
        assert name in names, name


def test_the_installed_command_line_works(venv, tmp_path):
    env = user_env(tmp_path)
    jd = venv / "bin" / "journeydesk"
    assert run([jd, "--version"], env=env).stdout.startswith("journeydesk ")
    examples = sorted((packaged(venv) / "examples").glob("*.journey.json"))
    assert len(examples) == len(list((ROOT / "examples").glob("*.journey.json")))
    out = run([jd, "validate", *examples], env=env).stderr  # 'ok' lines go with the problems
    assert out.count(": ok") == len(examples)
    pdf = tmp_path / "map.pdf"
    run([jd, "export", packaged(venv) / "examples" / EXAMPLE_NAME, "-o", pdf], env=env)
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    assert EXAMPLE_TITLE in reader.pages[0].extract_text()
    assert b"/FontFile2" in pdf.read_bytes()  # DejaVu, embedded from the package data
    assert "FRICTION HOTSPOTS" in run([jd, "analyze", examples[0]], env=env).stdout


def test_the_installed_app_lists_its_examples(venv, tmp_path):
    code = "from journeydesk.ui.examples import examples\nfor e in examples(): print(e.name, e.path)\n"
    out = run([venv / "bin" / "python", "-c", code], env=user_env(tmp_path)).stdout.split("\n")
    names = [line.split()[0] for line in out if line]
    assert "online-store" in names
    assert all(str(packaged(venv)) in line for line in out if line)


def test_the_installed_editor_opens_an_example_offscreen(venv, tmp_path):
    """File > New from Example, from the wheel's own copy of the maps."""
    code = (
        "from journeydesk.ui.app import make_app\n"
        "from journeydesk.ui.main_window import MainWindow\n"
        "app = make_app()\n"
        "w = MainWindow(); w.show()\n"
        "assert w.new_from_example('online-store')\n"
        "print(w.document.count('touchpoint'), w.document.meta['title'])\n"
        "w.teardown()\n"
    )
    env = user_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    out = run([venv / "bin" / "python", "-c", code], env=env).stdout.split(" ", 1)
    assert int(out[0]) > 10 and out[1].strip() == EXAMPLE_TITLE


def test_the_installed_editor_starts_on_an_example_and_quits(venv, xvfb, tmp_path):
    env = user_env(tmp_path, DISPLAY=xvfb)
    example = packaged(venv) / "examples" / EXAMPLE_NAME
    launched = time.monotonic()
    proc = subprocess.Popen(
        [venv / "bin" / "journeydesk", example],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = wait_for_window(xvfb, EXAMPLE_NAME, launched, proc)
        assert window.pid == proc.pid
        quit_with_keyboard(xvfb, window)
        _out, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    finally:
        stop(proc)


def test_the_installed_app_installs_its_desktop_files(venv, tmp_path):
    env = user_env(tmp_path)
    run([venv / "bin" / "journeydesk", "--install-desktop"], env=env)
    data = Path(env["XDG_DATA_HOME"])
    entry = (data / "applications" / "app.journeydesk.JourneyDesk.desktop").read_text()
    assert f"Exec={venv / 'bin' / 'journeydesk'} %f" in entry
    assert (data / "mime" / "packages" / "app.journeydesk.JourneyDesk.xml").is_file()
    assert (data / "icons/hicolor/256x256/apps/app.journeydesk.JourneyDesk.png").is_file()
