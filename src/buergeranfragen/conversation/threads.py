"""What tells that a mail answers an inquiry (pure): the Message-IDs of In-Reply-To and
References, and references in brackets in the subject ("[BA-2026-00123]"), at most the first
``REFERENCES_READ`` (a real subject names one or two; a hostile one thousands). The decision
itself, which needs the database, is ``conversation.store.find_thread``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

REFERENCE_IN_SUBJECT = re.compile(r"\[\s*(BA-\d{4}-\d{5,7})\s*\]", re.IGNORECASE)
REFERENCES_READ = 10


@dataclass(frozen=True)
class Thread:
    """The inquiry a mail belongs to; ``linked_only``: it only names it (a stranger's)."""

    inquiry_id: int
    reference: str
    linked_only: bool = False


def references_in(subject: str) -> list[str]:
    """The references named in brackets in a subject, each once, in order; at most the first
    ``REFERENCES_READ`` (a real subject names one or two; a hostile one thousands)."""
    found: dict[str, None] = {}
    for match in REFERENCE_IN_SUBJECT.finditer(subject):
        found.setdefault(match.group(1).upper())
        if len(found) >= REFERENCES_READ:
            break
    return list(found)


def may_thread(reply_to_ids: Sequence[str], subject: str) -> bool:
    """Whether a mail could belong to an inquiry at all (else nothing is looked up): it names
    Message-IDs it answers, or a reference in brackets."""
    return bool(reply_to_ids) or "[" in subject and REFERENCE_IN_SUBJECT.search(subject) is not None
