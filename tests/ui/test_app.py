"""Start-up: a missing or too-new station is explained (never a traceback); login leads to the main window."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from inspector.demo import DEMO_PASSWORD
from inspector.services import worklist
from tests.integration.workflow_support import make_case
from ui import app as app_module
from ui import main_window, messages, tasks

ROOT = Path(__file__).resolve().parents[2]


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


def test_a_start_that_ends_early_leaves_the_garbage_collector_running(qapp, tmp_path, shown):
    # run_gui pauses the collector while the first window is built; a refused station must not keep it off.
    (tmp_path / "station.sqlite").write_bytes(b"this is not a database" * 100)
    assert gc.isenabled()
    assert app_module.run_gui(str(tmp_path)) == 1
    assert gc.isenabled()


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


def test_autologin_with_a_wrong_password_shows_the_login_dialog(qtbot, shell):
    s = shell(INSPECTOR_AUTOLOGIN="admin:not-the-password")
    s.start()
    assert s.window is None and s.login_dialog is not None


def test_autologin_is_ignored_on_a_real_station(qtbot, shell, station):
    with station.db.write():
        station.db.meta_set("demo", "0")
    s = shell(INSPECTOR_AUTOLOGIN=f"admin:{DEMO_PASSWORD}")
    s.start()
    assert s.window is None and s.login_dialog is not None


def _block_first_read(monkeypatch) -> threading.Event:
    """The 工作台's background read waits until the returned event is set."""
    from ui.screens import dashboard

    release = threading.Event()
    fetch = dashboard.Screen._fetch

    def slow_fetch(self, scope):
        release.wait(10)
        return fetch(self, scope)

    monkeypatch.setattr(dashboard.Screen, "_fetch", slow_fetch)
    return release


def test_after_login_the_window_shows_once_the_dashboard_has_its_list(qtbot, shell, station, monkeypatch):
    make_case(station)
    worklist.rebuild(station.system_session())
    tasks.set_synchronous(False)  # the list is read on the writer thread, as in the program
    release = _block_first_read(monkeypatch)
    s = shell(INSPECTOR_AUTOLOGIN=f"officer:{DEMO_PASSWORD}")
    s.start()
    window = s.window
    assert window is not None and not window.isVisible()  # not an empty 工作台 first
    release.set()
    qtbot.waitUntil(window.isVisible, timeout=5000)
    dashboard = window.screens["dashboard"]
    assert not dashboard.loading and dashboard.table.rowCount() == 1
    assert not dashboard.loading_label.isVisible()
    tasks.shutdown()


def test_a_slow_dashboard_shows_the_window_marked_as_loading(qtbot, shell, monkeypatch):
    tasks.set_synchronous(False)
    release = _block_first_read(monkeypatch)
    monkeypatch.setattr(main_window, "FIRST_SHOW_WAIT_MS", 20)
    s = shell(INSPECTOR_AUTOLOGIN=f"officer:{DEMO_PASSWORD}")
    s.start()
    window = s.window
    qtbot.waitUntil(window.isVisible, timeout=5000)
    dashboard = window.screens["dashboard"]
    assert dashboard.loading and dashboard.loading_label.isVisible()
    assert dashboard.loading_label.text() == "正在加载待办案件…"
    release.set()
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=5000)
    assert not dashboard.loading_label.isVisible()
    tasks.shutdown()


PROBE = """
import gc, json, sys
import PySide6.QtCore
from ui import app

def report(shell):
    dashboard = shell.window.screens["dashboard"]
    print(json.dumps({
        "visible": shell.window.isVisible(),
        "loading": dashboard.loading,
        "rows": dashboard.table.rowCount(),
        "qt_namespace_built": "Qt" in PySide6.QtCore.__dict__,
        "collector_running": gc.isenabled(),
    }), flush=True)
    shell.app.quit()

app.Shell._report_ready = report
sys.exit(app.run_gui(sys.argv[1]))
"""


def test_the_first_window_is_whole_when_ready_and_skips_the_qt_namespace(station, data_dir):
    """What the start-up benchmark times: at the probe's ready line the window shows the 工作台's list; and
    nothing on the way names the Qt namespace, whose first use builds all of its enums (10-20 ms)."""
    make_case(station)
    worklist.rebuild(station.system_session())
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INSPECTOR_STARTUP_PROBE": "1",
        "INSPECTOR_AUTOLOGIN": f"officer:{DEMO_PASSWORD}",
        "PYTHONPATH": str(ROOT),
    }
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    facts = json.loads(out.strip().splitlines()[-1])
    assert facts == {
        "visible": True,
        "loading": False,
        "rows": 1,
        "qt_namespace_built": False,
        "collector_running": True,  # paused only while the first window was built
    }
