"""The stored work list (工作台): built again once when the rules that choose an item's deadline change."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.services import worklist
from tests.integration.workflow_support import at, make_case


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


def test_art54_a_list_stored_by_an_older_version_loses_the_filing_deadline_of_a_simple_case(station, login):
    """行政处罚法第五十一条、第五十四条: a 工作台 stored before a simple-procedure clue stopped carrying the
    线索核查·立案决定 deadline is built again on the next read, so the officer no longer sees it overdue."""
    at("2026-06-01")
    officer = login("officer")
    cid = make_case(station, act_date="2026-06-01")
    with station.db.write():
        station.db.execute("UPDATE cases SET procedure = 'simple' WHERE id = ?", (cid,))
        station.db.execute("DELETE FROM work_items")
        station.db.execute(  # what an older version stored for this clue, and the fingerprint it stored it under
            "INSERT INTO work_items(case_id, role, squad_id, task, reason, due, provisional, deadline, basis, "
            "ready_on) SELECT id, 'officer', squad_id, '当场处罚', '', '2026-06-16', 0, '线索核查·立案决定', '', "
            "NULL FROM cases WHERE id = ?",
            (cid,),
        )
        old = worklist.fingerprint(officer).removesuffix(f",{worklist.ITEM_RULES}]") + "]"
        station.db.meta_set(worklist.BUILT, old)
    at("2026-06-20")
    worklist.ensure_built(officer)
    (row,) = [r for r in worklist.page(officer).rows if r["case_id"] == cid]
    assert row["deadline"] == "追责时效（2年）" and row["due"] == "2028-06-01", row


def _ev(step: str, day: str, **data):
    return {"step": step, "on_date": day, "at": day + "T02:00:00.000Z", "data": data}


def _item(events, *, today: str, state: str = "executing"):
    import datetime as dt

    from inspector import settings
    from inspector.law.workdays import HolidayCalendar

    case = {"id": "c", "squad_id": "s", "state": state, "procedure": "simple", "fine_cents": 10000}
    return worklist.item_for(
        case,
        events,
        cal=HolidayCalendar.shipped(),
        setting=settings.default,
        today=dt.date.fromisoformat(today),
    )


DECIDED = _ev("on_the_spot", "2026-06-01", outcome="penalty", amount_cents=10000, served_on="2026-06-01")


def test_art66_acl54_the_demand_waits_for_the_deferral_approved():
    """行政处罚法第六十六条第二款: a deferral approved to 10 July moves the day after which the officer demands
    payment (行政强制法第五十四条) from the sixteenth day to 11 July; until then the party has the turn."""
    plain = _item([DECIDED], today="2026-06-10", state="served")
    assert (plain["task"], plain["ready_on"]) == ("进入执行、送达催告书", "2026-06-17")
    deferred = _item([DECIDED, _ev("instalment", "2026-06-10", until="2026-07-10")], today="2026-06-20")
    assert (deferred["role"], deferred["ready_on"]) == ("officer", "2026-07-11"), deferred
    assert "缴款期限至2026-07-10" in deferred["reason"]


def test_acl53_no_court_application_is_due_while_a_review_or_suit_is_pending():
    """行政强制法第五十三条: after the 催告书 the 中队长 applies to the court once the periods are over, but not
    while a review or a lawsuit against the decision is under way (it is decided first)."""
    demanded = [DECIDED, _ev("start_execution", "2026-06-20"), _ev("demand_served", "2026-06-20")]
    due = _item(demanded, today="2026-12-02")
    assert (due["role"], due["task"], due["ready_on"]) == ("squad_leader", "申请法院强制执行", "2026-12-02")
    assert due["deadline"] == "申请法院强制执行期限"  # the lapsed payment period no longer drives it
    pending = _item([*demanded, _ev("appeal_start", "2026-07-01", kind="review")], today="2026-12-02")
    assert pending["task"] != "申请法院强制执行", pending
