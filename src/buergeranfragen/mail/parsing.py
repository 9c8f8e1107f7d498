"""Reading mails as they really arrive: RFC 822 files (.eml, mbox excerpts) here, Outlook .msg
in ``outlook``; ``parse_mail_bytes`` tells them apart.

Damaged mails are read as far as possible with warnings; files that are no mail raise
NotAMail.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from collections.abc import Iterator
from datetime import datetime
from email.message import Message

from buergeranfragen.mail.headers import (
    MAIL_POLICY,
    decode_header_value,
    decode_unknown,
    message_ids,
    parse_address,
    parse_date,
)
from buergeranfragen.mail.html_text import html_to_text
from buergeranfragen.mail.outlook import is_ole, parse_msg
from buergeranfragen.mail.records import Attachment, NotAMail, ParsedMail
from buergeranfragen.messages import msg

_HEADER_NAMES = re.compile(
    rb"^(from|to|subject|date|message-id|received|return-path|mime-version|content-type|"
    rb"delivered-to|x-[a-z0-9-]+|cc|reply-to|sender)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
# Real mails nest a few levels (a forward of a forward with an alternative part); deeper mails
# are refused: Python's parser and writer recurse per level.
MAX_DEPTH = 100


def parse_mail_bytes(data: bytes) -> ParsedMail:
    """A mail file of either kind; raises NotAMail with the reason."""
    if not data.strip():
        raise NotAMail(msg("Die Datei ist leer."))
    if is_ole(data):
        return parse_msg(data)
    return parse_rfc822(data)


def looks_like_mail(data: bytes) -> bool:
    """At least two known header names at the start, and no NUL among the headers (a binary
    file); a NUL in the body is the sender's mistake or mischief, removed when stored."""
    head = data[:8192]
    blank = re.search(rb"\r?\n\r?\n", head)
    headers = head[: blank.start()] if blank is not None else head
    if b"\x00" in headers[:1024]:
        return False
    return len(_HEADER_NAMES.findall(headers)) >= 2


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


def _depth(message: Message) -> int:
    """How deep parts nest in parts (counted without recursing)."""
    deepest = 0
    stack = [(message, 1)]
    while stack:
        part, depth = stack.pop()
        deepest = max(deepest, depth)
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            stack.extend((inner, depth + 1) for inner in payload if isinstance(inner, Message))
    return deepest


def _received_date(message: Message) -> datetime | None:
    for received in message.get_all("Received", []) or []:
        text = str(received)
        if ";" in text:
            date = parse_date(text.rsplit(";", 1)[1].strip())
            if date is not None:
                return date
    return None


def parse_rfc822(data: bytes) -> ParsedMail:
    original = data
    if not looks_like_mail(data):
        if b"\x00" in data[:1024] and len(_HEADER_NAMES.findall(data[:8192])) >= 2:
            raise NotAMail(
                msg(
                    "Die Datei ist keine lesbare E-Mail: ihre Kopfzeilen enthalten Binärdaten "
                    "(NUL-Zeichen)."
                )
            )
        raise NotAMail(
            msg("Die Datei ist keine E-Mail (keine Kopfzeilen wie From, Subject, Date).")
        )
    data, repaired = _repair_headers(data)
    try:
        message = email.message_from_bytes(data, policy=MAIL_POLICY)
    except RecursionError:  # Python's parser recurses once per level
        message = None
    if message is None or _depth(message) > MAX_DEPTH:
        raise NotAMail(
            msg(
                "Die Mail ist zu tief verschachtelt (mehr als {depth} Ebenen von Teilen).",
                depth=MAX_DEPTH,
            )
        )
    mail = ParsedMail(content_hash=hashlib.sha256(original).hexdigest())
    if repaired:
        mail.warnings.append(msg("Die Kopfzeilen der Mail waren beschädigt und wurden repariert."))
    for defect in message.defects[:3]:
        mail.warnings.append(
            msg(
                "Die Mail ist beschädigt ({defect}); sie wurde so weit wie möglich gelesen.",
                defect=type(defect).__name__,
            )
        )
    raw_from = decode_header_value(
        message.get("From") or message.get("Sender") or message.get("Return-Path") or ""
    )
    mail.from_name, mail.from_email = parse_address(raw_from)
    mail.from_email = mail.from_email.lower()
    if not mail.from_email:
        mail.warnings.append(msg("Der Absender ist nicht lesbar."))
    mail.subject = decode_header_value(message.get("Subject"))
    mail.message_id = decode_header_value(message.get("Message-ID")).strip().strip("<>").strip()
    mail.reply_to_ids = message_ids(
        decode_header_value(message.get("In-Reply-To")),
        decode_header_value(message.get("References")),
    )
    mail.received_at = parse_date(decode_header_value(message.get("Date"))) or _received_date(
        message
    )
    if mail.received_at is None:
        mail.warnings.append(msg("Die Mail hat kein lesbares Datum."))
    _collect_parts(message, mail)
    return mail


# -- the parts of a mail ----------------------------------------------------------------------


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


def _is_uuencoded(part: Message, text: str) -> bool:
    return "begin 6" in text and part.get("Content-Transfer-Encoding", "").lower() in (
        "x-uuencode",
        "uuencode",
    )


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
            if _is_uuencoded(part, text):
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
