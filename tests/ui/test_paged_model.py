"""The lazy list model: further pages are read on the GUI thread as the view scrolls, so a page
that cannot be read must stop the paging and be reported once, not raise on every scroll."""

from __future__ import annotations

from typing import Any

import pytest

from buergeranfragen.errors import DatabaseUnavailable
from buergeranfragen.messages import msg
from buergeranfragen.ui.common.paged_model import PagedTableModel


class Numbers(PagedTableModel[int]):
    PAGE = 2

    def headers(self) -> list[str]:
        return ["Zahl"]

    def display(self, row: int, column: int) -> Any:
        return row

    def row_id(self, row: int) -> int:
        return row


class Database:
    """A service double: pages of the numbers 0 … total-1, or an unavailable database."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.available = True
        self.reads: list[int] = []

    def fetch(self, offset: int, limit: int) -> list[int]:
        self.reads.append(offset)
        if not self.available:
            raise DatabaseUnavailable(msg("Die Datenbank ist gerade nicht erreichbar."))
        return list(range(offset, min(offset + limit, self.total)))


@pytest.mark.usefixtures("bracketed")
def test_a_page_that_cannot_be_read_stops_the_paging_and_is_reported_once(qapp) -> None:  # type: ignore[no-untyped-def]
    database = Database(total=5)
    model = Numbers()
    reported: list[str] = []
    model.read_failed.connect(reported.append)
    model.show(Numbers.first_page(lambda: database.total, database.fetch), database.fetch)
    assert model.rowCount() == 2 and model.canFetchMore()

    database.available = False
    model.fetchMore()  # raises nothing: the view calls this while it scrolls
    assert reported == ["[Die Datenbank ist gerade nicht erreichbar.]"]  # translated
    assert not model.canFetchMore()
    model.fetchMore()  # the view asks again: nothing read, nothing said again
    assert database.reads == [0, 2] and len(reported) == 1
    assert model.rowCount() == 2 and model.total == 5

    # the rows shown anew (a reload) page again
    database.available = True
    model.show(Numbers.first_page(lambda: database.total, database.fetch), database.fetch)
    while model.canFetchMore():
        model.fetchMore()
    assert [model.row_at(n) for n in range(model.rowCount())] == [0, 1, 2, 3, 4]
    assert len(reported) == 1


def test_a_bug_while_paging_is_raised_once(qapp) -> None:  # type: ignore[no-untyped-def]
    reads: list[int] = []

    def broken(offset: int, limit: int) -> list[int]:
        reads.append(offset)
        raise LookupError("a bug")

    model = Numbers()
    model.show(Numbers.first_page(lambda: 5, lambda offset, limit: [0, 1]), broken)
    with pytest.raises(LookupError):
        model.fetchMore()  # to the crash reporter, from Qt's call
    model.fetchMore()
    assert reads == [2] and not model.canFetchMore()
