"""Fixtures for the GUI tests: synchronous background operations and the Chinese application font."""

from __future__ import annotations

import pytest

# Messages the offscreen platform plugin itself prints when a window is shown; not ours to fix.
PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)


@pytest.fixture(autouse=True)
def _synchronous_ops():
    """Run ``Op`` work inline so tests see results without waiting on threads."""
    from ui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture(autouse=True)
def _cjk_font(qapp):
    from ui.fonts import ensure_cjk_font

    report = ensure_cjk_font(qapp)
    assert report.ok, "the test machine needs a Chinese font (fonts-wqy-microhei)"
    return report


@pytest.fixture
def qt_warnings(qtlog):
    """Qt warnings (and worse) logged during the test, without the platform plugin's own noise."""
    from PySide6.QtCore import QtMsgType

    def _collect() -> list[str]:
        return [
            r.message
            for r in qtlog.records
            if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
            and r.message not in PLATFORM_NOISE
        ]

    return _collect


@pytest.fixture
def close_boxes(qapp):
    """Message boxes a test opened are closed afterwards; ``close_boxes()`` lists the visible ones."""
    from PySide6.QtWidgets import QMessageBox

    def _visible() -> list[QMessageBox]:
        return [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    yield _visible
    for box in _visible():
        box.done(0)
