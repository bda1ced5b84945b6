"""The case list's Art. 60 filter and the 工作台 use the same deadline engine, so they never disagree."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.services import cases
from inspector.services import workflow as wf
from tests.integration.workflow_support import at, make_case


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


def _filed(station, leader, officer, day: str) -> str:
    at(day)
    cid = make_case(station, act_date=day)
    wf.advance(officer, cid, "verify")
    wf.advance(leader, cid, "file")
    return cid


def test_art60_list_filter_agrees_with_the_engine_across_holidays_and_extensions(station, login):
    """Art. 60 (90 days after filing) + Art. 85 holiday rollover + extension records: list == 工作台."""
    officer, leader = login("officer"), login("squad_leader")
    holiday = _filed(station, leader, officer, "2026-07-03")  # +90 = 1 Oct (National Day) → rolls to 8 Oct
    old = _filed(station, leader, officer, "2026-06-01")
    extended = _filed(station, leader, officer, "2026-06-02")
    wf.advance(leader, extended, "extend", days=40, reason="案情复杂，经负责人批准")
    fresh = _filed(station, leader, officer, "2026-09-01")
    at("2026-10-05")
    engine = {}
    for cid in (holiday, old, extended, fresh):
        d = next(d for d in wf.deadlines_for(officer, cid) if d.key == "decision")
        engine[cid] = {"ok": "running"}.get(str(d.status), str(d.status))
    assert engine[holiday] == "due_soon" and engine[old] == "overdue" and engine[fresh] == "running"
    for which in ("overdue", "due_soon", "running"):
        listed = {r["id"] for r in cases.list_cases(officer, cases.CaseFilter(deadline=which)).rows}
        assert listed == {cid for cid, st in engine.items() if st == which}, which
        assert cases.count_cases(officer, cases.CaseFilter(deadline=which)) == len(listed)
    rows = {r["id"]: r for r in cases.list_cases(officer).rows}
    for cid in engine:
        due = next(d for d in wf.deadlines_for(officer, cid) if d.key == "decision").due.isoformat()
        assert rows[cid]["decision_due"] == due
    dashboard = {r["case_id"] for r in wf.open_deadlines(officer) if r["key"] == "decision"}
    assert dashboard == {cid for cid, st in engine.items() if st in ("overdue", "due_soon")}


def test_art60_decision_period_is_one_setting_for_list_and_engine(station, login):
    """The period is the setting ``deadline.decision_days`` (laws may provide otherwise, Art. 60)."""
    from inspector.services import org

    officer, leader = login("officer"), login("squad_leader")
    cid = _filed(station, leader, officer, "2026-08-20")
    at("2026-10-05")
    assert cases.list_cases(officer, cases.CaseFilter(deadline="running")).rows[0]["id"] == cid
    org.set_setting(login("admin"), "deadline.decision_days", 30)
    at("2026-10-05")
    assert next(d for d in wf.deadlines_for(officer, cid) if d.key == "decision").status == "overdue"
    assert [r["id"] for r in cases.list_cases(officer, cases.CaseFilter(deadline="overdue")).rows] == [cid]
