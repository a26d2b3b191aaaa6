"""The live journey document (no Qt): a networkx graph behind one class."""

from .document import JourneyDocument, Removed, new_id
from .events import Change
from .fields import FieldError

__all__ = ["Change", "FieldError", "JourneyDocument", "Removed", "new_id"]
