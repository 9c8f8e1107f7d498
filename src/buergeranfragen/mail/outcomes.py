"""What became of one mail (``MailOutcome``, ``MailReport``) and how an error while handling
it is judged and logged: trouble of the environment (``environment_error``) means retry later,
anything else is this mail's; the log gets an error's type and stack, never its text."""

from __future__ import annotations

import errno
import logging
import traceback
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from buergeranfragen.errors import DatabaseUnavailable
from buergeranfragen.messages import Message, msg
from buergeranfragen.runtime import log_message

log = logging.getLogger("buergeranfragen.mail")

# OSErrors of the environment (a full, failing or read-only disk, missing rights, exhausted
# resources): they pass, so the mail is tried again later. Any other OSError (a name too long,
# an invalid argument) would come back with this mail every time: the mail is rejected.
ENVIRONMENT_ERRNOS = frozenset(
    getattr(errno, name)
    for name in (
        "ENOSPC",
        "EDQUOT",
        "EIO",
        "EROFS",
        "EACCES",
        "EPERM",
        "EAGAIN",
        "EBUSY",
        "EINTR",
        "ENOMEM",
        "EMFILE",
        "ENFILE",
        "ETIMEDOUT",
        "ENOLCK",
        "ESTALE",
        "ENXIO",
        "ENODEV",
    )
    if hasattr(errno, name)
)


class MailOutcome(StrEnum):
    IMPORTED = "imported"
    THREADED = "threaded"  # added to the inquiry it answers (``reference``)
    DUPLICATE = "duplicate"
    REJECTED = "rejected"  # final; the original is kept in the "Nicht übernommen" list
    RETRY_LATER = "retry"  # the database or the disk had trouble: nothing stored, try again

    @property
    def stored(self) -> bool:
        """The mail is in the database: as an inquiry, in one, or it was already."""
        return self in (MailOutcome.IMPORTED, MailOutcome.THREADED, MailOutcome.DUPLICATE)

    @property
    def final(self) -> bool:
        """Handled for good: a mailbox may move past the mail."""
        return self is not MailOutcome.RETRY_LATER


@dataclass(frozen=True)
class MailReport:
    """What happened to one mail file (the JSON of `mail import`)."""

    file: str
    status: MailOutcome
    reference: str | None = None
    kind: str | None = None
    from_email: str = ""
    from_name: str = ""
    forwarded_by: str = ""
    subject: str = ""
    received_at: str | None = None
    attachments: int = 0
    warnings: tuple[Message, ...] = ()
    error: Message | None = None
    inquiry_id: int | None = None
    # stored without a contact (the display name picked none of the contacts that share the
    # sender's address): the ids of those it may be from; None when a contact was chosen
    contact_candidates: tuple[int, ...] | None = None
    rejected_id: int | None = None  # the entry in the "Nicht übernommen" list
    # threaded: the inquiry was finished or closed and is open again / waited in Rückfrage
    reopened: bool = False
    resumed: bool = False
    # imported as a new inquiry because a stranger named this one's reference in the subject
    linked_reference: str | None = None
    # the file could not be read at all (missing, no regular file, too large, no rights):
    # `mail import` then exits with 1
    unreadable: bool = False

    def to_json(self) -> dict[str, Any]:
        """The documented JSON of `mail import --json` (messages in German); a mail stored
        without a contact adds ``contact_candidates``."""
        candidates = (
            {}
            if self.contact_candidates is None
            else {"contact_candidates": list(self.contact_candidates)}
        )
        kept = {} if self.rejected_id is None else {"rejected_id": self.rejected_id}
        threaded = (
            {"reopened": self.reopened, "resumed": self.resumed}
            if self.status is MailOutcome.THREADED
            else {}
        )
        linked = (
            {"linked_reference": self.linked_reference}
            if self.status is MailOutcome.IMPORTED
            else {}
        )
        return {
            "file": self.file,
            "status": self.status.value,
            "reference": self.reference,
            "kind": self.kind,
            "from_email": self.from_email,
            "from_name": self.from_name,
            "forwarded_by": self.forwarded_by,
            "subject": self.subject,
            "received_at": self.received_at,
            "attachments": self.attachments,
            "warnings": [str(w) for w in self.warnings],
            "error": str(self.error) if self.error is not None else None,
            **candidates,
            **kept,
            **threaded,
            **linked,
        }


def refused(file: str, error: Message) -> MailReport:
    log.info("mail refused: %s", log_message(error))
    return MailReport(file, MailOutcome.REJECTED, error=error)


def retry(file: str, error: Message) -> MailReport:
    return MailReport(file, MailOutcome.RETRY_LATER, error=error)


def environment_error(exc: BaseException) -> bool:
    """Trouble of the database or the disk that passes (retry later), not of this mail."""
    if isinstance(exc, DatabaseUnavailable):
        return True
    return isinstance(exc, OSError) and exc.errno in ENVIRONMENT_ERRNOS


def log_error(text: str, label: str, exc: BaseException) -> None:
    """Log an error of one mail: its type and where it happened (the stack), never its text -
    a database driver's text holds the statement's values and the row (subject, body,
    addresses), other errors may quote the mail."""
    stack = "".join(traceback.format_tb(exc.__traceback__))
    log.error(
        "%s %s: %s\nTraceback (most recent call last):\n%s", text, label, type(exc).__name__, stack
    )


def unexpected_error(label: str, exc: BaseException) -> Message:
    """Log a bug met while handling a mail; the message for its report."""
    log_error("Unerwarteter Fehler bei der Mail", label, exc)
    return msg(
        "Beim Übernehmen trat ein unerwarteter Fehler auf ({reason}); Einzelheiten stehen im "
        "Protokoll.",
        reason=type(exc).__name__,
    )


def disk_trouble(exc: OSError) -> Message:
    return msg(
        "Die Mail konnte wegen eines Problems mit dem Datenträger nicht gespeichert werden "
        "({reason}); sie wird später erneut versucht.",
        reason=exc.strerror or type(exc).__name__,
    )
