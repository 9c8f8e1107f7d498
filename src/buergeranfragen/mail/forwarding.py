"""Forwarded mails: the header block a mailer writes above a forwarded text (Outlook, Gmail,
Thunderbird, Apple Mail; German and English), German dates in it, forward prefixes of
subjects, and originals attached whole."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from buergeranfragen.calendar import BERLIN
from buergeranfragen.mail.headers import decode_header_value, parse_address, parse_date
from buergeranfragen.mail.parsing import parse_rfc822
from buergeranfragen.mail.records import NotAMail, ParsedMail

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
_FIELD_NAMES = {
    "von": "from",
    "gesendet": "date",
    "sent": "date",
    "datum": "date",
    "betreff": "subject",
    "an": "to",
}
_GERMAN_MONTHS = {
    name: number
    for number, name in enumerate(
        (
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
        ),
        start=1,
    )
}
_SUBJECT_PREFIX = re.compile(r"^\s*((?:WG|Fwd?|FW|Wtr|AW|Re|TR)\s*:\s*)+", re.IGNORECASE)
_BLOCK_LINES = 14


def german_date(text: str) -> datetime | None:
    """'Montag, 23. November 2026 10:15' or '23.11.2026 10:15' (Europe/Berlin), in UTC."""
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
        return local.astimezone(UTC)
    except (ValueError, OverflowError):  # 31.12.9999 is fine in Berlin, not in UTC
        return None


@dataclass(frozen=True)
class ForwardedBlock:
    from_name: str
    from_email: str
    subject: str
    date: datetime | None
    text: str


def _block_fields(lines: list[str]) -> tuple[dict[str, str], int]:
    """The header fields below a marker, and how many lines they took."""
    fields: dict[str, str] = {}
    consumed = 0
    for line in lines[:_BLOCK_LINES]:
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
        fields.setdefault(_FIELD_NAMES.get(key, key), match.group(2).strip())
    return fields, consumed


def find_forwarded(text: str) -> ForwardedBlock | None:
    """The first forwarded-message header block in a body (Outlook, Gmail, Thunderbird)."""
    for marker in _FORWARD_MARKERS.finditer(text):
        lines = text[marker.end() :].lstrip("\r\n").splitlines()
        fields, consumed = _block_fields(lines)
        if "from" not in fields:
            continue
        name, address = parse_address(
            decode_header_value(fields["from"]).replace("[mailto:", "<").replace("]", ">")
        )
        if "@" not in address:  # "Von: Pressestelle" names no sender to file the mail under
            continue
        date = parse_date(fields.get("date", "")) or german_date(fields.get("date", ""))
        body = "\n".join(lines[consumed:]).strip()
        return ForwardedBlock(name, address.lower(), fields.get("subject", ""), date, body)
    return None


def strip_forward_prefix(subject: str) -> str:
    """ "WG: AW: Frage" -> "Frage"."""
    return _SUBJECT_PREFIX.sub("", subject).strip()


def attached_original(mail: ParsedMail) -> ParsedMail | None:
    """A mail attached whole (message/rfc822, or an .eml attachment) - the forwarded one."""
    for attachment in mail.attachments:
        if attachment.content_type == "message/rfc822" or attachment.filename.lower().endswith(
            ".eml"
        ):
            try:
                return parse_rfc822(attachment.data)
            except NotAMail:
                continue
    return None
