"""案卷评查 through the main window: the sheet opens pre-filled, a veto zeroes it, the score is saved."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inspector import clock
from tests.integration.review_support import closed_case, submitted_case
from ui import tasks
from ui.main_window import MainWindow

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(autouse=True)
def _sync():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


def test_reviewer_scores_a_closed_case_file(qtbot, station, login, data_dir):
    cid = closed_case(station, login)
    window = MainWindow(login("legal_reviewer"), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    window.open_section("reviews")
    screen = window.screens["reviews"]
    screen.tabs.setCurrentWidget(screen.casefile)
    tab = screen.casefile
    row = next(i for i, r in enumerate(tab.cases.records) if r["case_id"] == cid)
    tab.cases.selectRow(row)
    qtbot.mouseClick(tab.score_button, Qt.MouseButton.LeftButton)
    # no photos and no 笔录 in this file: C2 loses 2 × 5 points, pre-filled; everything else passes
    assert tab.editors["C2"].value() == 10
    assert "得分：90" in tab.total.text() and "优秀" in tab.total.text()
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        window.grab().save(str(SHOTS / "review-casefile-sheet.png"))
    tab.set_veto("V5", True)  # 主要证据不足: the whole file fails
    assert "得分：0" in tab.total.text() and "不合格" in tab.total.text()
    tab.set_veto("V5", False)
    tab.set_deduction("F2", 1.5)
    assert "得分：88.5" in tab.total.text() and "合格" in tab.total.text()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.guard.isVisible(), tab.guard.text()
    reader = sqlite3.connect(data_dir / "station.sqlite")
    saved = reader.execute(
        "SELECT total_score, grade, veto, mock, evaluated_by FROM casefile_evaluations WHERE case_id = ?",
        (cid,),
    ).fetchall()
    reader.close()
    assert saved == [(88.5, "合格", 0, 0, "reviewer")]
    assert tab.summary.records and tab.summary.records[0]["average"] == 88.5


def test_open_case_can_only_be_scored_as_a_mock_evaluation(qtbot, station, login):
    cid = submitted_case(station, login)
    window = MainWindow(login("legal_reviewer"), idle_ms=0)
    qtbot.addWidget(window)
    window.open_section("reviews")
    tab = window.screens["reviews"].casefile
    tab.include_open.setChecked(True)
    tab.open_case(cid)
    assert not tab.save_button.isEnabled()
    tab.save(mock=False)
    assert not tab.guard.isHidden() and "模拟评查" in tab.guard.text()
    tab.save(mock=True)
    assert station.db.scalar("SELECT mock FROM casefile_evaluations WHERE case_id = ?", (cid,)) == 1


def test_a_file_scored_twice_in_one_instant_counts_once_in_the_summary(qtbot, station, login, data_dir):
    cid = closed_case(station, login)  # the clock stays frozen: both saves carry the same evaluated_at
    window = MainWindow(login("legal_reviewer"), idle_ms=0)
    qtbot.addWidget(window)
    window.open_section("reviews")
    tab = window.screens["reviews"].casefile
    for deduction in (1.5, 0):
        tab.open_case(cid)
        tab.set_deduction("F2", deduction)
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        assert tab.guard.isHidden(), tab.guard.text()
    reader = sqlite3.connect(data_dir / "station.sqlite")
    saved = reader.execute(
        "SELECT evaluated_at, total_score FROM casefile_evaluations WHERE case_id = ? AND mock = 0 ORDER BY id",
        (cid,),
    ).fetchall()
    reader.close()
    assert len(saved) == 2 and saved[0][0] == saved[1][0]
    newest = saved[-1][1]  # the greater id: the one saved later
    ours = next(r for r in tab.summary.records if r["squad_name"] == "湖滨中队")
    assert (ours["count"], ours["average"]) == (1, newest)
    row = next(r for r in tab.cases.records if r["case_id"] == cid)
    assert row["last_score"].startswith(f"{newest:g} ")


@pytest.mark.parametrize("width", [1280, 900])
def test_the_date_order_line_shows_every_check_at_normal_and_narrow_widths(qtbot, station, login, width):
    cid = closed_case(station, login)
    window = MainWindow(login("legal_reviewer"), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(width, 800)
    window.show()
    window.open_section("reviews")
    screen = window.screens["reviews"]
    screen.tabs.setCurrentWidget(screen.casefile)
    tab = screen.casefile
    tab.open_case(cid)
    line = tab.dates
    # as it is first painted: wrapped, as tall as its lines, inside the window
    assert line.wordWrap() and line.height() >= line.heightForWidth(line.width())
    assert line.mapTo(window, line.rect().topRight()).x() < window.width()
    assert "处罚决定按期公示" in line.text()
    tip = line.toolTip().splitlines()
    assert len(tip) >= 8 and tip[0].startswith("✔ ") and any("处罚决定按期公示" in t for t in tip)
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        window.grab().save(str(SHOTS / f"review-casefile-dates-{width}.png"))
