"""Values read from the database that this version may not know: a newer version may add a
status, a kind or a channel. Such a value is kept as it is (written back unchanged) and shown
as "unbekannt (xyz)" - never a crash.

    status = from_storage(InquiryStatus, row.status)   # InquiryStatus.NEW, or unknown "xyz"
    is_known(status)                                   # False for "xyz"
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)

UNKNOWN = "UNKNOWN"


def from_storage(kind: type[E], value: str) -> E:
    """The member for ``value``, or a stand-in of the enum that carries the unknown value."""
    try:
        return kind(value)
    except ValueError:
        member = str.__new__(kind, value)
        member._name_ = UNKNOWN
        member._value_ = value
        return member


def is_known(member: StrEnum) -> bool:
    return member.name != UNKNOWN
