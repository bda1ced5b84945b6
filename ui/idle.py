"""Idle lock: after the configured time without input the main window hides its content and asks for the password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


def input_events() -> frozenset[QEvent.Type]:
    """The events that mean a person is using the application.

    Made when the watch starts, not at import: QEvent's ~180-member Type enum is built on the first use of
    the class in Python, a cost the first painted main window need not pay.
    """
    from PySide6.QtCore import QEvent

    return frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TabletPress,
            QEvent.Type.ShortcutOverride,
        }
    )


class IdleWatcher(QObject):
    """An application-wide event filter that restarts a timer on every input event.

    ``timeout_ms`` of 0 (or less) disables the lock. While :attr:`paused` (the lock dialog is showing)
    input does not restart the timer.

    Signals:
        idle(): no input for ``timeout_ms``.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None, *, watch_after_ms: int = 0) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        self.paused = False
        self.stopped = False
        self.input_events: frozenset[QEvent.Type] = frozenset()
        self.set_timeout(timeout_ms)
        if watch_after_ms > 0:
            # An application-wide Python event filter sees every event of the first paint, and wrapping
            # each one makes PySide create its event classes and enums on the spot: watch once the window
            # is up (the lock time is minutes; input in this first moment need not restart it).
            QTimer.singleShot(watch_after_ms, self, self._install)
        else:
            self._install()

    def _install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.stopped:
            self.input_events = input_events()
            app.installEventFilter(self)

    @classmethod
    def from_minutes(cls, minutes: float, parent: QObject | None = None) -> IdleWatcher:
        return cls(int(float(minutes) * 60_000), parent)

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = int(timeout_ms)
        if self.enabled:
            self.timer.setInterval(self.timeout_ms)
            self.restart()
        else:
            self.timer.stop()

    @property
    def enabled(self) -> bool:
        return self.timeout_ms > 0

    def restart(self) -> None:
        if self.enabled and not self.paused:
            self.timer.start(self.timeout_ms)

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        self.paused = False
        self.restart()

    def stop(self) -> None:
        """Stop watching for good (the window closes or the user logs out)."""
        self.stopped = True
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.paused and event.type() in self.input_events and self.timer.isActive():
            self.timer.start(self.timeout_ms)
        return False

    def _expired(self) -> None:
        if not self.paused:
            self.pause()
            self.idle.emit()
