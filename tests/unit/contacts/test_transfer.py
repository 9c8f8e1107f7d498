"""Import and export of contact files: formats, encodings, broken entries, formula cells."""

import csv
import io
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.io.csv_export import neutralise
from buergeranfragen.contacts.io.csvfile import read_csv
from buergeranfragen.contacts.io.transfer import export_contacts, import_contact_files
from buergeranfragen.contacts.io.vcard import read_vcards
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactRecord,
    EmailInput,
    PhoneInput,
)
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import DatabaseUnavailable
from buergeranfragen.messages import msg
from buergeranfragen.privacy import audit

VCARD_21_QP = (
    b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
    b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n"
    b"ORG:Rheinische Post;Landespolitik\r\n"
    b"TEL;WORK;VOICE:0211/837-1001\r\n"
    b"TEL;CELL:0172 1234567\r\n"
    b"EMAIL;PREF;INTERNET:juergen.mueller@rp.example\r\n"
    b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Erste Zeile=0D=0A=\r\n"
    b"zweite Zeile mit =C3=9F\r\n"
    b"PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n /9j/4AAQSkZJRg\r\n AAAA\r\n\r\n"
    b"END:VCARD\r\n"
)

VCARD_30 = """BEGIN:VCARD
VERSION:3.0
N:Schmidt;Eva;;Dr.;
FN:Dr. Eva Schmidt
TEL;TYPE=HOME,VOICE:+49 (0)221 4710 011
EMAIL;TYPE=INTERNET,HOME:eva@example.org
ADR;TYPE=HOME:;;Domkloster 4;Köln;;50667;Deutschland
CATEGORIES:Bürgerin,Stammanruferin
END:VCARD
"""

VCARD_40 = """BEGIN:VCARD
VERSION:4.0
FN:Ole Kamps
N:Kamps;Ole;;;
TEL;VALUE=uri;TYPE="cell":tel:+49-172-2345678
EMAIL:ole@express.example
END:VCARD
"""

BROKEN_BETWEEN_GOOD = (
    "BEGIN:VCARD\nVERSION:3.0\nFN:Erste Person\nEMAIL:erste@example.org\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Kaputt;;;\nFN:Kaputt\nBDAY:kein-datum;;;\n"
    "ADR:\\\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nFN:Dritte Person\nTEL:0211 8371399\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Zerbrochen;;;\nEND:VCALENDAR\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nFN:Ohne Ende\n"
)


def write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def test_vcard_21_quoted_printable_with_charset(tmp_path: Path) -> None:
    [entry] = list(read_vcards(VCARD_21_QP))
    draft = entry.draft
    assert draft is not None
    assert (draft.first_name, draft.last_name) == ("Jürgen", "Müller")
    assert draft.organisation == "Rheinische Post" and draft.desk == "Landespolitik"
    assert [(p.raw, p.kind.value) for p in draft.phones] == [
        ("0211/837-1001", "office"),
        ("0172 1234567", "mobile"),
    ]
    assert draft.notes == "Erste Zeile\nzweite Zeile mit ß"


def test_vcard_30_and_40_including_utf16(tmp_path: Path, contacts: ContactService) -> None:
    files = [
        write(tmp_path, "a.vcf", VCARD_30, "utf-16"),
        write(tmp_path, "b.vcf", VCARD_40),
    ]
    reports = list(import_contact_files(contacts, files))
    assert [r.status for r in reports] == ["imported", "imported"]
    eva = contacts.get(reports[0].contact_id or 0)
    assert (eva.title, eva.first_name, eva.last_name) == ("Dr.", "Eva", "Schmidt")
    assert eva.phones[0].e164 == "+492214710011" and eva.phones[0].kind.value == "private"
    assert (eva.street, eva.postal_code, eva.city) == ("Domkloster 4", "50667", "Köln")
    assert eva.tags == ("Bürgerin", "Stammanruferin")
    assert reports[1].phones_e164 == ("+491722345678",)


def test_broken_entries_are_skipped_with_reasons_and_the_rest_stored(
    tmp_path: Path, contacts: ContactService
) -> None:
    path = write(tmp_path, "gemischt.vcf", BROKEN_BETWEEN_GOOD)
    reports = list(import_contact_files(contacts, [path]))
    assert [(r.entry, r.status, r.name) for r in reports] == [
        (1, "imported", "Erste Person"),
        (2, "imported", "Kaputt"),  # the unreadable birthday and address are left out
        (3, "imported", "Dritte Person"),
        (4, "skipped", ""),
        (5, "skipped", ""),
    ]
    assert [r.error is None for r in reports] == [True, True, True, False, False]
    assert str(reports[3].error).startswith("Der Eintrag ist beschädigt: ")
    assert str(reports[4].error) == "Der Eintrag ist unvollständig (END:VCARD fehlt)."
    assert reports[4].to_json()["error"] == "Der Eintrag ist unvollständig (END:VCARD fehlt)."
    assert sorted(c.name for c in contacts.search()) == ["Dritte Person", "Erste Person", "Kaputt"]


def test_a_failing_entry_leaves_nothing_half_written(
    tmp_path: Path, contacts: ContactService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit write fails for the second entry: its contact row must not remain."""
    original = audit.record
    calls = {"n": 0}

    def flaky(session, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise DatabaseUnavailable(msg("Der Datenträger ist voll."))
        return original(session, **kwargs)

    monkeypatch.setattr(audit, "record", flaky)
    csv_text = "Vorname;Nachname;E-Mail\nAnna;Eins;a@example.org\nBernd;Zwei;b@example.org\n"
    csv_text += "Clara;Drei;c@example.org\n"
    reports = list(import_contact_files(contacts, [write(tmp_path, "k.csv", csv_text)]))
    assert [r.status for r in reports] == ["imported", "skipped", "imported"]
    assert str(reports[1].error) == "Der Datenträger ist voll."
    assert sorted(c.name for c in contacts.search()) == ["Anna Eins", "Clara Drei"]


OUTLOOK_DE = (
    "Anrede;Vorname;Weitere Vornamen;Nachname;Firma;Abteilung;Position;"
    "Straße geschäftlich;Ort geschäftlich;Postleitzahl geschäftlich;Telefon geschäftlich;"
    "Mobiltelefon;Fax geschäftlich;Telefon privat;E-Mail-Adresse;E-Mail 2: Adresse;Notizen;"
    "Kategorien\r\n"
    "Frau;Jürgen;;Weiß;Stadt Münster;Bürgerbüro;Leiterin;Klemensstraße 10;Münster;48143;"
    "(0251) 492-0;0172/1234567;0251 4927700;;j.weiss@muenster.example;;"
    'Rückruf erbeten;"Verwaltung; Kommune"\r\n'
)
ENGLISH_OUTLOOK = (
    '"Title","First Name","Last Name","Company","Business Phone","Mobile Phone",'
    '"E-mail Address","Business Street","Business City","Business Postal Code"\n'
    '"Dr.","Hakan","Yıldız","Süddeutsche Zeitung","+49 89 99998 018","",'
    '"h.yildiz@sz.example","Hultschiner Str. 8","München","81677"\n'
)
GOOGLE = (
    "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
    "Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Group Membership\n"
    "Lea Görgens,Lea,Görgens,* Work,lea@epd.example,Mobile,0152 28817386,Work,"
    "030 23125 017 ::: 030 23125 018,* myContacts ::: Presse\n"
)
THUNDERBIRD = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,"
    "Home Phone,Fax Number,Pager Number,Mobile Number\n"
    "Nele,Jansen,Nele Jansen,,nele@taz.example,,0221 4710021,,,,\n"
)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16"])
def test_german_outlook_csv_in_every_encoding(encoding: str, tmp_path: Path) -> None:
    [entry] = list(read_csv(OUTLOOK_DE.encode(encoding)))
    draft = entry.draft
    assert draft is not None
    assert (draft.salutation, draft.first_name, draft.last_name) == ("Frau", "Jürgen", "Weiß")
    assert (draft.organisation, draft.desk, draft.function) == (
        "Stadt Münster",
        "Bürgerbüro",
        "Leiterin",
    )
    assert (draft.street, draft.city, draft.postal_code) == ("Klemensstraße 10", "Münster", "48143")
    assert [(p.raw, p.kind.value) for p in draft.phones] == [
        ("(0251) 492-0", "office"),
        ("0172/1234567", "mobile"),
        ("0251 4927700", "fax"),
    ]
    assert [e.address for e in draft.emails] == ["j.weiss@muenster.example"]
    assert draft.notes == "Rückruf erbeten"
    assert draft.tags == ("Verwaltung", "Kommune")


def test_english_outlook_google_and_thunderbird_csv(
    tmp_path: Path, contacts: ContactService
) -> None:
    files = [
        write(tmp_path, "outlook.csv", ENGLISH_OUTLOOK),
        write(tmp_path, "google.csv", GOOGLE),
        write(tmp_path, "tb.csv", THUNDERBIRD),
    ]
    reports = list(import_contact_files(contacts, files, kind=ContactKind.PRESS))
    assert [r.status for r in reports] == ["imported"] * 3
    hakan, lea, nele = (contacts.get(r.contact_id or 0) for r in reports)
    assert (hakan.title, hakan.organisation, hakan.city) == (
        "Dr.",
        "Süddeutsche Zeitung",
        "München",
    )
    assert hakan.phones[0].e164 == "+498999998018"
    assert [p.e164 for p in lea.phones] == ["+4915228817386", "+493023125017", "+493023125018"]
    assert lea.phones[0].kind.value == "mobile"
    assert lea.tags == ("myContacts", "Presse")
    assert nele.emails[0].address == "nele@taz.example"
    assert {hakan.kind, lea.kind, nele.kind} == {ContactKind.PRESS}


def test_unknown_columns_and_unreadable_files_are_reported(
    tmp_path: Path, contacts: ContactService
) -> None:
    files = [
        write(tmp_path, "termine.csv", "Betreff,Beginnt am\nSitzung,01.12.2026\n"),
        tmp_path / "fehlt.vcf",
        write(tmp_path, "bild.png", b"\x89PNG\r\n\x1a\n"),
    ]
    reports = list(import_contact_files(contacts, files))
    # each file that is no contact file is one refusal, in order
    assert [(Path(r.file).name, r.entry, r.status) for r in reports] == [
        ("termine.csv", None, "skipped"),
        ("fehlt.vcf", None, "skipped"),
        ("bild.png", None, "skipped"),
    ]
    assert [str(r.error) for r in reports] == [
        "Keine Kontaktdatei: Die Spalten der Datei sind nicht erkannt (keine Spalte für Name, "
        "Telefon oder E-Mail; die Kopfzeile beginnt mit „Betreff“, „Beginnt am“).",
        "Die Datei gibt es nicht.",
        "Das Format ist nicht bekannt. Importiert werden vCard- (.vcf) und CSV-Dateien (.csv).",
    ]
    assert reports[1].to_json() == {
        "file": str(tmp_path / "fehlt.vcf"),
        "entry": None,
        "status": "skipped",
        "contact_id": None,
        "name": "",
        "phones_e164": [],
        "emails": [],
        "warnings": [],
        "error": "Die Datei gibt es nicht.",
    }
    assert contacts.count() == 0


def sample_contacts(contacts: ContactService) -> None:
    contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            salutation="Frau",
            title="Dr.",
            first_name="Miriam",
            last_name="Celik",
            outlet="Rheinische Post",
            desk="Landespolitik",
            function="Korrespondentin für Landespolitik und Umwelt im Landtag in Düsseldorf",
            street="Zülpicher Str. 10",
            postal_code="40549",
            city="Düsseldorf",
            country="DE",
            notes='=HYPERLINK("http://x")\nZweite Zeile; mit, Zeichen',
            tags=("Presse", "NRW"),
            phones=(PhoneInput("0221 4710013"), PhoneInput("+44 20 7946 0958")),
            emails=(EmailInput("m.celik@rp.example"), EmailInput("celik@privat.example")),
        )
    )
    contacts.create(
        ContactDraft(
            first_name="-Bernd",
            last_name="+Plus",
            organisation="@Firma",
            phones=(PhoneInput("0211 8371001"),),
        )
    )


def comparable(record: ContactRecord) -> dict[str, object]:
    """What an export must carry over: all fields, numbers by E.164 (the typed form is not
    exported), but not where the contact came from."""
    data = dict(record.to_draft().__dict__)
    data.pop("source")
    data["phones"] = [(p.kind, p.e164) for p in record.phones]
    return data


def test_csv_export_neutralises_formula_cells_and_reimports(
    tmp_path: Path, contacts: ContactService, clock: FixedClock
) -> None:
    sample_contacts(contacts)
    target = tmp_path / "out" / "kontakte.csv"
    assert export_contacts(contacts, "csv", target) == 2
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    cells = [c for row in rows for c in row]
    kind_column = rows[0].index("Art")
    assert sorted(row[kind_column] for row in rows[1:]) == ["Bürger", "Presse"]
    assert all(not c.startswith(("=", "+", "-", "@")) for c in cells)
    assert '\'=HYPERLINK("http://x")\nZweite Zeile; mit, Zeichen' in cells
    assert "0044 20 7946 0958" in cells  # foreign number needs no neutralising
    assert neutralise("@SUM(1)") == "'@SUM(1)" and neutralise("Köln") == "Köln"

    from buergeranfragen.db.migrate import open_database

    fresh = open_database(f"sqlite:///{tmp_path / 'zwei.sqlite'}", clock)
    other = ContactService(fresh.session_factory, clock, "t")
    reports = list(import_contact_files(other, [target]))
    assert [r.status for r in reports] == ["imported", "imported"]
    before = {c.display_name: c for c in contacts.iter_records()}
    after = {c.display_name: c for c in other.iter_records()}
    assert before.keys() == after.keys()
    for name, original in before.items():
        assert comparable(after[name]) == comparable(original)
    fresh.close()


def test_vcard_export_is_40_and_roundtrips(
    tmp_path: Path, contacts: ContactService, clock: FixedClock
) -> None:
    sample_contacts(contacts)
    target = tmp_path / "kontakte.vcf"
    export_contacts(contacts, "vcf", target)
    raw = target.read_bytes()
    assert raw.count(b"VERSION:4.0") == 2
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the long function was folded
    assert all(line.decode("utf-8") for line in lines if line)  # no character cut in two

    from buergeranfragen.db.migrate import open_database

    fresh = open_database(f"sqlite:///{tmp_path / 'zwei.sqlite'}", clock)
    other = ContactService(fresh.session_factory, clock, "t")
    assert [r.status for r in import_contact_files(other, [target])] == ["imported"] * 2
    for original in contacts.iter_records():
        [copy] = [c for c in other.iter_records() if c.display_name == original.display_name]
        assert comparable(copy) == comparable(original)
    fresh.close()
