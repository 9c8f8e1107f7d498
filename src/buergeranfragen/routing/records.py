"""Plain records of routing: what a rule looks at (``RoutingFacts``), a rule (``Rule``: its
``Conditions`` and its ``Action``) and what routing decided (``Decision``, with the words that
matched and where).

The JSON form of a rule is stable (the database stores ``Conditions.to_json()`` as text, and
``resources/routing_rules.json`` holds whole rules)::

    {"id": 3, "name": "Schule und Bildung", "position": 3, "active": true,
     "conditions": {"kinds": ["citizen"], "channels": ["email"],
                    "words": ["Schule", "Lehrer", "Grundsteuer Erklärung"],
                    "except_words": ["Schulden"], "sender_domains": ["schule.nrw.de"],
                    "contact_tags": ["Schulleitung"]},
     "action": {"department": "MSB", "person": null, "priority": null}}

Only ``name`` and ``action.department`` are required on reading; the rest defaults to ``id``
null, ``position`` 0, ``active`` true, empty lists, ``person``/``priority`` null.
Writing always gives every key, lists in the order given, so a round trip is the identity."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.messages import msg

E = TypeVar("E", bound=StrEnum)


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class Where(StrEnum):
    """Where a word was found."""

    SUBJECT = "subject"
    TEXT = "text"


class RuleFormatError(KnownError):
    """A rule (file, JSON text) that cannot be read; the message names the rule and field."""


@dataclass(slots=True)  # not frozen: made for every new inquiry, a frozen one costs 3x
class RoutingFacts:
    """What routing looks at of one inquiry (no database, no contact record); nothing
    changes it once made."""

    kind: ContactKind
    channel: InquiryChannel
    subject: str = ""
    text: str = ""
    sender_address: str = ""  # the mail's From address (a call: empty)
    contact_tags: tuple[str, ...] = ()
    # the words of ``subject`` and ``text`` (``text.words_of``) where the caller has them
    # already (the intake reads them for the search index too); None: routing reads them
    subject_words: list[str] | None = field(default=None, compare=False, repr=False)
    text_words: list[str] | None = field(default=None, compare=False, repr=False)

    @property
    def sender_domain(self) -> str:
        """The domain of the sender address, lower case ("" without one)."""
        _, at, domain = self.sender_address.strip().rpartition("@")
        return domain.strip().strip(".").lower() if at else ""


@dataclass(frozen=True)
class Conditions:
    """All non-empty groups must hold; within a group one entry is enough. No condition at all
    matches every inquiry (a catch-all at the end of the list)."""

    kinds: tuple[ContactKind, ...] = ()
    channels: tuple[InquiryChannel, ...] = ()
    words: tuple[str, ...] = ()  # words or phrases ("Grundsteuer Erklärung"), as typed
    except_words: tuple[str, ...] = ()  # a token matching one of these counts for no word
    sender_domains: tuple[str, ...] = ()  # "dpa.de" also takes "news.dpa.de"
    contact_tags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kinds": [k.value for k in self.kinds],
            "channels": [c.value for c in self.channels],
            "words": list(self.words),
            "except_words": list(self.except_words),
            "sender_domains": list(self.sender_domains),
            "contact_tags": list(self.contact_tags),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_dict(cls, data: object, rule: str = "") -> Conditions:
        if not isinstance(data, dict):
            raise _field_error(rule, "conditions")
        return cls(
            kinds=tuple(
                _enum(ContactKind, v, rule, "kinds") for v in _strings(data, "kinds", rule)
            ),
            channels=tuple(
                _enum(InquiryChannel, v, rule, "channels") for v in _strings(data, "channels", rule)
            ),
            words=_strings(data, "words", rule),
            except_words=_strings(data, "except_words", rule),
            sender_domains=tuple(
                d.strip().lstrip("@").lower() for d in _strings(data, "sender_domains", rule)
            ),
            contact_tags=_strings(data, "contact_tags", rule),
        )

    @classmethod
    def from_json(cls, value: str, rule: str = "") -> Conditions:
        return cls.from_dict(_loads(value), rule)


@dataclass(frozen=True)
class Action:
    department: str  # a department code ("MSB")
    person: str | None = None  # an OS user name
    priority: Priority | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "department": self.department,
            "person": self.person,
            "priority": self.priority.value if self.priority else None,
        }


@dataclass(frozen=True)
class Rule:
    name: str
    conditions: Conditions
    action: Action
    id: int | None = None
    position: int = 0
    active: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "position": self.position,
            "active": self.active,
            "conditions": self.conditions.to_dict(),
            "action": self.action.to_dict(),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: object) -> Rule:
        if not isinstance(data, dict):
            raise _field_error("", "rule")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _field_error("", "name")
        rule_id = data.get("id")
        position = data.get("position", 0)
        active = data.get("active", True)
        if rule_id is not None and (not isinstance(rule_id, int) or isinstance(rule_id, bool)):
            raise _field_error(name, "id")
        if not isinstance(position, int) or isinstance(position, bool):
            raise _field_error(name, "position")
        if not isinstance(active, bool):
            raise _field_error(name, "active")
        action = data.get("action")
        if not isinstance(action, dict):
            raise _field_error(name, "action")
        department = action.get("department")
        if not isinstance(department, str) or not department.strip():
            raise _field_error(name, "action.department")
        person = action.get("person")
        if person is not None and not isinstance(person, str):
            raise _field_error(name, "action.person")
        priority = action.get("priority")
        return cls(
            id=rule_id,
            name=name.strip(),
            position=position,
            active=active,
            conditions=Conditions.from_dict(data.get("conditions", {}), name),
            action=Action(
                department=department.strip().upper(),
                person=person.strip() or None if person is not None else None,
                priority=None
                if priority is None
                else _enum(Priority, priority, name, "action.priority"),
            ),
        )

    @classmethod
    def from_json(cls, value: str) -> Rule:
        return cls.from_dict(_loads(value))


def rules_from_json(value: str) -> tuple[Rule, ...]:
    """A rule file: ``{"version": 1, "rules": [rule, …]}`` or a bare list of rules, or one
    rule. Rules without a position are numbered in file order (1, 2, …)."""
    return rules_from_data(_loads(value))


def rules_from_data(data: object) -> tuple[Rule, ...]:
    """``rules_from_json`` of JSON already read (``json_input.read_json``)."""
    if isinstance(data, dict) and "rules" in data:
        data = data["rules"]
    items = data if isinstance(data, list) else [data]
    rules = [Rule.from_dict(item) for item in items]
    return tuple(
        rule if rule.position else _with_position(rule, index)
        for index, rule in enumerate(rules, start=1)
    )


def rules_to_json(rules: tuple[Rule, ...] | list[Rule]) -> str:
    return json.dumps(
        {"version": 1, "rules": [r.to_dict() for r in rules]}, ensure_ascii=False, indent=2
    )


@dataclass(frozen=True, slots=True)
class Hit:
    """One word or phrase of the rule found in the inquiry: as the rule has it, as the inquiry
    has it (normalised token(s)), and where."""

    word: str
    found: str
    where: Where


@dataclass(frozen=True, slots=True)
class Decision:
    department: str
    person: str | None
    priority: Priority | None
    rule: Rule
    hits: tuple[Hit, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """The rule's words that matched, each once, in the rule's order of hits."""
        return tuple(dict.fromkeys(h.word for h in self.hits))


def _with_position(rule: Rule, position: int) -> Rule:
    return Rule(
        name=rule.name,
        conditions=rule.conditions,
        action=rule.action,
        id=rule.id,
        position=position,
        active=rule.active,
    )


def _loads(value: str) -> object:
    try:
        return json.loads(value)
    except json.JSONDecodeError as error:
        raise RuleFormatError(
            msg("Die Verteilregeln sind kein gültiges JSON (Zeile {line}).", line=error.lineno)
        ) from error


def _strings(data: dict[str, Any], key: str, rule: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _field_error(rule, key)
    return tuple(v.strip() for v in value if v.strip())


def _enum(cls: type[E], value: object, rule: str, field: str) -> E:
    if isinstance(value, str) and value in cls._value2member_map_:
        return cls(value)
    raise RuleFormatError(
        msg(
            "Verteilregel „{rule}“: unbekannter Wert {value} im Feld {field}.",
            rule=rule,
            value=str(value),
            field=field,
        )
    )


def _field_error(rule: str, field: str) -> RuleFormatError:
    return RuleFormatError(
        msg(
            "Verteilregel „{rule}“: das Feld {field} fehlt oder hat den falschen Typ.",
            rule=rule,
            field=field,
        )
    )
