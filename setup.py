"""Build hook: the example maps live in the repository's top-level ``examples/``
(tests and the README use them there); wheels carry them as package data in
``journeydesk/examples/``, where ``journeydesk.ui.examples`` looks first.
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


setup(cmdclass={"build_py": BuildPyWithExamples})
