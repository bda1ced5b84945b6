"""《行政处罚法》第六十条、第八十五条: a decision deadline in a year without a holiday calendar is marked provisional
in the case list (service row and the table the officer sees), never shown as certain."""

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


def test_art60_decision_due_in_2027_is_provisional_in_the_case_list(qtbot, station, login):
    leader = login("squad_leader")
    at("2026-12-01")
    late = make_case(station, act_date="2026-11-28")
    wf.advance(leader, late, "file")  # 90 days → 1 March 2027, a year with no calendar
    at("2026-06-01")
    early = make_case(station, act_date="2026-05-28")
    wf.advance(leader, early, "file")  # 90 days → 30 August 2026, calendar loaded
    rows = {r["id"]: r for r in cases.list_cases(leader).rows}
    assert rows[late]["decision_due"] == "2027-03-01" and rows[late]["decision_due_provisional"] is True
    assert rows[early]["decision_due_provisional"] is False
    from ui.models.case_table import COL_DUE, CaseTableModel, RecordRole

    model = CaseTableModel(leader)
    model.reload()
    shown = {
        model.data(model.index(r, 0), RecordRole)["id"]: model.data(model.index(r, COL_DUE))
        for r in range(model.rowCount())
    }
    assert shown[late] == "2027-03-01（暂定）" and shown[early] == "2026-08-31"


def test_art60_provisional_deadline_is_marked_on_the_dashboard(qtbot, station, login):
    """《行政处罚法》第六十条: the 工作台 row of a due-soon decision deadline in 2027 says（暂定）."""
    from ui import tasks
    from ui.screens.dashboard import Screen

    leader, officer = login("squad_leader"), login("officer")
    at("2026-12-01")
    cid = make_case(station, act_date="2026-11-28")
    wf.advance(leader, cid, "file")  # the 90-day decision period starts; 2027 has no calendar loaded
    at("2027-02-25")
    tasks.set_synchronous(True)
    try:
        screen = Screen(officer)  # after 立案 it is the officers' turn (investigate)
        qtbot.addWidget(screen)
        screen.scope.setCurrentIndex(screen.scope.findData("all"))
        row = next(r for r in screen.rows if r["case_id"] == cid)
        assert row["provisional"] and row["due"] == "2027-03-01" and row["status"] == "due_soon"
        shown = next(r for r in screen.table.records if r["case_id"] == cid)
        assert shown["due"] == "2027-03-01（暂定）"
    finally:
        tasks.set_synchronous(False)
