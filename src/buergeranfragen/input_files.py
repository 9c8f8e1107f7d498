"""Reading a file the user handed over (`contacts import`, `mail import`, drag and drop, the file
dialogs) without trusting it: only a regular file is read (a FIFO or a device such as
/dev/zero is refused before it is opened, and it is opened non-blocking, so a file swapped for a
FIFO meanwhile cannot hang the program), never more than ``max_bytes``, and every problem is a
``KnownError`` with a German message (the caller names the file next to it).

    data = read_input_file(path, max_bytes)   # bytes, or raises UnreadableInput
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from buergeranfragen.errors import KnownError
from buergeranfragen.messages import msg

_CHUNK = 1024 * 1024
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class UnreadableInput(KnownError):
    """The file cannot be read at all (missing, a folder, a device, too large, no rights)."""


def shown_path(path: Path | str) -> str:
    """A path for people and for UTF-8 output: bytes of the name that are not UTF-8 (kept by
    Python as surrogates) shown as "�" instead of breaking the output."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "replace")
    return text


def _megabytes(size: int) -> int:
    return max(1, -(-size // (1024 * 1024)))


def _too_large(size: int | None, max_bytes: int) -> UnreadableInput:
    if size is None:
        return UnreadableInput(
            msg(
                "Die Datei ist größer als {limit} MB und wird nicht gelesen.",
                limit=_megabytes(max_bytes),
            )
        )
    return UnreadableInput(
        msg(
            "Die Datei ist mit {size} MB zu groß (höchstens {limit} MB).",
            size=_megabytes(size),
            limit=_megabytes(max_bytes),
        )
    )


def _os_error(exc: OSError) -> UnreadableInput:
    if isinstance(exc, FileNotFoundError):
        return UnreadableInput(msg("Die Datei gibt es nicht."))
    if isinstance(exc, IsADirectoryError):
        return UnreadableInput(msg("Das ist ein Ordner, keine Datei."))
    if isinstance(exc, PermissionError):
        return UnreadableInput(msg("Die Datei darf nicht gelesen werden (fehlende Leserechte)."))
    if exc.errno == errno.ENAMETOOLONG:
        return UnreadableInput(msg("Der Dateiname ist zu lang."))
    return UnreadableInput(
        msg("Die Datei ist nicht lesbar ({reason}).", reason=exc.strerror or str(exc))
    )


def _check_kind(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise UnreadableInput(msg("Das ist ein Ordner, keine Datei."))
    if not stat.S_ISREG(mode):
        raise UnreadableInput(
            msg(
                "Das ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein "
                "Socket) und wird nicht gelesen."
            )
        )


def read_input_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; ``UnreadableInput`` otherwise."""
    try:
        _check_kind(os.stat(path).st_mode)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _os_error(exc) from exc
    try:
        info = os.fstat(fd)
        _check_kind(info.st_mode)  # swapped for a FIFO or a device since the check above
        if info.st_size > max_bytes:
            raise _too_large(info.st_size, max_bytes)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # grew while being read
                raise _too_large(None, max_bytes)
        return b"".join(chunks)
    except OSError as exc:
        raise _os_error(exc) from exc
    finally:
        os.close(fd)
