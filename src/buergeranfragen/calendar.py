"""The office's time zone: everything is stored in UTC and shown in Europe/Berlin."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def local(moment: datetime) -> datetime:
    return moment.astimezone(BERLIN)


def format_local(moment: datetime | None) -> str:
    """25.11.2026 09:30"""
    return local(moment).strftime("%d.%m.%Y %H:%M") if moment else ""
