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
