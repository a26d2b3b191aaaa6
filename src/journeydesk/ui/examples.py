"""The example maps offered by File > New from Example (no Qt).

Installed packages carry them as package data (``journeydesk/examples/*.json``, see
pyproject.toml); in a source checkout they live in the repository's ``examples/``
folder. ``examples()`` looks in the package first, then the checkout.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

_SUFFIX = ".journey.json"


@dataclass(frozen=True)
class Example:
    name: str  # file name without .journey.json, e.g. "online-store"
    title: str  # the map's title, for menus
    path: Path

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _folders() -> list[Path]:
    out: list[Path] = []
    try:
        packaged = resources.files("journeydesk") / "examples"
        if packaged.is_dir():
            out.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError, OSError):
        pass
    checkout = Path(__file__).resolve().parents[3] / "examples"
    if checkout.is_dir():
        out.append(checkout)
    return out


def _title(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
        title = data.get("map", {}).get("title")
        if isinstance(title, str) and title.strip():
            return title
    except (OSError, ValueError, AttributeError):
        pass
    return path.name[: -len(_SUFFIX)].replace("-", " ").capitalize()


def examples() -> list[Example]:
    """The example maps, by file name; the package's copy wins over the checkout's."""
    found: dict[str, Example] = {}
    for folder in _folders():
        for path in sorted(folder.glob(f"*{_SUFFIX}")):
            name = path.name[: -len(_SUFFIX)]
            if name not in found:
                found[name] = Example(name, _title(path), path)
    return sorted(found.values(), key=lambda e: e.name)


def example(name: str) -> Example | None:
    for e in examples():
        if e.name == name:
            return e
    return None
