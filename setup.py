"""Build hook: the example maps live in the repository's top-level ``examples/``
(tests and the README use them there) and the user guide in ``docs/guide/``;
wheels carry them as package data in ``journeydesk/examples/`` and
``journeydesk/guide/`` (the guide's Markdown files and pictures), where
``journeydesk.ui.examples`` and Help > User Guide look first.
Everything else about the build is in pyproject.toml."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildPyWithExamples(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's examples/ directly
        source = HERE / "examples"
        target = Path(self.build_lib) / "journeydesk" / "examples"
        maps = sorted(source.glob("*.journey.json"))
        if not maps:
            raise SystemExit(f"no example maps in {source}: the wheel would ship without them")
        target.mkdir(parents=True, exist_ok=True)
        for path in maps:
            self.copy_file(str(path), str(target / path.name))
        guide = Path(self.build_lib) / "journeydesk" / "guide"
        for path in guide_files():
            dest = guide / path.relative_to(HERE / "docs" / "guide")
            dest.parent.mkdir(parents=True, exist_ok=True)
            self.copy_file(str(path), str(dest))


def guide_files() -> list[Path]:
    """The user guide as the app shows it: README.md (English), guide_<lang>.md
    translations, and the pictures they show."""
    folder = HERE / "docs" / "guide"
    files = sorted(folder.glob("*.md")) + sorted((folder / "images").glob("*.png"))
    if not (folder / "README.md").is_file():
        raise SystemExit(f"no user guide in {folder}: the wheel would ship without it")
    return files


setup(cmdclass={"build_py": BuildPyWithExamples})
