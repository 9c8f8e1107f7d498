"""Every test gets a fresh database on tmp_path (and, where marked, on PostgreSQL), a pinned
clock and a data folder of its own; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, settings
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from buergeranfragen.clock import FixedClock  # noqa: E402
from buergeranfragen.contacts.service import ContactService  # noqa: E402
from buergeranfragen.db.migrate import Database, open_database  # noqa: E402
from buergeranfragen.inquiries.service import InquiryService  # noqa: E402
from buergeranfragen.mail.imap import MailboxService  # noqa: E402
from buergeranfragen.mail.intake import MailIntake  # noqa: E402
from tests.support import ImapServer, PostgresServer  # noqa: E402

ACTOR = "testerin"

# Fuzzing (tests/fuzz/): "ci" is the same run every time (CI set), "dev" a fresh sample each run,
# "fuzz" many more examples on purpose (HYPOTHESIS_PROFILE=fuzz). None writes an example
# database into the project; a failure prints the example and a @reproduce_failure blob.
_FUZZ_COMMON = {
    "deadline": None,
    "database": None,
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("ci", derandomize=True, max_examples=60, **_FUZZ_COMMON)
settings.register_profile("dev", max_examples=60, **_FUZZ_COMMON)
settings.register_profile("fuzz", max_examples=5000, **_FUZZ_COMMON)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's real data folder or database."""
    monkeypatch.setenv("BUERGERANFRAGEN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BUERGERANFRAGEN_INSTANCE_NAME", f"ba-test-{os.getpid()}-{id(tmp_path)}")
    monkeypatch.delenv("BUERGERANFRAGEN_DATABASE_URL", raising=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 25, 9, 30, tzinfo=UTC))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """Each storage test runs on both databases the app supports."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database (for tests of the migrations themselves)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite'}"


@pytest.fixture
def database(
    backend: str, clock: FixedClock, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Database]:
    """A database at the newest schema (on PostgreSQL a copy of a template migrated once)."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.sqlite'}"
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        url = server.migrated_database()
    db = open_database(url, clock)
    yield db
    db.close()


@pytest.fixture
def sqlite_database(sqlite_url: str, clock: FixedClock) -> Iterator[Database]:
    db = open_database(sqlite_url, clock)
    yield db
    db.close()


@pytest.fixture
def contacts(database: Database, clock: FixedClock) -> ContactService:
    return ContactService(database.session_factory, clock, ACTOR)


@pytest.fixture
def sqlite_contacts(sqlite_database: Database, clock: FixedClock) -> ContactService:
    return ContactService(sqlite_database.session_factory, clock, ACTOR)


@pytest.fixture
def inquiries(database: Database, clock: FixedClock, tmp_path: Path) -> InquiryService:
    return InquiryService(database.session_factory, clock, ACTOR, tmp_path / "offen")


@pytest.fixture
def intake(inquiries: InquiryService, clock: FixedClock) -> MailIntake:
    return MailIntake(inquiries, clock, ("nrw.de",))


@pytest.fixture
def mailboxes(
    database: Database, clock: FixedClock, intake: MailIntake, memory_keyring: MemoryKeyring
) -> MailboxService:
    return MailboxService(database.session_factory, clock, intake)


class MemoryKeyring(KeyringBackend):
    """A keyring for tests: the real ones need a desktop session."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(scope="session")
def imap() -> Iterator[ImapServer]:
    server = ImapServer()
    yield server
    server.stop()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)
