"""What the answering services take and hand out: plain records, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TemplatePurpose(StrEnum):
    """What a Textbaustein is for. Labels: ``cli/templates.py`` and ``ui/common/i18n.py``."""

    REPLY = "reply"  # an answer to the citizen or journalist
    INTERIM = "interim"  # Zwischennachricht / Eingangsbestätigung: the inquiry stays open
    FORWARD = "forward"  # the cover note of a forward to a department


@dataclass(frozen=True)
class TemplateDraft:
    """A new Textbaustein as typed (or as shipped in ``resources/templates.json``)."""

    name: str
    purpose: TemplatePurpose
    subject: str = ""
    body: str = ""


@dataclass(frozen=True)
class TemplateChanges:
    """What an edit changes; ``None`` leaves a field as it is."""

    name: str | None = None
    purpose: TemplatePurpose | None = None
    subject: str | None = None
    body: str | None = None


@dataclass(frozen=True)
class TemplateRecord:
    id: int
    name: str
    purpose: TemplatePurpose
    subject: str
    body: str
    active: bool
    version: int
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True)
class LetterFacts:
    """Everything the placeholders of a letter are filled from, read in one go: the inquiry,
    its contact (empty strings when it has none), its department and the clerk."""

    reference: str
    received_at: datetime | None
    subject: str
    today: datetime
    salutation: str = ""  # the contact's Anrede as stored ("Frau", "Herr", …)
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    department_name: str = ""
    department_phone: str = ""
    department_email: str = ""
    department_signature: str = ""
    clerk_name: str = ""


@dataclass(frozen=True)
class RenderedTemplate:
    """A Textbaustein filled in for one inquiry: the subject and the body, signature included."""

    subject: str
    body: str
    purpose: TemplatePurpose
