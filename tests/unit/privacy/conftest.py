"""The person of these tests, on each database."""

from __future__ import annotations

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.mail.intake import MailIntake
from tests.unit.privacy import cases


@pytest.fixture
def case(
    database: Database, clock: FixedClock, contacts: ContactService, intake: MailIntake
) -> cases.Case:
    return cases.build(database, clock, contacts, intake)


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> None:
    """The export's PDF needs a Qt application: pytest-qt's, made first, so the window tests
    running later in this process find the QApplication they expect (not a bare one)."""
