"""The outgoing server's settings: Administration only, checked field by field, the password in
the keyring and nowhere else (not the database, the audit trail, a message or the log)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.engine import reading
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import AuditEntry, OfficeSetting
from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.mail.smtp_settings import SmtpSettings, SmtpSettingsService
from buergeranfragen.organisation.roles import NotPermitted
from tests.conftest import ACTOR, MemoryKeyring

PASSWORD = "Geheim-ß-Ü-123"
GOOD = SmtpSettings(
    host=" smtp.nrw.de ",
    sender_email="Pressestelle@NRW.de",
    port=587,
    security="starttls",
    username="presse",
    sender_name="Pressestelle  der Staatskanzlei",
)


@pytest.fixture
def service(database: Database, clock: FixedClock) -> SmtpSettingsService:
    return SmtpSettingsService(database.session_factory, clock, ACTOR)


def _everything_stored(database: Database) -> str:
    with reading(database.session_factory) as session:
        settings = [r.value for r in session.scalars(select(OfficeSetting))]
        audit = [str(r.changes) for r in session.scalars(select(AuditEntry))]
    return "\n".join(settings + audit)


def test_settings_are_stored_for_the_office_and_the_password_in_the_keyring(
    service: SmtpSettingsService,
    database: Database,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert service.show() is None
    caplog.set_level(logging.DEBUG)
    stored = service.set(GOOD, PASSWORD)
    assert stored == SmtpSettings(
        host="smtp.nrw.de",
        sender_email="pressestelle@nrw.de",
        port=587,
        security="starttls",
        username="presse",
        sender_name="Pressestelle der Staatskanzlei",
    )
    assert service.show() == stored
    assert memory_keyring.store == {("buergeranfragen", "smtp://presse@smtp.nrw.de:587"): PASSWORD}
    assert service.password(stored) == PASSWORD
    assert PASSWORD not in _everything_stored(database)
    assert "smtp.nrw.de" in _everything_stored(database)  # audited
    assert PASSWORD not in caplog.text

    moved = service.set(SmtpSettings(**{**stored.to_json(), "port": 465, "security": "tls"}), None)  # type: ignore[arg-type]
    assert memory_keyring.store == {("buergeranfragen", "smtp://presse@smtp.nrw.de:465"): PASSWORD}
    assert service.password(moved) == PASSWORD


def test_only_the_administration_changes_them(
    service: SmtpSettingsService,
    database: Database,
    clock: FixedClock,
    memory_keyring: MemoryKeyring,
) -> None:
    service.set(GOOD, PASSWORD)  # the first person of a database is its Administration
    colleague = SmtpSettingsService(database.session_factory, clock, "kollege")
    with pytest.raises(NotPermitted) as refused:
        colleague.set(SmtpSettings(**{**GOOD.to_json(), "host": "evil.example"}), "x")  # type: ignore[arg-type]
    assert "Administration" in str(refused.value)
    assert service.show() is not None and service.show().host == "smtp.nrw.de"  # type: ignore[union-attr]
    assert list(memory_keyring.store.values()) == [PASSWORD]
    colleague.store_password("anders")  # the desk's own keyring: every desk needs it to send
    assert list(memory_keyring.store.values()) == ["anders"]


def test_bad_input_is_refused_field_by_field(
    service: SmtpSettingsService, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        service.set(
            SmtpSettings(host="smtp nrw", sender_email="keine-adresse", port=0, security="ssl"),
            None,
        )
    fields = {e.field: str(e.message) for e in refused.value.errors}
    assert fields == {
        "host": "Bitte den Servernamen angeben (z. B. smtp.nrw.de).",
        "port": "Der Port muss zwischen 1 und 65535 liegen.",
        "security": "Verschlüsselung: tls, starttls oder none.",
        "sender_email": "„keine-adresse“ ist keine gültige E-Mail-Adresse: das @-Zeichen fehlt "
        "oder steht mehrfach.",
    }
    plain = SmtpSettings(**{**GOOD.to_json(), "security": "none", "port": 25})  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed) as unconfirmed:
        service.set(plain, PASSWORD)
    assert [e.field for e in unconfirmed.value.errors] == ["security"]
    with pytest.raises(ValidationFailed) as no_password:
        service.set(GOOD, None)
    assert [e.field for e in no_password.value.errors] == ["password"]
    assert service.show() is None and memory_keyring.store == {}
    assert service.set(plain, PASSWORD, allow_plaintext=True).security == "none"


def test_a_server_without_login_needs_no_password(
    service: SmtpSettingsService, memory_keyring: MemoryKeyring
) -> None:
    stored = service.set(SmtpSettings(**{**GOOD.to_json(), "username": ""}), None)  # type: ignore[arg-type]
    assert service.password(stored) is None and memory_keyring.store == {}
    with pytest.raises(KnownError):
        service.store_password("x")
