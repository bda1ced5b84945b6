"""First run: with no station database the setup wizard creates the station and ends in the main window."""

from __future__ import annotations

import json
import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from inspector.station import paths as station_paths
from ui import app as app_module
from ui import messages
from ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch):
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "_show", lambda box, wait: boxes.append((box.objectName(), box.text())))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: boxes.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return boxes


@pytest.fixture
def launch(qapp, shown, monkeypatch, tmp_path):
    monkeypatch.setattr(station_paths, "program_dir", lambda: tmp_path / "program")
    (tmp_path / "program").mkdir()
    made = []

    def _launch(path):
        launcher = app_module.start_gui(str(path))
        made.append(launcher)
        return launcher

    yield _launch
    for launcher in made:
        if isinstance(launcher, int):
            continue
        for w in (
            launcher.wizard,
            launcher.shell and launcher.shell.window,
            launcher.shell and launcher.shell.login_dialog,
        ):
            if w is not None:
                w.close()
        launcher.close()


def _fill(wizard) -> None:
    wizard.agency.name.setText("杭州市西湖区综合行政执法局")
    wizard.agency.short_name.setText("杭西")
    wizard.agency.division.setText("330106")
    wizard.agency.station_name.setText("北山中队1号机")
    wizard.squads.table.item(0, 0).setText("北山中队")
    wizard.squads.add_row("灵隐中队", "2")
    wizard.admin.username.setText("root")
    wizard.admin.display_name.setText("周管理")
    wizard.admin.password.setText("Station2026")
    wizard.admin.confirm.setText("Station2026")
    wizard.rules.person.setText("3000")
    wizard.rules.organisation.setText("50000")


def _through(wizard) -> None:
    for _ in range(4):
        wizard.next()
    assert wizard.currentId() == wizard.PAGE_RULES
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_on_an_empty_data_directory_ends_in_the_main_window(qtbot, launch, tmp_path):
    target = tmp_path / "fresh"
    launcher = launch(target)
    wizard = launcher.wizard
    assert wizard is not None and wizard.isVisible()
    assert not (target / "station.sqlite").exists()  # nothing is written before the wizard finishes
    _fill(wizard)
    _through(wizard)
    window = launcher.shell.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.session.user.username == "root"
    assert "杭州市西湖区综合行政执法局" in window.findChild(type(window.date_label), "header").text()

    conn = sqlite3.connect(target / "station.sqlite")  # an independent reader
    assert conn.execute("SELECT name, short_name, division_code FROM agencies").fetchall() == [
        ("杭州市西湖区综合行政执法局", "杭西", "330106")
    ]
    assert conn.execute("SELECT name, code FROM squads ORDER BY code").fetchall() == [
        ("北山中队", "1"),
        ("灵隐中队", "2"),
    ]
    assert conn.execute("SELECT display_name, role FROM users").fetchall() == [("周管理", "admin")]
    thresholds = json.loads(
        conn.execute("SELECT value FROM settings WHERE key = 'hearing.thresholds'").fetchone()[0]
    )
    assert thresholds == {"*": {"person": 300000, "organisation": 5000000}}  # 行政处罚法第63条, entered in 元
    assert conn.execute("SELECT value FROM station_meta WHERE key = 'station_name'").fetchone() == (
        "北山中队1号机",
    )
    conn.close()


def test_wizard_pages_refuse_what_would_fail(qtbot, launch, tmp_path):
    wizard = launch(tmp_path / "fresh").wizard
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_AGENCY
    wizard.agency.division.setText("3301")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_AGENCY and "请填写执法主体全称" in wizard.agency.error.text()
    wizard.agency.name.setText("某执法局")
    wizard.agency.division.setText("999999")  # GB/T 2260: 99 is no province
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_AGENCY and "不是省级代码" in wizard.agency.error.text()
    wizard.agency.division.setText("")
    wizard.next()
    wizard.squads.table.item(0, 1).setText("1/2")  # printed inside every document number of the squad
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_SQUADS and "只能由字母和数字组成" in wizard.squads.error.text()
    wizard.squads.table.item(0, 1).setText("1")
    wizard.squads.add_row("二中队", "1")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_SQUADS and "不能重复" in wizard.squads.error.text()
    wizard.squads.table.item(1, 1).setText("2")
    wizard.next()
    wizard.admin.password.setText("12345678")
    wizard.admin.confirm.setText("12345678")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_ADMIN and "只有数字" in wizard.admin.error.text()


def test_wizard_refuses_a_number_pattern_that_would_repeat_numbers(qtbot, launch, tmp_path):
    """§2.1: a pattern without {squad} numbers two squads' documents alike; refused before anything is made."""
    target = tmp_path / "fresh"
    wizard = launch(target).wizard
    _fill(wizard)
    for _ in range(4):
        wizard.next()
    wizard.rules.pattern.setText("{agency}{type}字〔{year}〕第{station}-{seq}号")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentId() == wizard.PAGE_RULES
    assert "{squad}" in wizard.rules.error.text()
    assert not (target / "station.sqlite").exists()


def test_cancelling_the_wizard_leaves_nothing_behind(qtbot, launch, tmp_path):
    target = tmp_path / "fresh"
    wizard = launch(target).wizard
    wizard.reject()
    assert not (target / "station.sqlite").exists()


def test_portable_mode_keeps_the_data_beside_the_program(qtbot, launch, tmp_path):
    launcher = launch(tmp_path / "elsewhere")
    wizard = launcher.wizard
    wizard.choice.portable.setChecked(True)
    _fill(wizard)
    _through(wizard)
    program = tmp_path / "program"
    assert (program / station_paths.PORTABLE_MARKER).is_file()
    assert (program / "data" / "station.sqlite").is_file()
    assert not (tmp_path / "elsewhere" / "station.sqlite").exists()
    assert (
        station_paths.default_data_dir() == program / "data" or "INSPECTOR_DATA" in __import__("os").environ
    )


def test_uninitialised_station_opens_the_wizard(qtbot, launch, tmp_path):
    from inspector.station import Station

    Station.open(tmp_path / "half", create=True).close()
    launcher = launch(tmp_path / "half")
    assert launcher.wizard is not None and launcher.wizard.isVisible()


def test_choosing_the_demo_opens_its_login(qtbot, launch, tmp_path, monkeypatch):
    monkeypatch.setenv("DEMO_CASES", "0")
    target = tmp_path / "demo"
    launcher = launch(target)
    launcher.wizard.choice.demo.setChecked(True)
    assert launcher.wizard.choice.nextId() == -1
    launcher.wizard.accept()
    assert launcher.shell.login_dialog is not None and launcher.shell.login_dialog.isVisible()
    conn = sqlite3.connect(target / "station.sqlite")
    assert conn.execute("SELECT value FROM station_meta WHERE key = 'demo'").fetchone() == ("1",)
    conn.close()


def test_the_program_started_on_an_empty_folder_shows_the_wizard_and_writes_nothing(tmp_path):
    from tests.conftest import run_cli

    target = tmp_path / "empty"
    done = run_cli(data_dir=target, env={"QT_QPA_PLATFORM": "offscreen", "INSPECTOR_STARTUP_PROBE": "1"})
    assert done.returncode == 0, done.stderr
    assert "inspector-ready" in done.stdout and "Traceback" not in done.stderr
    assert not (target / "station.sqlite").exists()


def test_wizard_without_a_station_name_names_the_station_after_the_agency(qtbot, launch, tmp_path):
    target = tmp_path / "unnamed"
    launcher = launch(target)
    _fill(launcher.wizard)
    launcher.wizard.agency.station_name.setText("")
    _through(launcher.wizard)
    window = launcher.shell.window
    assert window.station_label.text() == "站点：杭州市西湖区综合行政执法局"
    conn = sqlite3.connect(target / "station.sqlite")  # an independent reader
    assert conn.execute("SELECT value FROM station_meta WHERE key = 'station_name'").fetchone() == (
        "杭州市西湖区综合行政执法局",
    )
    conn.close()
