"""What the organisation services hand out and take: plain records, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What a person does in the office; the role decides what they may change
    (``organisation.roles``). Labels: ``cli/output.py`` and ``ui/common/i18n.py``."""

    PRESS_OFFICE = "pressestelle"
    CITIZEN_SERVICE = "buergerservice"
    CLERK = "sachbearbeitung"
    LEAD = "leitung"
    ADMINISTRATION = "administration"


@dataclass(frozen=True)
class DepartmentDraft:
    """A new department as typed (or as shipped in ``resources/departments.json``)."""

    code: str
    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class DepartmentChanges:
    """What an edit changes; ``None`` leaves a field as it is."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class DepartmentRecord:
    id: int
    code: str
    name: str
    email: str
    phone: str
    active: bool
    version: int


@dataclass(frozen=True)
class PersonRecord:
    id: int
    os_user: str
    display_name: str
    role: Role
    department_code: str | None  # None: no department
    active: bool
    version: int
