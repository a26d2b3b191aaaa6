"""Presence: who is in the session, in which colour, what they have selected and
which card they are editing. Shared through pycrdt's ``Awareness`` (not stored in
the map): each peer publishes one small state, the host adds the session's own
(its title, whether it is read-only).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from ..model.vocabulary import PERSONA_COLOURS

COLOURS = PERSONA_COLOURS + ("#0EA5E9", "#84CC16", "#F43F5E", "#A16207")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_NAME, MAX_SELECTION = 80, 500
KEYS = {"name", "colour", "pid", "role", "selection", "editing", "session"}


def colour_for(name: str) -> str:
    """A stable colour for a name, so a person keeps theirs across sessions."""
    digest = hashlib.sha1(name.encode("utf-8"), usedforsecurity=False).digest()
    return COLOURS[digest[0] % len(COLOURS)]


def new_pid() -> str:
    """A participant id: random, stays the same while the app runs."""
    return secrets.token_hex(6)


def local_state(name: str, colour: str, pid: str, role: str) -> dict:
    return {
        "name": name[:MAX_NAME],
        "colour": colour,
        "pid": pid,
        "role": role,
        "selection": [],
        "editing": None,
    }


def _ids(value) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= MAX_SELECTION
        and all(isinstance(v, str) and len(v) <= 100 for v in value)
    )


def state_problem(state, role: str) -> str | None:
    """Why a presence state from a connection of ``role`` is refused, or None."""
    if state is None:
        return None  # leaving
    if not isinstance(state, dict):
        return "the state is not an object"
    if set(state) - KEYS:
        return f"unknown key {min(set(state) - KEYS)[:40]!r}"
    if "session" in state:
        return "only the host describes the session"
    name = state.get("name", "")
    if not isinstance(name, str) or len(name) > MAX_NAME:
        return "the name must be text of at most 80 characters"
    if "colour" in state and not (isinstance(state["colour"], str) and _COLOUR.match(state["colour"])):
        return "the colour must look like #3B82F6"
    if "pid" in state and not (isinstance(state["pid"], str) and len(state["pid"]) <= 40):
        return "the participant id is malformed"
    if state.get("role", "participant") not in ("participant", role):
        return "a participant cannot claim to be the host"
    if "selection" in state and not _ids(state["selection"]):
        return "the selection must be a list of ids"
    editing = state.get("editing")
    if editing is not None and not (isinstance(editing, str) and len(editing) <= 100):
        return "'editing' must be an id"
    return None


@dataclass(frozen=True)
class Person:
    """Someone in the session, as their presence state says."""

    client_id: int
    name: str
    colour: str
    role: str
    pid: str
    selection: tuple[str, ...]
    editing: str | None


def people(states: dict[int, dict]) -> list[Person]:
    """Everyone with a presence state (the host's session state is not a person),
    the host first, then by name."""
    out = []
    for client_id, state in states.items():
        if not isinstance(state, dict) or "name" not in state or state_problem(state, "host"):
            continue
        out.append(
            Person(
                client_id,
                state.get("name") or "?",
                state.get("colour") or colour_for(str(client_id)),
                state.get("role", "participant"),
                state.get("pid", ""),
                tuple(state.get("selection") or ()),
                state.get("editing"),
            )
        )
    return sorted(out, key=lambda p: (p.role != "host", p.name.lower(), p.client_id))


def session_info(states: dict[int, dict]) -> dict:
    """The host's description of the session (title, read_only), if it sent one."""
    for state in states.values():
        if isinstance(state, dict) and isinstance(state.get("session"), dict):
            return state["session"]
    return {}
