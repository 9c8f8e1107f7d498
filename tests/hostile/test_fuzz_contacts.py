"""Contact files that broke the readers or did not come back as written, found while fuzzing
them (tests/fuzz/): each case as a regular test."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from buergeranfragen.contacts.io.csv_export import write_csv
from buergeranfragen.contacts.io.csvfile import read_csv
from buergeranfragen.contacts.io.vcard import contact_to_vcard, read_vcards
from buergeranfragen.contacts.records import (
    ContactKind,
    ContactRecord,
    ContactSource,
    EmailKind,
    EmailRecord,
)

_STAMP = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def contact(**values: object) -> ContactRecord:
    fields: dict[str, object] = dict(
        id=1,
        version=1,
        kind=ContactKind.CITIZEN,
        salutation="",
        title="",
        first_name="Erika",
        last_name="Mustermann",
        organisation="",
        function="",
        outlet="",
        desk="",
        street="",
        postal_code="",
        city="",
        country="",
        notes="",
        tags=(),
        source=ContactSource.TYPED,
        phones=(),
        emails=(),
        created_at=_STAMP,
        updated_at=_STAMP,
    )
    fields.update(values)
    return ContactRecord(**fields)  # type: ignore[arg-type]


def csv_round_trip(*contacts: ContactRecord) -> list[object]:
    out = io.StringIO()
    write_csv(contacts, out)
    return [entry.draft for entry in read_csv(out.getvalue().encode("utf-8"))]


def test_csv_export_keeps_private_email_addresses_private() -> None:
    # was: every address written to "E-Mail" columns and read back as a work address
    emails = (
        EmailRecord(EmailKind.WORK, "erika@nrw.de"),
        EmailRecord(EmailKind.PRIVATE, "erika@example.org"),
    )
    (draft,) = csv_round_trip(contact(emails=emails))
    assert [(e.address, e.kind) for e in draft.emails] == [  # type: ignore[attr-defined]
        ("erika@nrw.de", EmailKind.WORK),
        ("erika@example.org", EmailKind.PRIVATE),
    ]


def test_a_person_whose_organisation_bears_their_name_stays_a_person_through_vcard() -> None:
    # was: read back as an organisation card, first and last name dropped
    person = contact(first_name="Anna", last_name="Schmidt", organisation="Anna Schmidt")
    (entry,) = read_vcards(contact_to_vcard(person).encode("utf-8"))
    assert entry.draft is not None
    assert (entry.draft.first_name, entry.draft.last_name, entry.draft.organisation) == (
        "Anna",
        "Schmidt",
        "Anna Schmidt",
    )
