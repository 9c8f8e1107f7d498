"""Opening an attachment: its bytes are written into a private folder of this process (0700
from the start, a subfolder per file, removed at exit) under a safe name, and only document
types on an allow-list open without a question; everything else is asked about first, naming
the type (``open_check``; the question itself is the window's)."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import stat
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from buergeranfragen.inquiries.attachments import safe_filename
from buergeranfragen.messages import Message, msg

_IMAGES = {"png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff"}
_PROGRAMS = {
    "exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "cpl", "msc", "xll", "jar",
    "appimage", "desktop", "sh", "run", "bin", "gadget", "application", "dll", "sys",
}  # fmt: skip
_SCRIPTS = {
    "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "py", "pyw", "pyc", "pl", "rb",
    "php", "hta", "command", "applescript", "scpt",
}  # fmt: skip
_SHORTCUTS = {"lnk", "url", "scf", "inf", "reg", "website", "webloc", "library-ms"}
_MACROS = {
    "doc", "dot", "docm", "dotm", "xls", "xlt", "xlsm", "xltm", "xlam", "xlsb", "ppt", "pot",
    "pptm", "potm", "ppam", "ppsm", "pps", "rtf",
}  # fmt: skip
_ACTIVE = {"html", "htm", "xhtml", "shtml", "svg", "svgz", "mht", "mhtml", "chm", "xml", "hlp"}
_CONTAINERS = {"zip", "rar", "7z", "gz", "tar", "cab", "iso", "img", "vhd", "vhdx", "dmg"}


@dataclass(frozen=True)
class OpenCheck:
    """Whether to ask before opening, and what kind of file it is (for the question)."""

    ask: bool
    kind: Message


def _allowed(suffix: str) -> Message | None:  # noqa: PLR0911 - one answer per type
    """The description of a document type that opens without a question."""
    if suffix == "pdf":
        return msg("PDF-Dokument")
    if suffix == "txt":
        return msg("Textdatei")
    if suffix == "csv":
        return msg("CSV-Tabelle")
    if suffix in _IMAGES:
        return msg("Bild (.{suffix})", suffix=suffix)
    if suffix == "docx":
        return msg("Word-Dokument")
    if suffix == "xlsx":
        return msg("Excel-Tabelle")
    if suffix == "pptx":
        return msg("PowerPoint-Präsentation")
    if suffix in ("odt", "ods", "odp"):
        return msg("OpenDocument-Datei (.{suffix})", suffix=suffix)
    if suffix == "eml":
        return msg("E-Mail")
    if suffix == "msg":
        return msg("Outlook-E-Mail")
    return None


def _asked(suffix: str) -> Message:  # noqa: PLR0911 - one answer per group
    if not suffix:
        return msg("Datei ohne Endung")
    if suffix in _PROGRAMS:
        return msg("Programm (.{suffix})", suffix=suffix)
    if suffix in _SCRIPTS:
        return msg("Skript, das ein Programm ausführt (.{suffix})", suffix=suffix)
    if suffix in _SHORTCUTS:
        return msg("Verknüpfung oder Systemeinstellung (.{suffix})", suffix=suffix)
    if suffix in _MACROS:
        return msg("Office-Dokument, das Makros enthalten kann (.{suffix})", suffix=suffix)
    if suffix in _ACTIVE:
        return msg("Webseite oder Datei mit Skripten (.{suffix})", suffix=suffix)
    if suffix in _CONTAINERS:
        return msg("Archiv oder Datenträgerabbild (.{suffix})", suffix=suffix)
    return msg("Unbekannter Dateityp (.{suffix})", suffix=suffix)


def open_check(filename: str) -> OpenCheck:
    """Ask first unless the name the file gets on disk (``safe_filename``: no trailing dots,
    no direction characters) ends in a document type of the allow-list."""
    name = safe_filename(filename)
    stem, dot, suffix = name.rpartition(".")
    suffix = suffix.casefold() if dot and stem else ""
    allowed = _allowed(suffix) if suffix else None
    if allowed is not None:
        return OpenCheck(False, allowed)
    return OpenCheck(True, _asked(suffix))


FOLDER_PREFIX = "buergeranfragen-"
_LEFT_BEHIND = re.compile(rf"^{FOLDER_PREFIX}(\d+)-\w+$")


def remove_left_behind(parent: Path) -> int:
    """Remove the opened-attachment folders of this user's processes that ended without
    cleaning up (killed, crashed); a folder whose process still runs stays. Returns how many
    were removed."""
    removed = 0
    try:
        candidates = list(parent.iterdir())
    except OSError:
        return 0
    for folder in candidates:
        match = _LEFT_BEHIND.match(folder.name)
        if match is None:
            continue
        try:
            info = folder.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            continue
        if _running(int(match.group(1))):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process of that number: leave the folder
    return True


class PrivateFolder:
    """Where opened attachments are written: a folder of this process only, made by
    ``mkdtemp`` (0700 from the start) on first use - under ``parent`` if given - and removed
    when the process ends (or on ``remove``). Each file gets a subfolder of its own, so two
    attachments of the same name never meet."""

    def __init__(self, parent: Path | None = None) -> None:
        self._parent = parent
        self._path: Path | None = None
        self._lock = threading.Lock()

    def _root(self) -> Path:
        with self._lock:
            if self._path is not None and not self._path.is_dir():
                self._path = None  # removed under the running program (a /tmp cleaner): anew
            if self._path is None:
                if self._parent is not None:
                    self._parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                parent = self._parent or Path(tempfile.gettempdir())
                remove_left_behind(parent)
                self._path = Path(
                    tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-", dir=parent)
                )
                atexit.register(shutil.rmtree, self._path, True)
            return self._path

    def new_file(self, filename: str) -> tuple[Path, int]:
        """A new, empty file (0600, opened for writing: its descriptor) under a safe name."""
        folder = Path(tempfile.mkdtemp(prefix="a", dir=self._root()))
        path = folder / safe_filename(filename)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
        flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        return path, os.open(path, flags, 0o600)

    def remove(self) -> None:
        with self._lock:
            if self._path is not None:
                shutil.rmtree(self._path, ignore_errors=True)
                self._path = None
