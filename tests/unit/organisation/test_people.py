"""People: a change made from a list or form that loaded an older version of the person is
refused and names who changed the person in between (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import StaleRecord
from buergeranfragen.organisation.records import Role
from buergeranfragen.organisation.service import PeopleService


def test_a_stale_version_is_refused_and_names_who_changed_the_person(
    database: Database, clock: FixedClock
) -> None:
    chefin = PeopleService(database.session_factory, clock, "chefin")
    chefin.me()  # the first: Administration
    loaded = PeopleService(database.session_factory, clock, "kollege").me()
    admin2 = PeopleService(database.session_factory, clock, "admin2")
    admin2.me()
    chefin.set_role("admin2", Role.ADMINISTRATION)

    renamed = admin2.set_display_name("kollege", "Karl Kollege", loaded.version)
    assert renamed.version == loaded.version + 1
    for change in (
        lambda: chefin.set_display_name("kollege", "K. Kollege", loaded.version),
        lambda: chefin.set_active("kollege", False, loaded.version),
        lambda: chefin.set_role("kollege", Role.LEAD, loaded.version),
        lambda: chefin.set_department("kollege", None, loaded.version),
    ):
        with pytest.raises(StaleRecord, match="kollege wurde inzwischen von admin2 geändert"):
            change()
    now = {p.os_user: p for p in chefin.all()}["kollege"]
    assert (now.display_name, now.active, now.role) == ("Karl Kollege", True, Role.CLERK)
    # with the version as it is now the change goes through; without one, as before
    assert not chefin.set_active("kollege", False, now.version).active
    assert chefin.set_active("kollege", True).active


def test_a_person_never_changed_is_stale_without_a_name(
    database: Database, clock: FixedClock
) -> None:
    chefin = PeopleService(database.session_factory, clock, "chefin")
    me = chefin.me()
    with pytest.raises(StaleRecord, match="chefin wurde inzwischen von jemand anderem"):
        chefin.set_display_name("chefin", "Chefin", me.version + 1)
