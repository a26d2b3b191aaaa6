"""argparse's own words ("usage:", "options", "the following arguments are
required") in the language the command line speaks.

argparse looks its messages up through gettext's ``_`` and ``ngettext``, which
it imports as module globals; ``install()`` points them at our catalogs. Its
messages are listed here for extraction (``pyside6-lupdate`` reads only our
source); a message a newer Python adds and this list lacks stays English.
Messages that only a programming mistake can show (a conflicting option) are
left out.
"""

from __future__ import annotations

import argparse

from ..i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"

MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "optional arguments"),  # Python 3.9 and older
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
)
# ngettext's (singular, plural) pairs, translated as one "(s)" message.
PLURALS = {
    ("expected %s argument", "expected %s arguments"): QT_TRANSLATE_NOOP(
        "argparse", "expected %s argument(s)"
    ),
}


def gettext(message: str) -> str:
    return translate(CONTEXT, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    combined = PLURALS.get((singular, plural))
    if combined is None:
        return singular if n == 1 else plural
    return translate(CONTEXT, combined, None, n)


def install() -> None:
    """Make argparse speak the current language (idempotent)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
