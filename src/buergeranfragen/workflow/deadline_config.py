"""The office's deadline settings as JSON (pure): what the Administration sets with
``deadlines set`` and what is stored (table ``office_settings``, key ``deadlines``).

    {
      "end_of_day": "16:00",
      "callback_days": 1,
      "written_days": 10,
      "interim_after_days": 28,
      "press_days": 0,
      "ifg_months": 1,
      "closed_days": ["24.12.", "31.12."],
      "overrides": [{"kind": "press", "channel": "email", "working_days": 2}]
    }

Every key is optional (missing: the default); an unknown key is refused, so a typing error
("writen_days") does not pass silently. ``overrides`` set the term for one kind and/or channel
(checked in order, before the defaults; an IFG request keeps its month)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import time
from typing import Any, TypeVar

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.json_input import read_json
from buergeranfragen.messages import msg
from buergeranfragen.workflow.deadlines import (
    DEFAULT_SETTINGS,
    DeadlineSettings,
    Term,
    TermOverride,
)

KEYS = (
    "end_of_day",
    "callback_days",
    "written_days",
    "interim_after_days",
    "press_days",
    "ifg_months",
    "closed_days",
    "overrides",
)
_MAX_DAYS = 250  # a working-day term of about a year
_MAX_MONTHS = 12
_MAX_CLOSED_DAYS = 31  # further closed days a year (Heiligabend, Silvester, Rosenmontag …)
_EARLIEST_END = 6  # hour: an end of the working day before it would make things due a day early
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.?")


def settings_to_dict(settings: DeadlineSettings) -> dict[str, Any]:
    return {
        "end_of_day": settings.end_of_day.strftime("%H:%M"),
        "callback_days": settings.callback.working_days,
        "written_days": settings.written.working_days,
        "interim_after_days": settings.written.interim_after_days,
        "press_days": settings.press.working_days,
        "ifg_months": settings.ifg.months,
        "closed_days": [f"{day:02d}.{month:02d}." for month, day in sorted(settings.closed_days)],
        "overrides": [
            {
                **({"kind": o.kind.value} if o.kind is not None else {}),
                **({"channel": o.channel.value} if o.channel is not None else {}),
                "working_days": o.term.working_days,
            }
            for o in settings.overrides
        ],
    }


def settings_to_json(settings: DeadlineSettings) -> str:
    return json.dumps(settings_to_dict(settings), ensure_ascii=False, indent=2)


def settings_from_json(text: str, *, known_only: bool = True) -> DeadlineSettings:
    """The settings of a JSON text (``json_input.read_json``: a broken text is refused as the
    field ``file``, with the reason in German)."""
    return settings_from_dict(read_json(text), known_only=known_only)


def settings_from_dict(data: object, *, known_only: bool = True) -> DeadlineSettings:
    """The settings ``data`` describes, on top of the defaults; every problem named by its
    key (``ValidationFailed``). An unknown key is refused (a typing error in a file someone
    wrote), unless ``known_only`` is false: the stored settings a newer version wrote keep what
    this version knows of them."""
    if not isinstance(data, dict):
        raise ValidationFailed([FieldError("file", msg("Die Fristen sind ein JSON-Objekt {{…}}."))])
    errors = [
        FieldError(str(key), msg("Unbekannte Einstellung „{key}“.", key=str(key)))
        for key in data
        if key not in KEYS and known_only
    ]
    settings = DEFAULT_SETTINGS
    if "end_of_day" in data:
        found = _TIME.fullmatch(str(data["end_of_day"]).strip())
        if found and _EARLIEST_END <= int(found[1]) < 24 and int(found[2]) < 60:
            settings = replace(settings, end_of_day=time(int(found[1]), int(found[2])))
        else:  # before the working day it would be due a day early
            errors.append(
                FieldError(
                    "end_of_day",
                    msg("„end_of_day“: eine Uhrzeit von 06:00 bis 23:59 angeben, wie 16:00."),
                )
            )
    for key, attribute in (
        ("callback_days", "callback"),
        ("written_days", "written"),
        ("press_days", "press"),
    ):
        if key in data:
            days = _count(data[key], key, _MAX_DAYS, errors)
            if days is not None:
                term = replace(getattr(settings, attribute), working_days=days)
                settings = replace(settings, **{attribute: term})
    if "interim_after_days" in data:
        value = data["interim_after_days"]
        interim = None if value is None else _count(value, "interim_after_days", 365, errors)
        settings = replace(settings, written=replace(settings.written, interim_after_days=interim))
    if "ifg_months" in data:
        months = _count(data["ifg_months"], "ifg_months", _MAX_MONTHS, errors)
        if months is not None and months < 1:
            errors.append(FieldError("ifg_months", msg("„ifg_months“: mindestens ein Monat.")))
        elif months is not None:
            settings = replace(settings, ifg=Term(months=months))
    if "closed_days" in data:
        settings = replace(settings, closed_days=_closed_days(data["closed_days"], errors))
    if "overrides" in data:
        settings = replace(settings, overrides=_overrides(data["overrides"], errors))
    if errors:
        raise ValidationFailed(errors)
    return settings


def _count(value: object, key: str, limit: int, errors: list[FieldError]) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        errors.append(
            FieldError(
                key,
                msg("„{key}“: eine ganze Zahl von 0 bis {limit} angeben.", key=key, limit=limit),
            )
        )
        return None
    return value


def _closed_days(value: object, errors: list[FieldError]) -> frozenset[tuple[int, int]]:
    days: set[tuple[int, int]] = set()
    if isinstance(value, list) and len(value) > _MAX_CLOSED_DAYS:
        errors.append(
            FieldError(
                "closed_days",
                msg("„closed_days“: höchstens {limit} Tage.", limit=_MAX_CLOSED_DAYS),
            )
        )
        return frozenset()
    for item in value if isinstance(value, list) else [value]:
        found = _DAY.fullmatch(str(item).strip())
        if found is None or not _valid_day(int(found[2]), int(found[1])):
            errors.append(
                FieldError(
                    "closed_days",
                    msg("„closed_days“: „{day}“ ist kein Tag wie 24.12.", day=str(item)[:40]),
                )
            )
            continue
        days.add((int(found[2]), int(found[1])))
    return frozenset(days)


def _valid_day(month: int, day: int) -> bool:
    lengths = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return 1 <= month <= 12 and 1 <= day <= lengths[month - 1]


def _overrides(value: object, errors: list[FieldError]) -> tuple[TermOverride, ...]:
    found: list[TermOverride] = []
    for item in value if isinstance(value, list) else [value]:
        if not isinstance(item, dict) or set(item) - {"kind", "channel", "working_days"}:
            errors.append(
                FieldError(
                    "overrides",
                    msg("„overrides“: eine Ausnahme hat „kind“, „channel“ und „working_days“."),
                )
            )
            continue
        kind = _member(ContactKind, item.get("kind"), "kind", errors)
        channel = _member(InquiryChannel, item.get("channel"), "channel", errors)
        days = _count(item.get("working_days"), "overrides", _MAX_DAYS, errors)
        if days is not None and (kind is not None or channel is not None):
            found.append(TermOverride(Term(working_days=days), kind, channel))
        elif days is not None and item.get("kind") is None and item.get("channel") is None:
            errors.append(
                FieldError(
                    "overrides", msg("„overrides“: eine Ausnahme nennt „kind“ oder „channel“.")
                )
            )
    return tuple(found)


_E = TypeVar("_E", ContactKind, InquiryChannel)


def _member(kind: type[_E], value: object, key: str, errors: list[FieldError]) -> _E | None:
    if value is None:
        return None
    try:
        return kind(str(value))
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        errors.append(
            FieldError(
                "overrides",
                msg(
                    "„{value}“ gibt es für „{key}“ nicht (möglich: {allowed}).",
                    value=str(value)[:40],
                    key=key,
                    allowed=allowed,
                ),
            )
        )
        return None
