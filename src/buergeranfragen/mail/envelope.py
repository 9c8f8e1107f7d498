"""The SMTP envelope of a finished mail: the sender from its From, the recipients from To, Cc
and Bcc, and the bytes to hand over without the Bcc header (everything else unchanged)."""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from email import policy
from email.parser import Parser

from buergeranfragen.messages import Message, msg


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: list[str]
    data: bytes  # what goes over the wire: the stored bytes without Bcc


class NoEnvelope(ValueError):
    def __init__(self, reason: Message) -> None:
        super().__init__(reason.render())
        self.reason = reason


def _header_end(data: bytes) -> int:
    """Where the header block ends (the index of its blank line), or len(data)."""
    ends = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    return min(ends) if ends else len(data)


def without_bcc(data: bytes) -> bytes:
    """``data`` without its Bcc header lines (and their continuation lines)."""
    end = _header_end(data)
    head, rest = data[:end], data[end:]
    kept: list[bytes] = []
    dropping = False
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line[:4].lower() == b"bcc:"
        if not dropping:
            kept.append(line)
    if dropping:  # the Bcc line was the last header: its line break (in ``rest``) goes too
        rest = rest[2:] if rest.startswith(b"\r\n") else rest[1:]
    return b"".join(kept) + rest


def _addresses(values: list[str]) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for _name, address in email.utils.getaddresses(values):
        address = address.strip()
        if address and "@" in address and address.lower() not in seen:
            seen.add(address.lower())
            found.append(address)
    return found


def envelope_of(data: bytes) -> Envelope:
    """The envelope of a finished mail; ``NoEnvelope`` when it has no sender or recipient."""
    # read as UTF-8: an address with umlauts before the @ is written so (RFC 6532)
    head = data[: _header_end(data)].decode("utf-8", "replace")
    headers = Parser(policy=policy.compat32).parsestr(head + "\n\n", headersonly=True)
    senders = _addresses([str(v) for v in headers.get_all("from", [])])
    if not senders:
        raise NoEnvelope(msg("Die Mail hat keinen Absender (From)."))
    recipients = _addresses(
        [str(v) for name in ("to", "cc", "bcc") for v in headers.get_all(name, [])]
    )
    if not recipients:
        raise NoEnvelope(msg("Die Mail hat keinen Empfänger (An, Cc oder Bcc)."))
    has_bcc = headers.get_all("bcc") is not None
    return Envelope(senders[0], recipients, without_bcc(data) if has_bcc else data)
