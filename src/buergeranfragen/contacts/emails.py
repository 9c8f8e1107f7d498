"""Email addresses checked with email-validator (no network look-ups) and stored normalised."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from buergeranfragen.messages import Message, msg


class EmailError(ValueError):
    """An invalid email address; ``msg`` names what was typed and why it is refused."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.reason = message


def normalise_email(raw: str, check_deliverability: bool = False) -> str:
    text = raw.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if not text:
        raise EmailError(msg("Bitte eine E-Mail-Adresse eingeben."))
    try:
        result = validate_email(text, check_deliverability=check_deliverability)
    except EmailNotValidError as exc:
        raise EmailError(
            msg(
                "„{address}“ ist keine gültige E-Mail-Adresse: {reason}",
                address=text,
                reason=_reason(exc),
            )
        ) from exc
    # The domain is case-insensitive; local parts are kept as written except for case folding,
    # which every real mail system applies too.
    return result.normalized.lower()


def _reason(exc: EmailNotValidError) -> Message:
    """email-validator explains in English; the user gets one of a few reasons of our own."""
    text = str(exc)
    if "special-use" in text or "reserved" in text:
        return msg("die Domain ist reserviert und nicht erreichbar.")
    if "something after the @-sign" in text:
        return msg("nach dem @ fehlt der Domainname (z. B. nrw.de).")
    if "part after the @-sign" in text or "domain name" in text.lower():
        return msg("der Teil nach dem @ ist kein gültiger Domainname.")
    if "@-sign" in text:
        return msg("das @-Zeichen fehlt oder steht mehrfach.")
    if "too long" in text:
        return msg("die Adresse ist zu lang.")
    return msg("die Schreibweise ist nicht zulässig.")
