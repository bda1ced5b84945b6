"""Closing the window or logging out while background work runs ends cleanly: the work finishes before the
station closes, and its late answer reaches no deleted window."""

from __future__ import annotations

import threading

from inspector.demo import DEMO_PASSWORD
from ui import tasks
from ui.main_window import MainWindow
from ui.tasks import Op


def test_closing_while_a_query_runs_waits_for_it_before_the_database_closes(qtbot, station, qt_warnings):
    tasks.set_synchronous(False)
    window = MainWindow(station.login("officer", DEMO_PASSWORD), idle_ms=0)
    window.show()
    started, release = threading.Event(), threading.Event()
    answers, failures = [], []

    def slow_query() -> int:
        started.set()
        release.wait(10)
        return int(station.db.scalar("SELECT count(*) FROM cases"))

    Op(window.screens["dashboard"], slow_query).success(answers.append).failure(failures.append).run()
    assert started.wait(10)
    window.close()
    window.deleteLater()
    release.set()
    assert tasks.shutdown(10_000)  # what the application does before closing the station
    station.close()
    qtbot.wait(50)  # the queued answer is delivered to nobody
    assert answers == [] and failures == []
    assert not any("closed database" in w or "Signal source" in w for w in qt_warnings())
