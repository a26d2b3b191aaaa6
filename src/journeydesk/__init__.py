"""JourneyDesk: an offline customer-journey-mapping editor with a graph model.

Scripting API::

    import journeydesk
    doc = journeydesk.load("shop.journey.json")
    doc.add_stage("Advocacy")
    journeydesk.save(doc, "shop.journey.json")

The names below load on first use (PEP 562): ``import journeydesk`` alone, which
every ``journeydesk`` command does first, pulls in neither networkx nor pydantic.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)

__version__ = "0.1.0"
__all__ = ["JourneyDocument", "LoadError", "SaveError", "__version__", "load", "save"]

# Public name -> the module that defines it.
_LAZY = {
    "JourneyDocument": ".model",
    "LoadError": ".io",
    "SaveError": ".io",
    "load": ".io",
    "save": ".io",
}

if TYPE_CHECKING:  # for type checkers and editors: the real imports
    from .io import LoadError, SaveError, load, save
    from .model import JourneyDocument


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
