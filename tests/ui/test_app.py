"""Start-up: a missing or too-new station is explained (never a traceback); login leads to the main window."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from inspector.demo import DEMO_PASSWORD
from ui import app as app_module
from ui import messages


@pytest.fixture
def shown(monkeypatch):
    """Message boxes that start-up would show modally, recorded instead of blocking the test."""
    boxes: list[tuple[str, str]] = []

    def record(box: QMessageBox, wait: bool) -> None:
        boxes.append((box.objectName(), box.text()))

    monkeypatch.setattr(messages, "_show", record)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: boxes.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return boxes


def test_database_from_a_newer_version_is_refused_clearly(qapp, data_dir, shown):
    conn = sqlite3.connect(data_dir / "station.sqlite")
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    assert app_module.run_gui(str(data_dir)) == 1
    ((name, text),) = shown
    assert name == "errorMessage" and "更新版本" in text and "9999" in text


def test_corrupt_database_is_explained(qapp, tmp_path, shown):
    (tmp_path / "station.sqlite").write_bytes(b"this is not a database" * 100)
    assert app_module.run_gui(str(tmp_path)) == 1
    ((name, text),) = shown
    assert name == "errorMessage" and "损坏" in text


@pytest.fixture
def shell(qapp, station, monkeypatch):
    made: list[app_module.Shell] = []

    def _make(**env: str) -> app_module.Shell:
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        s = app_module.Shell(station, qapp)
        made.append(s)
        return s

    yield _make
    for s in made:
        for w in (s.window, s.login_dialog):
            if w is not None:
                w.close()
                w.deleteLater()


def test_login_then_main_window_then_logout_shows_login_again(qtbot, shell):
    s = shell()
    s.start()
    assert s.login_dialog is not None and s.window is None
    dialog = s.login_dialog
    dialog.username.setText("leader")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.submit.click()
    assert s.window is not None and s.window.isVisible()
    assert s.window.session.user.username == "leader"
    s.window.logout_action.trigger()
    assert s.window is None and s.login_dialog is not None and s.login_dialog.isVisible()


def test_autologin_is_honoured_on_a_demo_station(qtbot, shell):
    s = shell(INSPECTOR_AUTOLOGIN=f"admin:{DEMO_PASSWORD}")
    s.start()
    assert s.window is not None and s.window.session.user.username == "admin"


def test_autologin_is_ignored_on_a_real_station(qtbot, shell, station):
    with station.db.write():
        station.db.meta_set("demo", "0")
    s = shell(INSPECTOR_AUTOLOGIN=f"admin:{DEMO_PASSWORD}")
    s.start()
    assert s.window is None and s.login_dialog is not None
