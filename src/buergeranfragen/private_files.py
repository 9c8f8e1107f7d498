"""Writing a file for its owner alone (a report, an Art. 15 export): through a hidden part file
beside the target, created 0600 and renamed when complete, so a reader never opens half a file
and an old file stays whole until then. Whatever lies at the part file's name (left from a
crash, or a link planted there to divert the data) is removed first and never followed. A disk
error is a German ``KnownError`` naming the file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from buergeranfragen.errors import KnownError
from buergeranfragen.messages import msg

FILE_MODE = 0o600


def _private(path: Path) -> None:
    try:
        path.chmod(FILE_MODE)
    except OSError:
        pass  # a file system without modes (a Windows share): nothing to do


def _discard(part: Path) -> None:
    try:
        part.unlink(missing_ok=True)
    except OSError:
        pass  # something that is no file (a folder) in the way: the refusal says why


def write_private(write: Callable[[Path], None], target: Path) -> Path:
    """``write(part)`` writes the content; the finished file is ``target``."""
    part = target.with_name(f".{target.name}.part")
    try:
        part.unlink(missing_ok=True)
        flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(part, flags, FILE_MODE))
        _private(part)
        write(part)
        _private(part)  # a writer that made the file anew gets the owner's mode back
        part.replace(target)
    except OSError as exc:
        _discard(part)
        raise KnownError(
            msg(
                "Die Datei {name} konnte nicht geschrieben werden: {reason}",
                name=str(target),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    except BaseException:
        _discard(part)
        raise
    return target
