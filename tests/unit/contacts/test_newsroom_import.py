"""A press office imports its journalists' vCards: people at one newsroom share the switchboard
and the newsdesk address, and that does not make them one person. The same person written
twice becomes one contact; a second import of the same file adds nothing."""

from __future__ import annotations

from pathlib import Path

from buergeranfragen.contacts.importing import ImportStatus
from buergeranfragen.contacts.io.transfer import EntryReport, import_contact_files
from buergeranfragen.contacts.io.vcard import read_vcards
from buergeranfragen.contacts.records import ContactDraft, ContactKind, EmailInput, PhoneInput
from buergeranfragen.contacts.service import ContactService

NEWSROOM = """BEGIN:VCARD
VERSION:3.0
N:Hoffmann;Lena;;;
FN:Lena Hoffmann
ORG:WDR;Landespolitik
TEL;TYPE=WORK:0221 220-0
TEL;TYPE=CELL:0171 1234567
EMAIL;TYPE=WORK:newsdesk@wdr.example
EMAIL;TYPE=WORK:lena.hoffmann@wdr.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Berg;Jonas;;;
FN:Jonas Berg
ORG:WDR;Lokalzeit
TEL;TYPE=WORK:+49 221 2200
EMAIL;TYPE=WORK:Newsdesk@WDR.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Celik;Miriam;;Dr.;
FN:Dr. Miriam Celik
ORG:Ruhr Nachrichten
TEL;TYPE=WORK:0231 9059-0
EMAIL:M.Celik@RN.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Celik;Miriam;;;
FN:Miriam Celik
TEL;TYPE=CELL:0160 7654321
EMAIL:m.celik@rn.example
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Bürgerverein Hörde e.V.
TEL;VALUE=uri:tel:+49-231-50-0
EMAIL:info@buergerverein-hoerde.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Schmidt;Eva;;;
FN:Eva Schmidt
ORG:Stadt Dortmund
TEL;TYPE=WORK:0231 50-0
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;=HYPERLINK("http://x.example"\\;"Klick");;;
FN:=HYPERLINK("http://x.example"\\;"Klick")
EMAIL:lena.hoffmann@wdr.example
TEL:0171 1234567
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:
TEL;TYPE=WORK:0231 50-0
END:VCARD
"""


def _import(contacts: ContactService, path: Path) -> list[EntryReport]:
    return list(import_contact_files(contacts, [path]))


def _by_name(contacts: ContactService) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for summary in contacts.search(limit=100):
        found.setdefault(summary.name, []).append(summary.id)
    return found


def test_a_newsroom_file_keeps_people_apart_and_merges_the_same_person(
    contacts: ContactService, tmp_path: Path
) -> None:
    path = tmp_path / "redaktionen.vcf"
    path.write_text(NEWSROOM, encoding="utf-8")
    reports = _import(contacts, path)
    assert [r.status for r in reports] == [
        ImportStatus.IMPORTED,  # Lena Hoffmann
        ImportStatus.IMPORTED,  # Jonas Berg: same switchboard and newsdesk, another person
        ImportStatus.IMPORTED,  # Dr. Miriam Celik
        ImportStatus.MERGED,  # Miriam Celik again: the address in other case, another number
        ImportStatus.IMPORTED,  # the citizens' association (KIND:org)
        ImportStatus.IMPORTED,  # Eva Schmidt with the city switchboard
        ImportStatus.IMPORTED,  # a formula as name with Lena's address and mobile
        ImportStatus.IMPORTED,  # no name, only the city switchboard (held by two)
    ]
    names = _by_name(contacts)
    assert {n: len(ids) for n, ids in names.items()} == {
        "Lena Hoffmann": 1,
        "Jonas Berg": 1,
        "Dr. Miriam Celik": 1,
        "Bürgerverein Hörde e.V.": 1,
        "Eva Schmidt": 1,
        '=HYPERLINK("http://x.example";"Klick")': 1,
        "0231 500": 1,
    }
    lena = contacts.get(names["Lena Hoffmann"][0])
    assert (lena.first_name, lena.last_name) == ("Lena", "Hoffmann")
    assert [p.e164 for p in lena.phones] == ["+492212200", "+491711234567"]
    assert [e.address for e in lena.emails] == [
        "newsdesk@wdr.example",
        "lena.hoffmann@wdr.example",
    ]
    assert [h.action for h in contacts.history(lena.id)] == ["create"]  # nobody merged into her
    jonas = reports[1]
    assert [str(w) for w in jonas.warnings] == [
        "gleiche Rufnummer wie Lena Hoffmann – als eigener Kontakt angelegt",
        "gleiche E-Mail-Adresse wie Lena Hoffmann – als eigener Kontakt angelegt",
    ]
    celik = contacts.get(names["Dr. Miriam Celik"][0])
    assert reports[3].contact_id == celik.id
    assert [p.e164 for p in celik.phones] == ["+4923190590", "+491607654321"]
    assert [e.address for e in celik.emails] == ["m.celik@rn.example"]
    assert [str(w) for w in reports[3].warnings] == [
        "Mit vorhandenem Kontakt zusammengeführt (gleicher Name, "
        "gleiche E-Mail-Adresse m.celik@rn.example)."
    ]
    association = contacts.get(names["Bürgerverein Hörde e.V."][0])
    assert (association.first_name, association.last_name) == ("", "")
    assert association.organisation == "Bürgerverein Hörde e.V."
    eva = contacts.get(names["Eva Schmidt"][0])
    assert [p.e164 for p in eva.phones] == ["+49231500"]
    assert [str(w) for w in reports[5].warnings] == [
        "gleiche Rufnummer wie Bürgerverein Hörde e.V. – als eigener Kontakt angelegt"
    ]
    formula = reports[6]
    assert formula.contact_id not in (lena.id, jonas.contact_id)
    assert [str(w) for w in formula.warnings] == [
        "gleiche Rufnummer wie Lena Hoffmann – als eigener Kontakt angelegt",
        "gleiche E-Mail-Adresse wie Lena Hoffmann – als eigener Kontakt angelegt",
    ]
    assert [str(w) for w in reports[7].warnings] == [
        "gleiche Rufnummer wie Bürgerverein Hörde e.V., Eva Schmidt – als eigener Kontakt angelegt"
    ]


def test_a_second_import_of_the_same_file_adds_nothing(
    contacts: ContactService, tmp_path: Path
) -> None:
    path = tmp_path / "redaktionen.vcf"
    path.write_text(NEWSROOM, encoding="utf-8")
    first = _import(contacts, path)
    stored = list(contacts.iter_records())
    histories = {r.id: contacts.history(r.id) for r in stored}
    again = _import(contacts, path)
    assert [r.status for r in again] == [ImportStatus.MERGED] * len(again)
    assert [r.contact_id for r in again] == [r.contact_id for r in first]
    assert all("Schon vorhanden, nichts ergänzt" in str(r.warnings[-1]) for r in again)
    assert list(contacts.iter_records()) == stored
    assert {r.id: contacts.history(r.id) for r in stored} == histories


def test_a_name_alone_or_a_shared_number_is_no_reason_to_merge(
    contacts: ContactService,
) -> None:
    lena = contacts.create(
        ContactDraft(
            first_name="Lena",
            last_name="Hoffmann",
            outlet="WDR",
            kind=ContactKind.PRESS,
            phones=(PhoneInput("0171 1234567"),),
        )
    )
    other = contacts.import_entry(
        ContactDraft(first_name="Laura", last_name="Hoffmann", phones=(PhoneInput("0171 1234567"),))
    )
    assert other.status == ImportStatus.IMPORTED and other.record is not None
    assert contacts.get(lena.id) == lena  # her name is not lost, nothing added to her
    namesake = contacts.import_entry(ContactDraft(first_name="Lena", last_name="Hoffmann"))
    assert namesake.status == ImportStatus.IMPORTED and namesake.warnings == ()
    same = contacts.import_entry(
        ContactDraft(
            title="Dr.",
            first_name="lena",
            last_name="HOFFMANN",
            outlet="wdr",
            emails=(EmailInput("lena@wdr.example"),),
        )
    )
    assert same.status == ImportStatus.MERGED and same.record is not None
    assert same.record.id == lena.id and same.record.title == "Dr."
    assert [e.address for e in same.record.emails] == ["lena@wdr.example"]


def test_an_entry_without_a_name_completes_the_one_contact_with_its_address(
    contacts: ContactService,
) -> None:
    lena = contacts.create(
        ContactDraft(first_name="Lena", last_name="Hoffmann", emails=(EmailInput("l@wdr.example"),))
    )
    jonas = contacts.create(
        ContactDraft(first_name="Jonas", last_name="Berg", emails=(EmailInput("desk@wdr.example"),))
    )
    contacts.create(
        ContactDraft(first_name="Maria", last_name="Roth", emails=(EmailInput("desk@wdr.example"),))
    )
    own = contacts.import_entry(
        ContactDraft(emails=(EmailInput("L@wdr.example"),), phones=(PhoneInput("0221 220-1"),))
    )
    assert own.status == ImportStatus.MERGED and own.record is not None
    assert own.record.id == lena.id and [p.e164 for p in own.record.phones] == ["+492212201"]
    shared = contacts.import_entry(ContactDraft(emails=(EmailInput("desk@wdr.example"),)))
    assert shared.status == ImportStatus.IMPORTED and shared.record is not None
    assert [str(w) for w in shared.warnings] == [
        "gleiche E-Mail-Adresse wie Jonas Berg, Maria Roth – als eigener Kontakt angelegt"
    ]
    again = contacts.import_entry(ContactDraft(emails=(EmailInput("desk@wdr.example"),)))
    assert again.record is not None and again.record.id == shared.record.id
    assert contacts.get(jonas.id) == jonas and contacts.count() == 4


def test_a_warning_names_three_holders_and_counts_the_rest(contacts: ContactService) -> None:
    for first in ("Anna", "Ben", "Cem", "Dana", "Emil"):
        contacts.create(
            ContactDraft(first_name=first, last_name="Kurz", phones=(PhoneInput("0221 220-0"),))
        )
    outcome = contacts.import_entry(
        ContactDraft(first_name="Finn", last_name="Lang", phones=(PhoneInput("0221 2200"),))
    )
    assert [str(w) for w in outcome.warnings] == [
        "gleiche Rufnummer wie Anna Kurz, Ben Kurz, Cem Kurz und 2 weiteren – als eigener "
        "Kontakt angelegt"
    ]


def test_an_organisations_card_has_no_persons_name() -> None:
    cards = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Stadtwerke Hörde\r\nORG:Stadtwerke Hörde;\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jörg;;;\r\nFN:Apple Computer AG\r\n"
        "ORG:Apple Computer AG;\r\nX-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Bürgerverein Hörde e.V.\r\nEND:VCARD\r\n"
    )
    drafts = [entry.draft for entry in read_vcards(cards.encode())]
    assert [(d.first_name, d.last_name, d.organisation) for d in drafts if d] == [
        ("", "", "Stadtwerke Hörde"),
        ("Jörg", "Müller", "Apple Computer AG"),  # a person, shown as the company
        ("", "", "Bürgerverein Hörde e.V."),
    ]


def test_an_entry_with_nothing_but_a_name_is_found_again_only_as_exactly_itself(
    contacts: ContactService,
) -> None:
    entry = ContactDraft(first_name="Ohne", last_name="Alles", city="Köln")
    first = contacts.import_entry(entry)
    again = contacts.import_entry(entry)
    assert first.status == ImportStatus.IMPORTED and first.record is not None
    assert again.status == ImportStatus.MERGED and again.record is not None
    assert again.record.id == first.record.id and contacts.count() == 1
    elsewhere = contacts.import_entry(
        ContactDraft(first_name="Ohne", last_name="Alles", city="Bonn")
    )
    assert elsewhere.status == ImportStatus.IMPORTED and contacts.count() == 2


def test_a_person_named_on_an_organisations_card_is_kept_in_the_notes() -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Bürgerverein Hörde e.V.\r\n"
        "N:Schmidt;Eva;;;\r\nNOTE:Vorsitz\r\nEND:VCARD\r\n"
    )
    [entry] = list(read_vcards(card.encode()))
    assert entry.draft is not None
    draft = entry.draft
    assert (draft.first_name, draft.last_name, draft.organisation) == (
        "",
        "",
        "Bürgerverein Hörde e.V.",
    )
    assert draft.notes == "Vorsitz\nAnsprechperson laut Karte: Eva Schmidt"
    assert [str(w) for w in entry.warnings] == [
        "Karte einer Organisation mit Personenname „Eva Schmidt“: der Name steht in den Notizen."
    ]
