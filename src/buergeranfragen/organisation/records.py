"""What the organisation services hand out and take: plain records, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from buergeranfragen.routing.records import Action, Conditions, Priority, Rule
from buergeranfragen.routing.trial import TrialResult


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
    signature: str | None = None  # below every letter of the department; "" = built one
    sender_email: str | None = None  # replies are sent from it; "" = the office's sender


@dataclass(frozen=True)
class DepartmentRecord:
    id: int
    code: str
    name: str
    email: str
    phone: str
    active: bool
    version: int
    signature: str = ""  # "" = a plain one from name, phone and address
    sender_email: str = ""  # "" = the office's sender address


@dataclass(frozen=True)
class PersonRecord:
    id: int
    os_user: str
    display_name: str
    role: Role
    department_code: str | None  # None: no department
    active: bool
    version: int


@dataclass(frozen=True)
class RuleDraft:
    """A routing rule as typed (new or edited): its name, conditions and action (department
    code, optionally a person's user name and a priority)."""

    name: str
    conditions: Conditions
    department: str
    person: str | None = None
    priority: Priority | None = None

    def rule(self, rule_id: int | None = None) -> Rule:
        """The draft as routing takes it (to try it before it is saved)."""
        action = Action(self.department, self.person, self.priority)
        return Rule(self.name, self.conditions, action, rule_id)


@dataclass(frozen=True)
class RuleRecord:
    """A stored routing rule, as the rule list shows it."""

    id: int
    name: str
    position: int  # 1, 2, … (the first match wins)
    active: bool
    conditions: Conditions
    department_code: str
    department_name: str
    department_active: bool
    person: str | None  # user name
    priority: Priority | None
    version: int
    routed: int  # inquiries this rule routed

    def rule(self) -> Rule:
        """The rule as routing takes it."""
        return Rule(
            name=self.name,
            conditions=self.conditions,
            action=Action(self.department_code, self.person, self.priority),
            id=self.id,
            position=self.position,
            active=self.active,
        )

    def draft(self) -> RuleDraft:
        return RuleDraft(
            self.name, self.conditions, self.department_code, self.person, self.priority
        )


@dataclass(frozen=True)
class RuleTrial:
    """What a rule would have done with the inquiries of the last ``weeks`` weeks (keys are
    references): ``result.matches`` those it takes, ``result.changed`` those of them that go
    elsewhere today. At most ``limit`` inquiries are read, the newest first (``capped``:
    there were more)."""

    result: TrialResult[str]
    weeks: int
    since: datetime
    department_code: str
    department_name: str  # "" when the department does not exist
    capped: bool
    limit: int
