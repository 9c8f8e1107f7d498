"""Splitting a contact that holds another person's numbers and addresses (an earlier import
merged them in), and finding such contacts: ``import_merges`` and `contacts check-merges`."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts import repository
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactRecord,
    EmailInput,
    PhoneInput,
    PhoneKind,
    SplitRequest,
)
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.contacts.validation import validate
from buergeranfragen.db.engine import transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import StaleRecord, ValidationFailed
from buergeranfragen.inquiries.records import CallDraft
from buergeranfragen.inquiries.service import InquiryService
from tests.conftest import ACTOR


def _merged_by_an_old_import(database: Database, clock: FixedClock) -> ContactRecord:
    """What imports did before the "same person" rule: Lena Hoffmann's mobile and address
    added to Kai Brandt, who shared the switchboard with her."""
    contacts = ContactService(database.session_factory, clock, ACTOR)
    kai = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Kai",
            last_name="Brandt",
            outlet="WDR",
            phones=(PhoneInput("0221 220-0"),),
            emails=(EmailInput("kai.brandt@wdr.example"),),
        )
    )
    lena = validate(
        ContactDraft(
            first_name="Lena",
            last_name="Hoffmann",
            phones=(PhoneInput("0221 220-0"), PhoneInput("0171 1234567", PhoneKind.MOBILE)),
            emails=(EmailInput("lena.hoffmann@wdr.example"),),
        )
    )
    with transaction(database.session_factory) as session:
        return repository.complete_contact(session, kai.id, lena, now=clock(), actor="import")


def test_import_merges_lists_what_imports_added(
    database: Database, clock: FixedClock, contacts: ContactService, tmp_path: Path
) -> None:
    kai = _merged_by_an_old_import(database, clock)
    unchanged = contacts.create(
        ContactDraft(last_name="Ohne", phones=(PhoneInput("0211 8371999"),))
    )
    with transaction(database.session_factory) as session:  # an import that only added a field
        repository.complete_contact(
            session,
            unchanged.id,
            validate(ContactDraft(last_name="Ohne", city="Bonn")),
            now=clock(),
            actor="x",
        )
    merge, city_only = contacts.import_merges()
    assert (merge.contact_id, merge.name, merge.at, merge.actor) == (
        kai.id,
        "Kai Brandt",
        clock(),
        "import",
    )
    assert merge.added_phones == ("+491711234567",)
    assert merge.added_emails == ("lena.hoffmann@wdr.example",)
    # an import that only filled an empty field is listed too, with what it filled
    assert (city_only.contact_id, city_only.added_phones, city_only.added_emails) == (
        unchanged.id,
        (),
        (),
    )
    assert city_only.filled == (("city", "Bonn"),)

    out = io.StringIO()
    code = main(["--database", database.url, "contacts", "check-merges", "--json"], out=out)
    assert code == 0
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [
        {
            "contact_id": kai.id,
            "name": "Kai Brandt",
            "at": "2026-11-25T09:30:00+00:00",
            "actor": "import",
            "added_phones_e164": ["+491711234567"],
            "added_emails": ["lena.hoffmann@wdr.example"],
            "filled_fields": {},
        },
        {
            "contact_id": unchanged.id,
            "name": "Ohne",
            "at": "2026-11-25T09:30:00+00:00",
            "actor": "x",
            "added_phones_e164": [],
            "added_emails": [],
            "filled_fields": {"city": "Bonn"},
        },
    ]
    out = io.StringIO()
    assert main(["--database", database.url, "contacts", "check-merges"], out=out) == 0
    assert out.getvalue().splitlines() == [
        f"[{kai.id}] Kai Brandt – Import am 25.11.2026 10:30 (import)",
        "    + Rufnummer 0171 1234567",
        "    + E-Mail-Adresse lena.hoffmann@wdr.example",
        f"[{unchanged.id}] Ohne – Import am 25.11.2026 10:30 (x)",
        "    + Ort: Bonn",
        "2 Zusammenführungen beim Import. Gehört etwas davon einer anderen Person, trennen "
        "Sie es im Fenster ab (Kontakt aufteilen).",
    ]


def test_check_merges_on_a_database_without_any(tmp_path: Path) -> None:
    out = io.StringIO()
    url = f"sqlite:///{tmp_path / 'leer.sqlite'}"
    assert main(["--database", url, "contacts", "check-merges"], out=out) == 0
    assert out.getvalue() == ("Kein Import hat einen vorhandenen Kontakt ergänzt.\n")
    out = io.StringIO()
    assert main(["--database", url, "contacts", "check-merges", "--json"], out=out) == 0
    assert out.getvalue() == ""


def test_split_makes_a_contact_of_the_other_persons_values(
    database: Database,
    clock: FixedClock,
    contacts: ContactService,
    inquiries: InquiryService,
) -> None:
    kai = _merged_by_an_old_import(database, clock)
    hers = inquiries.log_call(CallDraft(number="0171 1234567", contact_id=kai.id, subject="Kita"))
    his = inquiries.log_call(CallDraft(number="0221 2200", contact_id=kai.id, subject="Haushalt"))
    result = contacts.split(
        kai.id,
        kai.version,
        SplitRequest(
            draft=ContactDraft(
                kind=ContactKind.PRESS,
                first_name="Lena",
                last_name="Hoffmann",
                outlet="WDR",
                phones=(PhoneInput("ignoriert 0211 1"),),  # the request's numbers count
            ),
            phones=("+491711234567",),
            emails=("Lena.Hoffmann@wdr.example",),
            move_inquiries=(hers.id,),
        ),
    )
    kept, lena = result.kept, result.new
    assert kept.id == kai.id and kept.version == kai.version + 1
    assert (kept.first_name, kept.last_name) == ("Kai", "Brandt")
    assert [p.e164 for p in kept.phones] == ["+492212200"]
    assert [e.address for e in kept.emails] == ["kai.brandt@wdr.example"]
    assert (lena.first_name, lena.last_name, lena.kind) == ("Lena", "Hoffmann", ContactKind.PRESS)
    assert [(p.kind, p.e164, p.raw) for p in lena.phones] == [
        (PhoneKind.MOBILE, "+491711234567", "0171 1234567")
    ]
    assert [e.address for e in lena.emails] == ["lena.hoffmann@wdr.example"]
    assert contacts.get(kai.id) == kept and contacts.get(lena.id) == lena
    assert [c.id for c in contacts.lookup_caller("0171 1234567")] == [lena.id]
    assert [c.id for c in contacts.search("lena.hoffmann")] == [lena.id]
    assert inquiries.get(hers.id).contact_id == lena.id
    assert inquiries.get(his.id).contact_id == kai.id
    split_off = contacts.history(kai.id)[-1]
    assert split_off.action == "split_off" and split_off.changes["to"] == lena.id
    assert split_off.changes["phones"] == ["+491711234567"]
    assert split_off.changes["emails"] == ["lena.hoffmann@wdr.example"]
    assert [h.action for h in contacts.history(lena.id)] == ["create", "split_from"]
    assert contacts.history(lena.id)[-1].changes["from"] == kai.id


def test_split_refuses_what_is_not_the_contacts_and_changes_nothing(
    database: Database,
    clock: FixedClock,
    contacts: ContactService,
    inquiries: InquiryService,
) -> None:
    kai = _merged_by_an_old_import(database, clock)
    elsewhere = contacts.create(
        ContactDraft(last_name="Anders", phones=(PhoneInput("0211 8371998"),))
    )
    foreign = inquiries.log_call(
        CallDraft(number="0211 8371998", contact_id=elsewhere.id, subject="X")
    )
    request = SplitRequest(
        ContactDraft(first_name="Lena", last_name="Hoffmann"), phones=("+491711234567",)
    )
    bad = [
        replace(request, phones=("+49211123456",)),
        replace(request, emails=("niemand@wdr.example",)),
        replace(request, draft=ContactDraft()),
        replace(request, move_inquiries=(foreign.id,)),
        replace(request, move_inquiries=(4711,)),
    ]
    fields = []
    for each in bad:
        with pytest.raises(ValidationFailed) as info:
            contacts.split(kai.id, kai.version, each)
        fields.append(info.value.errors[0].field)
    assert fields == ["phones", "emails", "last_name", "move_inquiries", "move_inquiries"]
    with pytest.raises(StaleRecord):
        contacts.split(kai.id, kai.version - 1, request)
    assert contacts.get(kai.id) == kai and contacts.count() == 2
    assert inquiries.get(foreign.id).contact_id == elsewhere.id


def test_split_never_leaves_a_contact_with_nothing(contacts: ContactService) -> None:
    nameless = contacts.create(ContactDraft(emails=(EmailInput("newsdesk@wdr.example"),)))
    request = SplitRequest(
        ContactDraft(first_name="Lena", last_name="Hoffmann"), emails=("newsdesk@wdr.example",)
    )
    with pytest.raises(ValidationFailed) as info:
        contacts.split(nameless.id, nameless.version, request)
    assert [str(e.message) for e in info.value.errors] == [
        "Der bisherige Kontakt hätte danach weder Namen noch Rufnummer noch E-Mail-Adresse. "
        "Bitte mindestens eine Angabe bei ihm lassen."
    ]
    assert contacts.get(nameless.id) == nameless and contacts.count() == 1
