"""The command line: ``journeydesk [FILE]`` starts the app; subcommands work headless.

Each subcommand lives in its own module and registers itself in ``COMMANDS``
through ``commands.py``. Exit codes: 0 ok, 1 invalid input, 2 wrong usage.

Everything printed for a person (help, reports, errors, argparse's own words)
is in the chosen language (``--lang``, else Preferences, else the system's);
``--json`` and other machine output never depend on it.
"""

from __future__ import annotations

import argparse
import sys

from ..i18n import LANGUAGES, set_language, translate
from ..i18n.choice import choose_language
from . import argtext
from .commands import COMMANDS
from .common import error_line, terminal_safe_output

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 already; keep its wording short
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            translate("cli", "{prog}: error: {message}").format(prog=self.prog, message=message) + "\n",
        )


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; every command is listed with its help, and only ``command``'s
    module is imported to add its options."""
    argtext.install()
    parser = _Parser(
        prog="journeydesk",
        description=translate(
            "cli",
            "JourneyDesk: customer journey maps you can analyse. With no command (or just a FILE), start the editor.",
        ),
        epilog=translate("cli", "Run 'journeydesk COMMAND --help' for a command's options."),
    )
    from .. import __version__

    parser.add_argument(
        "--version",
        action="version",
        version=f"journeydesk {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=translate("cli", "the language to speak: {codes} (default: as chosen in Preferences, "
                       "else the system's)").format(codes=_codes()),
    )  # fmt: skip
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help=translate(
            "cli",
            "add JourneyDesk to this user's application menu and open .journey.json files "
            "with it (Linux; files go under $XDG_DATA_HOME)",
        ),
    )
    desktop.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help=translate("cli", "remove what --install-desktop added"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, entry in COMMANDS.items():
        if name == command:  # only the command that runs is imported, for its options
            entry.configure(sub.add_parser(name, help=entry.help, description=entry.help))
        else:
            sub.add_parser(name, help=entry.help, add_help=False)
    return parser


def _command_in(argv: list[str]) -> str | None:
    """The subcommand named: the first word that is not an option (the options
    before a command take no value; --lang is read before)."""
    return next((a for a in argv if not a.startswith("-")), None)


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang CODE`` (or ``--lang=CODE``) before the command, and the rest."""
    if argv and argv[0] == "--lang":
        if len(argv) < 2:
            raise ValueError(translate("cli", "--lang needs a language: {codes}").format(codes=_codes()))
        return argv[1], argv[2:]
    if argv and argv[0].startswith("--lang="):
        return argv[0].split("=", 1)[1], argv[1:]
    return None, argv


def _codes() -> str:
    return ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(choose_language(None))  # until --lang is read (its own errors)
    try:
        lang, argv = take_language(argv)
    except ValueError as exc:
        print(error_line(str(exc)), file=sys.stderr)
        return EXIT_USAGE
    if lang is not None and lang not in LANGUAGES:
        message = translate("cli", "unknown language {code}; JourneyDesk speaks {codes}")
        print(error_line(message.format(code=repr(lang), codes=_codes())), file=sys.stderr)
        return EXIT_USAGE
    set_language(choose_language(lang))
    for stream in (sys.stdout, sys.stderr):
        # A map's text may be in any script; never die on a narrow console encoding.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if len(argv) > 1:
            print(error_line(translate("cli", "start the app with at most one FILE")), file=sys.stderr)
            return EXIT_USAGE
        from .gui import run_app

        return run_app(argv[0] if argv else None, lang)
    with terminal_safe_output():
        parser = build_parser(_command_in(argv))
        args = parser.parse_args(argv)
        if args.install_desktop or args.uninstall_desktop:
            if args.command is not None:
                parser.error(translate("cli", "--install-desktop and --uninstall-desktop take no command"))
            from .desktop import run_install

            return run_install(remove=args.uninstall_desktop)
        if args.command is None:
            parser.print_help()
            return EXIT_USAGE
        try:
            return COMMANDS[args.command].run(args)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return EXIT_OK
