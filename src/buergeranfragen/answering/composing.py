"""Writing the mails the office sends (pure: no database, no network): a reply to the citizen
with the reference in the subject, In-Reply-To/References naming the citizen's mail and the
citizen's text quoted below; a forward to a department with the original mail attached whole
(message/rfc822, so nothing is lost) or the call note, and a short cover note.

Headers are written by the standard library's SMTP policy: CRLF line ends, names and subjects
with umlauts encoded as RFC 2047 words, long lines folded. Text from outside (a subject, a
name) can carry no header of its own: line breaks are removed from every header value."""

from __future__ import annotations

import copy
import email
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import idna

from buergeranfragen.calendar import local

QUOTE_LIMIT = 20_000  # characters of the citizen's mail quoted below a reply
_PREFIX = re.compile(r"^\s*((aw|re|wg|fw|fwd|antw)\s*:\s*)+", re.IGNORECASE)
_LINE_BREAKS = re.compile(r"[\r\n\t\x00-\x08\x0b-\x1f\x7f]+")
OUTLOOK_MAIL = "application/vnd.ms-outlook"


@dataclass(frozen=True)
class Party:
    """A sender or recipient: an address and the name shown with it."""

    address: str
    name: str = ""


@dataclass(frozen=True)
class Quoted:
    """The mail a reply answers: who wrote it, when, and its text."""

    sender: Party
    at: datetime
    text: str


@dataclass(frozen=True)
class Composed:
    """A mail ready to hand to the server: its bytes and what the conversation keeps of it."""

    data: bytes
    message_id: str  # without angle brackets
    subject: str
    to: str  # as the To header shows it
    text: str  # the body as sent (with the quote)
    sender: str  # the From address


def header_value(value: str) -> str:
    """A value fit for one header line: no line breaks or control characters."""
    return " ".join(_LINE_BREAKS.sub(" ", value).split())


def with_reference(subject: str, reference: str, prefix: str) -> str:
    """``prefix`` ("AW:", "WG:") and the subject without earlier prefixes (no prefix: the
    subject as it is), the reference in brackets at the end unless it is there already."""
    subject = header_value(subject)
    bare = _PREFIX.sub("", subject).strip() if prefix else subject
    tag = f"[{reference}]"
    if tag.lower() not in bare.lower():
        bare = f"{bare} {tag}".strip()
    return f"{prefix} {bare}".strip() if prefix else bare


def quote(quoted: Quoted) -> str:
    """The citizen's mail below a reply: "Am … schrieb …:" and each line with "> "."""
    who = header_value(quoted.sender.name or quoted.sender.address)
    if quoted.sender.name and quoted.sender.address:
        who = f"{header_value(quoted.sender.name)} <{quoted.sender.address}>"
    when = local(quoted.at)
    text = quoted.text.strip()
    if len(text) > QUOTE_LIMIT:
        text = text[:QUOTE_LIMIT] + "\n[…]"
    lines = "\n".join(f"> {line}".rstrip() for line in text.splitlines())
    return f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {who}:\n{lines}"


def _ascii_domain(domain: str) -> str:
    """An umlaut domain as the DNS knows it (IDNA 2008: "straße.de" is not "strasse.de").
    Left as it is when it is no domain IDNA can write: the server refuses it then."""
    if domain.isascii():
        return domain
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return domain


def _address(party: Party) -> Address:
    local_part, _, domain = party.address.rpartition("@")
    return Address(
        display_name=header_value(party.name), username=local_part, domain=_ascii_domain(domain)
    )


def _domain(party: Party) -> str:
    return _ascii_domain(party.address.rpartition("@")[2]) or "localhost"


def _base(
    sender: Party, to: Party, subject: str, now: datetime, reference: str
) -> tuple[EmailMessage, str]:
    # An umlaut before the @ has no ASCII form (RFC 2047 words there name another mailbox):
    # such a mail is written in UTF-8 (RFC 6532) and the transport asks for SMTPUTF8.
    utf8 = not all(p.address.rpartition("@")[0].isascii() for p in (sender, to))
    message = EmailMessage(policy=policy.SMTPUTF8 if utf8 else policy.SMTP)
    message["From"] = _address(sender)
    message["To"] = _address(to)
    message["Subject"] = header_value(subject)
    message["Date"] = format_datetime(local(now))
    message_id = make_msgid(idstring=reference.lower(), domain=_domain(sender))
    message["Message-ID"] = message_id
    message["X-Aktenzeichen"] = reference
    return message, message_id.strip("<>")


def _composed(message: EmailMessage, message_id: str, body: str, sender: Party) -> Composed:
    return Composed(
        message.as_bytes(),
        message_id,
        str(message["Subject"]),
        str(message["To"]),
        body,
        sender.address,
    )


def compose_reply(
    *,
    sender: Party,
    to: Party,
    subject: str,
    text: str,
    reference: str,
    now: datetime,
    in_reply_to: str | None,
    references: list[str],
    quoted: Quoted | None,
) -> Composed:
    """A reply (or interim reply) to the citizen, the citizen's mail quoted below."""
    body = text.rstrip() + "\n"
    if quoted is not None and quoted.text.strip():
        body += "\n\n" + quote(quoted) + "\n"
    message, message_id = _base(sender, to, subject, now, reference)
    if in_reply_to:
        message["In-Reply-To"] = f"<{header_value(in_reply_to)}>"
    if references:
        message["References"] = " ".join(f"<{header_value(one)}>" for one in references)
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    return _composed(message, message_id, body, sender)


def compose_forward(
    *,
    sender: Party,
    to: Party,
    subject: str,
    note: str,
    reference: str,
    now: datetime,
    original: bytes | None,
    original_is_outlook: bool = False,
    original_name: str = "original.eml",
) -> Composed:
    """A forward to a department: the cover note, and the original mail attached whole
    (message/rfc822; an Outlook .msg as the file it is). Without an original (a call, a
    letter) the note carries everything."""
    body = note.rstrip() + "\n"
    message, message_id = _base(sender, to, subject, now, reference)
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    if original is not None:
        if original_is_outlook:
            message.add_attachment(
                original,
                maintype="application",
                subtype="vnd.ms-outlook",
                filename=original_name,
            )
        else:
            _attach_whole(message, original, original_name)
    return _composed(message, message_id, body, sender)


def _attach_whole(message: EmailMessage, original: bytes, name: str) -> None:
    """The original as message/rfc822, byte for byte (line ends as CRLF). A mail the
    standard library would not write back unchanged (broken headers, bare CRs) goes as the
    file it is instead (application/octet-stream): either way nothing of it is lost."""
    crlf = original.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    try:
        inner = email.message_from_bytes(original, policy=policy.SMTP)
        candidate = copy.deepcopy(message)
        candidate.add_attachment(inner, filename=name)
        if crlf.rstrip(b"\r\n") in candidate.as_bytes():
            message.add_attachment(inner, filename=name)
            return
    except Exception:  # noqa: BLE001, S110 - any trouble: attached as a file below
        pass
    message.add_attachment(original, maintype="application", subtype="octet-stream", filename=name)
