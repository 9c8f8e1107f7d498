"""The command line: `buergeranfragen` starts the window; subcommands call the same services.

One module per command group (``contacts``, ``mail``, ``demo``, ``window``); ``main`` builds
the parser from them. Output is German for people and JSON Lines (one object per line) with
``--json``.
"""

from buergeranfragen.cli.main import build_parser, main
from buergeranfragen.cli.output import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from buergeranfragen.cli.window import display_problem, translate_links

__all__ = [
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "display_problem",
    "main",
    "translate_links",
]
