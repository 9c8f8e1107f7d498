"""The readable German form of an Art. 15 export (pure): the document's JSON tree turned into
titled sections of (caption, value) lines and free texts, which the PDF writer
(``ui/contacts/access_pdf``) sets as plain text. Every stored value is shown; the mail's HTML
form only as a note that it is in the JSON file (its text is shown as the text)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from buergeranfragen.calendar import format_local
from buergeranfragen.inquiries.records import InquiryStatus
from buergeranfragen.privacy import audit_names
from buergeranfragen.privacy.access_files import Document
from buergeranfragen.workflow.states import state_name

TITLE = "Auskunft nach Art. 15 DSGVO"
INTRO = (
    "Diese Auskunft enthält alle Daten, die in Bürgeranfragen zu der unten genannten Person "
    "gespeichert sind: den Kontakt, die Anfragen mit ihrem Verlauf und ihren Nachrichten, die "
    "Liste der Anhänge (Name, Größe, Art), die Einträge des Änderungsprotokolls, wer die Daten "
    "wann geöffnet hat, und nicht übernommene Mails von ihren Adressen. Die gleichen Daten "
    "liegen vollständig in der JSON-Datei gleichen Namens."
)

CONTACT_FIELDS = {
    "id": "Kontaktnummer",
    "kind": "Art",
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "organisation": "Organisation",
    "function": "Funktion",
    "outlet": "Medium",
    "desk": "Ressort",
    "street": "Straße",
    "postal_code": "Postleitzahl",
    "city": "Ort",
    "country": "Land",
    "tags": "Schlagwörter",
    "source": "Herkunft",
    "version": "Version",
    "created_at": "Angelegt am",
    "updated_at": "Geändert am",
}
INQUIRY_FIELDS = {
    "reference": "Aktenzeichen",
    "relation": "Bezug zur Person",
    "kind": "Art",
    "channel": "Eingang über",
    "category": "Kategorie",
    "status": "Status",
    "received_at": "Eingegangen am",
    "subject": "Betreff",
    "topic": "Thema",
    "from_name": "Absendername",
    "from_email": "Absenderadresse",
    "caller_number": "Rufnummer",
    "forwarded_by": "Weitergeleitet von",
    "deadline": "Redaktionsschluss",
    "due_at": "Frist",
    "priority": "Priorität",
    "department_id": "Abteilung (Nummer)",
    "assignee_id": "Bearbeitung (Nummer)",
    "routing_reason": "Grund der Verteilung",
    "message_id": "Message-ID",
    "source_file": "Quelldatei",
    "linked_inquiry_id": "Verknüpfte Anfrage (Nummer)",
    "created_at": "Angelegt am",
    "updated_at": "Geändert am",
}
RELATIONS = {
    "contact": "Kontakt der Anfrage",
    "candidate": "möglicher Absender",
    "sender_address": "Absenderadresse der Person",
    "caller_number": "Rufnummer der Person",
}
KINDS = {"citizen": "Bürger", "press": "Presse"}
CHANNELS = {"phone": "Telefon", "email": "E-Mail", "letter": "Brief", "in_person": "vor Ort"}
DIRECTIONS = {"in": "eingehend", "out": "ausgehend", "note": "intern"}
STEPS = {
    "received": "eingegangen",
    "routed": "verteilt",
    "routed_by_rule": "verteilt nach Regel",
    "assigned": "zugewiesen",
    "status": "Status",
    "note": "Notiz",
}
MESSAGES = {
    "mail": "Mail",
    "call": "Anruf",
    "reply": "Antwort",
    "interim": "Zwischennachricht",
    "forward": "Weiterleitung",
    "callback": "Rückruf",
    "phone_answer": "telefonisch beantwortet",
    "letter": "per Brief beantwortet",
    "note": "Notiz",
}


def state(value: object) -> object:
    """A stored status ("answered") by its German name ("Beantwortet"); anything else as is."""
    try:
        return state_name(InquiryStatus(str(value))).render()
    except ValueError:
        return value


@dataclass
class Part:
    """A titled part: caption-value lines, then free texts (caption, text)."""

    title: str
    lines: list[tuple[str, str]] = field(default_factory=list)
    texts: list[tuple[str, str]] = field(default_factory=list)
    level: int = 1


def shown(value: object) -> str:
    """A stored value as a German reader sees it (times in Berlin, lists joined)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, list):
        return ", ".join(shown(v) for v in value)
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None and "T" in value:
            return format_local(moment)
        return value
    return str(value)


def _lines(row: Mapping[str, object], captions: Mapping[str, str]) -> list[tuple[str, str]]:
    result = []
    for key, caption in captions.items():
        value = row.get(key)
        if key == "kind":
            value = KINDS.get(str(value), value)
        elif key == "channel":
            value = CHANNELS.get(str(value), value)
        elif key == "status":
            value = state(value)
        elif key == "relation" and isinstance(value, list):
            value = [RELATIONS.get(str(v), v) for v in value]
        text = shown(value)
        if text:
            result.append((caption, text))
    return result


def _dicts(value: object) -> list[Mapping[str, object]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def parts(doc: Document) -> list[Part]:
    """The document's sections in reading order."""
    data = doc.data
    contact = data.get("contact")
    contact = contact if isinstance(contact, Mapping) else {}
    head = Part("Person", _lines(contact, CONTACT_FIELDS))
    for phone in _dicts(contact.get("phones")):
        head.lines.append(("Rufnummer", f"{shown(phone.get('raw'))} ({shown(phone.get('e164'))})"))
    for email in _dicts(contact.get("emails")):
        head.lines.append(("E-Mail", shown(email.get("address"))))
    if shown(contact.get("notes")):
        head.texts.append(("Notizen", shown(contact.get("notes"))))
    result = [
        Part(
            "Zu dieser Auskunft",
            [
                ("Erstellt am", format_local(doc.created_at)),
                ("Erstellt von", shown(data.get("created_by"))),
            ],
            [("", INTRO)],
        ),
        head,
    ]
    inquiries = _dicts(data.get("inquiries"))
    if not inquiries:
        result.append(Part("Anfragen", [("", "Keine Anfragen gespeichert.")]))
    for inquiry in inquiries:
        result.extend(_inquiry(inquiry))
    entries = _dicts(data.get("audit"))
    log = Part("Änderungsprotokoll")
    for entry in entries:
        log.texts.append(
            (
                f"{shown(entry.get('at'))} – {shown(entry.get('actor'))}: "
                f"{_entity(entry)} "
                f"{shown(entry.get('entity_id'))}, {_action(entry)}",
                _changes(entry.get("changes")),
            )
        )
    if not entries:
        log.lines.append(("", "Keine Einträge."))
    result.append(log)
    readings = Part("Wer die Daten geöffnet hat")
    for entry in _dicts(data.get("readings")):
        readings.lines.append(
            (
                shown(entry.get("at")),
                f"{shown(entry.get('actor'))}: {_entity(entry)} "
                f"{shown(entry.get('entity_id'))} geöffnet",
            )
        )
    if not readings.lines:
        readings.lines.append(("", "Keine Einträge."))
    result.append(readings)
    refused = _dicts(data.get("rejected_mails"))
    if refused:
        part = Part("Nicht übernommene Mails")
        for mail in refused:
            part.lines.append(
                (
                    shown(mail.get("rejected_at")),
                    f"{shown(mail.get('sender'))}: {shown(mail.get('subject'))}",
                )
            )
        result.append(part)
    return result


def _entity(entry: Mapping[str, object]) -> str:
    """The audit's record kind as the reader knows it (``audit_names``)."""
    return str(audit_names.entity_name(shown(entry.get("entity"))))


def _action(entry: Mapping[str, object]) -> str:
    action = shown(entry.get("action"))
    return str(audit_names.ACTIONS.get(action, action))


def _changes(value: object) -> str:
    if isinstance(value, Mapping):
        return "\n".join(f"{k}: {_changes(v)}" for k, v in value.items())
    if isinstance(value, list):
        return " → ".join(_changes(v) for v in value)
    return shown(value)


def _inquiry(inquiry: Mapping[str, object]) -> list[Part]:
    part = Part(f"Anfrage {shown(inquiry.get('reference'))}", _lines(inquiry, INQUIRY_FIELDS))
    if shown(inquiry.get("body")):
        part.texts.append(("Text", shown(inquiry.get("body"))))
    if shown(inquiry.get("body_html")):
        part.texts.append(("", "Die Mail liegt auch als HTML vor (in der JSON-Datei)."))
    original = inquiry.get("original")
    if isinstance(original, Mapping):
        part.lines.append(
            (
                "Original der Mail",
                f"{shown(original.get('filename'))}, {shown(original.get('size'))} Bytes",
            )
        )
    for attachment in _dicts(inquiry.get("attachments")):
        part.lines.append(
            (
                "Anhang",
                f"{shown(attachment.get('filename'))} ({shown(attachment.get('content_type'))}, "
                f"{shown(attachment.get('size'))} Bytes)",
            )
        )
    result = [part]
    steps = Part("Verlauf", level=2)
    for step in _dicts(inquiry.get("steps")):
        values = (step.get("from_value"), step.get("to_value"))
        if step.get("kind") == "status":
            values = (state(values[0]), state(values[1]))
        change = " → ".join(v for v in (shown(values[0]), shown(values[1])) if v)
        kind = STEPS.get(str(step.get("kind")), step.get("kind"))
        steps.texts.append(
            (
                f"{shown(step.get('at'))} – {shown(step.get('actor'))}: "
                f"{shown(kind)} {change} {shown(step.get('department_name'))}".strip(),
                " ".join(
                    v for v in (shown(step.get("handed_to")), shown(step.get("comment"))) if v
                ),
            )
        )
    if steps.texts:
        result.append(steps)
    messages = Part("Nachrichten", level=2)
    for message in _dicts(inquiry.get("messages")):
        caption = (
            f"{shown(message.get('at'))} – "
            f"{DIRECTIONS.get(str(message.get('direction')), shown(message.get('direction')))}, "
            f"{shown(MESSAGES.get(str(message.get('kind')), message.get('kind')))}"
        )
        sender = " ".join(
            v for v in (shown(message.get("from_name")), shown(message.get("from_email"))) if v
        )
        head = "\n".join(
            v
            for v in (
                f"Von: {sender}" if sender else "",
                f"An: {shown(message.get('to_addr'))}" if shown(message.get("to_addr")) else "",
                f"Betreff: {shown(message.get('subject'))}"
                if shown(message.get("subject"))
                else "",
            )
            if v
        )
        messages.texts.append(
            (caption, "\n\n".join(v for v in (head, shown(message.get("text"))) if v))
        )
    if messages.texts:
        result.append(messages)
    return result
