"""The JSON form of rules: stable, a round trip is the identity, bad input says what is wrong."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.routing.records import (
    Action,
    Conditions,
    Priority,
    RoutingFacts,
    Rule,
    RuleFormatError,
    rules_from_json,
    rules_to_json,
)

FULL = Rule(
    name="Schule und Bildung",
    conditions=Conditions(
        kinds=(ContactKind.CITIZEN,),
        channels=(InquiryChannel.EMAIL, InquiryChannel.LETTER),
        words=("Schule", "Grundsteuer Erklärung"),
        except_words=("Schulden",),
        sender_domains=("schule.nrw.de",),
        contact_tags=("Schulleitung",),
    ),
    action=Action("MSB", "mmeier", Priority.HIGH),
    id=7,
    position=3,
    active=False,
)


def test_the_documented_form() -> None:
    assert json.loads(FULL.to_json()) == {
        "id": 7,
        "name": "Schule und Bildung",
        "position": 3,
        "active": False,
        "conditions": {
            "kinds": ["citizen"],
            "channels": ["email", "letter"],
            "words": ["Schule", "Grundsteuer Erklärung"],
            "except_words": ["Schulden"],
            "sender_domains": ["schule.nrw.de"],
            "contact_tags": ["Schulleitung"],
        },
        "action": {"department": "MSB", "person": "mmeier", "priority": "high"},
    }
    assert "Erklärung" in FULL.to_json()  # readable in the database, not \\u escapes


def test_round_trips() -> None:
    assert Rule.from_json(FULL.to_json()) == FULL
    assert Conditions.from_json(FULL.conditions.to_json()) == FULL.conditions
    assert rules_from_json(rules_to_json([FULL])) == (FULL,)


def test_only_name_and_department_are_required() -> None:
    rule = Rule.from_json('{"name": " Kita ", "action": {"department": "mkjfgfi"}}')
    assert rule == Rule("Kita", Conditions(), Action("MKJFGFI"))


def test_rule_files_number_rules_without_a_position_in_file_order() -> None:
    text = json.dumps(
        [
            {"name": "a", "action": {"department": "MSB"}},
            {"name": "b", "position": 9, "action": {"department": "FM"}},
            {"name": "c", "action": {"department": "IM"}},
        ]
    )
    assert [(r.name, r.position) for r in rules_from_json(text)] == [("a", 1), ("b", 9), ("c", 3)]
    single = rules_from_json('{"name": "x", "action": {"department": "JM"}}')
    assert [r.name for r in single] == ["x"]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{kaputt", "kein gültiges JSON (Zeile 1)"),
        ("[1]", "das Feld rule fehlt"),
        ('{"action": {"department": "MSB"}}', "das Feld name fehlt"),
        ('{"name": "x"}', "„x“: das Feld action fehlt"),
        ('{"name": "x", "action": {"department": ""}}', "das Feld action.department fehlt"),
        ('{"name": "x", "action": {"department": "A", "priority": "sofort"}}', "sofort"),
        ('{"name": "x", "action": {"department": "A", "person": 3}}', "action.person"),
        ('{"name": "x", "position": "1", "action": {"department": "A"}}', "position"),
        ('{"name": "x", "active": 1, "action": {"department": "A"}}', "active"),
        ('{"name": "x", "id": true, "action": {"department": "A"}}', "id"),
        ('{"name": "x", "conditions": [], "action": {"department": "A"}}', "conditions"),
        (
            '{"name": "x", "conditions": {"kinds": ["presse"]}, "action": {"department": "A"}}',
            "unbekannter Wert presse im Feld kinds",
        ),
        (
            '{"name": "x", "conditions": {"words": "Schule"}, "action": {"department": "A"}}',
            "das Feld words fehlt",
        ),
        (
            '{"name": "x", "conditions": {"channels": [1]}, "action": {"department": "A"}}',
            "channels",
        ),
    ],
)
def test_bad_rules_say_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(RuleFormatError) as error:
        rules_from_json(text)
    assert says in error.value.message


def test_sender_domain_of_the_facts() -> None:
    def domain(address: str) -> str:
        return RoutingFacts(
            ContactKind.CITIZEN, InquiryChannel.EMAIL, sender_address=address
        ).sender_domain

    assert domain(" Erika@Example.ORG. ") == "example.org"
    assert domain("a@b@mail.example") == "mail.example"
    assert domain("kein-at") == ""
    assert domain("") == ""


_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12).filter(
    lambda s: s.strip() == s
)


@given(
    name=_text,
    words=st.lists(_text, max_size=4),
    kinds=st.lists(st.sampled_from(list(ContactKind)), max_size=2, unique=True),
    department=st.from_regex(r"[A-Z]{2,8}", fullmatch=True),
    priority=st.none() | st.sampled_from(list(Priority)),
    position=st.integers(min_value=1, max_value=10_000),
)
def test_any_rule_survives_the_round_trip(
    name: str,
    words: list[str],
    kinds: list[ContactKind],
    department: str,
    priority: Priority | None,
    position: int,
) -> None:
    rule = Rule(
        name,
        Conditions(kinds=tuple(kinds), words=tuple(words)),
        Action(department, None, priority),
        position=position,
    )
    assert Rule.from_json(rule.to_json()) == rule
