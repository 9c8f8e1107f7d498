"""How the audit's records and actions are named for people: German messages (the window
translates them, the command line and the Art. 15 PDF write them as they are). A key no entry
names (written by a newer version) is shown as stored."""

from __future__ import annotations

from buergeranfragen.contacts.queries import ENTITY as CONTACT
from buergeranfragen.inquiries.records import ENTITY as INQUIRY
from buergeranfragen.messages import Message, msg, text
from buergeranfragen.privacy.log_store import READ, AuditLine
from buergeranfragen.privacy.person_store import ERASURE_ENTITY

ENTITIES: dict[str, Message] = {
    INQUIRY: msg("Anfrage"),
    CONTACT: msg("Kontakt"),
    "department": msg("Abteilung"),
    "person": msg("Person"),
    "routing_rule": msg("Verteilregel"),
    "text_template": msg("Textbaustein"),
    "inquiry_message": msg("Nachricht"),
    ERASURE_ENTITY: msg("Löschung einer Person"),
}
SETTINGS: dict[str, Message] = {  # office settings by their key (stored as the action)
    "retention": msg("Aufbewahrungsfristen"),
    "deadlines": msg("Fristen"),
    "smtp": msg("Postausgang (SMTP)"),
    "reports": msg("Wochenbericht"),
    "topics": msg("Themenliste"),
}
ACTIONS: dict[str, Message] = {
    "create": msg("angelegt"),
    "update": msg("geändert"),
    "delete": msg("gelöscht"),
    "assign_contact": msg("Kontakt zugeordnet"),
    "anonymise": msg("anonymisiert (Aufbewahrungsfrist)"),
    "retention_delete": msg("gelöscht (Aufbewahrungsfrist)"),
    "erase": msg("Person gelöscht"),
    "access_export": msg("Auskunft exportiert (Art. 15)"),
    "merge": msg("zusammengeführt"),
    "merged_into": msg("in einen anderen Kontakt übernommen"),
    "import_merge": msg("durch Import ergänzt"),
    "split_off": msg("aufgeteilt"),
    "split_from": msg("abgeteilt"),
    "move": msg("verschoben"),
    "resend": msg("erneut gesendet"),
    "mark_sent": msg("als gesendet vermerkt"),
}
OPENED = msg("geöffnet")
ERASURE = msg("Löschung (Art. 17)")
SETTING = "office_setting"


def entity_name(entity: str) -> Message | str:
    return ENTITIES.get(entity, entity)


def action_name(line: AuditLine) -> Message | str:
    if line.kind == READ:
        return OPENED
    if line.entity == SETTING:
        return ACTIONS["update"]
    return ACTIONS.get(line.action, line.action)


def setting_name(key: str) -> Message | str:
    return SETTINGS.get(key, key)


def record_name(line: AuditLine) -> Message:
    """The record as a list names it: "Anfrage BA-2026-00012", "Kontakt 42"; an office
    setting by its name, an erasure without a number (the erased contact's would lead back to
    them)."""
    if line.entity == SETTING:
        return msg("Einstellung: {name}", name=_message(setting_name(line.action)))
    if line.entity == ERASURE_ENTITY:
        return ERASURE
    return msg(
        "{kind} {number}",
        kind=_message(entity_name(line.entity)),
        number=line.reference or str(line.entity_id),
    )


def _message(name: Message | str) -> Message:
    return name if isinstance(name, Message) else text(name)
