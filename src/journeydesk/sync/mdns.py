"""Optional mDNS (python-zeroconf): announce a session on the local network and
list the sessions others announce. Only the address, port and map title are
announced, never the join code. Tests never call this (no multicast in tests)."""

from __future__ import annotations

import logging
import socket

log = logging.getLogger("journeydesk.live")
SERVICE = "_journeydesk._tcp.local."


def available() -> bool:
    try:
        import zeroconf  # noqa: F401
    except ImportError:
        return False
    return True


class Announcement:
    def __init__(self, zc, info) -> None:
        self._zc, self._info = zc, info

    def close(self) -> None:
        try:
            self._zc.unregister_service(self._info)
        finally:
            self._zc.close()


def announce(title: str, port: int, address: str | None = None) -> Announcement | None:
    """Announce "Workshop: <title>"; None when zeroconf is missing or fails."""
    try:
        from zeroconf import ServiceInfo, Zeroconf

        from .serve import lan_address

        address = address or lan_address()
        name = f"Workshop: {title}"[:60].replace(".", " ")
        info = ServiceInfo(
            SERVICE,
            f"{name}.{SERVICE}",
            addresses=[socket.inet_aton(address)],
            port=port,
            properties={"title": title[:200], "path": "/journeydesk"},
        )
        zc = Zeroconf()
        zc.register_service(info)
        return Announcement(zc, info)
    except Exception as exc:  # noqa: BLE001 - mDNS is a nicety: the URL still works
        log.warning("could not announce the session on the network: %s", exc)
        return None


def browse(seconds: float = 1.5) -> list[tuple[str, str, int]]:
    """Sessions announced nearby: (title, address, port); empty without zeroconf."""
    try:
        import time

        from zeroconf import ServiceBrowser, Zeroconf
    except ImportError:
        return []
    found: dict[str, tuple[str, str, int]] = {}
    zc = Zeroconf()

    class Listener:
        def add_service(self, zc_, type_, name):
            info = zc_.get_service_info(type_, name, timeout=1000)
            if info and info.addresses:
                title = (info.properties or {}).get(b"title", b"").decode("utf-8", "replace")
                found[name] = (title or name, socket.inet_ntoa(info.addresses[0]), info.port)

        update_service = add_service

        def remove_service(self, zc_, type_, name):
            found.pop(name, None)

    try:
        ServiceBrowser(zc, SERVICE, Listener())
        time.sleep(seconds)
    finally:
        zc.close()
    return sorted(found.values())
