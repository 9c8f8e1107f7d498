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

from buergeranfragen.clock import Clock
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactSource,
    EmailInput,
    EmailKind,
    PhoneInput,
)
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.demo.data import CITIZENS, DEMO_CALLS, DEMO_MAILS, JOURNALISTS, OFFICE
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake


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
    clock: Clock,
    inquiries: InquiryService | None = None,
    intake: MailIntake | None = None,
) -> dict[str, int]:
    counts = {"imported": 0, "merged": 0, "skipped": 0, "inquiries": 0}
    for draft in demo_contacts():
        counts[service.import_entry(draft).status] += 1
    if inquiries is None or intake is None or inquiries.count(InquiryQuery()) > 0:
        return counts  # a queue with work in it gets no demo inquiries on top
    now = clock()
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
