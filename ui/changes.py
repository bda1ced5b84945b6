"""The app-wide announcement of committed changes, on the GUI thread (the core's ``inspector.changes``).

Every screen that shows stored data connects to :func:`hub` ``.operation_did_execute`` and decides from the
:class:`~inspector.changes.Changes` whether it cares (Anki's ``operation_did_execute`` is the model). Writes on
the writer thread arrive through a queued signal; several commits in one turn of the event loop are merged
into one announcement.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from inspector import changes as change_log


class ChangeHub(QObject):
    """Signals:
    operation_did_execute(object): an :class:`inspector.changes.Changes` after writes were committed.
    """

    operation_did_execute = Signal(object)
    _arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._pending: change_log.Changes | None = None
        # From the writer thread the arrival is queued to the GUI thread; on the GUI thread it is direct, but
        # _collect only notes the changes and announces them on the next turn of the event loop, so a screen
        # never refreshes in the middle of the write that caused it. (No explicit QueuedConnection: naming
        # Qt.ConnectionType would build every enum of the Qt namespace while the main window first opens.)
        self._arrived.connect(self._collect)
        self._unsubscribe = change_log.subscribe(self._arrived.emit)

    @Slot(object)
    def _collect(self, changes: change_log.Changes) -> None:
        if self._pending is None:  # let what else is already queued arrive, then announce once
            self._pending = changes
            QTimer.singleShot(0, self._flush)
        else:
            self._pending = self._pending | changes

    @Slot()
    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending:
            self.operation_did_execute.emit(pending)

    def close(self) -> None:
        self._unsubscribe()


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    """The one hub of this process (made on first use, on the GUI thread)."""
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub
