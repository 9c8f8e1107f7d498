"""German-first phone number handling with phonenumbers: parse any common writing, store E.164."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from buergeranfragen.messages import Message, msg

DEFAULT_REGION = "DE"
_PHONE_CHARS = re.compile(r"^[\s\d+()/\-.]+$")
_TRUNK_ZERO = re.compile(r"\(\s*0\s*\)")


class PhoneError(ValueError):
    """An invalid phone number; ``msg`` names what was typed."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.reason = message


@dataclass(frozen=True)
class ParsedPhone:
    e164: str
    raw: str

    @property
    def national(self) -> str:
        return format_for_display(self.e164)


def _clean(raw: str) -> str:
    text = raw.strip()
    # "+49 (0)211 ..." - the bracketed trunk zero is not dialled from abroad.
    text = _TRUNK_ZERO.sub(" ", text)
    if text.startswith("00"):
        text = "+" + text[2:]
    return text


def parse_phone(raw: str, region: str = DEFAULT_REGION) -> ParsedPhone:
    text = raw.strip()
    if not text:
        raise PhoneError(msg("Bitte eine Rufnummer eingeben."))
    try:
        number = phonenumbers.parse(_clean(text), region)
    except NumberParseException as exc:
        if exc.error_type in (
            NumberParseException.TOO_LONG,
            NumberParseException.TOO_SHORT_NSN,
            NumberParseException.TOO_SHORT_AFTER_IDD,
        ):
            raise PhoneError(_wrong_length(text)) from exc
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            raise PhoneError(
                msg("„{number}“: Die Ländervorwahl ist unbekannt.", number=text)
            ) from exc
        raise PhoneError(msg("„{number}“ ist keine Rufnummer.", number=text)) from exc
    if not phonenumbers.is_valid_number(number):
        if phonenumbers.is_possible_number(number):
            raise PhoneError(
                msg("„{number}“ ist keine gültige Rufnummer (Vorwahl prüfen).", number=text)
            )
        raise PhoneError(_wrong_length(text))
    return ParsedPhone(phonenumbers.format_number(number, PhoneNumberFormat.E164), text)


def _wrong_length(text: str) -> Message:
    return msg("„{number}“ hat nicht die richtige Länge für eine Rufnummer.", number=text)


def try_parse_phone(raw: str, region: str = DEFAULT_REGION) -> ParsedPhone | None:
    try:
        return parse_phone(raw, region)
    except PhoneError:
        return None


def format_for_display(e164: str, home_region: str = DEFAULT_REGION) -> str:
    """National format for home numbers (0211 8371001), international for the rest."""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == home_region:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def looks_like_phone(text: str) -> bool:
    """True for input made of digits and phone punctuation with at least three digits."""
    stripped = text.strip()
    return bool(_PHONE_CHARS.match(stripped)) and sum(c.isdigit() for c in stripped) >= 3


def search_forms(e164: str, home_region: str = DEFAULT_REGION) -> list[str]:
    """The digit strings under which a stored number is found by a partial search:
    E.164 (+492118371001) and the national digits (02118371001)."""
    forms = [e164]
    try:
        number = phonenumbers.parse(e164, None)
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        forms.append(re.sub(r"\D", "", national))
        if phonenumbers.region_code_for_number(number) != home_region:
            forms.append("00" + e164[1:])
    except NumberParseException:
        pass
    return forms


def search_key(text: str) -> str:
    """What a typed (maybe partial) number is looked up as within ``search_forms``:
    ``+49 (0)211 837`` -> ``+49211837``, ``0211/83`` -> ``021183``."""
    cleaned = _clean(text)
    digits = re.sub(r"\D", "", cleaned)
    return "+" + digits if cleaned.startswith("+") else digits
