"""`buergeranfragen report`: the figures of a week (default: the last complete one), a month,
a quarter, a year or a span, for people (German, short) or ``--json`` (README), and with
``--format xlsx,pdf,csv --output DIR`` as files (``reports/formats.py``);
`report settings show|set` is the automatic weekly report's (``cli/report_settings.py``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from buergeranfragen.cli import report_settings
from buergeranfragen.cli.output import EXIT_OK
from buergeranfragen.config import Settings
from buergeranfragen.errors import KnownError
from buergeranfragen.messages import msg
from buergeranfragen.reports import formats, periods
from buergeranfragen.reports.json_form import report_to_json
from buergeranfragen.reports.periods import Period
from buergeranfragen.reports.records import Durations, Report, Share


def register(commands: Any) -> None:
    report = commands.add_parser(
        "report", help="die Kennzahlen einer Woche, eines Monats, Quartals, Jahres oder Zeitraums"
    )
    which = report.add_mutually_exclusive_group()
    which.add_argument("--week", metavar="JJJJ-Wnn", help="Kalenderwoche, z. B. 2026-W47")
    which.add_argument(
        "--period", metavar="ZEITRAUM", help="Monat 2026-11, Quartal 2026-Q4 oder Jahr 2026"
    )
    which.add_argument("--from", dest="first", metavar="DATUM", help="erster Tag (JJJJ-MM-TT)")
    report.add_argument("--to", dest="last", metavar="DATUM", help="letzter Tag (mit --from)")
    report.add_argument("--json", action="store_true", help="die Kennzahlen als JSON")
    add_output_options(report)
    report_settings.add_settings(
        report.add_subparsers(dest="report_action", metavar="AKTION", required=False)
    )


def add_output_options(report: argparse.ArgumentParser) -> None:
    """Files in the formats of ``reports.formats.WRITERS``."""
    report.add_argument(
        "--format", dest="formats", metavar="LISTE", help="Dateien: xlsx, pdf, csv (mit Komma)"
    )
    report.add_argument("--output", type=Path, metavar="ORDNER", help="wohin die Dateien kommen")
    report.add_argument(
        "--force", action="store_true", help="vorhandene Dateien gleichen Namens überschreiben"
    )


def chosen_period(args: argparse.Namespace, default: Callable[[], Period]) -> Period:
    if args.week:
        found = periods.parse(args.week)
        if found.kind != periods.PeriodKind.WEEK:
            raise KnownError(msg("Bitte eine Kalenderwoche wie 2026-W47 angeben."))
        return found
    if args.period:
        return periods.parse(args.period)
    if args.first or args.last:
        if not (args.first and args.last):
            raise KnownError(msg("Bitte --from und --to zusammen angeben."))
        return periods.between(_day(args.first), _day(args.last))
    return default()


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise KnownError(
            msg("Das Datum {text} verstehe ich nicht; bitte JJJJ-MM-TT.", text=text[:30])
        ) from exc


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    if getattr(args, "report_action", None) == "settings":
        return report_settings.run(args, settings, out)
    names = formats.parse_formats(args.formats) if args.formats else []
    if names and args.output is None:
        raise KnownError(msg("Bitte mit --output den Ordner für die Dateien angeben."))
    context = build_context(settings)
    try:
        period = chosen_period(args, context.reports.last_complete_week)
        report = context.reports.build(period)
    finally:
        context.close()
    if args.json:
        out.write(report_to_json(report) + "\n")
    else:
        out.write(describe(report))
    return write_files(args, report, out)


def write_files(args: argparse.Namespace, report: Report, out: TextIO) -> int:
    """The files ``--format`` asks for, into ``--output`` (never over a file of the same name
    without ``--force``); each file written is named on its own line."""
    if not args.formats:
        return EXIT_OK
    written = formats.export(
        report, args.output, formats.parse_formats(args.formats), force=args.force
    )
    if not args.json:
        for path in written:
            out.write(f"geschrieben: {path}\n")
    return EXIT_OK


def _share(value: Share) -> str:
    if value.value is None:
        return "–"
    return f"{value.value * 100:.0f} % ({value.part} von {value.whole})"


def _durations(value: Durations) -> str:
    if value.median is None:
        return "–"
    return f"Median {_number(value.median)}, 90 % bis {_number(value.p90)} Arbeitstage"


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:g}".replace(".", ",")


def describe(report: Report) -> str:
    p = report.period
    lines = [
        f"Bericht {p.label} ({p.first:%d.%m.%Y}–{p.last:%d.%m.%Y})",
        f"  Neu:                  {report.new}",
        "  nach Kanal:           "
        + ", ".join(f"{k} {v}" for k, v in report.new_by_channel.items()),
        "  nach Art:             " + ", ".join(f"{k} {v}" for k, v in report.new_by_kind.items()),
        f"  Beantwortet:          {report.answered}",
        f"  Abgeschlossen:        {report.closed}",
        f"  Offen am Ende:        {report.open_at_end}",
        f"  Überfällig am Ende:   {report.overdue_at_end}",
        f"  Bis zur Antwort:      {_durations(report.first_answer)}",
        f"  Bis zum Abschluss:    {_durations(report.closing)}",
        f"  Am Telefon erledigt:  {_share(report.first_contact_resolution)}",
        f"  Fristgerecht:         {_share(report.within_deadline)}",
        f"  Zwischennachricht:    {_share(report.interim_on_time)}",
        "  Abteilungen:",
    ]
    for d in report.departments:
        name = d.code or "Nicht zugeordnet"
        lines.append(
            f"    {name:<10} neu {d.new}, beantwortet {d.answered}, offen {d.open_at_end}, "
            f"überfällig {d.overdue_at_end}"
        )
    lines.append("  Trend (neu/beantwortet/offen):")
    for t in report.trend:
        lines.append(f"    {t.period.label:<12} {t.new}/{t.answered}/{t.open_at_end}")
    if report.overdue:
        lines.append("  Überfällig:")
        for o in report.overdue:
            lines.append(
                f"    {o.reference} {o.department_code or '–'} {o.days_overdue} Arbeitstage"
            )
    return "".join(f"{line}\n" for line in lines)
