"""LoadError: the one error a bad map file gives, in words a designer understands."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import translate
from ..model.fields import CONTROL


def one_line(text: str) -> str:
    """Show line breaks and other control characters as escapes (\\n, \\x1b,
    \\x9b), so one problem is always one line of output and nothing read from a
    file can send a terminal an escape sequence."""
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (``line 3, column 7`` or a path such as
    ``touchpoints[3].stage``, or ``""`` for the whole file) and what."""

    place: str
    message: str

    def format(self, file: str) -> str:
        file, place, message = one_line(file), one_line(self.place), one_line(self.message)
        return f"{file}: {place}: {message}" if place else f"{file}: {message}"


class LoadError(Exception):
    """A map file could not be read. ``str(err)`` names the file, the place and
    what is wrong; ``problems`` lists every problem found."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = str(file)
        self.problems = list(problems) or [Problem("", translate("io.load", "cannot be read"))]
        first = self.problems[0].format(self.file)
        more = len(self.problems) - 1
        if more:
            first = translate("io.load", "{problem} (and %Ln more problem(s))", None, more).format(
                problem=first
            )
        super().__init__(first)

    def lines(self) -> list[str]:
        """One line per problem: ``FILE: PLACE: what is wrong``."""
        return [p.format(self.file) for p in self.problems]


class SaveError(Exception):
    """A map could not be written; the file that was there is untouched."""


class ReadOnlyError(SaveError):
    """The file is read-only (no write permission): save under another name."""
