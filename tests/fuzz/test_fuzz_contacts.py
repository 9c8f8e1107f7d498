"""The contact file readers on hostile files (vCard, CSV): every entry read or skipped with a
reason, never an exception; and what we export comes back as it went out."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from buergeranfragen.contacts.io.csv_export import write_csv
from buergeranfragen.contacts.io.csvfile import read_csv
from buergeranfragen.contacts.io.entries import ReadEntry
from buergeranfragen.contacts.io.vcard import contact_to_vcard, looks_like_vcard, read_vcards
from buergeranfragen.contacts.phones import parse_phone
from buergeranfragen.contacts.records import (
    ContactKind,
    ContactRecord,
    ContactSource,
    EmailKind,
    EmailRecord,
    PhoneKind,
    PhoneRecord,
)
from tests.fuzz.mail_strategies import CHARSETS, HOSTILE_CHARS, TEXT


def check_entries(entries: list[ReadEntry]) -> None:
    for number, entry in enumerate(entries, start=1):
        assert entry.number >= 1
        assert (entry.draft is None) == (entry.error is not None), number
        if entry.error is not None:
            entry.error.render()
        for warning in entry.warnings:
            warning.render()
        if entry.draft is not None:
            for value in vars(entry.draft).values():
                if isinstance(value, str):
                    value.encode("utf-8")  # storable: no lone surrogates
            for phone in entry.draft.phones:
                phone.raw.encode("utf-8")
            for email in entry.draft.emails:
                email.address.encode("utf-8")


VCARD_PROPERTIES = st.sampled_from(
    [
        "FN",
        "N",
        "ORG",
        "TITLE",
        "ROLE",
        "TEL",
        "EMAIL",
        "ADR",
        "NOTE",
        "CATEGORIES",
        "KIND",
        "VERSION",
        "PHOTO",
        "AGENT",
        "X-ABSHOWAS",
        "X-BUERGERANFRAGEN-KIND",
        "item1.EMAIL",
        "BEGIN",
        "END",
        "",
        "N;CHARSET=",
        "X-BUERGERANFRAGEN-OUTLET",
    ]
)
VCARD_PARAMS = st.sampled_from(
    [
        "",
        ";TYPE=work",
        ';TYPE="work,voice"',
        ";ENCODING=QUOTED-PRINTABLE",
        ";QUOTED-PRINTABLE",
        ";ENCODING=BASE64",
        ";ENCODING=b",
        ";VALUE=uri",
        ";PREF=1",
        ";TYPE=",
        ";=",
        ';"',
        ";LANGUAGE=de",
    ]
)


@st.composite
def vcard_line(draw: st.DrawFn) -> bytes:
    name = draw(VCARD_PROPERTIES).encode()
    params = draw(VCARD_PARAMS).encode()
    if draw(st.booleans()):
        params += b";CHARSET=" + draw(CHARSETS).encode("utf-8", "replace")
    value = draw(TEXT)
    encoded = value.encode(draw(st.sampled_from(["utf-8", "latin-1", "utf-16-le"])), "replace")
    if draw(st.integers(0, 5)) == 0:
        encoded = draw(st.binary(max_size=40))
    separator = draw(st.sampled_from([b":", b";", b"", b"::"]))
    fold = draw(st.sampled_from([b"", b"\r\n ", b"=\r\n", b"\r\n\t"]))
    return name + params + separator + encoded[:10] + fold + encoded[10:]


@st.composite
def vcard_files(draw: st.DrawFn) -> bytes:
    cards = []
    for _ in range(draw(st.integers(0, 3))):
        lines = [b"BEGIN:VCARD", b"VERSION:" + draw(st.sampled_from([b"2.1", b"3.0", b"4.0"]))]
        lines += draw(st.lists(vcard_line(), max_size=8))
        if draw(st.integers(0, 4)):
            lines.append(b"END:VCARD")
        cards.append(draw(st.sampled_from([b"\r\n", b"\n", b"\r"])).join(lines))
    data = b"\r\n".join(cards)
    start = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00"]))
    return start + data


@given(vcard_files())
def test_vcard_files_are_read_entry_by_entry(data: bytes) -> None:
    check_entries(list(read_vcards(data)))
    looks_like_vcard(data)


@given(st.binary(max_size=1500))
def test_random_bytes_as_vcard_never_fail(data: bytes) -> None:
    check_entries(list(read_vcards(b"BEGIN:VCARD\r\n" + data)))


CSV_HEADERS = st.sampled_from(
    [
        "Vorname",
        "Nachname",
        "Name",
        "E-Mail",
        "Telefon",
        "Mobil",
        "Phone 1 - Value",
        "Phone 1 - Type",
        "E-mail 1 - Value",
        "E-mail 1 - Type",
        "Organisation",
        "Art",
        "Kategorien",
        "Notizen",
        "Straße",
        "PLZ",
        "Ort",
        "Land",
        "Business Street",
        "Home City",
        "",
        "\ufeffName",
        "First Name",
        "Last Name",
        "=cmd",
        "Group Membership",
    ]
)
CSV_CELL = st.one_of(
    TEXT,
    st.sampled_from(["0211 8371001", "+49 (0)211 837", "a@b.de ::: c@d.de", "'=1+1", "Presse"]),
)


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", "~", "|"]))
    header = draw(st.lists(CSV_HEADERS, min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(CSV_CELL, max_size=10), max_size=5))
    out = io.StringIO()
    line_end = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    if draw(st.booleans()):  # broken quoting
        text = text.replace('"', draw(st.sampled_from(['"""', "", '\\"'])))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
    return text.encode(encoding, "replace")


@given(csv_files())
def test_csv_files_are_read_entry_by_entry(data: bytes) -> None:
    check_entries(list(read_csv(data)))


@given(st.binary(max_size=1500))
def test_random_bytes_as_csv_never_fail(data: bytes) -> None:
    check_entries(list(read_csv(b"Name;E-Mail;Telefon\r\n" + data)))
    check_entries(list(read_csv(data)))


# -- round trips: export, then import ------------------------------------------------------

_WORD = st.text(
    alphabet=st.one_of(
        st.sampled_from("äöüßÄÖÜéçñ漢😀\u202e'\"=+-@\\;,:.()/&%*<>"),
        st.characters(codec="utf-8", categories=["L", "N"]),
    ),
    min_size=1,
    max_size=8,
)
# What storage holds: stripped, single-spaced, one line (notes may have several lines).
LINE = st.lists(_WORD, max_size=3).map(" ".join)
# A tag list is one cell ("a, b") in CSV: tags hold no separators (the window splits there
# too) and no Google "* " star around them.
TAG = LINE.map(
    lambda tag: tag.replace(",", "").replace(";", "").replace(":", "").strip(" *")
).filter(bool)
NOTES = st.lists(LINE, max_size=3).map("\n".join).map(str.strip)
PHONES = st.sampled_from(
    ["+492118371001", "+4915112345678", "+49301234567", "+33142685300", "+12025550123"]
)
EMAILS = st.sampled_from(["erika@example.org", "a.b@nrw.de", "presse@wdr.de", "x+y@gmx.net"])
_STAMP = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _first(pair: tuple[str, object]) -> str:
    return pair[0]  # a contact has each number and address once


@st.composite
def contacts(draw: st.DrawFn) -> ContactRecord:
    first, last = draw(LINE), draw(LINE)
    organisation = draw(LINE)
    if not (first or last or organisation):
        last = "Mustermann"
    return ContactRecord(
        id=1,
        version=1,
        kind=draw(st.sampled_from(ContactKind)),
        salutation=draw(st.sampled_from(["", "Frau", "Herr"])),
        title=draw(st.sampled_from(["", "Dr.", "Prof. Dr."])),
        first_name=first,
        last_name=last,
        organisation=organisation,
        function=draw(LINE),
        outlet=draw(LINE),
        desk=draw(LINE),
        street=draw(LINE),
        postal_code=draw(st.sampled_from(["", "40213", "D-40213"])),
        city=draw(LINE),
        country=draw(LINE),
        notes=draw(NOTES),
        tags=tuple(draw(st.lists(TAG, max_size=3, unique=True))),
        source=ContactSource.TYPED,
        phones=tuple(
            PhoneRecord(kind, e164, e164)
            for e164, kind in draw(
                st.lists(
                    st.tuples(PHONES, st.sampled_from(PhoneKind)), max_size=3, unique_by=_first
                )
            )
        ),
        emails=tuple(
            EmailRecord(kind, address)
            for address, kind in draw(
                st.lists(
                    st.tuples(EMAILS, st.sampled_from(EmailKind)), max_size=2, unique_by=_first
                )
            )
        ),
        created_at=_STAMP,
        updated_at=_STAMP,
    )


def _by_kind(items: list[tuple[str, str]], kinds: list[str]) -> list[tuple[str, str]]:
    """CSV has columns per kind: numbers and addresses come back grouped by kind."""
    return sorted(items, key=lambda item: kinds.index(item[1]))


def _same(
    contact: ContactRecord, entry: ReadEntry, person: bool = True, grouped: bool = False
) -> None:
    assert entry.error is None, entry.error
    draft = entry.draft
    assert draft is not None
    fields = ["kind", "salutation", "organisation", "function", "outlet", "desk", "street"]
    fields += ["postal_code", "city", "country", "notes", "tags"]
    if person:
        fields += ["title", "first_name", "last_name"]
    for field in fields:
        assert getattr(draft, field) == getattr(contact, field), field
    phones: list[tuple[str, str]] = [(p.e164, p.kind) for p in contact.phones]
    emails: list[tuple[str, str]] = [(e.address, e.kind) for e in contact.emails]
    if grouped:
        phones = _by_kind(phones, list(PhoneKind))
        emails = _by_kind(emails, list(EmailKind))
    assert [(parse_phone(p.raw).e164, p.kind) for p in draft.phones] == phones
    assert [(e.address, e.kind) for e in draft.emails] == emails


@given(contacts())
def test_vcard_export_comes_back_as_it_went_out(contact: ContactRecord) -> None:
    entries = list(read_vcards(contact_to_vcard(contact).encode("utf-8")))
    assert len(entries) == 1
    _same(contact, entries[0], person=bool(contact.first_name or contact.last_name))


@given(st.lists(contacts(), min_size=1, max_size=3))
def test_csv_export_comes_back_as_it_went_out(rows: list[ContactRecord]) -> None:
    out = io.StringIO()
    write_csv(rows, out)
    entries = list(read_csv(("\ufeff" + out.getvalue()).encode("utf-8")))
    assert len(entries) == len(rows)
    for contact, entry in zip(rows, entries, strict=True):
        _same(contact, entry, grouped=True)


@given(st.text(alphabet=HOSTILE_CHARS, max_size=20))
def test_hostile_text_in_every_vcard_field_is_read(value: str) -> None:
    contact = ContactRecord(
        id=1,
        version=1,
        kind=ContactKind.CITIZEN,
        salutation="",
        title="",
        first_name=value,
        last_name="X" + value,
        organisation=value,
        function=value,
        outlet=value,
        desk=value,
        street=value,
        postal_code=value,
        city=value,
        country=value,
        notes=value,
        tags=(),
        source=ContactSource.TYPED,
        phones=(),
        emails=(),
        created_at=_STAMP,
        updated_at=_STAMP,
    )
    check_entries(list(read_vcards(contact_to_vcard(contact).encode("utf-8"))))
