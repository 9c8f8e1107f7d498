"""Moving the former attachment folder into the database: before schema 0006 attachments were
files under the data folder (``attachments/2026/BA-2026-00123_Bescheid.pdf``) and original
mails were cached in ``attachments/originale/``. At each start the attachments of this
database whose file is still there move in - each in a unit of work of its own, read in
chunks, the file removed only once its bytes are committed - and the folder goes when nothing
is left in it. A file that is missing (or differs in size from what was stored) stays noted at
its attachment: on a shared database another desk may have it and moves it in at its start;
opening it says where it was looked for."""

from __future__ import annotations

import logging
import os
import shutil
import stat
from pathlib import Path

from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.inquiries import blobs, repository
from buergeranfragen.messages import Message, msg

log = logging.getLogger(__name__)
ORIGINALS_CACHE = "originale"  # copies of originals that live in the database: dropped


class FormerAttachmentFolder:
    def __init__(self, factory: SessionFactory, folder: Path) -> None:
        self._factory = factory
        self.folder = folder

    def move_in(self) -> list[Message]:
        """Move this database's files in; a note for each file not found (or not usable)."""
        if not self.folder.is_dir():
            return []
        shutil.rmtree(self.folder / ORIGINALS_CACHE, ignore_errors=True)
        with reading(self._factory) as session:
            pending = repository.former_files(session)
        notes = []
        for former in pending:
            note = self._move_one(former)
            if note is not None:
                log.warning("attachment %s not moved into the database", former.attachment_id)
                notes.append(note)
        self._remove_empty()
        return notes

    def _file_of(self, former: repository.FormerFile) -> Path | None:
        """The attachment's file, if it is a regular file of the folder of the right size."""
        if not former.stored_path:
            return None
        base = self.folder.resolve()
        path = (self.folder / former.stored_path).resolve()
        if not path.is_relative_to(base):
            return None
        try:
            info = os.stat(path, follow_symlinks=False)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode) or info.st_size != former.size:
            return None
        return path

    def _move_one(self, former: repository.FormerFile) -> Message | None:
        path = self._file_of(former)
        if path is None:
            return msg(
                "Anhang Nr. {number}: die Datei {path} fehlt im früheren Anhang-Ordner und "
                "konnte nicht in die Datenbank übernommen werden.",
                number=former.attachment_id,
                path=str(self.folder / former.stored_path),
            )
        try:
            with transaction(self._factory) as session:
                blob = blobs.store_file(session, path)
                if blob.size != former.size:
                    raise OSError(f"{path}: size changed")
                repository.attach_blob(session, former.attachment_id, blob.id)
        except OSError as exc:
            return msg(
                "Anhang Nr. {number}: die Datei {path} kann nicht gelesen werden: {reason}.",
                number=former.attachment_id,
                path=str(path),
                reason=exc.strerror or str(exc),
            )
        path.unlink(missing_ok=True)  # its bytes are committed in the database
        return None

    def _remove_empty(self) -> None:
        """Remove the year folders and the folder itself when nothing is left in them (files of
        another database on this machine stay until that one moves them in)."""
        for folder in sorted(self.folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            if folder.is_dir() and not folder.is_symlink():
                try:
                    folder.rmdir()
                except OSError:
                    pass
        try:
            self.folder.rmdir()
        except OSError:
            pass
