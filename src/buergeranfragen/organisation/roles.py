"""What each role may change. Everyone may read, route, assign and handle inquiries; only the
Administration edits departments, routing rules, people, the office's deadlines and the mail
server settings; text templates (Textbausteine) are edited by the Pressestelle, the Leitung and
the Administration; a person's data (Art. 15) is exported by the Leitung, the Administration and
the Bürgerservice, a person erased (Art. 17) by the Administration alone; the audit is read by
the Leitung and the Administration. A refused action says why."""

from __future__ import annotations

from enum import StrEnum

from buergeranfragen.errors import KnownError
from buergeranfragen.messages import Message, msg
from buergeranfragen.organisation.records import Role


class Action(StrEnum):
    EDIT_DEPARTMENTS = "edit_departments"
    EDIT_RULES = "edit_rules"
    EDIT_PEOPLE = "edit_people"
    EDIT_DEADLINES = "edit_deadlines"
    EDIT_TEMPLATES = "edit_templates"
    EDIT_MAIL_SETTINGS = "edit_mail_settings"
    EDIT_REPORT_SETTINGS = "edit_report_settings"
    EDIT_TOPICS = "edit_topics"  # the topic list of the reports
    EDIT_RETENTION = "edit_retention"  # how long personal data is kept (privacy.retention)
    EXPORT_PERSONAL_DATA = "export_personal_data"  # Art. 15: a person's data handed out
    ERASE_PERSON = "erase_person"  # Art. 17: a person and everything tied to them erased
    READ_AUDIT = "read_audit"  # the audit of changes and readings (nobody changes it)


class NotPermitted(KnownError):
    """The person's role does not allow the action."""


ALLOWED: dict[Role, frozenset[Action]] = {
    Role.ADMINISTRATION: frozenset(Action),
    Role.LEAD: frozenset({Action.EDIT_TEMPLATES, Action.EXPORT_PERSONAL_DATA, Action.READ_AUDIT}),
    Role.PRESS_OFFICE: frozenset({Action.EDIT_TEMPLATES}),
    Role.CITIZEN_SERVICE: frozenset({Action.EXPORT_PERSONAL_DATA}),
    Role.CLERK: frozenset(),
}


def may(role: Role, action: Action) -> bool:
    return action in ALLOWED.get(role, frozenset())


def _refusal(action: Action, user: str) -> Message:
    if action is Action.EDIT_DEPARTMENTS:
        return msg(
            "Abteilungen darf nur die Administration anlegen und ändern; {user} hat diese "
            "Rolle nicht.",
            user=user,
        )
    if action is Action.EDIT_RULES:
        return msg(
            "Verteilregeln darf nur die Administration anlegen und ändern; {user} hat diese "
            "Rolle nicht.",
            user=user,
        )
    if action is Action.EDIT_TEMPLATES:
        return msg(
            "Textbausteine dürfen nur die Pressestelle, die Leitung und die Administration "
            "anlegen und ändern; {user} hat keine dieser Rollen.",
            user=user,
        )
    if action is Action.EDIT_MAIL_SETTINGS:
        return msg(
            "Die Einstellungen des Postausgangsservers darf nur die Administration ändern; "
            "{user} hat diese Rolle nicht.",
            user=user,
        )
    if action is Action.EDIT_REPORT_SETTINGS:
        return msg(
            "Die Einstellungen des Wochenberichts darf nur die Administration ändern; {user} "
            "hat diese Rolle nicht.",
            user=user,
        )
    if action is Action.EDIT_TOPICS:
        return msg(
            "Die Themenliste der Berichte darf nur die Administration ändern; {user} hat diese "
            "Rolle nicht.",
            user=user,
        )
    if action is Action.EDIT_RETENTION:
        return msg(
            "Die Aufbewahrungsfristen darf nur die Administration ändern; {user} hat diese "
            "Rolle nicht.",
            user=user,
        )
    if action is Action.EXPORT_PERSONAL_DATA:
        return msg(
            "Eine Auskunft nach Art. 15 DSGVO dürfen nur die Leitung, die Administration und "
            "der Bürgerservice erstellen; {user} hat keine dieser Rollen.",
            user=user,
        )
    if action is Action.ERASE_PERSON:
        return msg(
            "Eine Person nach Art. 17 DSGVO löschen darf nur die Administration; {user} hat "
            "diese Rolle nicht.",
            user=user,
        )
    if action is Action.READ_AUDIT:
        return msg(
            "Das Protokoll dürfen nur die Leitung und die Administration lesen; {user} hat "
            "keine dieser Rollen.",
            user=user,
        )
    if action is Action.EDIT_DEADLINES:
        return msg(
            "Die Fristen darf nur die Administration ändern; {user} hat diese Rolle nicht.",
            user=user,
        )
    return msg(
        "Personen und ihre Rollen darf nur die Administration ändern; {user} hat diese Rolle "
        "nicht.",
        user=user,
    )


def require(role: Role, action: Action, user: str, active: bool = True) -> None:
    """Raise ``NotPermitted`` unless ``role`` (of an active person) allows ``action``."""
    if not active:
        raise NotPermitted(
            msg("{user} ist als inaktiv eingetragen und darf nichts ändern.", user=user)
        )
    if not may(role, action):
        raise NotPermitted(_refusal(action, user))
