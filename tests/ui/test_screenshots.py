"""Offscreen screenshots of the login dialog (demo mode) and the main window for every role.

Saved into ``$INSPECTOR_SCREENSHOT_DIR`` (default: the test's temporary directory) as ``login.png`` and
``main-<role>.png``; docs/screenshots/ holds a reviewed set. The assertions check what a person looking at
them would: the pictures are not blank and the Chinese text in them is drawn with a font that has it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from inspector import demo
from inspector.demo import DEMO_PASSWORD
from inspector.permissions import Role
from ui import fonts
from ui.login import LoginDialog
from ui.main_window import MainWindow


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("INSPECTOR_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def busy_station(station):
    """The demo station with some cases, so screens have content to show."""
    demo.fill(station, cases=40, photos=False)
    return station


def _distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def _save(widget, path: Path) -> QImage:
    pixmap = widget.grab()
    assert pixmap.save(str(path)), f"could not write {path}"
    image = pixmap.toImage()
    assert _distinct_colours(image) > 8, f"{path.name} looks blank"
    return image


def test_login_screenshot(qtbot, busy_station, shots):
    dialog = LoginDialog(busy_station)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _save(dialog, shots / "login.png")
    assert dialog.demo_table is not None  # demo mode shows the accounts
    assert fonts.covers(dialog.font(), "城管执法现场检查与案件系统演示站点账户角色用户名密码登录退出")


@pytest.mark.parametrize("role", list(Role))
def test_main_window_screenshot(qtbot, busy_station, shots, role):
    username = next(u for u, _, r in demo.DEMO_USERS if r is role)
    window = MainWindow(busy_station.login(username, DEMO_PASSWORD), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    _save(window, shots / f"main-{role}.png")
    text = "".join(window.nav.item(i).text() for i in range(window.nav.count()))
    text += window.user_label.text() + window.station_label.text() + window.pending_label.text()
    assert fonts.covers(window.nav.font(), text)
    assert fonts.covers(window.statusBar().font(), text)
