"""Translation for the window: German source strings, English from resources/translations.

Every user-visible string of ui/ goes through ``tr("…")`` with a literal, so that
``make translations`` (pyside6-lupdate) finds it. Labels of the service layer's enums are
translated here, with literals too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from buergeranfragen.contacts.importing import ImportStatus
from buergeranfragen.contacts.records import ContactKind, ContactSource, EmailKind, PhoneKind
from buergeranfragen.inquiries.records import InquiryChannel, InquiryStatus
from buergeranfragen.mail.intake import MailOutcome
from buergeranfragen.messages import Message


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def unknown_label(value: str) -> str:
    """A value a newer version of the program stored (a status, a kind) that this one does
    not know: shown, not a crash."""
    return tr("unbekannt ({0})").format(value)


def phone_kind_label(kind: PhoneKind) -> str:
    return {
        PhoneKind.OFFICE: tr("Büro"),
        PhoneKind.MOBILE: tr("Mobil"),
        PhoneKind.FAX: tr("Fax"),
        PhoneKind.PRIVATE: tr("Privat"),
    }.get(kind) or unknown_label(kind)


def email_kind_label(kind: EmailKind) -> str:
    return {EmailKind.WORK: tr("Dienstlich"), EmailKind.PRIVATE: tr("Privat")}.get(
        kind
    ) or unknown_label(kind)


def contact_kind_label(kind: ContactKind) -> str:
    return {ContactKind.PRESS: tr("Presse"), ContactKind.CITIZEN: tr("Bürger/in")}.get(
        kind
    ) or unknown_label(kind)


def contact_field_label(name: str) -> str:
    """How the window names a field of a contact (the draft's attribute ``name``)."""
    labels = {
        "kind": tr("Art"),
        "salutation": tr("Anrede"),
        "title": tr("Titel"),
        "first_name": tr("Vorname"),
        "last_name": tr("Nachname"),
        "organisation": tr("Organisation"),
        "function": tr("Funktion"),
        "outlet": tr("Medium"),
        "desk": tr("Ressort"),
        "street": tr("Straße"),
        "postal_code": tr("PLZ"),
        "city": tr("Ort"),
        "country": tr("Land"),
        "notes": tr("Notizen"),
        "tags": tr("Kategorien"),
    }
    return labels.get(name, name)


def source_label(source: ContactSource) -> str:
    return {
        ContactSource.CALL: tr("Anruf"),
        ContactSource.EMAIL: tr("E-Mail"),
        ContactSource.IMPORT: tr("Import"),
        ContactSource.TYPED: tr("Eingegeben"),
    }.get(source) or unknown_label(source)


def channel_label(channel: InquiryChannel) -> str:
    return {
        InquiryChannel.PHONE: tr("Telefon"),
        InquiryChannel.EMAIL: tr("E-Mail"),
        InquiryChannel.LETTER: tr("Brief"),
        InquiryChannel.IN_PERSON: tr("persönlich"),
    }.get(channel) or unknown_label(channel)


def inquiry_kind_label(kind: ContactKind) -> str:
    return {ContactKind.PRESS: tr("Presseanfrage"), ContactKind.CITIZEN: tr("Bürgeranfrage")}.get(
        kind
    ) or unknown_label(kind)


def status_label(status: InquiryStatus) -> str:
    return {
        InquiryStatus.NEW: tr("Neu"),
        InquiryStatus.ASSIGNED: tr("Zugewiesen"),
        InquiryStatus.IN_PROGRESS: tr("In Bearbeitung"),
        InquiryStatus.WAITING: tr("Rückfrage"),
        InquiryStatus.ANSWERED: tr("Beantwortet"),
        InquiryStatus.CLOSED: tr("Abgeschlossen"),
        InquiryStatus.ANSWERED_ON_PHONE: tr("am Telefon erledigt"),
        InquiryStatus.HANDED_OVER: tr("abgegeben"),
    }.get(status) or unknown_label(status)


def import_status_label(status: ImportStatus) -> str:
    """What became of one entry of a contact file."""
    return {
        ImportStatus.IMPORTED: tr("importiert"),
        ImportStatus.MERGED: tr("zusammengeführt"),
        ImportStatus.SKIPPED: tr("übersprungen"),
    }.get(status) or unknown_label(status)


def mail_outcome_label(outcome: MailOutcome) -> str:
    """What became of one mail of an import or a mailbox fetch."""
    return {
        MailOutcome.IMPORTED: tr("übernommen"),
        MailOutcome.THREADED: tr("zur Anfrage hinzugefügt"),
        MailOutcome.DUPLICATE: tr("schon vorhanden"),
        MailOutcome.REJECTED: tr("abgelehnt"),
        MailOutcome.RETRY_LATER: tr("später erneut versuchen"),
    }[outcome]


def tr_message(message: Message) -> str:
    """A core message in the interface's language (its German template is the source text)."""
    return message.render(tr)


def tr_messages(messages: Iterable[Message]) -> list[str]:
    """Several core messages (the warnings of a report), each in the interface's language."""
    return [tr_message(m) for m in messages]
