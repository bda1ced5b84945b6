"""工作台: overdue and due-soon deadlines of the user's and the squad's cases, coloured, with counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector import clock
from inspector.services import workflow as wf
from tests.integration.workflow_support import at, make_case
from ui import tasks
from ui.screens.dashboard import Screen
from ui.widgets.deadline_table import STATUS_COLOURS


@pytest.fixture(autouse=True)
def _sync():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


def test_dashboard_lists_overdue_and_due_soon_with_colours(qtbot, station, login):
    at("2026-06-01")
    overdue = make_case(station)                    # clue 1 June: 立案 decision due 16 June
    other_squad = make_case(station, squad_code="2")
    at("2026-06-14")
    soon = make_case(station, act_date="2026-06-01")  # due 29 June
    leader = login("squad_leader")
    wf.advance(leader, soon, "verify")
    at("2026-06-27")
    screen = Screen(login("squad_leader"))
    qtbot.addWidget(screen)
    screen.resize(1200, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.scope.setCurrentIndex(screen.scope.findData("all"))
    by_case = {r["case_id"]: r for r in screen.table.records}
    assert by_case[overdue]["status"] == "overdue" and by_case[soon]["status"] == "due_soon"
    assert other_squad in by_case
    row = screen.table.records.index(by_case[overdue])
    assert screen.table.item(row, 0).background().color().name() == STATUS_COLOURS["overdue"][0]
    assert screen.table.item(row, 0).text() == "已超期"
    assert screen.overdue_label.text() == "已超期 2" and screen.soon_label.text() == "即将到期 1"
    screen.scope.setCurrentIndex(screen.scope.findData("squad"))
    assert {r["case_id"] for r in screen.table.records} == {overdue, soon}
    # Selecting a row and pressing 打开案件 opens the case detail.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.table.visualItemRect(screen.table.item(0, 1)).center())
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert screen.details and screen.details[-1].case_id == screen.table.records[0]["case_id"]
    for d in screen.details:
        d.close()
