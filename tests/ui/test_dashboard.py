"""工作台: the cases waiting for me per role, with the deadline driving each, and those waiting for someone else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector import clock
from inspector.services import publicity, worklist
from inspector.services import workflow as wf
from tests.integration.review_support import closed_case
from tests.integration.workflow_support import at, make_case
from ui import tasks
from ui.main_window import MainWindow
from ui.screens.dashboard import Screen
from ui.widgets import deadline_table
from ui.widgets.deadline_table import STATUS_COLOURS


@pytest.fixture(autouse=True)
def _sync():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


def _screen(qtbot, session) -> Screen:
    screen = Screen(session)
    qtbot.addWidget(screen)
    screen.resize(1300, 600)
    screen.show()
    return screen


def test_each_role_sees_the_cases_waiting_for_it_with_the_driving_deadline(qtbot, station, login):
    at("2026-06-01")
    clue = make_case(station)  # the officer verifies: Art. 54 filing decision due 16 June
    verified = make_case(station)
    officer, leader = login("officer"), login("squad_leader")
    worklist.rebuild(station.system_session())
    wf.advance(officer, verified, "verify")  # now the 中队长's turn: approve filing
    at("2026-06-14")
    mine = _screen(qtbot, officer)
    assert [r["case_id"] for r in mine.table.records] == [clue]
    assert mine.table.records[0]["task"] == "核查线索" and mine.table.records[0]["due"] == "2026-06-16"
    assert mine.table.item(0, 0).text() == "即将到期"
    assert mine.table.item(0, 0).background().color().name() == STATUS_COLOURS["due_soon"][0]
    assert mine.table.item(0, 5).foreground().color().name() == STATUS_COLOURS["due_soon"][1]
    # The officer's case waiting for the leader says for whom and why.
    mine.scope.setCurrentIndex(mine.scope.findData("waiting"))
    waiting = {r["case_id"]: r for r in mine.table.records}
    assert waiting[verified]["role_label"] == "中队长" and "审批立案" in waiting[verified]["reason"]
    boss = _screen(qtbot, leader)
    assert [(r["case_id"], r["task"]) for r in boss.table.records] == [(verified, "审批立案")]
    at("2026-06-17")
    boss.reload()
    assert boss.table.item(0, 0).text() == "已超期" and boss.overdue_label.text() == "已超期 1"
    # Selecting a row and pressing 打开案件 opens the case detail, which says whose turn it is.
    qtbot.mouseClick(
        boss.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=boss.table.visualItemRect(boss.table.item(0, 1)).center(),
    )
    qtbot.mouseClick(boss.open_button, Qt.MouseButton.LeftButton)
    detail = boss.details[-1]
    assert detail.case_id == verified and "中队长" in detail.turn.text() and "审批立案" in detail.turn.text()
    detail.close()


def test_the_list_is_paged(qtbot, station, login):
    at("2026-06-01")
    for _ in range(5):
        make_case(station)
    worklist.rebuild(station.system_session())
    screen = _screen(qtbot, login("officer"))
    import ui.screens.dashboard as dashboard

    dashboard.PAGE, old = 2, dashboard.PAGE
    try:
        screen.reload()
        assert len(screen.table.records) == 2 and screen.more_button.isEnabled()
        qtbot.mouseClick(screen.more_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.more_button, Qt.MouseButton.LeftButton)
        assert len({r["case_id"] for r in screen.table.records}) == 5
    finally:
        dashboard.PAGE = old


def test_changing_a_deadline_setting_recomputes_the_stored_due_dates(qtbot, station, login):
    from inspector.services import org

    at("2026-06-01")
    make_case(station)
    screen = _screen(qtbot, login("officer"))
    assert screen.table.records[0]["due"] == "2026-06-16"
    org.set_setting(login("admin"), "deadline.clue_verification_days", 30)
    screen.reload()
    assert screen.table.records[0]["due"] == "2026-07-01"


def test_the_row_colour_roles_are_qts():
    # Numbers in deadline_table so that colouring a row does not build the Qt namespace; they must stay Qt's.
    assert deadline_table.BACKGROUND_ROLE == Qt.ItemDataRole.BackgroundRole.value
    assert deadline_table.FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value


def test_an_archived_case_still_to_be_published_is_on_the_officers_desk_with_its_deadline(
    qtbot, station, login
):
    """国办发〔2018〕118号: a decision is published within 7 working days, whether or not the file was archived
    first. The officer who owes it sees it on 工作台 (overdue once the period has passed) until it is recorded."""
    cid = closed_case(station, login)  # decided 10 June: publication due 22 June (端午 19 June)
    officer, rev = login("officer"), login("legal_reviewer")
    wf.advance(officer, cid, "archive")
    at("2026-06-23")
    window = MainWindow(officer, idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    board = window.screens["dashboard"]
    rows = {r["case_id"]: r for r in board.table.records}
    assert cid in rows, [r["task"] for r in board.table.records]
    row = rows[cid]
    assert (row["task"], row["due"], row["status"]) == ("公示处罚决定", "2026-06-22", "overdue")
    assert row["deadline"] == "行政处罚决定公示" and "归档" in row["reason"]
    line = [
        board.table.item(rows_i, c).text()
        for rows_i in range(board.table.rowCount())
        for c in range(board.table.columnCount())
        if board.table.records[rows_i]["case_id"] == cid
    ]
    assert "已超期" in line and "2026-06-22" in line, line
    assert not window.grab().isNull()
    worklist.rebuild(station.system_session())  # as after a change of the deadline settings
    board.reload()
    assert cid in {r["case_id"] for r in board.table.records}
    # the reviewer's list agrees, and once the publication is recorded the officer's desk is clear
    assert next(r for r in publicity.records(rev) if r["case_id"] == cid)["overdue"]
    publicity.sign_off(rev, publicity.for_case(rev, cid)["id"])
    wf.advance(officer, cid, "publish")
    board.reload()
    assert cid not in {r["case_id"] for r in board.table.records}
