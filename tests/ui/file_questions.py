"""The autouse fixture that answers the file guard's questions in Qt tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _file_questions_answered(monkeypatch):
    """The file guard's questions (someone has the map open, the file changed on
    disk) would block a test in a modal dialog: a test that opens one map twice
    gets Read-Only, a changed file is left alone, unless the test answers itself.
    ``asked`` lists the questions put."""
    from journeydesk.ui import file_guard

    asked: list[tuple[str, tuple]] = []

    def answer(name, value):
        def ask(*args):
            asked.append((name, args))
            return value

        return ask

    monkeypatch.setattr(file_guard, "ask_locked", answer("locked", file_guard.READ_ONLY))
    monkeypatch.setattr(file_guard, "ask_changed_on_disk", answer("changed", file_guard.CANCEL))
    monkeypatch.setattr(file_guard, "ask_reload", answer("reload", False))
    return asked
