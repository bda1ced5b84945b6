"""The administrator's holiday-calendar import (Art. 85 working days): a bad file changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.errors import ValidationError
from inspector.law import workdays
from inspector.services import holidays

SPRING_FESTIVAL_2026 = dt.date(2026, 2, 17)


def _is_working_day(station, day: dt.date) -> bool:
    return workdays.load(station.db).is_working_day(day)


@pytest.mark.parametrize(
    "data,words",
    [
        ({"year": 2026}, "没有假期"),
        (
            {
                "year": 2026,
                "source": "通知",
                "holiday": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-23"}],
            },
            "holiday",
        ),
        (
            {"year": 2026, "holidays": [{"name": "春\u202e节", "from": "2026-02-15", "to": "2026-02-23"}]},
            "方向",
        ),
        (
            {
                "year": 2026,
                "holidays": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-23"}],
                "workdays": ["2030-01-05"],
            },
            "2030-01-05",
        ),
        ({"year": 2026.5, "holidays": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-23"}]}, "整数"),
        ([2026], "JSON 对象"),
    ],
)
def test_art85_a_file_that_would_misstate_the_year_is_refused_and_the_year_is_kept(
    station, login, data, words
):
    """A file without holidays (or with the key misspelt) would make the Spring Festival working days and cut
    every working-day period across it short; it is refused, and the year stays as it was."""
    assert not _is_working_day(station, SPRING_FESTIVAL_2026)
    with pytest.raises(ValidationError) as caught:
        holidays.import_year(login("admin"), data)
    assert words in "；".join(p.message for p in caught.value.problems)
    assert station.db.scalar("SELECT count(*) FROM calendar_years") == 0
    assert not _is_working_day(station, SPRING_FESTIVAL_2026)


def test_a_corrected_year_is_imported(station, login):
    holidays.import_year(
        login("admin"),
        {
            "year": 2026,
            "source": "更正",
            "holidays": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-24"}],
            "workdays": ["2026-02-28"],
        },
    )
    assert not _is_working_day(station, dt.date(2026, 2, 24)) and _is_working_day(
        station, dt.date(2026, 2, 28)
    )
