"""Files written for their owner (an Art. 15 export, a report) in a folder someone else
prepared: a hidden part file planted as a link must not carry the data out of the folder."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from buergeranfragen.errors import KnownError
from buergeranfragen.privacy import access_files
from buergeranfragen.private_files import write_private
from buergeranfragen.reports.csv_export import write_csv
from buergeranfragen.reports.formats import write_report
from tests.report_sample import small_sample_report


def _document() -> access_files.Document:
    return access_files.document(
        created_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
        created_by="testerin",
        contact={"id": 7, "first_name": "Erika", "last_name": "Mustermann", "tags": ""},
        phones=[],
        emails=[],
        related={},
        inquiries=[],
        steps=[],
        messages=[],
        attachments=[],
        originals=[],
        audit=[],
    )


def test_a_planted_part_file_link_is_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "auskunft"
    folder.mkdir()
    elsewhere = tmp_path / "fremd.txt"
    elsewhere.write_text("nicht meins")
    doc = _document()
    names = access_files.file_names(doc)
    (folder / f".{names['json']}.part").symlink_to(elsewhere)
    written = access_files.write_json  # the PDF needs Qt; the JSON shows the point
    target = write_private(lambda part: written(doc, part), folder / names["json"])
    assert elsewhere.read_text() == "nicht meins"
    assert not target.is_symlink()
    assert "Mustermann" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_report_does_not_follow_a_planted_part_file_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "fremd.txt"
    elsewhere.write_text("nicht meins")
    target = tmp_path / "Wochenbericht-2026-W47.csv"
    (tmp_path / ".Wochenbericht-2026-W47.csv.part").symlink_to(elsewhere)
    write_report(write_csv, small_sample_report(), target)
    assert elsewhere.read_text() == "nicht meins"
    assert not target.is_symlink() and target.stat().st_size > 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_folder_at_the_part_files_name_is_a_german_refusal_not_a_raw_error(
    tmp_path: Path,
) -> None:
    target = tmp_path / "Wochenbericht-2026-W47.csv"
    (tmp_path / ".Wochenbericht-2026-W47.csv.part").mkdir()
    with pytest.raises(KnownError) as refused:
        write_private(lambda part: part.write_text("x"), target)
    assert "konnte nicht geschrieben werden" in refused.value.reason.template
    assert not target.exists()
