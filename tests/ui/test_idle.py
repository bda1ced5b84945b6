"""The GUI locks itself after the configured idle time and only the same user's password unlocks it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from inspector.demo import DEMO_PASSWORD
from inspector.permissions import Role
from ui.idle import IdleWatcher
from ui.main_window import MainWindow


def _window(qtbot, session, idle_ms: int) -> MainWindow:
    window = MainWindow(session, idle_ms=idle_ms)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _unlock(qtbot, window: MainWindow, password: str) -> None:
    dialog = window.lock_dialog
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_window_locks_after_idle_timeout_and_hides_content(qtbot, login):
    window = _window(qtbot, login(Role.OFFICER), idle_ms=50)
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert window.outer.currentWidget() is window.lock_page
    assert window.lock_dialog is not None and window.lock_dialog.isVisible()
    assert window.lock_dialog.username.text() == "officer" and window.lock_dialog.username.isReadOnly()
    assert not window.menuBar().isEnabled()
    assert (
        window.lock_dialog.isModal()
        and window.lock_dialog.windowModality() == Qt.WindowModality.ApplicationModal
    )


def test_wrong_password_keeps_it_locked_right_one_unlocks(qtbot, login):
    window = _window(qtbot, login(Role.OFFICER), idle_ms=50)
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    _unlock(qtbot, window, "not-the-password1")
    assert window.locked and "用户名或密码错误" in window.lock_dialog.message.text()
    _unlock(qtbot, window, DEMO_PASSWORD)
    assert not window.locked
    assert window.menuBar().isEnabled()
    assert window.idle.timer.isActive()  # watching again


def test_escape_does_not_unlock(qtbot, login):
    window = _window(qtbot, login(Role.OFFICER), idle_ms=0)
    window.lock_action.trigger()
    dialog = window.lock_dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    assert window.locked and dialog.isVisible()


def test_logout_from_the_lock_dialog(qtbot, login):
    window = _window(qtbot, login(Role.OFFICER), idle_ms=0)
    window.lock_action.trigger()
    logout = window.lock_dialog.findChild(type(window.lock_dialog.submit), "logout")
    with qtbot.waitSignal(window.logout_requested, timeout=1000):
        logout.click()


def test_input_restarts_the_idle_timer(qtbot):
    watcher = IdleWatcher(60_000)
    try:
        watcher.timer.start(10)  # pretend the timer has nearly run out
        QApplication.sendEvent(
            QApplication.instance(),
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
        )
        assert watcher.timer.remainingTime() > 30_000
    finally:
        watcher.stop()


def test_idle_signal_fires_once_and_not_while_paused(qtbot):
    watcher = IdleWatcher(20)
    fired: list[int] = []
    watcher.idle.connect(lambda: fired.append(1))
    try:
        qtbot.waitUntil(lambda: bool(fired), timeout=2000)
        assert watcher.paused and not watcher.timer.isActive()
        QApplication.sendEvent(
            QApplication.instance(),
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
        )
        assert not watcher.timer.isActive(), "input behind the lock dialog must not restart the timer"
        assert fired == [1]
    finally:
        watcher.stop()


def test_zero_minutes_disables_the_lock(qtbot, login):
    watcher = IdleWatcher.from_minutes(0)
    try:
        assert not watcher.enabled and not watcher.timer.isActive()
    finally:
        watcher.stop()


def test_lock_time_comes_from_the_setting(qtbot, login):
    from inspector.services import org

    org.set_setting(login(Role.ADMIN), "ui.idle_lock_minutes", 3)
    window = MainWindow(login(Role.OFFICER))
    qtbot.addWidget(window)
    assert window.idle.timeout_ms == 3 * 60_000


def test_mouse_move_counts_as_activity(qtbot):
    from PySide6.QtGui import QMouseEvent

    watcher = IdleWatcher(60_000)
    try:
        watcher.timer.start(10)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(1, 1),
            QPointF(1, 1),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(QApplication.instance(), event)
        assert watcher.timer.remainingTime() > 30_000
    finally:
        watcher.stop()
