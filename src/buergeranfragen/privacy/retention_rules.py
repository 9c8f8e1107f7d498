"""The office's retention rules: how long personal data is kept, per category, in whole months.
One setting every desk on the database shares (table ``office_settings``, key ``retention``,
JSON), changed only by the Administration (audited, like the deadlines).

- a closed citizen inquiry is anonymised ``citizen_months`` after it was closed (default 12),
  a press inquiry ``press_months`` after (default 24); its mail originals and attachments go
  with it;
- a contact without inquiries is deleted ``contact_months`` (default 24) after its last change
  or the arrival of its last inquiry, whichever is later;
- a mail the intake refused ("Nicht übernommen") is removed ``citizen_months`` after it came.

"Closed" is a finished state (``workflow.states.DONE``: beantwortet, am Telefon erledigt,
abgegeben, abgeschlossen); the moment it was closed is its last status step (an inquiry
finished on arrival, a call answered at once: when it came)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.messages import msg

RETENTION_KEY = "retention"  # the office setting
MIN_MONTHS, MAX_MONTHS = 1, 600
FIELDS = ("citizen_months", "press_months", "contact_months")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetentionRules:
    citizen_months: int = 12  # a closed citizen inquiry, after closing
    press_months: int = 24  # a closed press inquiry, after closing
    contact_months: int = 24  # a contact without inquiries, after its last change/inquiry

    def to_json(self) -> dict[str, int]:
        return {name: int(getattr(self, name)) for name in FIELDS}


DEFAULT_RULES = RetentionRules()


def validate(rules: RetentionRules) -> RetentionRules:
    """The rules, or ``ValidationFailed`` naming each period out of range."""
    errors = [
        FieldError(
            name,
            msg(
                "Bitte eine ganze Zahl von Monaten zwischen {low} und {high} angeben.",
                low=MIN_MONTHS,
                high=MAX_MONTHS,
            ),
        )
        for name in FIELDS
        if not _months_ok(getattr(rules, name))
    ]
    if errors:
        raise ValidationFailed(errors)
    return rules


def _months_ok(value: object) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and MIN_MONTHS <= value <= MAX_MONTHS
    )


def rules_from_data(data: Any) -> RetentionRules:
    """Rules from JSON data (a file or the command line): every key optional (the default),
    unknown keys and wrong values refused with German messages."""
    if not isinstance(data, dict):
        raise ValidationFailed(
            [FieldError("rules", msg("Die Regeln müssen ein JSON-Objekt sein."))]
        )
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise ValidationFailed(
            [
                FieldError(
                    "rules",
                    msg(
                        "Unbekannte Angaben: {names} (erlaubt: {allowed}).",
                        names=", ".join(unknown),
                        allowed=", ".join(FIELDS),
                    ),
                )
            ]
        )
    values = DEFAULT_RULES.to_json() | data
    return validate(RetentionRules(**values))


def rules_from_json(value: str) -> RetentionRules:
    """The stored rules; the defaults (logged) when the stored value cannot be read."""
    try:
        return rules_from_data(json.loads(value))
    except (ValueError, TypeError, ValidationFailed):
        log.warning("stored retention rules unreadable; the defaults apply")
        return DEFAULT_RULES


def rules_to_json(rules: RetentionRules) -> str:
    return json.dumps(rules.to_json(), sort_keys=True)
