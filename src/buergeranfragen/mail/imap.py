"""IMAP mailboxes (the nrwdirekt inbox): settings in the database, the password in the operating
system's keyring (``passwords``), fetching only new messages (UID and UIDVALIDITY remembered per
folder).

A message counts as handled once the intake has imported it, recognised it as a duplicate or
refused it for good (the original then is in the "Nicht übernommen" list); the remembered UID
moves on over handled messages only. A message the intake could not handle for now (the
database or the disk had trouble: ``MailOutcome.RETRY_LATER``) holds the position before it:
the messages behind it are still taken, and the next fetch takes it again (those behind it are
then recognised as duplicates). A message the server does not hand out (FETCH answered NO
or without the message) holds the position too; only a UID the server no longer finds (SEARCH)
counts as deleted. A lost connection loses nothing; an error of the import is
never reported as one of the connection.
"""

from __future__ import annotations

import imaplib
import logging
import re
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.models import Mailbox, MailboxFolderState
from buergeranfragen.errors import FieldError, KnownError, RecordNotFound, ValidationFailed
from buergeranfragen.mail.intake import MailIntake, MailOutcome, MailReport
from buergeranfragen.mail.outcomes import unexpected_error
from buergeranfragen.mail.passwords import PasswordStore
from buergeranfragen.messages import Message, msg

SECURITY_CHOICES = ("tls", "starttls", "none")
IMAP_TIMEOUT_S = 30
log = logging.getLogger("buergeranfragen.mail")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class MailboxSettings:
    name: str
    host: str
    username: str
    port: int = 993
    security: str = "tls"
    folder: str = "INBOX"
    since: date | None = None
    move_to: str = ""
    enabled: bool = True


@dataclass(frozen=True)
class MailboxRecord:
    id: int
    settings: MailboxSettings


@dataclass
class FetchResult:
    mailbox: str
    reports: list[MailReport] = field(default_factory=list)
    error: Message | None = None  # the connection failed; will be tried again later

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.reports)


def _validate(settings: MailboxSettings) -> None:
    errors = []
    if not settings.name.strip():
        errors.append(FieldError("name", msg("Bitte einen Namen für das Postfach angeben.")))
    if not settings.host.strip() or " " in settings.host.strip():
        errors.append(FieldError("host", msg("Bitte den Servernamen angeben (z. B. imap.nrw.de).")))
    if not settings.username.strip():
        errors.append(FieldError("username", msg("Bitte den Benutzernamen angeben.")))
    if not 1 <= settings.port <= 65535:
        errors.append(FieldError("port", msg("Der Port muss zwischen 1 und 65535 liegen.")))
    if settings.security not in SECURITY_CHOICES:
        errors.append(FieldError("security", msg("Verschlüsselung: tls, starttls oder none.")))
    if not settings.folder.strip():
        errors.append(FieldError("folder", msg("Bitte den Ordner angeben (meist INBOX).")))
    if errors:
        raise ValidationFailed(errors)


def _to_record(row: Mailbox) -> MailboxRecord:
    return MailboxRecord(
        row.id,
        MailboxSettings(
            name=row.name,
            host=row.host,
            username=row.username,
            port=row.port,
            security=row.security,
            folder=row.folder,
            since=row.since,
            move_to=row.move_to,
            enabled=row.enabled,
        ),
    )


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


class MailboxService:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        intake: MailIntake,
        passwords: PasswordStore | None = None,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._intake = intake
        self.passwords = passwords or PasswordStore()

    # -- settings ---------------------------------------------------------------------------

    def add(self, settings: MailboxSettings, password: str) -> MailboxRecord:
        _validate(settings)
        if not password:
            raise ValidationFailed([FieldError("password", msg("Bitte das Passwort angeben."))])
        if not _encodable(password):
            raise ValidationFailed(
                [
                    FieldError(
                        "password",
                        msg(
                            "Das Passwort enthält Zeichen, die kein gültiger Text sind (etwa "
                            "aus einer Eingabe, die nicht UTF-8 ist). Bitte erneut eingeben."
                        ),
                    )
                ]
            )
        self.passwords.set(settings, password)
        now = self._clock()
        with transaction(self._factory) as session:
            row = Mailbox(created_at=now, updated_at=now, **settings.__dict__)
            session.add(row)
            session.flush()
            return _to_record(row)

    def configured(self) -> list[MailboxRecord]:
        with reading(self._factory) as session:
            return [_to_record(r) for r in session.scalars(select(Mailbox).order_by(Mailbox.id))]

    def remove(self, mailbox_id: int) -> None:
        with transaction(self._factory) as session:
            row = session.get(Mailbox, mailbox_id)
            if row is None:
                raise RecordNotFound(msg("Postfach Nr. {number} gibt es nicht.", number=mailbox_id))
            self.passwords.delete(_to_record(row).settings)
            session.delete(row)

    # -- fetching ---------------------------------------------------------------------------

    def fetch_all(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[FetchResult]:
        """Fetch every enabled mailbox in turn. Once ``cancelled`` says so, no further mailbox
        is connected to (a connection may take up to ``IMAP_TIMEOUT_S``): the mailboxes not
        reached have no result."""
        results = []
        for mailbox in self.configured():
            if not mailbox.settings.enabled:
                continue
            if cancelled is not None and cancelled():
                break
            results.append(self.fetch(mailbox, progress, cancelled))
        return results

    def fetch(
        self,
        record: MailboxRecord,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> FetchResult:
        settings = record.settings
        result = FetchResult(settings.name)
        if cancelled is not None and cancelled():
            return result
        try:
            password = self.passwords.get(settings)
            connection = self._connect(settings)
        except KnownError as exc:
            result.error = exc.reason
            return result
        except (OSError, imaplib.IMAP4.error, ssl.SSLError) as exc:
            result.error = msg(
                "Postfach „{mailbox}“ ist nicht erreichbar ({reason}); "
                "es wird später erneut versucht.",
                mailbox=settings.name,
                reason=str(exc),
            )
            return result
        try:
            if cancelled is not None and cancelled():
                return result  # closed while connecting: not logged in, nothing fetched
            try:
                login(connection, settings.username, password)
            except imaplib.IMAP4.error as exc:
                result.error = msg(
                    "Anmeldung am Postfach „{mailbox}“ abgelehnt: {reason}. "
                    "Bitte Benutzername und Passwort prüfen.",
                    mailbox=settings.name,
                    reason=exc.reason if isinstance(exc, _Refused) else _text(exc),
                )
                return result
            self._fetch_folder(connection, record, result, progress, cancelled)
        except (TimeoutError, OSError, imaplib.IMAP4.abort, ssl.SSLError) as exc:
            result.error = msg(
                "Die Verbindung zum Postfach „{mailbox}“ brach ab ({reason}). "
                "Bereits übernommene Mails sind gespeichert; der Rest folgt beim "
                "nächsten Abruf.",
                mailbox=settings.name,
                reason=str(exc),
            )
        except imaplib.IMAP4.error as exc:
            result.error = msg(
                "Das Postfach „{mailbox}“ meldet einen Fehler: {reason}",
                mailbox=settings.name,
                reason=exc.reason if isinstance(exc, _Refused) else _text(exc),
            )
        except KnownError as exc:  # the database, while remembering the position
            result.error = msg(
                "Der Abruf des Postfachs „{mailbox}“ wurde unterbrochen: {reason} "
                "Der Rest folgt beim nächsten Abruf.",
                mailbox=settings.name,
                reason=exc.reason,
            )
        finally:
            try:
                connection.logout()
            except Exception:  # noqa: BLE001 - the connection may be gone already
                pass
        return result

    def _connect(self, settings: MailboxSettings) -> imaplib.IMAP4:
        if settings.security == "tls":
            return imaplib.IMAP4_SSL(
                settings.host,
                settings.port,
                timeout=IMAP_TIMEOUT_S,
                ssl_context=ssl.create_default_context(),
            )
        connection = imaplib.IMAP4(settings.host, settings.port, timeout=IMAP_TIMEOUT_S)
        if settings.security == "starttls":
            connection.starttls(ssl.create_default_context())
        return connection

    def _fetch_folder(
        self,
        connection: imaplib.IMAP4,
        record: MailboxRecord,
        result: FetchResult,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        settings = record.settings
        status, _ = connection.select(_quote(settings.folder))
        if status != "OK":
            raise _Refused(msg("Ordner {folder} nicht gefunden", folder=settings.folder))
        answer: Any = connection.untagged_responses.get("UIDVALIDITY", [b"0"])[-1]
        uidvalidity = int(answer)
        state = self._state(record.id, settings.folder)
        last_uid = state[1] if state is not None and state[0] == uidvalidity else 0
        criteria = [f"UID {last_uid + 1}:*"]
        if settings.since is not None:
            since = settings.since
            criteria.append(f"SINCE {since.day:02d}-{_MONTHS[since.month - 1]}-{since.year}")
        status, data = connection.uid("SEARCH", *criteria)
        if status != "OK":
            raise _Refused(msg("Suche im Postfach fehlgeschlagen"))
        found = data[0] if data and isinstance(data[0], bytes) else b""
        uids = sorted(int(u) for u in found.split() if int(u) > last_uid)
        if state is None or state[0] != uidvalidity:
            self._save_state(record.id, settings.folder, uidvalidity, last_uid)
        move = bool(settings.move_to)
        can_move = b"MOVE" in b" ".join(
            c if isinstance(c, bytes) else str(c).encode() for c in connection.capabilities
        )
        held = False  # a message to be taken again: the position stays before it
        for done, uid in enumerate(uids, start=1):
            if cancelled is not None and cancelled():
                break  # between two messages: every handled one is remembered
            label = f"imap://{settings.username}@{settings.host}/{settings.folder};UID={uid}"
            status, data = connection.uid("FETCH", str(uid), "(BODY.PEEK[])")
            raw = next((part[1] for part in data or () if isinstance(part, tuple)), None)
            if status != "OK" or raw is None:
                if not _still_there(connection, uid):
                    continue  # deleted meanwhile
                report = MailReport(
                    label,
                    MailOutcome.RETRY_LATER,
                    error=msg(
                        "Der Server hat die Mail nicht ausgeliefert; sie wird beim nächsten "
                        "Abruf erneut versucht."
                    ),
                )
            else:
                try:
                    report = self._intake.import_bytes(
                        raw, label, f"{settings.folder}-{uid}.eml", from_mailbox=True
                    )
                except Exception as exc:  # noqa: BLE001 - a bug of the import, not the connection
                    report = MailReport(
                        label, MailOutcome.RETRY_LATER, error=unexpected_error(label, exc)
                    )
            result.reports.append(report)
            held = held or not report.status.final
            if not held:
                self._save_state(record.id, settings.folder, uidvalidity, uid)
            if move and report.status.stored:
                self._move(connection, uid, settings.move_to, can_move)
            if progress is not None:
                progress(done, len(uids))
        if move and not can_move:
            connection.expunge()

    @staticmethod
    def _move(connection: imaplib.IMAP4, uid: int, target: str, can_move: bool) -> None:
        if can_move:
            connection.uid("MOVE", str(uid), _quote(target))
            return
        status, _ = connection.uid("COPY", str(uid), _quote(target))
        if status == "OK":
            connection.uid("STORE", str(uid), "+FLAGS.SILENT", r"(\Deleted)")

    def _state(self, mailbox_id: int, folder: str) -> tuple[int, int] | None:
        with reading(self._factory) as session:
            row = session.get(MailboxFolderState, (mailbox_id, folder))
            return (row.uidvalidity, row.last_uid) if row is not None else None

    def _save_state(self, mailbox_id: int, folder: str, uidvalidity: int, last_uid: int) -> None:
        with transaction(self._factory) as session:
            row = session.get(MailboxFolderState, (mailbox_id, folder))
            if row is None:
                session.add(
                    MailboxFolderState(
                        mailbox_id=mailbox_id,
                        folder=folder,
                        uidvalidity=uidvalidity,
                        last_uid=last_uid,
                    )
                )
            else:
                row.uidvalidity, row.last_uid = uidvalidity, last_uid


class _Refused(imaplib.IMAP4.error):
    """The server said no to a step of the fetch (no such folder, search failed)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.reason = message


def _still_there(connection: imaplib.IMAP4, uid: int) -> bool:
    """Whether the folder still has the message ``uid`` (one that is gone counts as deleted;
    an answer that is not clear counts as there)."""
    connection.noop()  # lets the server tell this session of messages expunged meanwhile
    status, data = connection.uid("SEARCH", f"UID {uid}")
    if status != "OK":
        return True
    found = data[0] if data and isinstance(data[0], bytes) else b""
    return str(uid).encode() in found.split()


def _encodable(text: str) -> bool:
    """Whether ``text`` is valid Unicode (no lone surrogate from bytes that were not UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeError:
        return False
    return True


def login(connection: imaplib.IMAP4, user: str, password: str) -> None:
    """Log in with a password of any characters: imaplib's LOGIN sends ASCII only, so a
    password (or user name) with other characters goes by AUTHENTICATE PLAIN in UTF-8 (RFC
    4616). Raises ``imaplib.IMAP4.error`` when refused; no error names the password (nor a
    character of it: one that is no valid text is refused before anything is sent)."""
    if not (_encodable(user) and _encodable(password)):
        raise _Refused(
            msg(
                "Benutzername oder Passwort enthalten Zeichen, die kein gültiger Text sind; bitte "
                "das Postfach mit dem richtigen Passwort neu einrichten"
            )
        )
    if (user + password).isascii():
        connection.login(user, password)
        return
    credentials = b"\0" + user.encode() + b"\0" + password.encode()
    try:
        connection.authenticate("PLAIN", lambda _challenge: credentials)
    except imaplib.IMAP4.error as exc:
        raise imaplib.IMAP4.error(_text(exc)) from None


def _text(exc: BaseException) -> str:
    """The server's reply without the b'...' of its bytes."""
    text = str(exc)
    match = re.match(r"^b'(.*)'$", text)
    return match.group(1) if match else text
