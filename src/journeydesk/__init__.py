"""JourneyDesk: an offline customer-journey-mapping editor with a graph model.

Scripting API::

    import journeydesk
    doc = journeydesk.load("shop.journey.json")
    doc.add_stage("Advocacy")
    journeydesk.save(doc, "shop.journey.json")
"""

from .io import LoadError, SaveError, load, save
from .model import JourneyDocument

__version__ = "0.1.0"
__all__ = ["JourneyDocument", "LoadError", "SaveError", "__version__", "load", "save"]
