"""Contact CSV in: Outlook German and English, Google, Thunderbird, Yahoo, KMail, WAB, and our
own export (``csv_export``); comma, semicolon or tab; UTF-8, UTF-16 or Windows-1252."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from buergeranfragen.charsets import decode_text
from buergeranfragen.contacts.io.entries import ReadEntry, split_name
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactSource,
    EmailInput,
    EmailKind,
    PhoneInput,
    PhoneKind,
)
from buergeranfragen.messages import join, msg

# a cell starting so is a formula to a spreadsheet: the export puts a "'" before it
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _key(header: str) -> str:
    return "".join(c for c in header.casefold() if c.isalnum())


def _keys(*names: str) -> set[str]:
    return {_key(n) for n in names}


# Column names by what they mean; compared without case, spaces and punctuation.
_SCALARS: dict[str, set[str]] = {
    "first_name": _keys("First Name", "Given Name", "Vorname", "First"),
    "middle_name": _keys(
        "Middle Name", "Additional Name", "Additional Names", "Weitere Vornamen", "Middle"
    ),
    "last_name": _keys("Last Name", "Family Name", "Nachname", "Last", "Surname"),
    "full_name": _keys("Name", "Display Name", "Anzeigename", "Formatted Name", "Full Name"),
    "title": _keys("Title", "Titel", "Name Prefix", "Honorific Prefixes", "Prefix"),
    "salutation": _keys("Anrede", "Salutation"),
    "organisation": _keys(
        "Company",
        "Organization",
        "Organisation",
        "Firma",
        "Organization 1 - Name",
        "Section 1 - Company",
        "Organization Name",
    ),
    "function": _keys(
        "Job Title", "Position", "Funktion", "Organization 1 - Title", "Section 1 - Title", "Role"
    ),
    "department": _keys("Department", "Abteilung", "Organization 1 - Department"),
    "outlet": _keys("Medium", "Redaktion"),
    "desk": _keys("Ressort", "Desk"),
    "notes": _keys("Notes", "Notizen", "Note", "Bemerkungen"),
    "tags": _keys("Categories", "Kategorien", "Category", "Group Membership", "Tags"),
    "kind": _keys("Art", "Kontaktart"),
}
_ADDRESS = {
    "street": [
        _keys(
            "Business Street",
            "Work Address",
            "Straße geschäftlich",
            "Work Street",
            "Business Address Street",
            "Straße",
        ),
        _keys("Home Street", "Home Address", "Straße privat", "Home Address Street"),
    ],
    "city": [
        _keys(
            "Business City",
            "Work City",
            "Ort geschäftlich",
            "Business Address Locality",
            "Ort",
            "Stadt",
        ),
        _keys("Home City", "Ort privat", "Home Address Locality"),
    ],
    "postal_code": [
        _keys(
            "Business Postal Code",
            "Work ZipCode",
            "Work Zip",
            "PLZ",
            "Postleitzahl geschäftlich",
            "Business Address Postal Code",
            "Postleitzahl",
        ),
        _keys(
            "Home Postal Code",
            "Home ZipCode",
            "Home Zip",
            "Postleitzahl privat",
            "Home Address Postal Code",
        ),
    ],
    "country": [
        _keys(
            "Business Country",
            "Business Country/Region",
            "Work Country",
            "Land/Region geschäftlich",
            "Business Address Country",
            "Land",
        ),
        _keys("Home Country", "Home Country/Region", "Land/Region privat", "Home Address Country"),
    ],
}
_PHONES: dict[PhoneKind, set[str]] = {
    PhoneKind.OFFICE: _keys(
        "Business Phone",
        "Business Phone 2",
        "Work Phone",
        "Work",
        "Telefon geschäftlich",
        "Telefon geschäftlich 2",
        "Telefon Büro",
        "Telefon",
        "Phone",
        "Primary Phone",
        "Company Main Phone",
        "Section 1 - Phone",
        "Other Phone",
        "Weiteres Telefon",
        "Haupttelefon",
        "Business Phone Number",
        "Assistant's Phone",
    ),
    PhoneKind.MOBILE: _keys(
        "Mobile Phone",
        "Mobile",
        "Mobile Number",
        "Mobiltelefon",
        "Mobil",
        "Home Mobile",
        "Cell Phone",
        "Section 1 - Mobile",
        "Car Phone",
        "Autotelefon",
        "Mobile Phone Number",
    ),
    PhoneKind.FAX: _keys(
        "Business Fax",
        "Home Fax",
        "Fax Number",
        "Fax",
        "Fax geschäftlich",
        "Fax privat",
        "Section 1 - Fax",
        "Other Fax",
    ),
    PhoneKind.PRIVATE: _keys(
        "Home Phone",
        "Home Phone 2",
        "Telefon privat",
        "Telefon privat 2",
        "Home",
        "Home Phone Number",
    ),
}
_EMAILS: dict[EmailKind, set[str]] = {
    EmailKind.WORK: _keys(
        "E-mail",
        "Email",
        "E-mail Address",
        "E-mail 2 Address",
        "E-mail 3 Address",
        "Primary Email",
        "Secondary Email",
        "Email Work",
        "Email Other",
        "E-Mail-Adresse",
        "E-Mail 2: Adresse",
        "E-Mail 3: Adresse",
        "Section 1 - Email",
        "Alternate Email 1",
        "Alternate Email 2",
        "Business Email",
        "Email Address",
        "E-Mail 2",
        "E-Mail 3",
        "Work Email",
    ),
    EmailKind.PRIVATE: _keys("Email Home", "Home Email", "Personal Email", "E-Mail privat"),
}
_GOOGLE_VALUE = re.compile(r"^(phone|email)(\d+)value$")
_KIND_WORDS = {"presse": ContactKind.PRESS, "press": ContactKind.PRESS}


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: 0 for d in (",", ";", "\t", "~")}
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _unneutralise(value: str) -> str:
    """Undo our own export's protection: "'=..." was written for "=..."."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START:
        return value[1:]
    return value.strip()


class _ColumnPlan:
    """Which column of this file means what."""

    def __init__(self, header: list[str]) -> None:
        self.scalars: dict[str, list[int]] = {}
        self.phones: list[tuple[int, PhoneKind]] = []
        self.emails: list[tuple[int, EmailKind]] = []
        self.address: dict[str, list[list[int]]] = {k: [[], []] for k in _ADDRESS}
        self.google_types: dict[tuple[str, str], int] = {}
        keys = [_key(h) for h in header]
        for index, key in enumerate(keys):
            stripped = re.sub(r"\d+$", "", key)
            google = _GOOGLE_VALUE.match(key)
            if google:
                what, n = google.groups()
                if what == "phone":
                    self.phones.append((index, PhoneKind.OFFICE))
                else:
                    self.emails.append((index, EmailKind.WORK))
                self.google_types[(what, n)] = index
                continue
            if key.endswith("type") and _GOOGLE_VALUE.match(key[:-4] + "value"):
                continue
            matched = False
            for candidate in (key, stripped):
                for name, names in _SCALARS.items():
                    if candidate in names:
                        self.scalars.setdefault(name, []).append(index)
                        matched = True
                        break
                if matched:
                    break
                for field, (business, home) in _ADDRESS.items():
                    if candidate in business:
                        self.address[field][0].append(index)
                        matched = True
                    elif candidate in home:
                        self.address[field][1].append(index)
                        matched = True
                if matched:
                    break
                for phone_kind, names in _PHONES.items():
                    if candidate in names:
                        self.phones.append((index, phone_kind))
                        matched = True
                        break
                if matched:
                    break
                for email_kind, names in _EMAILS.items():
                    if candidate in names:
                        self.emails.append((index, email_kind))
                        matched = True
                        break
                if matched:
                    break
        self.header = header
        self.keys = keys

    @property
    def usable(self) -> bool:
        names = {"first_name", "last_name", "full_name", "organisation"}
        return bool(names & set(self.scalars) or self.phones or self.emails)

    def entry(self, number: int, row: list[str]) -> ReadEntry:
        def cell(index: int) -> str:
            return _unneutralise(row[index]) if index < len(row) else ""

        def scalar(name: str) -> str:
            return " ".join(v for v in (cell(i) for i in self.scalars.get(name, [])) if v)

        values = {
            name: scalar(name)
            for name in (
                "title",
                "salutation",
                "organisation",
                "function",
                "outlet",
                "desk",
                "notes",
            )
        }
        first = " ".join(p for p in (scalar("first_name"), scalar("middle_name")) if p)
        last = scalar("last_name")
        if not (first or last) and scalar("full_name"):
            first, last = split_name(scalar("full_name"))
        department = scalar("department")
        if department and not values["desk"]:
            values["desk"] = department
        for group in (0, 1):  # business address first, the home address if there is none
            chosen = {
                f: " ".join(cell(i) for i in cols[group] if cell(i))
                for f, cols in self.address.items()
            }
            if any(chosen.values()):
                values.update(chosen)
                break
        phones = []
        for index, phone_kind in self.phones:
            for raw in re.split(r"\s*:::\s*", cell(index)):
                if raw:
                    phones.append(
                        PhoneInput(raw, self._google_kind("phone", index, row) or phone_kind)
                    )
        emails = []
        for index, email_kind in self.emails:
            for address in re.split(r"\s*:::\s*", cell(index)):
                if address:
                    google = self._google_kind("email", index, row)
                    emails.append(
                        EmailInput(
                            address,
                            EmailKind.PRIVATE if google == PhoneKind.PRIVATE else email_kind,
                        )
                    )
        tags = tuple(t.strip(" *") for t in re.split(r"[;,]|:::", scalar("tags")) if t.strip(" *"))
        kind = _KIND_WORDS.get(scalar("kind").casefold(), ContactKind.CITIZEN)
        draft = ContactDraft(
            kind=kind,
            first_name=first,
            last_name=last,
            tags=tags,
            source=ContactSource.IMPORT,
            phones=tuple(phones),
            emails=tuple(emails),
            **values,
        )
        return ReadEntry(number, draft)

    def _google_kind(self, what: str, index: int, row: list[str]) -> PhoneKind | None:
        for (kind_what, n), value_index in self.google_types.items():
            if kind_what == what and value_index == index:
                type_index = next(
                    (i for i, k in enumerate(self.keys) if k == f"{what}{n}type"), None
                )
                if type_index is None or type_index >= len(row):
                    return None
                label = row[type_index].casefold()
                if "fax" in label:
                    return PhoneKind.FAX
                if "mobile" in label or "cell" in label:
                    return PhoneKind.MOBILE
                if "home" in label:
                    return PhoneKind.PRIVATE
                return None
        return None


def read_csv(data: bytes) -> Iterator[ReadEntry]:
    text = decode_text(data)
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    reader = csv.reader(
        io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=_sniff_delimiter(first_line)
    )
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield ReadEntry(
            1, None, error=msg("Die Kopfzeile ist nicht lesbar: {reason}", reason=str(exc))
        )
        return
    plan = _ColumnPlan(header)
    number = 0
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ReadEntry(
                number, None, error=msg("Die Zeile ist nicht lesbar: {reason}", reason=str(exc))
            )
            return
        if not any(cell.strip() for cell in row):
            number -= 1
            continue
        if not plan.usable:
            shown = join((msg("„{column}“", column=h) for h in header[:4]), ", ")
            error = msg(
                "Die Spalten der Datei sind nicht erkannt (keine Spalte für Name, Telefon oder "
                "E-Mail; die Kopfzeile beginnt mit {columns}).",
                columns=shown,
            )
            yield ReadEntry(number, None, error=error)
            continue
        yield plan.entry(number, row)
