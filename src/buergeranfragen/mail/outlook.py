"""Outlook .msg files (OLE compound files) read with extract-msg: mails become ParsedMails;
contacts, appointments, notes and other Outlook items are refused with what they are.

Speed: most .msg mails carry a plain-text body and an RTF body, but no HTML stream. Asking
extract-msg for ``htmlBody`` then de-encapsulates the RTF, which takes seconds for a
30 KB file. The HTML is therefore taken only where it is stored as such; it is derived from the
RTF only when the mail has no usable plain text (``formatted_html`` derives it later, for the
formatted view, from the stored original).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from buergeranfragen.calendar import BERLIN
from buergeranfragen.mail.headers import (
    decode_header_value,
    decode_unknown,
    message_ids,
    parse_address,
    parse_date,
)
from buergeranfragen.mail.html_text import html_to_text
from buergeranfragen.mail.records import Attachment, NotAMail, ParsedMail
from buergeranfragen.messages import Message, msg

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_STREAM = "__substg1.0_10130102"
_MAIL_CLASSES = ("IPM.NOTE", "REPORT.IPM", "IPM.POST", "IPM.SHAREPOINT")


def _item_kinds() -> dict[str, Message]:
    return {
        "IPM.Contact": msg("ein Outlook-Kontakt"),
        "IPM.Appointment": msg("ein Outlook-Termin"),
        "IPM.Schedule.Meeting": msg("eine Besprechungsanfrage"),
        "IPM.Task": msg("eine Outlook-Aufgabe"),
        "IPM.StickyNote": msg("eine Outlook-Notiz"),
        "IPM.Activity": msg("ein Journaleintrag"),
        "IPM.DistList": msg("eine Verteilerliste"),
    }


def is_ole(data: bytes) -> bool:
    return data.startswith(OLE_SIGNATURE)


def _open(data: bytes) -> Any:
    import extract_msg  # imported here: it is slow to import and only .msg needs it

    try:
        return extract_msg.openMsg(data, strict=False, delayAttachments=False)
    except Exception as exc:  # noqa: BLE001 - extract_msg raises many kinds on damaged files
        raise NotAMail(
            msg("Die Outlook-Datei ist nicht lesbar: {reason}", reason=str(exc))
        ) from exc


def _close(item: Any) -> None:
    try:
        item.close()
    except Exception:  # noqa: BLE001
        pass


def parse_msg(data: bytes) -> ParsedMail:
    item = _open(data)
    try:
        _refuse_other_items(item)
        mail = ParsedMail(content_hash=hashlib.sha256(data).hexdigest())
        _read_headers(item, mail)
        _read_bodies(item, mail)
        _read_attachments(item, mail)
        if not mail.from_email and not mail.subject and not mail.text:
            raise NotAMail(msg("Die Outlook-Datei enthält keine lesbare E-Mail."))
        return mail
    finally:
        _close(item)


def formatted_html(data: bytes) -> str:
    """The formatted body of an Outlook mail, derived from its RTF body where no HTML is stored
    (slow: seconds for some files; for the formatted view, on request)."""
    if not is_ole(data):
        return ""
    item = _open(data)
    try:
        return _html_body(item, derive=True)
    finally:
        _close(item)


def _refuse_other_items(item: Any) -> None:
    message_class = str(getattr(item, "classType", "") or "")
    for prefix, what in _item_kinds().items():
        if message_class.startswith(prefix):
            raise NotAMail(
                msg(
                    "Die Datei ist {what} ({message_class}), keine E-Mail.",
                    what=what,
                    message_class=message_class,
                )
            )
    if message_class and not message_class.upper().startswith(_MAIL_CLASSES):
        if not hasattr(item, "sender"):
            raise NotAMail(
                msg("Die Datei ist keine E-Mail ({message_class}).", message_class=message_class)
            )


def _read_headers(item: Any, mail: ParsedMail) -> None:
    header = getattr(item, "header", None)
    sender = str(getattr(item, "sender", "") or "")
    if header is not None and header.get("From"):
        sender = decode_header_value(header.get("From"))
    mail.from_name, mail.from_email = parse_address(sender)
    sender_email = getattr(item, "senderEmail", None) or ""
    if not mail.from_email and "@" in str(sender_email):
        mail.from_email = str(sender_email)
    mail.from_email = mail.from_email.lower()
    mail.subject = " ".join(str(getattr(item, "subject", "") or "").split())
    mail.message_id = str(getattr(item, "messageId", "") or "").strip().strip("<>")
    replies = [str(getattr(item, "inReplyTo", "") or "")]
    if header is not None:
        replies.append(decode_header_value(header.get("References") or ""))
    mail.reply_to_ids = message_ids(*replies)
    date = getattr(item, "date", None)
    if isinstance(date, datetime):
        mail.received_at = (date if date.tzinfo else date.replace(tzinfo=BERLIN)).astimezone(UTC)
    elif header is not None:
        mail.received_at = parse_date(str(header.get("Date") or ""))
    if mail.received_at is None:
        mail.warnings.append(msg("Die Mail hat kein lesbares Datum."))


def _html_body(item: Any, derive: bool) -> str:
    """The HTML body as stored; with ``derive``, made from the RTF body where none is stored
    (extract-msg's ``htmlBody``)."""
    try:
        html = item.getStream(_HTML_STREAM)
        if not html and derive:
            html = getattr(item, "htmlBody", None)
    except Exception:  # noqa: BLE001 - RTF-only mails and broken HTML streams
        return ""
    return decode_unknown(html) if isinstance(html, bytes) and html else ""


def _read_bodies(item: Any, mail: ParsedMail) -> None:
    body = getattr(item, "body", None)
    text = str(body).strip() if body else ""
    mail.html = _html_body(item, derive=not text)
    mail.text = text or (html_to_text(mail.html) if mail.html else "")


def _read_attachments(item: Any, mail: ParsedMail) -> None:
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
            mail.warnings.append(msg("Anhang „{name}“ konnte nicht gelesen werden.", name=name))
