"""A live session as the window sees it: the person's ``LiveClient`` on the Qt
thread, the WebSocket connection (and, when hosting, the ``LiveHost``) on the
network thread. Hosting: the window's own client connects to its own host over
127.0.0.1 with the host token, the same path every participant takes."""

from __future__ import annotations

import logging

from pycrdt import Doc
from PySide6.QtCore import QObject, QTimer, Signal

from ...model import JourneyDocument
from ...sync.client import Connection, LiveClient
from ...sync.host import LiveHost, pretty_code
from ...sync.serve import lan_address
from .bridge import Mailbox, NetworkThread

log = logging.getLogger("journeydesk.live")
FINAL = ("removed", "ended", "refused", "closed")


class LiveSession(QObject):
    """``statusChanged(status)``: connecting, online, offline, or a final removed,
    ended, refused, closed. ``peopleChanged``: presence or session state changed.
    ``remoteChanged``: someone else's edit reached the document. ``joined(doc)``:
    a participant's map arrived."""

    statusChanged = Signal(str)
    peopleChanged = Signal()
    remoteChanged = Signal()
    joined = Signal(object)

    def __init__(self, client: LiveClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.host: LiveHost | None = None
        self.address = ""
        self.status = "connecting"
        self.detail = ""
        self._mailbox = Mailbox(self)
        self._net = NetworkThread()
        self._connection: Connection | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(5000)
        self._ticker.timeout.connect(self.client.tick)
        self._ticker.start()
        client.on_presence.append(self.peopleChanged.emit)
        client.on_remote.append(self.remoteChanged.emit)
        client.on_joined.append(self.joined.emit)
        self.ended = False

    # ------------------------------------------------------------ starting
    @classmethod
    def host_map(cls, doc: JourneyDocument, name: str, *, bind: str = "0.0.0.0", port: int = 0, parent=None):
        """Share ``doc``; raises OSError when the address cannot be listened on."""
        client = LiveClient(doc, name=name, role="host")
        session = cls(client, parent)
        room = Doc()
        room.apply_update(client.ydoc.get_update())  # the room starts with the whole map
        session.host = LiveHost(room, host=bind, port=port, title=doc.meta["title"])
        session.host.on_change.append(lambda: session._mailbox.post(session.peopleChanged.emit))
        session.host.on_sync.append(lambda full: None)
        try:
            session._net.submit(session.host.start()).result(10)
        except BaseException:
            session._net.stop()
            raise
        session.address = (
            "127.0.0.1"
            if bind in ("127.0.0.1", "localhost")
            else (lan_address() if bind in ("", "0.0.0.0") else bind)
        )
        session._connect(session.host.url("127.0.0.1", token=session.host.host_token))
        return session

    @classmethod
    def join_map(cls, url: str, name: str, parent=None):
        session = cls(LiveClient(name=name), parent)
        session._connect(url)
        return session

    def _connect(self, url: str) -> None:
        self._connection = Connection(
            self.client,
            url,
            deliver=self._mailbox.post,
            on_status=lambda status, detail: self._mailbox.post(self._status, status, detail),
        )
        self._net.submit(self._connection.run())

    def _status(self, status: str, detail: str) -> None:
        self.status, self.detail = status, detail
        self.statusChanged.emit(status)

    # ------------------------------------------------------------ reading
    @property
    def is_host(self) -> bool:
        return self.host is not None

    @property
    def url(self) -> str:
        return self.host.url(self.address) if self.host else ""

    @property
    def code(self) -> str:
        return pretty_code(self.host.token) if self.host else ""

    @property
    def online(self) -> bool:
        return self.client.online

    def people(self):
        return self.client.people()

    def read_only(self) -> bool:
        if self.host is not None:
            return self.host.read_only
        return self.client.read_only

    # ------------------------------------------------------------ doing
    def set_presence(self, **fields) -> None:
        self.client.set_presence(**fields)

    def set_read_only(self, on: bool) -> None:
        if self.host is not None:
            self._net.call(self.host.set_read_only, on)

    def remove(self, pid: str) -> None:
        if self.host is not None:
            self._net.submit(self.host.remove(pid))

    def set_title(self, title: str) -> None:
        if self.host is not None:
            self._net.call(self.host.set_title, title)

    def go_offline(self, offline: bool = True) -> None:
        """Tests: pretend the network went away (or came back)."""
        if self._connection is not None:
            self._connection.go_offline(offline)

    def end(self) -> None:
        """Leave (or, hosting, end) the session; the document stays as it is."""
        if self.ended:
            return
        self.ended = True
        self._ticker.stop()
        try:
            if self._connection is not None:
                self._net.submit(self._connection.close()).result(3)
            if self.host is not None:
                self._net.submit(self.host.stop()).result(8)
        except Exception:
            log.exception("the live session did not close cleanly")
        self._net.stop()
        self._mailbox.closed = True
        self.client.close()
