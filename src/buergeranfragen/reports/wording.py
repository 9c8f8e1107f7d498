"""The words and number formats of an exported report (pure). A report is a German document
(XLSX, CSV, PDF and the charts drawn from the same code), so its captions are German here, in
one place, and every format says the same thing the same way."""

from __future__ import annotations

from datetime import date

from buergeranfragen.calendar import format_local
from buergeranfragen.reports.periods import Period, PeriodKind
from buergeranfragen.reports.records import UNASSIGNED, Report, Share

CHANNELS = {"phone": "Telefon", "email": "E-Mail", "letter": "Brief", "in_person": "vor Ort"}
KINDS = {"citizen": "Bürger", "press": "Presse", "ifg": "IFG"}
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
UNASSIGNED_LABEL = "Nicht zugeordnet"
DAYS_UNIT = "Arbeitstage"


def channel_label(channel: str) -> str:
    return CHANNELS.get(channel, channel)


def kind_label(kind: str) -> str:
    return KINDS.get(kind, kind)


def department_label(code: str) -> str:
    """A department's code, "Nicht zugeordnet" for the unrouted."""
    return UNASSIGNED_LABEL if code == UNASSIGNED else code


def channels_of(report: Report) -> list[str]:
    """The channels in a fixed order: the known ones first, then any other the report has."""
    seen = set(report.new_by_channel)
    for counts in report.new_by_day.values():
        seen.update(counts)
    return [c for c in CHANNELS if c in seen] + sorted(seen - set(CHANNELS))


def day_label(day: date) -> str:
    """Mo 16.11."""
    return f"{WEEKDAYS[day.weekday()]} {day:%d.%m.}"


def period_dates(period: Period) -> str:
    """16.11.–22.11.2026 (the year once when both days share it)."""
    if period.first == period.last:
        return f"{period.first:%d.%m.%Y}"
    if period.first.year == period.last.year:
        return f"{period.first:%d.%m.}–{period.last:%d.%m.%Y}"
    return f"{period.first:%d.%m.%Y}–{period.last:%d.%m.%Y}"


def period_text(period: Period) -> str:
    """KW 47/2026, 16.11.–22.11.2026 (a span of days is its own label)."""
    if period.kind == PeriodKind.RANGE:
        return period.label
    return f"{period.label}, {period_dates(period)}"


def title(period: Period) -> str:
    """Wochenbericht KW 47/2026 / Monatsbericht November 2026 / …"""
    names = {
        PeriodKind.WEEK: "Wochenbericht",
        PeriodKind.MONTH: "Monatsbericht",
        PeriodKind.QUARTER: "Quartalsbericht",
        PeriodKind.YEAR: "Jahresbericht",
        PeriodKind.RANGE: "Bericht",
    }
    return f"{names[period.kind]} {period.label}"


def file_stem(period: Period) -> str:
    """Wochenbericht-2026-W47, Monatsbericht-2026-11, Bericht-2026-11-01..2026-11-15"""
    return title(period).split(" ", 1)[0] + "-" + period.key


def generated_text(report: Report) -> str:
    """erstellt am 26.11.2026 14:05 (Berlin time)"""
    return f"erstellt am {format_local(report.generated_at)}"


def decimal(value: float | None, places: int = 1) -> str:
    """1,5 (German decimal comma); "–" without a value."""
    if value is None:
        return "–"
    return f"{value:.{places}f}".replace(".", ",")


def percent(share: Share) -> str:
    """89,9 % ("–" when nothing was counted)."""
    value = share.value
    return "–" if value is None else f"{decimal(value * 100)} %"


def share_percent(share: Share) -> float | None:
    """The share as a percentage rounded to one place (what CSV and JSON say)."""
    value = share.value
    return None if value is None else round(value * 100, 1)
