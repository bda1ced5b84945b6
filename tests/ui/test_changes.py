"""Committed writes announce themselves: the case list follows a step done in a case window, with no polling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from inspector import clock
from tests.integration.workflow_support import at, make_case
from ui.changes import hub
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _frozen():
    at("2026-06-01")
    yield
    clock.freeze(None)


def _state_shown(screen, case_id: str) -> str | None:
    model = screen.model
    while model.canFetchMore():
        model.fetchMore()
    for row in range(model.rowCount()):
        record = model.record(row)
        if record["id"] == case_id:
            return record["state"]
    return None


def test_case_list_refreshes_after_a_step_in_a_case_window_without_a_timer(qtbot, station, login):
    case_id = make_case(station)
    window = MainWindow(login("squad_leader"))
    qtbot.addWidget(window)
    window.status_timer.stop()  # the only timer left is for other programs' writes
    screen = window.open_section("cases").layout().itemAt(0).widget()
    for timer in screen.findChildren(QTimer):
        timer.stop()
    before = _state_shown(screen, case_id)
    detail = screen.open_case(case_id)
    with qtbot.waitSignal(hub().operation_did_execute, timeout=2000) as announced:
        detail.run_step("verify")
    assert case_id in announced.args[0].ids("cases")
    after = station.db.get("cases", case_id)["state"]
    assert after != before
    qtbot.waitUntil(lambda: _state_shown(screen, case_id) == after, timeout=2000)
    assert not any(t.isActive() for t in screen.findChildren(QTimer) if t.isSingleShot() is False)
