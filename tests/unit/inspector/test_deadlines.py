"""Deadline engine: timers of §1.3 over recorded events, states, extensions, and the Art. 72/73 surcharge."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from inspector import settings
from inspector.law import deadlines
from inspector.law.deadlines import Status
from inspector.law.workdays import HolidayCalendar

CAL = HolidayCalendar.shipped()
D = dt.date


def setting(key):
    return settings.default(key)


def ev(step, day, **data):
    return {"step": step, "on_date": day, "at": day + "T02:00:00.000Z", "data": data}


def _by_key(dls):
    return {d.key: d for d in dls}


def test_art56_preservation_decision_seven_working_days_per_item():
    case = {"state": "investigating"}
    events = [
        ev("preserve", "2025-09-26", ref="a"),
        ev("preserve", "2025-10-09", ref="b"),
        ev("preservation_decided", "2025-10-10", ref="b"),
    ]
    dls = [
        d
        for d in deadlines.evaluate(case, events, cal=CAL, setting=setting, today=D(2025, 10, 10))
        if d.key == "preservation_decision"
    ]
    a = next(d for d in dls if d.ref == "a")
    b = next(d for d in dls if d.ref == "b")
    # 26 Sep (Fri) + 7 WD: 28 Sep (Sun make-up), 29, 30, 9 Oct, 10, 11 (Sat make-up), 13 Oct.
    assert a.due == D(2025, 10, 13) and a.status is Status.DUE_SOON
    assert b.status is Status.DONE


def test_art61_service_seven_working_days_and_overdue():
    case = {"state": "decided"}
    events = [ev("decide", "2026-09-25", outcome="penalty")]
    d = _by_key(deadlines.evaluate(case, events, cal=CAL, setting=setting, today=D(2026, 10, 13)))["service"]
    assert d.due == D(2026, 10, 12) and d.status is Status.OVERDUE
    assert d.basis == "《中华人民共和国行政处罚法》第六十一条"


def test_art67_payment_fifteen_days_not_for_no_penalty():
    events = [
        ev("decide", "2026-03-02", outcome="no_penalty_minor"),
        ev("serve", "2026-03-03", outcome="no_penalty_minor"),
    ]
    keys = _by_key(
        deadlines.evaluate({"state": "served"}, events, cal=CAL, setting=setting, today=D(2026, 3, 4))
    )
    assert "payment" not in keys
    events = [ev("decide", "2026-03-02", outcome="penalty"), ev("serve", "2026-03-03", outcome="penalty")]
    keys = _by_key(
        deadlines.evaluate({"state": "served"}, events, cal=CAL, setting=setting, today=D(2026, 3, 4))
    )
    assert keys["payment"].due == D(2026, 3, 18)


def test_art36_limitation_two_years_from_act_end():
    dls = _by_key(
        deadlines.evaluate(
            {"state": "clue", "act_end_date": "2024-06-03"}, [], cal=CAL, setting=setting, today=D(2026, 5, 1)
        )
    )
    assert dls["limitation"].due == D(2026, 6, 3)


def test_periods_are_not_duties_and_closed_cases_have_no_open_duties():
    events = [ev("notify", "2026-03-02", hearing_right=True, served_on="2026-03-02")]
    dls = _by_key(
        deadlines.evaluate({"state": "notified"}, events, cal=CAL, setting=setting, today=D(2026, 3, 20))
    )
    assert dls["statement"].status is Status.ENDED and not dls["statement"].duty
    assert dls["hearing_request"].due == D(2026, 3, 9)
    closed = deadlines.evaluate(
        {"state": "closed", "filed_at": "2025-01-01"}, [], cal=CAL, setting=setting, today=D(2026, 3, 20)
    )
    assert not [d for d in closed if d.duty and d.status is not Status.DONE]


def test_provisional_in_a_year_without_calendar():
    dls = _by_key(
        deadlines.evaluate(
            {"state": "filed", "filed_at": "2026-12-01"}, [], cal=CAL, setting=setting, today=D(2026, 12, 2)
        )
    )
    assert dls["decision"].provisional


def test_art72_surcharge_three_percent_a_day_capped_at_fine():
    assert deadlines.surcharge_cents(10000, due=D(2026, 3, 1), paid_on=D(2026, 3, 1)) == 0
    assert deadlines.surcharge_cents(10000, due=D(2026, 3, 1), paid_on=D(2026, 3, 2)) == 300
    assert deadlines.surcharge_cents(10000, due=D(2026, 3, 1), paid_on=D(2026, 6, 1)) == 10000


def test_art73_surcharge_paused_during_review_or_litigation():
    paused = [(D(2026, 3, 3), D(2026, 3, 12))]  # 10 days not counted
    assert deadlines.surcharge_cents(10000, due=D(2026, 3, 1), paid_on=D(2026, 3, 13), paused=paused) == 600


@given(fine=st.integers(1, 10**9), late=st.integers(0, 400), pause=st.integers(0, 60))
def test_property_surcharge_bounds(fine, late, pause):
    due = D(2026, 1, 1)
    paid = due + dt.timedelta(days=late)
    spans = [(due + dt.timedelta(days=1), due + dt.timedelta(days=pause))] if pause else []
    s = deadlines.surcharge_cents(fine, due=due, paid_on=paid, paused=spans)
    assert 0 <= s <= fine
    counted = max(0, late - min(pause, late))
    assert s == min(fine, fine * 3 * counted // 100)


def test_periods_run_from_the_service_date_and_on_the_spot_decisions_have_payment_timers():
    events = [ev("notify", "2026-03-02", served_on="2026-03-04", hearing_right=False)]
    dls = _by_key(
        deadlines.evaluate({"state": "notified"}, events, cal=CAL, setting=setting, today=D(2026, 3, 5))
    )
    assert dls["statement"].started == D(2026, 3, 4) and dls["statement"].due == D(2026, 3, 11)
    events = [ev("on_the_spot", "2026-03-02", outcome="penalty", served_on="2026-03-02", amount_cents=5000)]
    dls = _by_key(
        deadlines.evaluate({"state": "served"}, events, cal=CAL, setting=setting, today=D(2026, 3, 5))
    )
    assert dls["payment"].due == D(2026, 3, 17) and dls["review_period"].due == D(2026, 5, 6)


def test_art54_the_filing_and_art60_decision_deadlines_are_not_those_of_a_simple_procedure_case():
    """Art. 51, 52: a clue decided on the spot is never verified for filing (Art. 54 ¶2, 住建部令第55号) nor
    decided within 90 days of a filing (Art. 60): those timers belong to the general procedure. A clue that
    leaves the simple procedure (verification begun) runs them from the clue as any other."""
    clue = {
        "state": "clue",
        "procedure": "simple",
        "clue_at": "2026-06-01T02:00:00Z",
        "act_end_date": "2026-06-01",
    }
    keys = {d.key for d in deadlines.evaluate(clue, [], cal=CAL, setting=setting, today=D(2026, 6, 2))}
    assert keys == {"limitation"}
    decided = {**clue, "state": "served", "filed_at": "2026-06-01"}
    events = [ev("on_the_spot", "2026-06-01", outcome="penalty", served_on="2026-06-01", amount_cents=10000)]
    keys = {d.key for d in deadlines.evaluate(decided, events, cal=CAL, setting=setting, today=D(2026, 6, 2))}
    assert "clue_verification" not in keys and "decision" not in keys
    assert {"payment", "review_period", "litigation_period", "court_application", "limitation"} <= keys
    general = {**clue, "procedure": "general", "state": "verifying"}
    dls = _by_key(
        deadlines.evaluate(
            general, [ev("verify", "2026-06-01")], cal=CAL, setting=setting, today=D(2026, 6, 2)
        )
    )
    assert dls["clue_verification"].due == D(2026, 6, 16) and dls["clue_verification"].status is Status.OK
