"""An inquiry service on each test's database (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.service import InquiryService
from tests.conftest import ACTOR


@pytest.fixture
def inquiries(database: Database, clock: FixedClock, tmp_path: Path) -> InquiryService:
    return InquiryService(database.session_factory, clock, ACTOR, tmp_path / "anhaenge")
