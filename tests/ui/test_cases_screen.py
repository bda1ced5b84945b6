"""The case list screen: lazy model (model tester), search, filters, sort, open a row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector import demo


@pytest.fixture
def station(tmp_path):
    # A list of 450 cases in every state, bulk-generated once (the demo's use cases would issue every
    # document of every case, which this list test does not need).
    import shutil

    from inspector.station import Station
    from tests.bench.bigdb import station_with_cases

    shutil.copytree(station_with_cases(450), tmp_path / "station")
    st = Station.open(tmp_path / "station")
    yield st
    st.close()


@pytest.fixture
def screen(qtbot, station):
    from ui.screens.cases import Screen

    w = Screen(station.login("officer", demo.DEMO_PASSWORD))
    qtbot.addWidget(w)
    return w


def test_model_loads_pages_lazily_and_passes_the_tester(screen, qtmodeltester):
    from ui.models.case_table import PAGE

    assert screen.model.rowCount() == PAGE and screen.model.canFetchMore()
    screen.model.fetchMore()
    assert screen.model.rowCount() == 2 * PAGE
    qtmodeltester.check(screen.model)


def test_search_box_filters_by_chinese_substring(qtbot, screen, station):
    from tests.evidence_helpers import type_text

    type_text(qtbot, screen.search, "油烟超标")
    qtbot.waitUntil(lambda: screen.model.filter.search == "油烟超标")
    expect = station.db.scalar(
        "SELECT count(*) FROM cases WHERE matter_name LIKE '%油烟超标%' OR summary LIKE '%油烟超标%'"
    )
    while screen.model.canFetchMore():
        screen.model.fetchMore()
    assert screen.model.rowCount() == expect > 0
    # The total is counted just after the rows show (a zero-delay timer), so wait for it rather than race it.
    qtbot.waitUntil(lambda: screen.count.text() == f"共 {expect:,} 件")


def test_state_filter_and_sort_by_case_number(screen):
    screen.state.setCurrentIndex(screen.state.findData("closed"))
    states = {screen.model.record(i)["state"] for i in range(screen.model.rowCount())}
    assert states == {"closed"}
    screen.model.sort(0, Qt.SortOrder.AscendingOrder)
    numbers = [screen.model.record(i)["case_no"] or "" for i in range(screen.model.rowCount())]
    assert numbers == sorted(numbers)


def test_opening_a_row_shows_its_detail(screen):
    from PySide6.QtWidgets import QLabel, QWidget

    before = set(screen.findChildren(QWidget))
    screen.table.setCurrentIndex(screen.model.index(3, 0))
    screen.open_current()
    # Only visible top-level windows: popups (completers) of the detail view are hidden windows too.
    opened = [w for w in set(screen.findChildren(QWidget)) - before if w.isWindow() and w.isVisible()]
    assert len(opened) == 1
    record = screen.model.record(3)
    texts = " ".join(lbl.text() for lbl in opened[0].findChildren(QLabel))
    assert record["party_name"] in texts
