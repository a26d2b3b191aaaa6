"""The frozen app's entry point: the same command line as the ``journeydesk``
script, so the built executable starts the editor (``journeydesk [FILE]``) and
runs every headless subcommand (``journeydesk export MAP -o out.pdf``)."""

import sys

from journeydesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
