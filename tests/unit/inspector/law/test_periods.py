"""Periods of one case come from the one timer table, and agree with the deadline list to the day."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector import settings
from inspector.law import deadlines, periods
from tests.unit.inspector.law.cases import CAL, event, make_view

SETTING = settings.default


@pytest.mark.parametrize("timer", [t for t in deadlines.TIMERS if t.key != "limitation"], ids=lambda t: t.key)
def test_period_due_is_what_the_deadline_list_shows(timer):
    """Every timer (Art. 36, 45, 56, 60, 61, 64, 67, 71; 行政强制法 Art. 53, 54) has one length, applied once."""
    start = dt.date(2026, 9, 28)
    first = timer.start.split("|")[0]
    if first.startswith("case:"):
        case, events = {"state": "filed", first[5:]: start.isoformat()}, []
    else:
        case = {"state": "executing"}
        events = [
            {
                "step": first,
                "on_date": start.isoformat(),
                "data": {"outcome": "penalty", "cash": True, "hearing_right": True},
            }
        ]
    listed = [
        d for d in deadlines.evaluate(case, events, cal=CAL, setting=SETTING, today=start, timers=[timer])
    ]
    assert listed and listed[0].due == deadlines.period_due(timer.key, start, setting=SETTING, cal=CAL).date


def test_art67_art66_payment_period_moves_with_an_approved_deferral():
    served = event("serve", "2026-06-01", {"served_on": "2026-06-01"})
    v = make_view(state="executing", events=[served])
    assert periods.payment_period(v).date == dt.date(2026, 6, 16)
    plan = event("instalment", "2026-06-05", {"until": "2026-07-01"})
    v = make_view(state="executing", events=[served, plan])
    assert periods.payment_period(v).date == dt.date(2026, 7, 1)


def test_art36_limitation_is_two_years_or_five_with_serious_harm():
    v = make_view(act_date="2024-02-29")
    assert periods.limitation_end(v).date == dt.date(2026, 2, 28)
    assert periods.limitation_end(v, serious_harm=True).date == dt.date(2029, 2, 28)


def test_lengths_are_described_from_the_table():
    assert deadlines.describe_length("hearing_request", SETTING) == "5个工作日"
    assert deadlines.describe_length("payment", SETTING) == "15日"
    assert deadlines.describe_length("litigation_period", SETTING) == "6个月"
