"""The states of an inquiry and the steps allowed between them (pure: no database, no Qt).

    Neu → Zugewiesen → In Bearbeitung ⇄ Rückfrage → Beantwortet → Abgeschlossen
    plus "am Telefon erledigt" and "abgegeben" (to another authority, naming it)

- From an open state (Neu, Zugewiesen, In Bearbeitung, Rückfrage) an inquiry moves on to a
  later open state or to any finished one; "Zugewiesen" follows only "Neu" (who is responsible
  changes by assigning, not by the status); nothing goes back to "Neu".
- Rückfrage → In Bearbeitung when the answer to the question came.
- Finished (Beantwortet, am Telefon erledigt, abgegeben) → Abgeschlossen.
- **Wieder öffnen**: Beantwortet, am Telefon erledigt, abgegeben, Abgeschlossen → In Bearbeitung,
  with a comment saying why. From "Abgeschlossen" this is the only way on.
- Closing an open inquiry without an answer (a duplicate, advertising) needs a comment too;
  "abgegeben" needs to whom.

``check_transition`` raises a German ``KnownError`` for a refused step; the service layer calls
it before it stores the step.
"""

from __future__ import annotations

from dataclasses import dataclass

from buergeranfragen.errors import FieldError, KnownError, ValidationFailed
from buergeranfragen.inquiries.records import InquiryStatus
from buergeranfragen.messages import Message, msg
from buergeranfragen.stored_values import is_known

S = InquiryStatus

OPEN: frozenset[InquiryStatus] = frozenset({S.NEW, S.ASSIGNED, S.IN_PROGRESS, S.WAITING})
FINISHED: frozenset[InquiryStatus] = frozenset({S.ANSWERED, S.ANSWERED_ON_PHONE, S.HANDED_OVER})
DONE: frozenset[InquiryStatus] = FINISHED | {S.CLOSED}
REOPENED_TO = S.IN_PROGRESS

_FINISHING = (S.ANSWERED, S.ANSWERED_ON_PHONE, S.HANDED_OVER, S.CLOSED)

# The table: from → the states it may go to.
TRANSITIONS: dict[InquiryStatus, frozenset[InquiryStatus]] = {
    S.NEW: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.WAITING, *_FINISHING}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.WAITING, *_FINISHING}),
    S.IN_PROGRESS: frozenset({S.WAITING, *_FINISHING}),
    S.WAITING: frozenset({S.IN_PROGRESS, *_FINISHING}),
    S.ANSWERED: frozenset({S.CLOSED, REOPENED_TO}),
    S.ANSWERED_ON_PHONE: frozenset({S.CLOSED, REOPENED_TO}),
    S.HANDED_OVER: frozenset({S.CLOSED, REOPENED_TO}),
    S.CLOSED: frozenset({REOPENED_TO}),
}


@dataclass(frozen=True)
class StepRules:
    """What a step needs besides being allowed."""

    reopens: bool  # "Wieder öffnen"
    needs_comment: bool  # reopening, or closing an open inquiry without an answer
    needs_handed_to: bool  # "abgegeben": to which authority


def is_open(status: InquiryStatus) -> bool:
    """Still to be worked on (deadlines run); an unknown status of a newer version is not."""
    return status in OPEN


def allowed(from_: InquiryStatus, to: InquiryStatus) -> bool:
    if not (is_known(from_) and is_known(to)):
        return False
    return to in TRANSITIONS.get(from_, frozenset())


def targets(from_: InquiryStatus) -> tuple[InquiryStatus, ...]:
    """The states ``from_`` may go to, in the enum's order (for menus)."""
    return tuple(s for s in InquiryStatus if allowed(from_, s))


def is_reopening(from_: InquiryStatus, to: InquiryStatus) -> bool:
    return from_ in DONE and to == REOPENED_TO


def step_rules(from_: InquiryStatus, to: InquiryStatus) -> StepRules:
    reopens = is_reopening(from_, to)
    closes_unanswered = from_ in OPEN and to == S.CLOSED
    return StepRules(
        reopens=reopens,
        needs_comment=reopens or closes_unanswered,
        needs_handed_to=to == S.HANDED_OVER,
    )


def check_transition(
    from_: InquiryStatus, to: InquiryStatus, comment: str = "", handed_to: str = ""
) -> None:
    """Nothing if the step may be taken; else a ``KnownError`` saying why (a refused step),
    or ``ValidationFailed`` naming the missing field (``comment``, ``handed_to``)."""
    if not allowed(from_, to):
        raise KnownError(refusal(from_, to))
    rules = step_rules(from_, to)
    errors: list[FieldError] = []
    if rules.needs_handed_to and not handed_to.strip():
        errors.append(
            FieldError(
                "handed_to", msg("Bitte angeben, an welche Stelle die Anfrage abgegeben wurde.")
            )
        )
    if not rules.needs_handed_to and handed_to.strip():
        errors.append(
            FieldError(
                "handed_to", msg("An wen abgegeben wurde, gehört nur zum Status „abgegeben“.")
            )
        )
    if rules.needs_comment and not comment.strip():
        if rules.reopens:
            errors.append(
                FieldError("comment", msg("Bitte angeben, warum die Anfrage wieder geöffnet wird."))
            )
        else:
            errors.append(
                FieldError(
                    "comment",
                    msg("Bitte angeben, warum die Anfrage ohne Antwort abgeschlossen wird."),
                )
            )
    if errors:
        raise ValidationFailed(errors)


def refusal(from_: InquiryStatus, to: InquiryStatus) -> Message:
    """Why ``from_`` → ``to`` is not allowed, and what is."""
    if not is_known(from_) or not is_known(to):
        return msg(
            "Den Status „{status}“ kennt diese Version nicht; sie ändert ihn nicht.",
            status=from_.value if not is_known(from_) else to.value,
        )
    if from_ == to:
        return msg("Die Anfrage ist schon „{status}“.", status=state_name(to))
    if from_ == S.CLOSED:
        return msg(
            "Von „Abgeschlossen“ geht es nur über „Wieder öffnen“ weiter (zurück zu "
            "„In Bearbeitung“)."
        )
    if from_ in FINISHED:
        return msg(
            "Von „{status}“ geht es nur zu „Abgeschlossen“ oder über „Wieder öffnen“ zurück zu "
            "„In Bearbeitung“.",
            status=state_name(from_),
        )
    if to == S.NEW:
        return msg("Zurück zu „Neu“ geht es nicht.")
    if to == S.ASSIGNED:
        return msg(
            "„Zugewiesen“ folgt nur auf „Neu“; wer zuständig ist, ändert „Zuweisen“, nicht der "
            "Status."
        )
    return msg(
        "Von „{source}“ nach „{target}“ geht es nicht.",
        source=state_name(from_),
        target=state_name(to),
    )


def state_name(status: InquiryStatus) -> Message:
    """The state's German name as a message (translated where it is shown)."""
    names = {
        S.NEW: msg("Neu"),
        S.ASSIGNED: msg("Zugewiesen"),
        S.IN_PROGRESS: msg("In Bearbeitung"),
        S.WAITING: msg("Rückfrage"),
        S.ANSWERED: msg("Beantwortet"),
        S.ANSWERED_ON_PHONE: msg("am Telefon erledigt"),
        S.HANDED_OVER: msg("abgegeben"),
        S.CLOSED: msg("Abgeschlossen"),
    }
    return names.get(status) or msg("unbekannt ({value})", value=status.value)
