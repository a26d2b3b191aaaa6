"""Who this window is in a live session, and the default port: read at start-up
(the comments dock signs with the name), so kept apart from the dialogs and the
network code, which load only when a session starts."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication

from .. import settings as S

DEFAULT_PORT = 8765


def user_name() -> str:
    name = S.settings().value("live/name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on this system
        return QCoreApplication.translate("JoinDialog", "Guest")


def remember_name(name: str) -> None:
    s = S.settings()
    s.setValue("live/name", name.strip())
    s.sync()
