"""Pure parts of the report: working days over a public holiday, the percentile, ISO week 53,
the topic list and its mapping (free text never comes out)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from buergeranfragen.calendar import BERLIN
from buergeranfragen.errors import ValidationFailed
from buergeranfragen.reports import periods
from buergeranfragen.reports.figures import durations, working_days
from buergeranfragen.reports.records import OTHER_TOPIC, Durations
from buergeranfragen.reports.topics import DEFAULT_TOPICS, check_topics, topic_mapper


def test_working_days_skip_fronleichnam_and_the_office_closed_days() -> None:
    wednesday = datetime(2026, 6, 3, 9, 0, tzinfo=BERLIN)
    friday = datetime(2026, 6, 5, 9, 0, tzinfo=BERLIN)  # Thursday 4 June: Fronleichnam
    assert working_days(wednesday, friday, ()) == 1
    assert working_days(wednesday, wednesday.replace(hour=17), ()) == 0
    assert working_days(wednesday, friday, {(6, 5)}) == 0
    christmas = datetime(2026, 12, 23, 9, 0, tzinfo=BERLIN)
    assert working_days(christmas, datetime(2026, 12, 28, 9, 0, tzinfo=BERLIN), ()) == 2
    assert working_days(christmas, datetime(2026, 12, 28, 9, 0, tzinfo=BERLIN), {(12, 24)}) == 1


def test_median_and_nearest_rank_percentile() -> None:
    assert durations([]) == Durations()
    assert durations([4]) == Durations(1, 4.0, 4.0)
    assert durations([0, 1, 2, 3]) == Durations(4, 1.5, 3.0)
    assert durations(list(range(1, 11))) == Durations(10, 5.5, 9.0)
    assert durations(list(range(1, 12))) == Durations(11, 6.0, 10.0)


def test_week_53_and_the_other_periods_parse() -> None:
    w53 = periods.parse("2026-W53")
    assert (w53.first, w53.last, w53.label) == (date(2026, 12, 28), date(2027, 1, 3), "KW 53/2026")
    assert len(w53.previous_weeks(12)) == 12 and w53.previous_weeks(1)[0].key == "2026-W52"
    assert periods.parse("2026-Q4").first == date(2026, 10, 1)
    assert periods.parse("2026-11").last == date(2026, 11, 30)
    assert periods.week_of(date(2027, 1, 3)).key == "2026-W53"
    assert periods.last_complete_week(datetime(2027, 1, 4, 0, 30, tzinfo=BERLIN)).key == "2026-W53"


def test_topics_map_to_the_list_only() -> None:
    mapped = topic_mapper(DEFAULT_TOPICS)
    assert mapped("bildung UND   schule") == "Bildung und Schule"
    assert mapped("Umwelt, Klima und Energie") == "Umwelt, Klima und Energie"
    assert mapped("Frau Müller wegen Nachbarn") == OTHER_TOPIC
    assert mapped("") == OTHER_TOPIC
    assert topic_mapper(["Gebühren"])("GEBUEHREN") == "Gebühren"
    assert check_topics(["  Kita  plätze "]) == ("Kita plätze",)
    for wrong in (["A", "a"], [""], ["Sonstiges"], [3], ["x" * 81]):
        with pytest.raises(ValidationFailed):
            check_topics(wrong)
