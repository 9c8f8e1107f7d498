"""Reading mails as they really arrive: RFC 822 files (.eml, mbox excerpts) and Outlook .msg.

The result is a ParsedMail: sender, subject, real date, readable text, the original HTML, the
attachments, and - for a mail a colleague forwarded - the original sender. Damaged mails are
read as far as possible with warnings; files that are no mail raise NotAMail.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message

from buergeranfragen.calendar import BERLIN
from buergeranfragen.charsets import decode_bytes
from buergeranfragen.mail.html_text import html_to_text

_HEADER_NAMES = re.compile(
    rb"^(from|to|subject|date|message-id|received|return-path|mime-version|content-type|"
    rb"delivered-to|x-[a-z0-9-]+|cc|reply-to|sender)\s*:",
    re.IGNORECASE | re.MULTILINE,
)


class NotAMail(Exception):
    """The file is no mail (or an Outlook item that is no mail); German message."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class ParsedMail:
    from_name: str = ""
    from_email: str = ""
    subject: str = ""
    received_at: datetime | None = None
    message_id: str = ""
    text: str = ""
    html: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    forwarded_by: str = ""  # the colleague's address when the mail was forwarded
    forwarded_by_name: str = ""
    warnings: list[str] = field(default_factory=list)
    content_hash: str = ""


# -- decoding helpers -------------------------------------------------------------------------


_CHARSET_ALIASES = {
    "unknown-8bit": "",
    "x-unknown": "",
    "utf8": "utf-8",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gbk",
    "iso-8859-8-i": "iso-8859-8",
}


def decode_unknown(data: bytes, declared: str | None = None) -> str:
    """Bytes of a body or header: the declared charset (as mailers really name them), else
    detected, else Windows-1252."""
    charset = (declared or "").strip().strip('"').lower()
    return decode_bytes(data, _CHARSET_ALIASES.get(charset, charset) or None, detect=True)


def decode_header_value(value: object) -> str:
    """An RFC 2047 header, or raw 8-bit bytes without a declared charset, as text."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):  # compat32 keeps raw 8-bit bytes this way
        return " ".join(
            "".join(
                decode_unknown(chunk, charset) if isinstance(chunk, bytes) else chunk
                for chunk, charset in email.header.decode_header(value)
            ).split()
        )
    raw = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in raw):  # 8-bit bytes kept as surrogates
        raw = decode_unknown(raw.encode("utf-8", "surrogateescape"))
    try:
        parts = email.header.decode_header(raw)
    except Exception:  # noqa: BLE001 - broken encoded words are shown as they are
        return " ".join(raw.split())
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(decode_unknown(chunk, charset))
        else:
            out.append(chunk)
    text = "".join(out)
    return " ".join(text.replace("\r", " ").replace("\n", " ").split())


def _address(raw_header: str) -> tuple[str, str]:
    name, address = email.utils.parseaddr(raw_header)
    if not address or "@" not in address:
        # "Name <addr" without bracket, or an address in a broken header
        found = re.search(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", raw_header)
        address = found.group(0) if found else address
        if found and not name:
            name = raw_header.replace(found.group(0), "").strip(" <>\"'")
    return name.strip().strip('"').strip(), address.strip()


def _parse_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=BERLIN)
    return parsed.astimezone(UTC)


def _received_date(message: Message) -> datetime | None:
    for received in message.get_all("Received", []) or []:
        text = str(received)
        if ";" in text:
            date = _parse_date(text.rsplit(";", 1)[1].strip())
            if date is not None:
                return date
    return None


def _payload_bytes(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - damaged transfer encoding
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _part_text(part: Message) -> str:
    return decode_unknown(_payload_bytes(part), part.get_content_charset())


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        name = None
    return decode_header_value(name) if name else ""


# -- forwarded mails --------------------------------------------------------------------------

_FORWARD_MARKERS = re.compile(
    r"^[ >]*(?:-{3,}\s*(?:Urspr(?:ü|ue)ngliche Nachricht|Original Message|Forwarded message|"
    r"Weitergeleitete Nachricht|Message transféré)\s*-{3,}|Begin forwarded message:|"
    r"Anfang der weitergeleiteten Nachricht:|-{6,}\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_BLOCK_FIELD = re.compile(
    r"^[ >*]*(Von|From|Gesendet|Sent|Datum|Date|Betreff|Subject|An|To|Cc)\s*:\s*\**\s*(.*)$",
    re.IGNORECASE,
)
_GERMAN_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "januar",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
        ],
        start=1,
    )
}


def _german_date(text: str) -> datetime | None:
    """'Montag, 23. November 2026 10:15' or '23.11.2026 10:15' (Europe/Berlin)."""
    match = re.search(r"(\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})\D+(\d{1,2}):(\d{2})", text)
    if match and match.group(2).lower() in _GERMAN_MONTHS:
        day, month_name, year, hour, minute = match.groups()
        month = _GERMAN_MONTHS[month_name.lower()]
    else:
        match = re.search(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\D+(\d{1,2}):(\d{2})", text)
        if not match:
            return None
        day, month_s, year, hour, minute = match.groups()
        month = int(month_s)
    try:
        local = datetime(int(year), month, int(day), int(hour), int(minute), tzinfo=BERLIN)
    except ValueError:
        return None
    return local.astimezone(UTC)


@dataclass(frozen=True)
class ForwardedBlock:
    from_name: str
    from_email: str
    subject: str
    date: datetime | None
    text: str


def find_forwarded(text: str) -> ForwardedBlock | None:
    """The first forwarded-message header block in a body (Outlook, Gmail, Thunderbird)."""
    for marker in _FORWARD_MARKERS.finditer(text):
        rest = text[marker.end() :].lstrip("\r\n")
        lines = rest.splitlines()
        fields: dict[str, str] = {}
        consumed = 0
        for line in lines[:14]:
            consumed += 1
            if not line.strip():
                if fields:
                    break
                continue
            match = _BLOCK_FIELD.match(line)
            if not match:
                if fields:
                    break
                continue
            key = match.group(1).lower()
            key = {
                "von": "from",
                "gesendet": "date",
                "sent": "date",
                "datum": "date",
                "betreff": "subject",
                "an": "to",
            }.get(key, key)
            fields.setdefault(key, match.group(2).strip())
        if "from" not in fields:
            continue
        name, address = _address(
            decode_header_value(fields["from"]).replace("[mailto:", "<").replace("]", ">")
        )
        if not address:
            continue
        date = _parse_date(fields.get("date", "")) or _german_date(fields.get("date", ""))
        body = "\n".join(lines[consumed:]).strip()
        return ForwardedBlock(name, address.lower(), fields.get("subject", ""), date, body)
    return None


_SUBJECT_PREFIX = re.compile(r"^\s*((?:WG|Fwd?|FW|Wtr|AW|Re|TR)\s*:\s*)+", re.IGNORECASE)


def strip_forward_prefix(subject: str) -> str:
    return _SUBJECT_PREFIX.sub("", subject).strip()


# -- RFC 822 ----------------------------------------------------------------------------------


def looks_like_mail(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head[:1024]:
        return False
    return len(_HEADER_NAMES.findall(head)) >= 2


_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")


def _repair_headers(data: bytes) -> tuple[bytes, bool]:
    """Drop junk before the first header (an mbox 'From ' line, '---- Original email ----')
    and fold header lines that lost their indentation. Returns the data and whether it was
    repaired."""
    lines = data.split(b"\n")
    start = 0
    while start < min(len(lines), 5) and not _HEADER_LINE.match(lines[start]):
        start += 1
    if start >= min(len(lines), 5):
        return data, False
    repaired = start > 0 and not lines[0].startswith(b"From ")
    out = []
    index = start
    while index < len(lines):
        line = lines[index]
        if not line.strip(b"\r"):
            break
        if not _HEADER_LINE.match(line) and line[:1] not in (b" ", b"\t"):
            line = b" " + line
            repaired = True
        out.append(line)
        index += 1
    return b"\n".join(out + lines[index:]), repaired


def parse_rfc822(data: bytes) -> ParsedMail:
    original = data
    if not looks_like_mail(data):
        raise NotAMail("Die Datei ist keine E-Mail (keine Kopfzeilen wie From, Subject, Date).")
    data, repaired = _repair_headers(data)
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    mail = ParsedMail(content_hash=hashlib.sha256(original).hexdigest())
    if repaired:
        mail.warnings.append("Die Kopfzeilen der Mail waren beschädigt und wurden repariert.")
    for defect in message.defects[:3]:
        mail.warnings.append(
            f"Die Mail ist beschädigt ({type(defect).__name__}); "
            "sie wurde so weit wie möglich gelesen."
        )
    raw_from = decode_header_value(
        message.get("From") or message.get("Sender") or message.get("Return-Path") or ""
    )
    mail.from_name, mail.from_email = _address(raw_from)
    mail.from_email = mail.from_email.lower()
    if not mail.from_email:
        mail.warnings.append("Der Absender ist nicht lesbar.")
    mail.subject = decode_header_value(message.get("Subject"))
    mail.message_id = decode_header_value(message.get("Message-ID")).strip().strip("<>").strip()
    mail.received_at = _parse_date(decode_header_value(message.get("Date"))) or _received_date(
        message
    )
    if mail.received_at is None:
        mail.warnings.append("Die Mail hat kein lesbares Datum.")
    _collect_parts(message, mail)
    return mail


def _leaf_parts(message: Message) -> Iterator[Message]:
    """The parts of this mail itself: a mail attached whole (message/rfc822) is one part, its
    own text and attachments stay inside it."""
    if message.get_content_type() == "message/rfc822" or not message.is_multipart():
        yield message
        return
    payload = message.get_payload()
    for part in payload if isinstance(payload, list) else []:
        if isinstance(part, Message):
            yield from _leaf_parts(part)


def _attached_mail(part: Message) -> Attachment | None:
    inner = part.get_payload()
    inner_message = inner[0] if isinstance(inner, list) and inner else None
    if not isinstance(inner_message, Message):
        return None
    raw = inner_message.as_bytes(policy=email.policy.compat32)
    name = decode_header_value(inner_message.get("Subject")) or "weitergeleitet"
    return Attachment(f"{name[:60]}.eml", "message/rfc822", raw)


def _collect_parts(message: Message, mail: ParsedMail) -> None:
    plain: list[str] = []
    html: list[str] = []
    for part in _leaf_parts(message):
        content_type = part.get_content_type()
        if content_type == "message/rfc822":
            attached = _attached_mail(part)
            if attached is not None:
                mail.attachments.append(attached)
            continue
        disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        filename = _filename(part)
        if disposition == "attachment" or (
            filename and content_type not in ("text/plain", "text/html")
        ):
            data = _payload_bytes(part)
            mail.attachments.append(Attachment(filename or "anhang", content_type, data))
            continue
        if content_type == "text/plain":
            text = _part_text(part)
            if "begin 6" in text and part.get("Content-Transfer-Encoding", "").lower() in (
                "x-uuencode",
                "uuencode",
            ):
                mail.attachments.append(
                    Attachment(
                        filename or "anhang", "application/octet-stream", _payload_bytes(part)
                    )
                )
                continue
            plain.append(text)
        elif content_type == "text/html":
            html.append(_part_text(part))
        elif filename or disposition == "inline":
            mail.attachments.append(
                Attachment(filename or "anhang", content_type, _payload_bytes(part))
            )
    mail.html = "\n".join(html)
    mail.text = "\n\n".join(t.strip("\r\n") for t in plain if t.strip()) or (
        html_to_text(mail.html) if mail.html else ""
    )


def attached_original(mail: ParsedMail) -> ParsedMail | None:
    """A mail attached whole (message/rfc822, or a .msg/.eml attachment) - the forwarded one."""
    for attachment in mail.attachments:
        if attachment.content_type == "message/rfc822" or attachment.filename.lower().endswith(
            ".eml"
        ):
            try:
                return parse_rfc822(attachment.data)
            except NotAMail:
                continue
    return None


# -- Outlook .msg -----------------------------------------------------------------------------

_MSG_KINDS = {
    "IPM.Contact": "ein Outlook-Kontakt",
    "IPM.Appointment": "ein Outlook-Termin",
    "IPM.Schedule.Meeting": "eine Besprechungsanfrage",
    "IPM.Task": "eine Outlook-Aufgabe",
    "IPM.StickyNote": "eine Outlook-Notiz",
    "IPM.Activity": "ein Journaleintrag",
    "IPM.DistList": "eine Verteilerliste",
}


def is_ole(data: bytes) -> bool:
    return data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def parse_msg(data: bytes) -> ParsedMail:
    import extract_msg  # imported here: it is slow to import and only .msg needs it

    try:
        item = extract_msg.openMsg(data, strict=False, delayAttachments=False)
    except Exception as exc:  # noqa: BLE001 - extract_msg raises many kinds on damaged files
        raise NotAMail(f"Die Outlook-Datei ist nicht lesbar: {exc}") from exc
    try:
        message_class = str(getattr(item, "classType", "") or "")
        for prefix, what in _MSG_KINDS.items():
            if message_class.startswith(prefix):
                raise NotAMail(f"Die Datei ist {what} ({message_class}), keine E-Mail.")
        if message_class and not message_class.upper().startswith(
            ("IPM.NOTE", "REPORT.IPM", "IPM.POST", "IPM.SHAREPOINT")
        ):
            if not hasattr(item, "sender"):
                raise NotAMail(f"Die Datei ist keine E-Mail ({message_class}).")
        mail = ParsedMail(content_hash=hashlib.sha256(data).hexdigest())
        header = getattr(item, "header", None)
        sender = str(getattr(item, "sender", "") or "")
        if header is not None and header.get("From"):
            sender = decode_header_value(header.get("From"))
        mail.from_name, mail.from_email = _address(sender)
        sender_email = getattr(item, "senderEmail", None) or ""
        if not mail.from_email and "@" in str(sender_email):
            mail.from_email = str(sender_email)
        mail.from_email = mail.from_email.lower()
        mail.subject = " ".join(str(getattr(item, "subject", "") or "").split())
        mail.message_id = str(getattr(item, "messageId", "") or "").strip().strip("<>")
        date = getattr(item, "date", None)
        if isinstance(date, datetime):
            mail.received_at = (date if date.tzinfo else date.replace(tzinfo=BERLIN)).astimezone(
                UTC
            )
        elif header is not None:
            mail.received_at = _parse_date(str(header.get("Date") or ""))
        if mail.received_at is None:
            mail.warnings.append("Die Mail hat kein lesbares Datum.")
        body = getattr(item, "body", None)
        html_body = None
        try:
            html_body = getattr(item, "htmlBody", None)
        except Exception:  # noqa: BLE001 - RTF-only mails and broken HTML streams
            html_body = None
        if isinstance(html_body, bytes):
            mail.html = decode_unknown(html_body)
        mail.text = (str(body).strip() if body else "") or (
            html_to_text(mail.html) if mail.html else ""
        )
        for attachment in getattr(item, "attachments", []) or []:
            name = str(
                getattr(attachment, "longFilename", None)
                or getattr(attachment, "shortFilename", None)
                or getattr(attachment, "name", None)
                or "anhang"
            )
            payload = getattr(attachment, "data", None)
            if isinstance(payload, bytes):
                mime = str(getattr(attachment, "mimetype", None) or "application/octet-stream")
                mail.attachments.append(Attachment(name, mime, payload))
            elif payload is not None and hasattr(payload, "exportBytes"):
                mail.attachments.append(
                    Attachment(f"{name}.msg", "application/vnd.ms-outlook", payload.exportBytes())
                )
            else:
                mail.warnings.append(f"Anhang „{name}“ konnte nicht gelesen werden.")
        if not mail.from_email and not mail.subject and not mail.text:
            raise NotAMail("Die Outlook-Datei enthält keine lesbare E-Mail.")
        return mail
    finally:
        try:
            item.close()
        except Exception:  # noqa: BLE001
            pass


def parse_mail_bytes(data: bytes) -> ParsedMail:
    if not data.strip():
        raise NotAMail("Die Datei ist leer.")
    if is_ole(data):
        return parse_msg(data)
    return parse_rfc822(data)
