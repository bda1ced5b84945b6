"""The main window's idle watcher starts watching input just after the first paint, not during it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from inspector.permissions import Role
from ui.idle import IdleWatcher
from ui.main_window import MainWindow


def _key() -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")


def test_watching_starts_after_the_delay(qtbot):
    watcher = IdleWatcher(60_000, watch_after_ms=30)
    try:
        watcher.timer.start(10_000)
        QApplication.sendEvent(QApplication.instance(), _key())
        assert watcher.timer.remainingTime() < 30_000  # not watching yet (a restart gives 60 s)

        def restarted() -> bool:
            watcher.timer.start(10_000)
            QApplication.sendEvent(QApplication.instance(), _key())
            return watcher.timer.remainingTime() > 30_000

        qtbot.waitUntil(restarted, timeout=2000)
    finally:
        watcher.stop()


def test_a_stopped_watcher_never_starts_watching(qtbot):
    watcher = IdleWatcher(60_000, watch_after_ms=1)
    watcher.stop()
    later: list[bool] = []
    QTimer.singleShot(20, lambda: later.append(True))  # fires after the deferred install had its turn
    qtbot.waitUntil(lambda: bool(later), timeout=2000)
    watcher.timer.start(10_000)
    QApplication.sendEvent(QApplication.instance(), _key())
    assert watcher.timer.remainingTime() < 30_000


def test_the_main_window_still_locks_after_the_idle_time(qtbot, login):
    window = MainWindow(login(Role.OFFICER), idle_ms=50)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
