"""Every pair of states, allowed or not, written out here (not recomputed from the table in
``workflow.states``), and what a step needs besides."""

from __future__ import annotations

import pytest

from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.inquiries.records import InquiryStatus
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow.states import (
    allowed,
    check_transition,
    is_open,
    step_rules,
    targets,
)

S = InquiryStatus
COLUMNS = [
    S.NEW,
    S.ASSIGNED,
    S.IN_PROGRESS,
    S.WAITING,
    S.ANSWERED,
    S.ANSWERED_ON_PHONE,
    S.HANDED_OVER,
    S.CLOSED,
]
# from (row, in the order of COLUMNS) → to (column); x allowed, . refused
#         NEW ASS INP WAI ANS PHO HAN CLO
ROWS = [
    "      .   x   x   x   x   x   x   x",  # NEW
    "      .   .   x   x   x   x   x   x",  # ASSIGNED
    "      .   .   .   x   x   x   x   x",  # IN_PROGRESS
    "      .   .   x   .   x   x   x   x",  # WAITING
    "      .   .   x   .   .   .   .   x",  # ANSWERED
    "      .   .   x   .   .   .   .   x",  # ANSWERED_ON_PHONE
    "      .   .   x   .   .   .   .   x",  # HANDED_OVER
    "      .   .   x   .   .   .   .   .",  # CLOSED
]
MATRIX = dict(zip(COLUMNS, ROWS, strict=True))
PAIRS = [
    (source, target, mark == "x")
    for source, row in MATRIX.items()
    for target, mark in zip(COLUMNS, row.split(), strict=True)
]
ALLOWED = [(s, t) for s, t, ok in PAIRS if ok]
REFUSED = [(s, t) for s, t, ok in PAIRS if not ok]


def test_the_matrix_covers_every_state_and_every_pair() -> None:
    assert set(COLUMNS) == set(InquiryStatus) == set(MATRIX)
    assert len(PAIRS) == len(InquiryStatus) ** 2 == 64
    assert len(ALLOWED) == 30


def test_stored_values_of_older_versions_stay() -> None:
    assert InquiryStatus("new") is S.NEW
    assert InquiryStatus("answered_on_phone") is S.ANSWERED_ON_PHONE


def _needs(source: InquiryStatus, target: InquiryStatus) -> dict[str, str]:
    """The fields this test expects the step to require, filled in."""
    extra = {}
    if target == S.HANDED_OVER:
        extra["handed_to"] = "Bezirksregierung Köln"
    if target == S.IN_PROGRESS and source in {
        S.ANSWERED,
        S.ANSWERED_ON_PHONE,
        S.HANDED_OVER,
        S.CLOSED,
    }:
        extra["comment"] = "Bürger meldet sich erneut"
    if target == S.CLOSED and source in {S.NEW, S.ASSIGNED, S.IN_PROGRESS, S.WAITING}:
        extra["comment"] = "doppelt eingegangen"
    return extra


@pytest.mark.parametrize(("source", "target"), ALLOWED, ids=lambda s: str(s))
def test_allowed_step(source: InquiryStatus, target: InquiryStatus) -> None:
    assert allowed(source, target)
    assert target in targets(source)
    check_transition(source, target, **_needs(source, target))


@pytest.mark.parametrize(("source", "target"), REFUSED, ids=lambda s: str(s))
def test_refused_step(source: InquiryStatus, target: InquiryStatus) -> None:
    assert not allowed(source, target)
    assert target not in targets(source)
    with pytest.raises(KnownError) as refused:
        check_transition(source, target, comment="ein Grund", handed_to="")
    assert not isinstance(refused.value, ValidationFailed)  # refused as a step, not a field


@pytest.mark.parametrize(
    ("source", "target", "text"),
    [
        (
            S.CLOSED,
            S.ANSWERED,
            "Von „Abgeschlossen“ geht es nur über „Wieder öffnen“ weiter (zurück zu "
            "„In Bearbeitung“).",
        ),
        (
            S.ANSWERED,
            S.WAITING,
            "Von „Beantwortet“ geht es nur zu „Abgeschlossen“ oder über „Wieder öffnen“ zurück "
            "zu „In Bearbeitung“.",
        ),
        (S.IN_PROGRESS, S.NEW, "Zurück zu „Neu“ geht es nicht."),
        (
            S.WAITING,
            S.ASSIGNED,
            "„Zugewiesen“ folgt nur auf „Neu“; wer zuständig ist, ändert „Zuweisen“, nicht der "
            "Status.",
        ),
        (S.IN_PROGRESS, S.IN_PROGRESS, "Die Anfrage ist schon „In Bearbeitung“."),
    ],
)
def test_a_refusal_says_what_is_possible(
    source: InquiryStatus, target: InquiryStatus, text: str
) -> None:
    with pytest.raises(KnownError) as refused:
        check_transition(source, target)
    assert refused.value.message == text


def test_handing_over_needs_to_whom() -> None:
    with pytest.raises(ValidationFailed) as missing:
        check_transition(S.IN_PROGRESS, S.HANDED_OVER, handed_to="  ")
    assert [e.field for e in missing.value.errors] == ["handed_to"]
    check_transition(S.IN_PROGRESS, S.HANDED_OVER, handed_to="Stadt Düsseldorf")


def test_to_whom_belongs_to_handing_over_only() -> None:
    with pytest.raises(ValidationFailed) as misplaced:
        check_transition(S.IN_PROGRESS, S.ANSWERED, handed_to="Stadt Düsseldorf")
    assert [e.field for e in misplaced.value.errors] == ["handed_to"]


@pytest.mark.parametrize("source", [S.ANSWERED, S.ANSWERED_ON_PHONE, S.HANDED_OVER, S.CLOSED])
def test_reopening_is_a_step_with_a_reason(source: InquiryStatus) -> None:
    rules = step_rules(source, S.IN_PROGRESS)
    assert rules.reopens and rules.needs_comment
    with pytest.raises(ValidationFailed) as missing:
        check_transition(source, S.IN_PROGRESS)
    assert missing.value.message == "Bitte angeben, warum die Anfrage wieder geöffnet wird."
    check_transition(source, S.IN_PROGRESS, comment="Nachfrage des Bürgers")


def test_closing_without_an_answer_needs_a_reason_closing_after_one_does_not() -> None:
    with pytest.raises(ValidationFailed) as missing:
        check_transition(S.NEW, S.CLOSED)
    assert missing.value.message == (
        "Bitte angeben, warum die Anfrage ohne Antwort abgeschlossen wird."
    )
    check_transition(S.ANSWERED, S.CLOSED)
    assert not step_rules(S.WAITING, S.IN_PROGRESS).reopens


def test_an_unknown_status_of_a_newer_version_is_left_alone() -> None:
    escalated = from_storage(InquiryStatus, "escalated")
    assert not allowed(escalated, S.IN_PROGRESS)
    assert not allowed(S.IN_PROGRESS, escalated)
    assert targets(escalated) == ()
    assert not is_open(escalated)
    with pytest.raises(KnownError) as refused:
        check_transition(escalated, S.CLOSED, comment="x")
    assert "escalated" in refused.value.message


def test_open_states() -> None:
    assert [s for s in InquiryStatus if is_open(s)] == [
        S.NEW,
        S.ASSIGNED,
        S.IN_PROGRESS,
        S.WAITING,
    ]
