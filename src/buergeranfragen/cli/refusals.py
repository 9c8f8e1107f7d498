"""What the inquiry commands (``inquiries list`` and the handling commands) refuse before
asking a service - exit code 2, one German line - and the state names they accept."""

from __future__ import annotations

from buergeranfragen.inquiries.records import InquiryStatus
from buergeranfragen.text import name_keys
from buergeranfragen.workflow.states import state_name


class Refused(Exception):
    """A command line the inquiry commands refuse before asking the service (exit 2)."""


def _state_keys(value: str) -> frozenset[str]:
    return name_keys(value.replace("_", " ").replace("-", " "))


def parse_state(value: str) -> InquiryStatus:
    """A state as its stored value ("in_progress") or its German name, case, umlauts and
    spacing aside ("Rückfrage", "rueckfrage", "in bearbeitung")."""
    wanted = _state_keys(value)
    for status in InquiryStatus:
        if wanted & (_state_keys(status.value) | _state_keys(state_name(status).render())):
            return status
    names = ", ".join(state_name(s).render() for s in InquiryStatus)
    raise Refused(f"Einen Status „{value.strip()}“ gibt es nicht. Möglich sind: {names}.")
