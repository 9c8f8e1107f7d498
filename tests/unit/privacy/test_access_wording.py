"""The Art. 15 PDF's wording is German throughout: a citizen reads "Beantwortet" and "Antwort",
not the stored keys ("answered", "reply", "routed_by_rule")."""

from __future__ import annotations

from datetime import UTC, datetime

from buergeranfragen.privacy import access_files, access_wording

AT = datetime(2026, 3, 2, 9, tzinfo=UTC)


def _text(doc: access_files.Document) -> str:
    found = []
    for part in access_wording.parts(doc):
        found.append(part.title)
        for caption, value in part.lines + part.texts:
            found += [caption, value]
    return "\n".join(found)


def test_states_steps_and_message_kinds_are_named_in_german() -> None:
    doc = access_files.document(
        created_at=AT,
        created_by="anna",
        contact={"id": 7, "last_name": "Quellbrunn"},
        phones=[],
        emails=[],
        related={1: ["contact"]},
        inquiries=[{"id": 1, "reference": "BA-2026-00001", "status": "answered"}],
        steps=[
            {"inquiry_id": 1, "at": AT, "actor": "anna", "kind": "routed_by_rule"},
            {
                "inquiry_id": 1,
                "at": AT,
                "actor": "anna",
                "kind": "status",
                "from_value": "in_progress",
                "to_value": "answered",
            },
        ],
        messages=[{"inquiry_id": 1, "at": AT, "direction": "out", "kind": "reply", "text": "Gern"}],
        attachments=[],
        originals=[],
        audit=[],
    )
    text = _text(doc)
    assert "Beantwortet" in text and "In Bearbeitung" in text
    for stored in ("answered", "in_progress", "routed_by_rule", "reply"):
        assert stored not in text, stored


def test_the_logs_name_records_and_actions_in_german() -> None:
    doc = access_files.document(
        created_at=AT,
        created_by="anna",
        contact={"id": 7, "last_name": "Quellbrunn"},
        phones=[],
        emails=[],
        related={},
        inquiries=[],
        steps=[],
        messages=[],
        attachments=[],
        originals=[],
        audit=[
            {"at": AT, "actor": "anna", "entity": "contact", "entity_id": 7, "action": "merge"},
            {"at": AT, "actor": "bob", "entity": "inquiry", "entity_id": 3, "action": "update"},
        ],
        readings=[{"at": AT, "actor": "carla", "entity": "inquiry", "entity_id": 3}],
        rejected=[{"rejected_at": AT, "sender": "q@example.org", "subject": "Kaputt"}],
    )
    text = _text(doc)
    assert "Kontakt 7, zusammengeführt" in text and "Anfrage 3, geändert" in text
    assert "carla: Anfrage 3 geöffnet" in text
    assert "q@example.org: Kaputt" in text
    for stored in ("merge", "update", "inquiry", "contact"):
        assert stored not in text, stored
