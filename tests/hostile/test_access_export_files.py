"""The Art. 15 export's files in a folder someone else prepared: a hidden part file planted as
a link must not carry the person's data out of the folder."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

from buergeranfragen.privacy import access_files


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
    target = access_files._write_private(written, doc, folder / names["json"])
    assert elsewhere.read_text() == "nicht meins"
    assert not target.is_symlink()
    assert "Mustermann" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
