"""What every process of the program sets up first (the command line and the window alike):
files created private, and one rotating log.

- ``make_files_private``: the process umask 0077, so the database, its backups, the log,
  exports and temporary files are created 0600 (folders 0700) from the start - nothing is
  chmod-ed afterwards, and a file the user made read-only is never touched.
- ``setup_logging``: the logger ``buergeranfragen`` (core, command line and window) writes to
  ``<log folder>/buergeranfragen.log``, rotated at 1 MB, three old files kept. The log holds
  references, counts, message templates and error types - no names, addresses, passwords
  or mail text (use ``log_message`` for a ``Message``: its template only, without values).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from buergeranfragen.messages import Message

PRIVATE_UMASK = 0o077
LOG_FILE_NAME = "buergeranfragen.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("buergeranfragen")
# without a log file (not set up, or it could not be created) records go nowhere: Python's
# last-resort handler would print them, values unfilled, beside the user's message
log.addHandler(logging.NullHandler())


def make_files_private() -> int:
    """Set the umask 0077; returns the previous one."""
    return os.umask(PRIVATE_UMASK)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose new file (after a rollover) is created 0600 too, whatever the
    umask."""

    def _open(self):  # type: ignore[no-untyped-def]  # (typeshed: a TextIOWrapper)
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(log_dir: Path) -> Path:
    """Log to ``log_dir/buergeranfragen.log`` (created 0600 in a 0700 folder); replaces a log
    file set up before. Raises OSError when the folder or file cannot be created."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    log_file = log_dir / LOG_FILE_NAME
    if not log_file.exists():
        os.close(os.open(log_file, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file


def log_message(message: Message) -> str:
    """A message for the log: its template, without the values (which may be personal)."""
    return message.template
