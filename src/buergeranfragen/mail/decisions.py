"""Whose mail it is and what it says: the sender, subject, time and text the intake stores,
after unwrapping a colleague's forward (a mail of the office's own domain carrying a
citizen's), with a date nobody would believe replaced by the time of the import."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.mail.forwarding import attached_original, find_forwarded, strip_forward_prefix
from buergeranfragen.mail.press import domain_in
from buergeranfragen.mail.records import ParsedMail
from buergeranfragen.messages import Message, msg

# a mail's date outside this range is not believed (the import time counts instead)
EARLIEST_DATE = datetime(1990, 1, 1, tzinfo=UTC)
LATEST_AHEAD = timedelta(days=1)


@dataclass
class Decision:
    """Whose mail it is and what it says, after unwrapping a colleague's forward."""

    kind: ContactKind
    from_email: str
    from_name: str
    forwarded_by: str
    subject: str
    received_at: datetime
    body: str
    body_html: str
    warnings: list[Message] = field(default_factory=list)


def decide(parsed: ParsedMail, now: datetime, office_domains: tuple[str, ...]) -> Decision:
    """Whose mail it is and what it says; a colleague's forward is unwrapped."""
    decision = Decision(
        kind=ContactKind.CITIZEN,
        from_email=parsed.from_email,
        from_name=parsed.from_name,
        forwarded_by="",
        subject=parsed.subject,
        received_at=parsed.received_at or now,
        body=parsed.text,
        body_html=parsed.html,
    )
    if parsed.received_at is None:
        decision.warnings.append(msg("Als Eingangszeit gilt die Zeit des Imports."))
    if parsed.from_email and domain_in(parsed.from_email, office_domains):
        _unwrap_forward(parsed, decision, office_domains)
    if not EARLIEST_DATE <= decision.received_at <= now + LATEST_AHEAD:
        # a sender's clock or a forged Date would put the mail at the end or the top of
        # the queue for years
        decision.warnings.append(
            msg(
                "Das Datum der Mail ({date}) ist nicht glaubhaft; als Eingangszeit gilt die "
                "Zeit des Imports.",
                date=f"{decision.received_at:%d.%m.%Y}",
            )
        )
        decision.received_at = now
    return decision


def _unwrap_forward(
    parsed: ParsedMail, decision: Decision, office_domains: tuple[str, ...]
) -> None:
    """A colleague forwarded the mail: the inquiry is the original sender's."""
    original = attached_original(parsed)
    if original is not None and original.from_email:
        decision.forwarded_by = parsed.from_email
        decision.from_email, decision.from_name = original.from_email, original.from_name
        decision.subject = original.subject or strip_forward_prefix(parsed.subject)
        decision.received_at = original.received_at or decision.received_at
        decision.body = original.text or parsed.text
        decision.body_html = original.html
        return
    block = find_forwarded(parsed.text)
    if block is None or domain_in(block.from_email, office_domains):
        return
    decision.forwarded_by = parsed.from_email
    decision.from_email, decision.from_name = block.from_email, block.from_name
    decision.subject = block.subject or strip_forward_prefix(parsed.subject)
    decision.received_at = block.date or decision.received_at
    note = parsed.text[: parsed.text.find(block.text)].strip() if block.text else ""
    decision.body = block.text or parsed.text
    if note:
        decision.warnings.append(msg("Der Kommentar der weiterleitenden Person steht im Original."))
