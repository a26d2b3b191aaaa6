"""Helpers the subcommands share: loading files and printing problems (light to
import: io is loaded when a file is)."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from ..i18n import translate

if TYPE_CHECKING:  # io and the model are imported when a file is read: --help needs neither
    from ..model import JourneyDocument


def error_line(message: str, command: str | None = None) -> str:
    """ "journeydesk: error: ..." or "journeydesk export: error: ..."."""
    if command is None:
        return translate("cli", "journeydesk: error: {message}").format(message=message)
    return translate("cli", "journeydesk {command}: error: {message}").format(
        command=command, message=message
    )


def warning_line(message: str, command: str) -> str:
    """ "journeydesk export: warning: ..."."""
    return translate("cli", "journeydesk {command}: warning: {message}").format(
        command=command, message=message
    )


def bug_line(path: str, exc: BaseException, reading: bool = True) -> str:
    """One line for a bug met on a file: what broke, and please report it."""
    from ..io.errors import one_line

    what = one_line(f"{type(exc).__name__}: {exc}")[:300]
    message = (
        translate("cli", "{path}: JourneyDesk could not read this file ({what}); please report this")
        if reading
        else translate("cli", "{path}: JourneyDesk could not import this file ({what}); please report this")
    )
    return message.format(path=one_line(path), what=what)


def load_checked(path: str) -> tuple[JourneyDocument | None, list[str]]:
    """Load a map; return it, or None and one ``FILE: PLACE: what`` line per problem.

    A bad file is never a traceback. Neither is a bug in JourneyDesk met while
    reading one: that is reported as one line too (set JOURNEYDESK_DEBUG=1 to
    see the traceback)."""
    from ..io import LoadError, load

    try:
        return load(path), []
    except LoadError as err:
        return None, err.lines()
    except Exception as exc:
        if os.environ.get("JOURNEYDESK_DEBUG"):
            raise
        return None, [bug_line(path, exc)]


def load_or_report(path: str) -> JourneyDocument | None:
    """Load a map, or print its problems (one line each) to stderr and return None."""
    doc, problems = load_checked(path)
    for line in problems:
        print(line, file=sys.stderr)
    return doc


# Everything the command line prints passes here: a title or a file name may hold
# escape sequences (ESC, the C1 CSI, an OSC 52 that writes the clipboard), and
# no text from a file may reach the terminal as a command. Line breaks and tabs
# pass; the rest is shown as \\uXXXX (also a valid escape inside --json strings).
_UNSAFE = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029]")


def terminal_safe(text: str) -> str:
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _SafeStream:
    """A text stream whose ``write`` escapes control characters."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def terminal_safe_output() -> Iterator[None]:
    """Make sys.stdout and sys.stderr escape control characters meanwhile."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeStream(out), _SafeStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
