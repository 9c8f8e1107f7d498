"""vCard 2.1, 3.0 and 4.0 in, vCard 4.0 out.

Real exports are messy: quoted-printable with soft line breaks, a CHARSET per property (Shift_JIS
bytes in a UTF-8 file), UTF-16 files, broken photos, comment lines. So the file is first split
into cards and logical lines at the byte level; each value is decoded by its own rules; only then
is each card handed to vobject. A card that still fails is reported and the others go on.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator, Sequence
from typing import Any

import vobject

from buergeranfragen.charsets import decode_bytes, decode_text
from buergeranfragen.contacts.io.entries import ReadEntry, split_name
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactRecord,
    ContactSource,
    EmailInput,
    EmailKind,
    PhoneInput,
    PhoneKind,
)
from buergeranfragen.messages import Message, msg
from buergeranfragen.text import fold_spaces

_DROPPED = {b"PHOTO", b"LOGO", b"SOUND", b"KEY", b"AGENT", b"PROFILE"}
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_X_PREFIX = "X-BUERGERANFRAGEN-"
_SALUTATIONS = {"herr", "frau", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "divers"}


# -- reading --------------------------------------------------------------------------------


def _is_qp(params: bytes) -> bool:
    upper = params.upper()
    return b"QUOTED-PRINTABLE" in upper


def _split_cards(data: bytes) -> Iterator[tuple[list[bytes], Message | None]]:
    """Raw physical lines of each top-level card; nested cards (AGENT) stay inside."""
    depth = 0
    lines: list[bytes] = []
    for line in _LINE_BREAK.split(data):
        stripped = line.strip().upper()
        if stripped == b"BEGIN:VCARD":
            depth += 1
            if depth == 1:
                lines = []
                continue
        elif stripped == b"END:VCARD" and depth:
            depth -= 1
            if depth == 0:
                yield lines, None
                continue
        if depth:
            lines.append(line)
    if depth:
        yield lines, msg("Der Eintrag ist unvollständig (END:VCARD fehlt).")


def _logical_lines(physical: list[bytes]) -> tuple[list[bytes], int]:
    """Unfold continuation lines and quoted-printable soft breaks; count ignored lines."""
    logical: list[bytes] = []
    ignored = 0
    in_base64 = False
    for line in physical:
        if logical and line[:1] in (b" ", b"\t"):
            if in_base64:
                continue
            logical[-1] += line[1:]
            continue
        if logical and _is_qp(logical[-1].partition(b":")[0]) and logical[-1].endswith(b"="):
            logical[-1] = logical[-1][:-1] + line
            continue
        if not line.strip():
            in_base64 = False
            continue
        if b":" not in line:
            ignored += 0 if in_base64 else 1
            continue
        in_base64 = False
        logical.append(line)
        params = line.partition(b":")[0].upper()
        if b"BASE64" in params or b"ENCODING=B" in params:
            in_base64 = True
    nested = 0
    kept: list[bytes] = []
    for line in logical:  # drop nested cards (AGENT bodies on lines of their own)
        upper = line.strip().upper()
        if upper == b"BEGIN:VCARD":
            nested += 1
        elif upper == b"END:VCARD" and nested:
            nested -= 1
        elif not nested:
            kept.append(line)
    return kept, ignored


def _escape_text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _decode_line(line: bytes) -> str | None:
    head, _, value = line.partition(b":")
    parts = head.split(b";")
    name = parts[0].strip()
    if name.rpartition(b".")[2].upper() in _DROPPED:
        return None
    charset = None
    params: list[str] = []
    qp = False
    for param in parts[1:]:
        key, eq, val = param.partition(b"=")
        upper_key = key.strip().upper()
        if upper_key == b"CHARSET" and eq:
            charset = val.strip().strip(b'"').decode("ascii", "replace")
        elif upper_key == b"ENCODING" and eq:
            qp = qp or val.strip().upper() == b"QUOTED-PRINTABLE"
        elif upper_key == b"QUOTED-PRINTABLE" and not eq:
            qp = True
        elif param.strip():
            params.append(decode_bytes(param.strip()))
    if qp:
        value = quopri.decodestring(value)
    text = decode_bytes(value, charset)
    if qp:
        text = _escape_text(text)
    decoded_name = decode_bytes(name)
    if decoded_name.upper() == "VERSION":
        return "VERSION:3.0"
    return ";".join([decoded_name, *params]) + ":" + text


def _types(prop: Any) -> set[str]:
    found = {s.lower() for s in getattr(prop, "singletonparams", [])}
    for value in prop.params.get("TYPE", []):
        found.update(v.strip().lower() for v in value.split(","))
    return found


def _phone_kind(types: set[str]) -> PhoneKind:
    if "fax" in types:
        return PhoneKind.FAX
    if types & {"cell", "mobile", "iphone"}:
        return PhoneKind.MOBILE
    if "home" in types and "work" not in types:
        return PhoneKind.PRIVATE
    return PhoneKind.OFFICE


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(_text(v) for v in value if v)
    return str(value or "").strip()


def _all(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _first_text(card: Any, name: str) -> str:
    for prop in _all(card, name):
        text = _text(prop.value)
        if text:
            return text
    return ""


def _is_organisation(card: Any, person: str, full_name: str, organisation: str) -> bool:
    """A card of an organisation, not a person: vCard 4.0 KIND:org (or group); or a card
    without a person's name (N) that Apple shows as a company or whose full name is the
    organisation's (FN = ORG)."""
    kind = _first_text(card, "kind").casefold()
    if kind in ("org", "organization", "organisation", "group"):
        return True
    if kind == "individual":  # said so (our export): "Anna Schmidt" working as "Anna Schmidt"
        return False
    organisation = " ".join(organisation.casefold().split())
    if person.strip() and " ".join(person.casefold().split()) != organisation:
        return False
    if _first_text(card, "x-abshowas").casefold() == "company":
        return True
    return bool(organisation) and " ".join(full_name.casefold().split()) == organisation


def _draft_from_card(card: Any) -> tuple[ContactDraft, list[Message]]:
    warnings: list[Message] = []
    values: dict[str, Any] = {}
    first = last = title = salutation = ""
    for prop in _all(card, "n"):
        n = prop.value
        first = " ".join(p for p in (_text(n.given), _text(n.additional)) if p)
        last = _text(n.family)
        prefix = _text(n.prefix)
        if prefix.lower() in _SALUTATIONS:
            salutation = prefix
        else:
            title = prefix
        break
    for prop in _all(card, "org"):
        org = prop.value if isinstance(prop.value, list) else [prop.value]
        values["organisation"] = _text(org[0]) if org else ""
        if len(org) > 1:
            values["desk"] = " / ".join(_text(o) for o in org[1:] if _text(o))
        break
    full_name = _first_text(card, "fn")
    if _is_organisation(card, f"{first} {last}", full_name, values.get("organisation", "")):
        # vCard 4.0 KIND:org, Apple's "show as company", or a name that is the organisation's:
        # no person's name (an association is not "Hörde e.V." by first and last name)
        person = " ".join(p for p in (first, last) if p)
        organisation = values.get("organisation") or full_name
        if person and fold_spaces(person) != fold_spaces(organisation):
            # the card names a person too (a contact person of the association): kept, not lost
            contact_person = f"Ansprechperson laut Karte: {person}"
            warnings.append(
                msg(
                    "Karte einer Organisation mit Personenname „{person}“: der Name steht in "
                    "den Notizen.",
                    person=person,
                )
            )
            values["contact_person_note"] = contact_person
        first = last = ""
        values["organisation"] = organisation
    elif not (first or last):
        first, last = split_name(full_name)
    values.update(first_name=first, last_name=last, title=title, salutation=salutation)
    values["function"] = _first_text(card, "title") or _first_text(card, "role")
    adrs = _all(card, "adr")
    adrs.sort(key=lambda p: 0 if "work" in _types(p) else 1)
    for prop in adrs:
        adr = prop.value
        street = " ".join(p for p in (_text(adr.box), _text(adr.extended), _text(adr.street)) if p)
        values.update(
            street=street,
            postal_code=_text(adr.code),
            city=_text(adr.city),
            country=_text(adr.country),
        )
        break
    notes = [_text(p.value) for p in _all(card, "note") if _text(p.value)]
    contact_person_note = values.pop("contact_person_note", "")
    values["notes"] = "\n".join([*notes, contact_person_note] if contact_person_note else notes)
    tags: list[str] = []
    for prop in _all(card, "categories"):
        tags.extend(
            _text(v) for v in (prop.value if isinstance(prop.value, list) else [prop.value])
        )
    phones = []
    for prop in _all(card, "tel"):
        raw = _text(prop.value)
        if raw.lower().startswith("tel:"):
            raw = raw[4:]
        if raw:
            phones.append(PhoneInput(raw, _phone_kind(_types(prop))))
    emails = []
    for prop in _all(card, "email"):
        address = _text(prop.value)
        if address:
            email_kind = EmailKind.PRIVATE if "home" in _types(prop) else EmailKind.WORK
            emails.append(EmailInput(address, email_kind))
    kind = ContactKind.CITIZEN
    for key, prop_list in card.contents.items():
        if not key.upper().startswith(_X_PREFIX):
            continue
        field = key.upper()[len(_X_PREFIX) :].lower()
        text = _text(prop_list[0].value)
        if field == "kind" and text in {k.value for k in ContactKind}:
            kind = ContactKind(text)
        elif field in {"outlet", "desk", "salutation"}:
            values[field] = text
    draft = ContactDraft(
        kind=kind,
        source=ContactSource.IMPORT,
        tags=tuple(t for t in tags if t),
        phones=tuple(phones),
        emails=tuple(emails),
        **values,
    )
    return draft, warnings


def read_vcards(data: bytes) -> Iterator[ReadEntry]:
    if (
        data[:2] in (b"\xff\xfe", b"\xfe\xff")
        or data[:3] == b"\xef\xbb\xbf"
        or b"\x00" in data[:200]
    ):
        data = decode_text(data).encode("utf-8")
    for number, (physical, error) in enumerate(_split_cards(data), start=1):
        if error:
            yield ReadEntry(number, None, error=error)
            continue
        lines, ignored = _logical_lines(physical)
        warnings = (
            [msg("{count} unlesbare Zeile(n) übersprungen.", count=ignored)] if ignored else []
        )
        text_lines = [t for t in (_decode_line(line) for line in lines) if t is not None]
        text = "BEGIN:VCARD\r\n" + "\r\n".join(text_lines) + "\r\nEND:VCARD\r\n"
        try:
            card = vobject.readOne(text, ignoreUnreadable=True)
            draft, more = _draft_from_card(card)
        except Exception as exc:  # noqa: BLE001 - vobject raises many kinds on broken cards
            error = msg("Der Eintrag ist beschädigt: {reason}", reason=str(exc))
            yield ReadEntry(number, None, tuple(warnings), error)
            continue
        yield ReadEntry(number, draft, tuple(warnings + more))


def looks_like_vcard(data: bytes) -> bool:
    head = decode_text(data[:4000]).lstrip().upper()
    return head.startswith("BEGIN:VCARD")


# -- writing --------------------------------------------------------------------------------


def _esc(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 6350 3.2)."""
    out: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _structured(parts: Sequence[str]) -> str:
    return ";".join(_esc(p) for p in parts)


_PHONE_TYPES = {
    PhoneKind.OFFICE: "work,voice",
    PhoneKind.MOBILE: "cell",
    PhoneKind.FAX: "work,fax",
    PhoneKind.PRIVATE: "home,voice",
}


def contact_to_vcard(contact: ContactRecord) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual" if (contact.first_name or contact.last_name) else "KIND:org",
        f"FN:{_esc(contact.display_name)}",
        "N:" + _structured([contact.last_name, contact.first_name, "", contact.title, ""]),
    ]
    if contact.organisation:
        lines.append("ORG:" + _esc(contact.organisation))
    if contact.function:
        lines.append("TITLE:" + _esc(contact.function))
    for phone in contact.phones:
        lines.append(
            f'TEL;VALUE=uri;TYPE="{_PHONE_TYPES.get(phone.kind, "voice")}":tel:{phone.e164}'
        )
    for email in contact.emails:
        kind = "home" if email.kind == EmailKind.PRIVATE else "work"
        lines.append(f"EMAIL;TYPE={kind}:{email.address}")
    if any((contact.street, contact.postal_code, contact.city, contact.country)):
        lines.append(
            "ADR;TYPE=work:"
            + _structured(
                ["", "", contact.street, contact.city, "", contact.postal_code, contact.country]
            )
        )
    if contact.notes:
        lines.append("NOTE:" + _esc(contact.notes))
    if contact.tags:
        lines.append("CATEGORIES:" + ",".join(_esc(t) for t in contact.tags))
    lines.append(f"{_X_PREFIX}KIND:{contact.kind.value}")
    for field in ("salutation", "outlet", "desk"):
        value = getattr(contact, field)
        if value:
            lines.append(f"{_X_PREFIX}{field.upper()}:{_esc(value)}")
    lines.append("REV:" + contact.updated_at.strftime("%Y%m%dT%H%M%SZ"))
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)
