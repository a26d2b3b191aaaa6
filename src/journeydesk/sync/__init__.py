"""Live sessions (no Qt): a room of laptops co-editing one map over the Yjs CRDT.

``binding`` keeps a ``JourneyDocument`` equal to a ``pycrdt.Doc``; ``layout``
says how a map sits in the CRDT; ``undo`` gives each person an undo of their own
edits; ``host`` and ``client`` carry the CRDT over WebSockets (pycrdt-websocket's
room on the host, the y-sync messages of pycrdt on each side); ``guard`` is what
the host checks before a message reaches the room; ``presence`` the names,
colours and selections people share.
"""

from .binding import Binding, LocalOrigin, build_document, copy_doc

__all__ = ["Binding", "LocalOrigin", "build_document", "copy_doc"]
