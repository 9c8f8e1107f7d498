"""Trying a rule on past inquiries before it is saved."""

from __future__ import annotations

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.routing.records import Action, Conditions, RoutingFacts, Rule
from buergeranfragen.routing.trial import try_rule


def facts(subject: str) -> RoutingFacts:
    return RoutingFacts(ContactKind.CITIZEN, InquiryChannel.EMAIL, subject)


PAST = [
    ("2026-0001", facts("Kitaplatz in Essen")),
    ("2026-0002", facts("Wohngeld")),
    ("2026-0003", facts("Kita-Gebühren")),
    ("2026-0004", facts("Kindertagespflege gesucht")),
]


def test_which_inquiries_a_candidate_rule_would_take() -> None:
    candidate = Rule("Kita", Conditions(words=("Kita",)), Action("MKJFGFI"), active=False)
    result = try_rule(candidate, PAST)
    assert result.tried == 4
    assert result.count == 2
    assert [m.key for m in result.matches] == ["2026-0001", "2026-0003"]
    assert [m.decision.words for m in result.matches] == [("Kita",), ("Kita",)]
    assert result.changed == ()  # nothing to compare with


def test_what_saving_it_would_change_against_the_current_rules() -> None:
    current = [
        Rule("Pflege", Conditions(words=("Pflege",)), Action("MAGS"), position=1),
        Rule("Kita alt", Conditions(words=("Kitaplatz",)), Action("MKJFGFI"), position=2),
    ]
    candidate = Rule("Kinder", Conditions(words=("Kita", "Kindertagespflege")), Action("MKJFGFI"))
    result = try_rule(candidate, iter(PAST), current)
    assert [m.key for m in result.matches] == ["2026-0001", "2026-0003", "2026-0004"]
    # 0001 goes there already; 0003 is unassigned today, 0004 goes to MAGS today
    assert result.changed == (("2026-0003", None), ("2026-0004", "MAGS"))
