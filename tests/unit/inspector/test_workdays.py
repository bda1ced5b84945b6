"""Working-day arithmetic over the 2025/2026 official calendars (Art. 85; domain spec §1.4)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector.errors import ValidationError
from inspector.law import workdays
from inspector.law.workdays import HolidayCalendar

CAL = HolidayCalendar.shipped()
D = dt.date


def test_shipped_years_are_2025_and_2026():
    assert set(CAL.years) >= {2025, 2026}


@pytest.mark.parametrize(
    "day",
    [
        "2025-01-26",
        "2025-02-08",
        "2025-04-27",
        "2025-09-28",
        "2025-10-11",
        "2026-01-04",
        "2026-02-14",
        "2026-02-28",
        "2026-05-09",
        "2026-09-20",
        "2026-10-10",
    ],
)
def test_make_up_weekend_days_are_working_days(day):
    assert D.fromisoformat(day).weekday() >= 5
    assert CAL.is_working_day(D.fromisoformat(day))


@pytest.mark.parametrize(
    "start,end",
    [
        ("2025-10-01", "2025-10-08"),
        ("2026-10-01", "2026-10-07"),
        ("2026-02-15", "2026-02-23"),
        ("2026-01-01", "2026-01-03"),
        ("2025-01-28", "2025-02-04"),
        ("2025-05-31", "2025-06-02"),
    ],
)
def test_official_holidays_are_not_working_days(start, end):
    d = D.fromisoformat(start)
    while d <= D.fromisoformat(end):
        assert not CAL.is_working_day(d), d
        d += dt.timedelta(days=1)


def test_art85_five_working_days_across_national_day_2025():
    # Served Tue 30 Sep 2025: 1–8 Oct off, Sat 11 Oct is a make-up working day.
    # Working days after: 9 Oct (Thu), 10 (Fri), 11 (Sat make-up), 13 (Mon), 14 (Tue).
    due = workdays.add_working_days(D(2025, 9, 30), 5, CAL)
    assert due.date == D(2025, 10, 14) and not due.provisional


def test_art85_seven_working_days_across_national_day_2026():
    # Decision on Fri 25 Sep 2026 (中秋 holiday, but counting starts the next day).
    # 9-28 Mon, 29, 30, then 10-01..07 off; 10-08 Thu, 09 Fri, 10 Sat (make-up), 12 Mon → 7th.
    due = workdays.add_working_days(D(2026, 9, 25), 7, CAL)
    assert due.date == D(2026, 10, 12)


def test_start_day_is_not_counted():
    assert workdays.add_working_days(D(2025, 3, 3), 1, CAL).date == D(2025, 3, 4)


def test_calendar_period_ending_on_holiday_rolls_to_next_working_day():
    # 15 days after 16 Sep 2025 is 1 Oct (National Day) → first working day 9 Oct.
    assert workdays.add_calendar_days_with_holiday_rollover(D(2025, 9, 16), 15, CAL).date == D(2025, 10, 9)
    # Ending on a make-up Saturday is fine: that is a working day.
    assert workdays.add_calendar_days_with_holiday_rollover(D(2025, 9, 26), 15, CAL).date == D(2025, 10, 11)


def test_year_without_calendar_is_provisional():
    due = workdays.add_working_days(D(2027, 3, 1), 5, CAL)
    assert due.provisional
    assert not workdays.add_working_days(D(2026, 3, 2), 5, CAL).provisional
    assert workdays.add_calendar_days_with_holiday_rollover(D(2026, 12, 20), 30, CAL).provisional


def test_months_and_years_clamp_and_roll():
    assert workdays.add_months(D(2025, 1, 31), 1, CAL, rollover=False).date == D(2025, 2, 28)
    assert workdays.add_years(D(2024, 2, 29), 1, CAL, rollover=False).date == D(2025, 2, 28)
    # 2 years after 2023-10-01 → 2025-10-01, a holiday → 2025-10-09.
    assert workdays.add_years(D(2023, 10, 1), 2, CAL).date == D(2025, 10, 9)


def test_admin_can_add_a_year_and_a_bad_year_is_refused():
    cal = HolidayCalendar.shipped()
    cal.add_year(
        {
            "year": 2027,
            "source": "test",
            "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
            "workdays": [],
        }
    )
    assert not workdays.add_working_days(D(2027, 3, 1), 5, cal).provisional
    assert not cal.is_working_day(D(2027, 1, 1))
    with pytest.raises(ValidationError) as err:
        cal.add_year(
            {
                "year": 2028,
                "holidays": [{"from": "2028-02-30", "to": "2028-03-01"}],
                "workdays": ["2028-01-03"],
            }
        )
    assert {p.field for p in err.value.problems} == {"holidays[0]", "workdays[0]"}


days_2025_2026 = st.dates(min_value=D(2025, 1, 1), max_value=D(2026, 12, 1))
national_day = st.sampled_from(
    [D(2025, 9, 20) + dt.timedelta(days=k) for k in range(30)]
    + [D(2026, 9, 14) + dt.timedelta(days=k) for k in range(35)]
)


@given(start=st.one_of(days_2025_2026, national_day), n=st.integers(min_value=1, max_value=20))
def test_property_working_days_result_is_a_working_day_with_exactly_n_between(start, n):
    due = workdays.add_working_days(start, n, CAL)
    assert due.date > start
    assert CAL.is_working_day(due.date)
    assert workdays.working_days_between(start, due.date, CAL) == n
    # The day before the due date leaves one short: the result is the earliest such day.
    assert workdays.working_days_between(start, due.date - dt.timedelta(days=1), CAL) == n - 1


@given(start=national_day, n=st.integers(min_value=1, max_value=10), m=st.integers(min_value=1, max_value=10))
def test_property_working_days_compose(start, n, m):
    first = workdays.add_working_days(start, n, CAL).date
    assert workdays.add_working_days(first, m, CAL).date == workdays.add_working_days(start, n + m, CAL).date


@given(start=st.one_of(days_2025_2026, national_day), n=st.integers(min_value=0, max_value=60))
def test_property_calendar_rollover_is_first_working_day_on_or_after(start, n):
    due = workdays.add_calendar_days_with_holiday_rollover(start, n, CAL).date
    plain = start + dt.timedelta(days=n)
    assert due >= plain and CAL.is_working_day(due)
    d = plain
    while d < due:
        assert not CAL.is_working_day(d)
        d += dt.timedelta(days=1)
