"""Background operations: run a core function off the GUI thread, results delivered on the GUI thread.

Usage::

    Op(parent, fn, *args).with_progress(self.tr("导入照片")).success(on_done).failure(on_error).run()

``fn`` may take keyword arguments ``progress(done, total)`` and ``cancelled()`` (plain callables, no Qt):
pass ``progress=True`` to :meth:`Op.with_progress` and the helper supplies them. Database writes run on the
single writer pool (one thread); CPU work that touches no database may use :func:`cpu_pool`.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

_writer_pool: QThreadPool | None = None
_synchronous = False


def writer_pool() -> QThreadPool:
    """The one thread that writes to the station database."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setMaxThreadCount(1)
    return _writer_pool


def cpu_pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def set_synchronous(value: bool) -> None:
    """Tests: run operations inline on the calling thread (a synchronous fake pool)."""
    global _synchronous
    _synchronous = value


def shutdown(timeout_ms: int = 30_000) -> bool:
    """Cancel running operations and wait for the pools to finish (before the station closes or the user
    logs out), so no background work touches a closed database or a deleted window; returns whether all ended."""
    for op in list(Op._running):
        op.cancel()
        op.abandoned = True
    done = writer_pool().waitForDone(timeout_ms)
    return cpu_pool().waitForDone(timeout_ms) and done


class _Signals(QObject):
    """Signals:
    progressed(int, int): work done and total.
    finished(object): the function's return value.
    failed(object): the exception raised.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.call = call
        self.signals = signals

    @Slot()
    def run(self) -> None:
        try:
            result = self.call()
        except BaseException as exc:  # delivered to the failure callback on the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Op:
    """One background operation with optional progress dialog and cancel button."""

    _running: set[Op] = set()

    def __init__(self, parent: QWidget | None, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.parent = parent
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self._label: str | None = None
        self._wants_progress = False
        self._on_success: Callable[[Any], object] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._pool = writer_pool
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.abandoned = False  # set by shutdown(): the result is no longer wanted
        self.signals = _Signals()

    def with_progress(self, label: str, *, progress: bool = False) -> Op:
        """Show a modal progress dialog with a cancel button; ``progress=True`` passes the callables."""
        self._label = label
        self._wants_progress = progress
        return self

    def on_cpu_pool(self) -> Op:
        """Run on the parallel CPU pool (only for work that does not touch the database)."""
        self._pool = cpu_pool
        return self

    def success(self, cb: Callable[[Any], object]) -> Op:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], object]) -> Op:
        self._on_failure = cb
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> Op:
        kwargs = dict(self.kwargs)
        if self._wants_progress:
            kwargs["progress"] = lambda done, total: self.signals.progressed.emit(done, total)
            kwargs["cancelled"] = self._cancel.is_set
        if self._label is not None:
            self.dialog = QProgressDialog(
                self._label, QCoreApplication.translate("Op", "取消"), 0, 0, self.parent
            )
            self.dialog.setAccessibleName(self._label)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)
            self.signals.progressed.connect(self._progressed)
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)
        Op._running.add(self)
        runnable = _Runnable(lambda: self.fn(*self.args, **kwargs), self.signals)
        if _synchronous:
            runnable.run()
        else:
            self._pool().start(runnable)
        return self

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close(self) -> None:
        Op._running.discard(self)
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _alive(self) -> bool:
        if self.parent is None:
            return True
        try:
            self.parent.objectName()  # raises RuntimeError when the C++ widget is gone
        except RuntimeError:
            return False
        return True

    def _finished(self, result: Any) -> None:
        self._close()
        if self._on_success and self._alive() and not self.abandoned:
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if self.abandoned:
            return
        if self._on_failure and self._alive():
            self._on_failure(exc)
        elif self._alive():
            from ui.messages import show_error

            show_error(self.parent, exc)
