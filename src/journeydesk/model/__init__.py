"""The live journey document (no Qt): a networkx graph behind one class."""

from .document import JourneyDocument, new_id
from .events import Change
from .fields import FieldError
from .removal import Removed

__all__ = ["Change", "FieldError", "JourneyDocument", "Removed", "new_id"]
