"""Exports neutralise spreadsheet formulas (OWASP "CSV injection"): every text cell starting
with =, +, -, @, a tab or a carriage return gets a leading "'" in CSV (contacts, reports); the
workbook writes text as text with Excel's quote prefix; numbers stay numbers (a negative figure
too), and a phone number never starts with "+" or "-"."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import openpyxl
import pytest

from buergeranfragen.contacts.io.csv_export import write_csv as write_contacts
from buergeranfragen.contacts.records import ContactDraft, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.reports.csv_export import cell, write_csv
from buergeranfragen.reports.xlsx_export import write_xlsx
from tests.report_sample import realistic_sample_report

HOSTILE = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x","y")']
STARTS = ("=", "+", "-", "@", "\t", "\r")


def _hostile_report() -> object:
    report = realistic_sample_report()
    departments = [
        dataclasses.replace(d, name=HOSTILE[number % len(HOSTILE)])
        for number, d in enumerate(report.departments)
    ]
    topics = {name: 1 for name in HOSTILE}
    return dataclasses.replace(report, departments=departments, new_by_topic=topics)


def test_report_csv_neutralises_every_formula_start(tmp_path: Path) -> None:
    target = tmp_path / "bericht.csv"
    write_csv(_hostile_report(), target)  # type: ignore[arg-type]
    text = target.read_text(encoding="utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text), delimiter=";") for c in row]
    assert not [c for c in cells if c.startswith(STARTS)]
    for value in HOSTILE[: len(realistic_sample_report().departments)]:
        assert "'" + value in cells


def test_numbers_stay_numbers_a_negative_one_too() -> None:
    assert cell(-3) == "-3"
    assert cell(-1.5) == "-1,5"
    assert cell("-3") == "'-3"  # a text that looks like a formula: neutralised


def test_report_workbook_writes_text_as_text_with_the_quote_prefix(tmp_path: Path) -> None:
    target = tmp_path / "bericht.xlsx"
    write_xlsx(_hostile_report(), target)  # type: ignore[arg-type]
    book = openpyxl.load_workbook(target)
    hostile = [
        c
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith(STARTS)
    ]
    assert {c.value for c in hostile} >= set(HOSTILE[: len(realistic_sample_report().departments)])
    for found in hostile:
        assert found.data_type == "s"  # a string, never a formula ("f")
        assert found.quotePrefix, found.value
    numbers = [
        c.value
        for c in book["Abteilungen"].iter_rows(min_row=5, min_col=3, max_col=3)
        for c in c
        if c.value is not None
    ]
    assert numbers and all(isinstance(v, int | float) for v in numbers)


@pytest.mark.parametrize("value", HOSTILE)
def test_contact_csv_neutralises_every_formula_start(contacts: ContactService, value: str) -> None:
    record = contacts.create(
        ContactDraft(
            last_name="Name",
            organisation=value,
            notes=value,
            phones=(PhoneInput("+49 221 4710011"), PhoneInput("+44 20 7946 0958")),
        )
    )
    out = io.StringIO()
    write_contacts([contacts.get(record.id)], out)
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))
    cells = rows[1]
    assert not [c for c in cells if c.startswith(STARTS)]
    organisation = cells[rows[0].index("Organisation")]
    assert organisation.startswith("'") and organisation[1:] in (value, value.strip())
    assert "0221 4710011" in cells and "0044 20 7946 0958" in cells  # numbers as numbers
