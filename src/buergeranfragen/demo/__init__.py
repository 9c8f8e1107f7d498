"""A realistic demo set, so a newcomer sees a living application.

The office numbers are the public ones of the NRW state chancellery. Everyone else is invented:
journalists' and citizens' numbers come from the blocks the Bundesnetzagentur keeps free for
films and books (030 23125…, 040 66969…, 069 90009…, 089 99998…, 0221 4710…), their addresses
use the reserved ``.example`` domain, and the numbers are written the many ways people write
them. Loading twice completes the existing contacts instead of doubling them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactSource,
    EmailInput,
    EmailKind,
    PhoneInput,
    PhoneKind,
)
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake

OFFICE = [
    ContactDraft(
        kind=ContactKind.CITIZEN,
        organisation="Staatskanzlei NRW – Bürgerservice Nordrhein-Westfalen direkt",
        function="Bürgertelefon",
        street="Horionplatz 1",
        postal_code="40213",
        city="Düsseldorf",
        country="Deutschland",
        tags=("Landesregierung", "intern"),
        phones=(PhoneInput("0211 837-1001"),),
        emails=(EmailInput("nrwdirekt@nrw.de"),),
        notes="Servicezeiten Mo–Fr 8–18 Uhr.",
    ),
    ContactDraft(
        kind=ContactKind.PRESS,
        organisation="Staatskanzlei NRW – Pressestelle der Landesregierung",
        function="Pressestelle",
        street="Horionplatz 1",
        postal_code="40213",
        city="Düsseldorf",
        country="Deutschland",
        tags=("Landesregierung", "intern"),
        phones=(PhoneInput("0211 837-1399"),),
    ),
]

# (salutation, title, first, last, outlet, desk, function, city, number as written, kind)
JOURNALISTS = [
    (
        "Frau",
        "",
        "Katrin",
        "Albers",
        "WDR",
        "Landespolitik",
        "Redakteurin",
        "Köln",
        "0221 4710 011",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Jonas",
        "Brückner",
        "WDR",
        "Hörfunk, Morgenmagazin",
        "Reporter",
        "Köln",
        "+49 (0)221 4710-012",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "Dr.",
        "Miriam",
        "Celik",
        "Rheinische Post",
        "Landespolitik",
        "Korrespondentin",
        "Düsseldorf",
        "0221/4710013",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Tobias",
        "Dahlmann",
        "Westdeutsche Allgemeine Zeitung",
        "Politik",
        "Landeskorrespondent",
        "Essen",
        "(0221) 47 10 014",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Sabine",
        "Engels",
        "Kölner Stadt-Anzeiger",
        "NRW-Desk",
        "Redakteurin",
        "Köln",
        "0049 221 4710015",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Markus",
        "Fischer",
        "dpa Landesdienst West",
        "Landespolitik",
        "Korrespondent",
        "Düsseldorf",
        "030 23125 016",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Lea",
        "Görgens",
        "epd West",
        "Soziales, Kirche",
        "Redakteurin",
        "Düsseldorf",
        "030-23125-017",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Hakan",
        "Yıldız",
        "Süddeutsche Zeitung",
        "Innenpolitik",
        "NRW-Korrespondent",
        "Düsseldorf",
        "089 99998 018",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Charlotte",
        "von Hagen",
        "Frankfurter Allgemeine Zeitung",
        "Politik",
        "Korrespondentin Rhein-Ruhr",
        "Düsseldorf",
        "+49 69 90009 019",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Felix",
        "Imhoff",
        "Der Spiegel",
        "Deutschland",
        "Reporter",
        "Hamburg",
        "040 66969 020",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Nele",
        "Jansen",
        "taz NRW",
        "Landespolitik",
        "Redakteurin",
        "Köln",
        "0221.4710.021",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Ole",
        "Kamps",
        "Express",
        "Lokales",
        "Reporter",
        "Köln",
        "0221 4710022",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Ayşe",
        "Lorenz",
        "Aachener Zeitung",
        "Region",
        "Redakteurin",
        "Aachen",
        "+492214710023",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Paul",
        "Meisner",
        "Neue Westfälische",
        "Politik",
        "Redakteur",
        "Bielefeld",
        "040/66969024",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Hannah",
        "Nowak",
        "Westfälische Nachrichten",
        "Münsterland",
        "Redakteurin",
        "Münster",
        "040 669 69 025",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "David",
        "Oberhaus",
        "Radio NRW",
        "Nachrichten",
        "Nachrichtenredakteur",
        "Oberhausen",
        "069 900 09 026",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "Prof. Dr.",
        "Ute",
        "Pauly",
        "Deutschlandfunk",
        "Landeskorrespondenz NRW",
        "Korrespondentin",
        "Köln",
        "0049 (0) 221 4710 027",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Simon",
        "Quast",
        "Handelsblatt",
        "Wirtschaftspolitik",
        "Redakteur",
        "Düsseldorf",
        "069/90009-028",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Julia",
        "Reinders",
        "ZDF Landesstudio NRW",
        "Fernsehen",
        "Reporterin",
        "Düsseldorf",
        "089 9999 8029",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Benedikt",
        "Schäfer",
        "RTL West",
        "Fernsehen",
        "Reporter",
        "Köln",
        "+49 221 4710 030",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Mara",
        "Terhorst",
        "Bild Düsseldorf",
        "Politik",
        "Redakteurin",
        "Düsseldorf",
        "030 2312 5031",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Lukas",
        "Uhlenbrock",
        "Westfalenpost",
        "Südwestfalen",
        "Redakteur",
        "Hagen",
        "(030) 23125-032",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Greta",
        "Vogt",
        "Ruhr Nachrichten",
        "Dortmund",
        "Redakteurin",
        "Dortmund",
        "0 40 / 66 96 90 33",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Maximilian",
        "Wendt",
        "Sat.1 NRW",
        "Fernsehen",
        "Reporter",
        "Dortmund",
        "+49-40-66969-034",
        PhoneKind.OFFICE,
    ),
    (
        "Frau",
        "",
        "Elif",
        "Yilmaz",
        "Funke Zentralredaktion",
        "Politik",
        "Korrespondentin",
        "Berlin",
        "030 23125035",
        PhoneKind.OFFICE,
    ),
    (
        "Herr",
        "",
        "Jan",
        "Zeller",
        "Reuters",
        "Politik und Wirtschaft",
        "Korrespondent",
        "Frankfurt am Main",
        "+49 (69) 90009036",
        PhoneKind.OFFICE,
    ),
]

# (salutation, first, last, street, postal code, city, number as written, kind, email, note)
CITIZENS = [
    (
        "Frau",
        "Helga",
        "Baumann",
        "Lindenstraße 12",
        "40233",
        "Düsseldorf",
        "0221 4710 101",
        PhoneKind.PRIVATE,
        "",
        "Fragt regelmäßig nach dem Stand ihres Wohngeldantrags.",
    ),
    (
        "Herr",
        "Karl-Heinz",
        "Dreßen",
        "Am Markt 3",
        "52062",
        "Aachen",
        "+49 221 4710102",
        PhoneKind.PRIVATE,
        "",
        "",
    ),
    (
        "Frau",
        "Fatma",
        "Öztürk",
        "Bochumer Str. 8",
        "45127",
        "Essen",
        "0049 30 23125103",
        PhoneKind.MOBILE,
        "fatma.oeztuerk@post.example",
        "",
    ),
    (
        "Herr",
        "Jürgen",
        "Kötter",
        "Hauptstraße 45",
        "48143",
        "Münster",
        "(089) 99998-104",
        PhoneKind.PRIVATE,
        "",
        "Schwerhörig: bitte langsam und deutlich sprechen.",
    ),
    (
        "Frau",
        "Anna",
        "Wiśniewska",
        "Gartenweg 2",
        "33602",
        "Bielefeld",
        "069-90009-105",
        PhoneKind.MOBILE,
        "a.wisniewska@mail.example",
        "",
    ),
    (
        "Herr",
        "Peter",
        "Schmitz",
        "Severinstraße 70",
        "50678",
        "Köln",
        "0221/4710106",
        PhoneKind.PRIVATE,
        "peter.schmitz@web.example",
        "",
    ),
    (
        "Frau",
        "Irmgard",
        "Hülsmann",
        "Kirchplatz 1",
        "59555",
        "Lippstadt",
        "040 66969 107",
        PhoneKind.PRIVATE,
        "",
        "",
    ),
    (
        "Herr",
        "Mehmet",
        "Aydın",
        "Ruhrallee 19",
        "44139",
        "Dortmund",
        "+49 (0) 40 66969 108",
        PhoneKind.MOBILE,
        "mehmet.aydin@mail.example",
        "",
    ),
    (
        "Frau",
        "Sophie",
        "Lambertz",
        "Rathausplatz 4",
        "41061",
        "Mönchengladbach",
        "030 23 12 51 09",
        PhoneKind.PRIVATE,
        "s.lambertz@post.example",
        "",
    ),
    (
        "Herr",
        "Dieter",
        "Brömmel",
        "Feldstraße 21",
        "47051",
        "Duisburg",
        "089/99998110",
        PhoneKind.PRIVATE,
        "",
        "Bittet um schriftliche Antwort per Post.",
    ),
    (
        "Frau",
        "Natalia",
        "Iwanowa",
        "Hochstraße 5",
        "42103",
        "Wuppertal",
        "0049-69-90009-111",
        PhoneKind.MOBILE,
        "",
        "",
    ),
    (
        "Herr",
        "Thomas",
        "Gerhards",
        "Kaiserstraße 33",
        "53113",
        "Bonn",
        "+44 20 7946 0958",
        PhoneKind.MOBILE,
        "t.gerhards@web.example",
        "Lebt derzeit in London.",
    ),
]


def _email_local(first: str, last: str) -> str:
    table = str.maketrans(
        {
            "ä": "ae",
            "ö": "oe",
            "ü": "ue",
            "ß": "ss",
            "ı": "i",
            "ş": "s",
            "ç": "c",
            "ğ": "g",
            " ": "-",
        }
    )
    return f"{first}.{last}".lower().translate(table)


def demo_contacts() -> list[ContactDraft]:
    drafts = list(OFFICE)
    for salutation, title, first, last, outlet, desk, function, city, number, kind in JOURNALISTS:
        domain = "".join(c for c in outlet.lower().split()[0] if c.isalnum()) + ".example"
        drafts.append(
            ContactDraft(
                kind=ContactKind.PRESS,
                salutation=salutation,
                title=title,
                first_name=first,
                last_name=last,
                outlet=outlet,
                desk=desk,
                function=function,
                city=city,
                tags=("Presseverteiler",),
                source=ContactSource.TYPED,
                phones=(PhoneInput(number, kind),),
                emails=(EmailInput(f"{_email_local(first, last)}@{domain}"),),
            )
        )
    for salutation, first, last, street, code, city, number, kind, email, note in CITIZENS:
        drafts.append(
            ContactDraft(
                kind=ContactKind.CITIZEN,
                salutation=salutation,
                first_name=first,
                last_name=last,
                street=street,
                postal_code=code,
                city=city,
                country="Deutschland",
                notes=note,
                source=ContactSource.CALL,
                phones=(PhoneInput(number, kind),),
                emails=(EmailInput(email, EmailKind.PRIVATE),) if email else (),
            )
        )
    return drafts


DEMO_CALLS = [
    # (number as the caller's phone shows it, subject, note, press, answered on the phone)
    (
        "0221 4710011",
        "Zahlen zum Wohngeld 2026",
        "Braucht die Antragszahlen nach Kreisen.",
        True,
        False,
    ),
    ("+49 30 23125016", "Statement zur Hochwasserhilfe", "O-Ton bis 15 Uhr erbeten.", True, False),
    (
        "0221 4710 101",
        "Stand Wohngeldantrag",
        "Antrag vom September, noch kein Bescheid.",
        False,
        False,
    ),
    ("089 99998 104", "Öffnungszeiten Bürgerbüro", "Auskunft gegeben.", False, True),
    (
        "0211 555 0199",
        "Lärm durch Baustelle A 46",
        "Neue Anruferin, nachts Bauarbeiten.",
        False,
        False,
    ),
]

DEMO_MAILS = [
    (
        "Fatma Öztürk",
        "fatma.oeztuerk@post.example",
        "Frage zum Kita-Platz",
        "Sehr geehrte Damen und Herren,\n\nseit März warten wir auf einen Kita-Platz in Essen. "
        "Wer ist zuständig?\n\nMit freundlichen Grüßen\nFatma Öztürk",
    ),
    (
        "Markus Fischer",
        "markus.fischer@dpa.example",
        "Presseanfrage: Digitalisierung der Schulen",
        "Guten Tag,\n\nwie viele Schulen in NRW haben inzwischen Glasfaser? "
        "Redaktionsschluss heute 16 Uhr.\n\nBeste Grüße\nMarkus Fischer, dpa",
    ),
    (
        "Karl-Heinz Dreßen",
        "kh.dressen@mail.example",
        "Grundsteuer – Widerspruch",
        "Guten Tag,\n\nich möchte wissen, wie ich gegen meinen Grundsteuerbescheid vorgehe."
        "\n\nKarl-Heinz Dreßen",
    ),
]


def _demo_mail(
    number: int, name: str, address: str, subject: str, text: str, when: datetime
) -> bytes:
    headers = EmailMessage()
    headers["From"] = f"{name} <{address}>"
    headers["To"] = "nrwdirekt@nrw.de"
    headers["Subject"] = subject
    headers["Date"] = format_datetime(when)
    headers["Message-ID"] = f"<demo-{number}@buergeranfragen.example>"
    headers.set_content(text)
    return bytes(headers)


def load_demo(
    service: ContactService,
    inquiries: InquiryService | None = None,
    intake: MailIntake | None = None,
) -> dict[str, int]:
    counts = {"imported": 0, "merged": 0, "skipped": 0, "inquiries": 0}
    for draft in demo_contacts():
        counts[service.import_entry(draft).status] += 1
    if inquiries is None or intake is None or inquiries.count(InquiryQuery()) > 0:
        return counts  # a queue with work in it gets no demo inquiries on top
    now = inquiries.now()
    for hours, (number, subject, note, press, done) in enumerate(DEMO_CALLS, start=1):
        caller = service.lookup_caller(number)
        new = (
            None
            if caller
            else ContactDraft(first_name="Sabine", last_name="Nachtigall", city="Düsseldorf")
        )
        inquiries.log_call(
            CallDraft(
                number=number,
                contact_id=caller[0].id if caller else None,
                new_contact=new,
                kind=ContactKind.PRESS if press else ContactKind.CITIZEN,
                subject=subject,
                text=note,
                status=InquiryStatus.ANSWERED_ON_PHONE if done else InquiryStatus.NEW,
                deadline=now + timedelta(hours=4) if press else None,
                received_at=now - timedelta(hours=hours * 5),
            )
        )
        counts["inquiries"] += 1
    for index, (name, address, subject, text) in enumerate(DEMO_MAILS, start=1):
        raw = _demo_mail(index, name, address, subject, text, now - timedelta(hours=index * 7))
        report = intake.import_bytes(raw, f"demo-{index}.eml", f"demo-{index}.eml")
        counts["inquiries"] += report.status == "imported"
    return counts
