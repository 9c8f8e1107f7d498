"""Email addresses checked with email-validator (no network look-ups) and stored normalised."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


class EmailError(ValueError):
    """An invalid email address; the message is German."""


def normalise_email(raw: str, check_deliverability: bool = False) -> str:
    text = raw.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if not text:
        raise EmailError("Bitte eine E-Mail-Adresse eingeben.")
    try:
        result = validate_email(text, check_deliverability=check_deliverability)
    except EmailNotValidError as exc:
        raise EmailError(f"„{text}“ ist keine gültige E-Mail-Adresse: {_german(exc)}") from exc
    # The domain is case-insensitive; local parts are kept as written except for case folding,
    # which every real mail system applies too.
    return result.normalized.lower()


def _german(exc: EmailNotValidError) -> str:
    text = str(exc)
    if "special-use" in text or "reserved" in text:
        return "die Domain ist reserviert und nicht erreichbar."
    if "something after the @-sign" in text:
        return "nach dem @ fehlt der Domainname (z. B. nrw.de)."
    if "part after the @-sign" in text or "domain name" in text.lower():
        return "der Teil nach dem @ ist kein gültiger Domainname."
    if "@-sign" in text:
        return "das @-Zeichen fehlt oder steht mehrfach."
    if "too long" in text:
        return "die Adresse ist zu lang."
    return "die Schreibweise ist nicht zulässig."
