"""A report's figures from inquiries built with known times through the real services (both
databases; ``cases.py``): a week with a public holiday (working days and due dates skip it),
answered within the deadline or not, per department one by one, imported mails beside calls,
the kinds citizen/press/IFG, interim replies in time, late and missing, week 53 and periods
that are the sum of their weeks; the same numbers in the JSON, the XLSX and the CSV, and
nothing personal in any of them."""

from __future__ import annotations

import csv
import json
import re
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.records import InquiryStatus
from buergeranfragen.organisation.deadlines import DeadlineService
from buergeranfragen.reports import periods
from buergeranfragen.reports.csv_export import write_csv
from buergeranfragen.reports.json_form import report_to_json
from buergeranfragen.reports.periods import Period
from buergeranfragen.reports.records import (
    OTHER_TOPIC,
    DepartmentFigures,
    Durations,
    OverdueItem,
    Report,
    Share,
)
from buergeranfragen.reports.service import ReportService
from buergeranfragen.reports.wording import kind_label
from buergeranfragen.reports.xlsx_export import write_xlsx
from buergeranfragen.workflow.deadlines import DeadlineSettings
from tests.unit.reports.cases import SECRET, Office, berlin, holiday_week
from tests.unit.reports.export_checks import assert_nothing_personal

KW23 = periods.week(2026, 23)


def _holiday_report(database: Database, clock: FixedClock) -> tuple[Office, dict[str, int], Report]:
    office = Office(database, clock)
    ids = holiday_week(office)
    return office, ids, ReportService(database.session_factory, clock).build(KW23)


def _reference(office: Office, inquiry: int) -> str:
    return office.inquiries.get(inquiry).reference


def test_a_week_with_a_public_holiday(database: Database, clock: FixedClock) -> None:
    office, ids, report = _holiday_report(database, clock)
    # due dates skip Fronleichnam (Thu 4 June) and Pfingstmontag (Mon 25 May)
    assert office.due(ids["c1"]) == berlin(2026, 6, 5, 16, 0)  # call-back: the next working day
    assert office.due(ids["p1"]) == berlin(2026, 6, 5, 16, 0)  # press after 16:00 on Wednesday
    assert office.due(ids["m1"]) == berlin(2026, 6, 16, 16, 0)  # 10 working days
    assert office.due(ids["o2"]) == berlin(2026, 5, 26, 16, 0)  # called on the holiday
    assert office.due(ids["A"]) == berlin(2026, 5, 19, 16, 0)  # Himmelfahrt (14 May) skipped
    assert office.due(ids["i1"]) == berlin(2026, 7, 2, 16, 0)  # IFG: one month
    assert office.due(ids["c3"]) is None  # settled on the call

    assert report.period.key == "2026-W23"
    assert report.new == 6
    assert report.new_by_channel == {"phone": 4, "email": 2, "letter": 0, "in_person": 0}
    assert report.new_by_kind == {"citizen": 4, "press": 1, "ifg": 1}
    assert report.new_by_topic["Wohnen und Bauen"] == 1
    assert report.new_by_topic[OTHER_TOPIC] == 5
    assert "Privatthema Zwiebel" not in report.new_by_topic
    by_day = {d: (c["phone"], c["email"]) for d, c in report.new_by_day.items()}
    assert by_day == {
        date(2026, 6, 1): (0, 1),
        date(2026, 6, 2): (1, 1),
        date(2026, 6, 3): (3, 0),
        date(2026, 6, 4): (0, 0),
        date(2026, 6, 5): (0, 0),
        date(2026, 6, 6): (0, 0),
        date(2026, 6, 7): (0, 0),
    }
    # answered: m1 3 days (Tue, Wed, Fri), c1 and c2 1 (Fri), c3 on the call 0, o2 6 (from
    # the holiday Monday 25 May to Tue 2 June), D 16 (7 May to 2 June, Himmelfahrt and
    # Pfingstmontag skipped)
    assert report.answered == 6
    assert report.first_answer == Durations(6, 2.0, 16.0)
    # closed: c1 on Saturday (1: the Friday), o2 on Wednesday 3 June (7)
    assert report.closed == 2
    assert report.closing == Durations(2, 4.0, 7.0)
    assert report.first_contact_resolution == Share(1, 4)
    # in time: m1 (due 16 June), c1 (15:00 on the due Friday); late: c2 (17:00), o2, D
    assert report.within_deadline == Share(2, 5)
    # interim replies due in the week: A (sent in time), B (sent late), C (none); D answered
    assert report.interim_on_time == Share(1, 3)
    assert report.open_at_end == 6  # p1, i1, o1, A, B, C
    assert report.overdue_at_end == 5  # all but the IFG request
    expected_overdue = [("A", "RB", 11), ("B", "RB", 9), ("C", "RA", 8), ("o1", "RA", 5)]
    assert report.overdue == [
        *(
            OverdueItem(_reference(office, ids[k]), code, days)
            for k, code, days in expected_overdue
        ),
        OverdueItem(_reference(office, ids["p1"]), "RB", 0),  # due Friday 16:00
    ]


def test_every_department_on_its_own(database: Database, clock: FixedClock) -> None:
    _, _, report = _holiday_report(database, clock)
    assert report.departments == [
        DepartmentFigures(
            code="RA",
            name="Referat RA",
            new=2,  # m1, c1
            answered=4,  # m1 3, c1 1, o2 6, D 16
            closed=2,  # c1 1, o2 7
            open_at_end=2,  # o1, C
            overdue_at_end=2,
            first_answer=Durations(4, 4.5, 16.0),
            closing=Durations(2, 4.0, 7.0),
            within_deadline=Share(2, 4),  # m1, c1 in time; o2, D late
        ),
        DepartmentFigures(
            code="RB",
            name="Referat RB",
            new=3,  # c2, p1, i1
            answered=1,  # c2, late
            closed=0,
            open_at_end=4,  # p1, i1, A, B
            overdue_at_end=3,  # not the IFG request
            first_answer=Durations(1, 1.0, 1.0),
            closing=Durations(),
            within_deadline=Share(0, 1),
        ),
        DepartmentFigures(
            code="",
            name="Nicht zugeordnet",
            new=1,  # the call settled on the phone
            answered=1,
            closed=0,
            open_at_end=0,
            overdue_at_end=0,
            first_answer=Durations(1, 0.0, 0.0),
            closing=Durations(),
            within_deadline=Share(0, 0),  # no due date
        ),
    ]
    assert report.new_by_department == {"RA": 2, "RB": 3, "": 1}


def _week_53(office: Office) -> None:
    o = office
    o.call(berlin(2026, 12, 27, 23, 59), status=InquiryStatus.ANSWERED_ON_PHONE)  # W52
    b = o.call(berlin(2026, 12, 28, 0, 0))  # W53's first minute
    c = o.mail(berlin(2026, 12, 30, 10, 0))
    d = o.call(berlin(2026, 12, 31, 10, 0))  # called back after New Year and the weekend
    o.call(berlin(2027, 1, 1, 12, 0), status=InquiryStatus.ANSWERED_ON_PHONE)  # on the holiday
    e = o.call(berlin(2027, 1, 3, 23, 59))  # W53's last minute
    o.step(b, InquiryStatus.ANSWERED, berlin(2026, 12, 31, 10, 0))
    o.step(c, InquiryStatus.ANSWERED, berlin(2027, 1, 2, 10, 0))
    o.step(c, InquiryStatus.CLOSED, berlin(2027, 1, 4, 9, 0))
    o.step(e, InquiryStatus.ANSWERED, berlin(2027, 1, 4, 0, 0))
    o.step(b, InquiryStatus.CLOSED, berlin(2027, 1, 10, 23, 59))
    assert o.due(d) == berlin(2027, 1, 4, 16, 0)
    assert o.due(c) == berlin(2027, 1, 14, 16, 0)
    o.clock.now = berlin(2027, 2, 1, 8, 0)


def test_week_53_and_periods_that_are_the_sum_of_their_weeks(
    database: Database, clock: FixedClock
) -> None:
    office = Office(database, clock)
    _week_53(office)
    service = ReportService(database.session_factory, clock)
    w53 = periods.week(2026, 53)
    assert (w53.key, w53.label, w53.first, w53.last) == (
        "2026-W53",
        "KW 53/2026",
        date(2026, 12, 28),
        date(2027, 1, 3),
    )
    report = service.build(w53)
    assert report.new == 5
    assert sorted(report.new_by_day) == [date(2026, 12, 28) + timedelta(days=n) for n in range(7)]
    assert [sum(c.values()) for _, c in sorted(report.new_by_day.items())] == [1, 0, 1, 1, 1, 0, 1]
    assert report.new_by_channel["email"] == 1 and report.new_by_channel["phone"] == 4
    # b on Thursday (3 working days), c on Saturday 2 January (1: New Year's Day is none),
    # the call on New Year's Day settled on the call
    assert report.answered == 3
    assert report.first_answer == Durations(3, 1.0, 3.0)
    assert report.within_deadline == Share(1, 2)  # b was due on Tuesday
    assert report.closed == 0
    assert report.open_at_end == 2  # d and e, due on Monday 4 January 16:00: not overdue
    assert report.overdue_at_end == 0 and report.overdue == []
    assert report.first_contact_resolution == Share(1, 4)
    following = service.build(periods.week(2027, 1))
    assert following.trend[-1].period.key == "2026-W53"
    assert (following.trend[-1].new, following.trend[-1].answered) == (5, 3)
    assert (following.new, following.answered, following.closed) == (0, 1, 2)
    assert following.closing == Durations(2, 5.0, 8.0)  # c 2 (31 Dec, 4 Jan), b 8

    def key_figures(period: Period) -> tuple[int, int, int]:
        built = service.build(period)
        return built.new, built.answered, built.closed

    def summed(parts: list[Period]) -> tuple[int, int, int]:
        figures = [key_figures(p) for p in parts]
        return (
            sum(f[0] for f in figures),
            sum(f[1] for f in figures),
            sum(f[2] for f in figures),
        )

    weeks = [periods.week(2026, 52), w53, periods.week(2027, 1), periods.week(2027, 2)]
    spanned = periods.between(date(2026, 12, 21), date(2027, 1, 17))
    assert key_figures(spanned) == summed(weeks) == (6, 5, 2)
    december, january = periods.month(2026, 12), periods.month(2027, 1)
    assert key_figures(december) == (4, 2, 0)
    assert key_figures(january) == (2, 3, 2)
    assert key_figures(periods.between(date(2026, 12, 1), date(2027, 1, 31))) == summed(
        [december, january]
    )
    assert key_figures(periods.quarter(2026, 4)) == summed(
        [periods.month(2026, m) for m in (10, 11, 12)]
    )
    assert key_figures(periods.year(2026)) == summed(
        [periods.quarter(2026, q) for q in (1, 2, 3, 4)]
    )
    assert key_figures(periods.year(2027)) == key_figures(periods.quarter(2027, 1)) == (2, 3, 2)


def _xlsx_values(path: Path) -> dict[str, object]:
    book = openpyxl.load_workbook(path)
    overview = book["Überblick"]
    return {
        str(row[0].value): row[1].value for row in overview.iter_rows(min_row=5) if row[0].value
    }


def _csv_values(path: Path) -> dict[tuple[str, str], str]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Kennzahl", "Dimension", "Wert"]
    table = {(r[0], r[1]): r[2] for r in rows[1:]}
    assert len(table) == len(rows) - 1  # one row per figure and dimension
    return table


def _german(value: float | None) -> str:
    return "" if value is None else repr(value).replace(".", ",")


def test_json_xlsx_and_csv_show_the_same_numbers_and_nothing_personal(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    _, _, report = _holiday_report(database, clock)
    text = report_to_json(report)
    loaded = json.loads(text)
    write_xlsx(report, tmp_path / "r.xlsx")
    write_csv(report, tmp_path / "r.csv")
    sheet = _xlsx_values(tmp_path / "r.xlsx")
    table = _csv_values(tmp_path / "r.csv")

    # JSON: every figure as the report has it
    assert loaded["period"]["key"] == "2026-W23"
    assert (loaded["new"], loaded["answered"], loaded["closed"]) == (6, 6, 2)
    assert (loaded["open_at_end"], loaded["overdue_at_end"]) == (6, 5)
    assert loaded["new_by_channel"] == {"phone": 4, "email": 2, "letter": 0, "in_person": 0}
    assert loaded["new_by_kind"] == {"citizen": 4, "press": 1, "ifg": 1}
    assert loaded["new_by_department"] == {"RA": 2, "RB": 3, "": 1}
    assert loaded["new_by_day"]["2026-06-03"]["phone"] == 3
    assert loaded["first_answer"] == {"count": 6, "median": 2.0, "p90": 16.0}
    assert loaded["closing"] == {"count": 2, "median": 4.0, "p90": 7.0}
    assert loaded["first_contact_resolution"] == {"part": 1, "whole": 4, "value": 0.25}
    assert loaded["within_deadline"] == {"part": 2, "whole": 5, "value": 0.4}
    assert loaded["interim_on_time"]["part"] == 1 and loaded["interim_on_time"]["whole"] == 3
    ra = loaded["departments"][0]
    assert (ra["code"], ra["new"], ra["answered"], ra["closed"]) == ("RA", 2, 4, 2)
    assert (ra["open_at_end"], ra["overdue_at_end"]) == (2, 2)
    assert ra["first_answer"] == {"count": 4, "median": 4.5, "p90": 16.0}
    assert ra["within_deadline"] == {"part": 2, "whole": 4, "value": 0.5}
    assert [o["days_overdue"] for o in loaded["overdue"]] == [11, 9, 8, 5, 0]
    assert len(loaded["trend"]) == 12

    # the XLSX overview and departments, the CSV table: the same numbers
    expected = {
        ("Neue Anfragen", ""): report.new,
        ("Beantwortet", ""): report.answered,
        ("Abgeschlossen", ""): report.closed,
        ("Offen am Ende", ""): report.open_at_end,
        ("Überfällig am Ende", ""): report.overdue_at_end,
    }
    xlsx_names = {
        "Neue Anfragen": "Neue Anfragen",
        "Beantwortet": "Beantwortet",
        "Abgeschlossen": "Abgeschlossen",
        "Offen am Ende": "Offen am Ende des Zeitraums",
        "Überfällig am Ende": "Überfällig am Ende des Zeitraums",
    }
    for (name, dimension), value in expected.items():
        assert table[(name, dimension)] == str(value), name
        assert sheet[xlsx_names[name]] == value, name
    assert sheet["Bis zur ersten Antwort, Median (Arbeitstage)"] == 2.0
    assert sheet["Bis zur ersten Antwort, 90. Perzentil (Arbeitstage)"] == 16.0
    assert sheet["Bis zum Abschluss, Median (Arbeitstage)"] == 4.0
    assert sheet["Bis zum Abschluss, 90. Perzentil (Arbeitstage)"] == 7.0
    assert table[("Arbeitstage bis zur ersten Antwort (Median)", "")] == "2,0"
    assert table[("Arbeitstage bis zur ersten Antwort (90. Perzentil)", "")] == "16,0"
    assert table[("Arbeitstage bis zur ersten Antwort (Anzahl)", "")] == "6"
    assert table[("Arbeitstage bis zum Abschluss (Median)", "")] == "4,0"
    assert sheet["Beim ersten Anruf erledigt (1 von 4)"] == 0.25
    assert sheet["Fristgerecht beantwortet (2 von 5)"] == 0.4
    assert abs(float(str(sheet["Zwischennachricht rechtzeitig (1 von 3)"])) - 1 / 3) < 1e-9
    for name, share in (
        ("Beim ersten Anruf erledigt", report.first_contact_resolution),
        ("Fristgerecht beantwortet", report.within_deadline),
        ("Zwischennachricht rechtzeitig", report.interim_on_time),
    ):
        assert table[(f"{name} (Anzahl)", "")] == str(share.part)
        assert table[(f"{name} (von)", "")] == str(share.whole)
    assert table[("Fristgerecht beantwortet (%)", "")] == "40,0"
    for channel, label in (("phone", "Telefon"), ("email", "E-Mail")):
        assert (
            sheet[label]
            == report.new_by_channel[channel]
            == int(table[("Neue Anfragen nach Kanal", label)])
        )
    for kind, count in report.new_by_kind.items():
        assert (
            sheet[kind_label(kind)]
            == count
            == int(table[("Neue Anfragen nach Art", kind_label(kind))])
        )
    assert int(table[("Neue Anfragen nach Thema", "Wohnen und Bauen")]) == 1
    assert sheet["Wohnen und Bauen"] == 1
    assert table[("Neue Anfragen je Tag", "2026-06-03")] == "3"

    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    rows = list(book["Abteilungen"].iter_rows(min_row=5, values_only=True))
    assert [r[0] for r in rows] == ["RA", "RB", "Nicht zugeordnet"]
    for row, figures in zip(rows, report.departments, strict=True):
        code = row[0]
        assert row[2:7] == (
            figures.new,
            figures.answered,
            figures.closed,
            figures.open_at_end,
            figures.overdue_at_end,
        )
        assert row[7:11] == (
            figures.first_answer.median,
            figures.first_answer.p90,
            figures.closing.median,
            figures.closing.p90,
        )
        assert row[11] == figures.within_deadline.value
        assert table[("Beantwortet je Abteilung", code)] == str(figures.answered)
        assert table[("Abgeschlossen je Abteilung", code)] == str(figures.closed)
        assert table[("Offen am Ende je Abteilung", code)] == str(figures.open_at_end)
        assert table[("Überfällig am Ende je Abteilung", code)] == str(figures.overdue_at_end)
        assert table[("Arbeitstage bis zur ersten Antwort je Abteilung (Median)", code)] == (
            _german(figures.first_answer.median)
        )
        assert table[("Fristgerecht beantwortet je Abteilung (Anzahl)", code)] == str(
            figures.within_deadline.part
        )
        assert table[("Fristgerecht beantwortet je Abteilung (von)", code)] == str(
            figures.within_deadline.whole
        )
        assert int(table[("Neue Anfragen nach Abteilung", code)]) == figures.new
    overdue = list(book["Überfällig"].iter_rows(min_row=5, values_only=True))
    assert [(r[0], r[2]) for r in overdue] == [
        (o.reference, o.days_overdue) for o in report.overdue
    ]
    for item in report.overdue:
        assert table[("Überfällig: Arbeitstage", item.reference)] == str(item.days_overdue)
    trend = list(book["Trend"].iter_rows(min_row=5, max_row=17, values_only=True))
    assert trend[-1][:6] == ("KW 23/2026", 6, 6, 2, 6, 5)
    for point, row in zip(report.trend, trend, strict=False):
        assert row[1:6] == (
            point.new,
            point.answered,
            point.closed,
            point.open_at_end,
            point.overdue_at_end,
        )
        assert table[("Trend: Neue Anfragen", point.period.key)] == str(point.new)

    # nothing personal anywhere
    workbook_text = " ".join(
        str(cell)
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    )
    csv_text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    moments = re.compile(r"T\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d")  # ISO offsets: no phone
    for written in (moments.sub("", text), workbook_text, csv_text):
        assert_nothing_personal(written)
        for secret in SECRET:
            assert secret.casefold() not in written.casefold(), secret


def test_christmas_week_with_the_office_closed_on_christmas_eve(
    database: Database, clock: FixedClock
) -> None:
    """KW 52/2026: Thursday 24 December closed (office setting), 25/26 December holidays."""
    clock.now = berlin(2026, 12, 1, 9, 0)
    DeadlineService(database.session_factory, clock, "anna").save(
        DeadlineSettings(closed_days=frozenset({(12, 24), (12, 31)}))
    )
    office = Office(database, clock)
    before = office.call(berlin(2026, 12, 18, 10, 0))  # due Mon 21 December, stays open
    late = office.call(berlin(2026, 12, 21, 10, 0))  # due Tue 22 December
    eve = office.call(berlin(2026, 12, 23, 10, 0))  # called back after the holidays
    mail = office.mail(berlin(2026, 12, 22, 10, 0))
    office.step(late, InquiryStatus.ANSWERED, berlin(2026, 12, 27, 12, 0))
    assert office.due(eve) == berlin(2026, 12, 28, 16, 0)
    assert office.due(mail) == berlin(2027, 1, 11, 16, 0)  # 31 December closed too
    clock.now = berlin(2027, 1, 4, 8, 0)
    report = ReportService(database.session_factory, clock).build(periods.week(2026, 52))
    assert report.new == 3
    assert report.answered == 1
    assert report.first_answer == Durations(1, 2.0, 2.0)  # Tue, Wed: not 24 to 27 December
    assert report.within_deadline == Share(0, 1)
    assert (report.open_at_end, report.overdue_at_end) == (3, 1)  # eve, mail; before overdue
    assert [(o.reference, o.days_overdue) for o in report.overdue] == [
        (office.inquiries.get(before).reference, 2)  # Tue 22 and Wed 23 December
    ]
