"""設置 → 数据备份: an administrator sets the schedule, backs up now from the main window; due backups run alone."""

from __future__ import annotations

import os
from pathlib import Path

from inspector.permissions import Role
from inspector.services import backup
from ui.main_window import MainWindow
from ui.widgets.backup_panel import BackupPanel, ScheduledBackup

ROOT = Path(__file__).resolve().parents[2]


def test_admin_backs_up_now_from_the_settings_section(qtbot, login, station, tmp_path):
    window = MainWindow(login(Role.ADMIN), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    window.show()
    page = window.open_section("settings")
    panel = page.findChild(BackupPanel, "backupPanel")
    assert panel is not None and panel.now.isEnabled()
    assert "尚未备份" in panel.last.text()
    folder = tmp_path / "usb"
    folder.mkdir()
    panel.folder.setText(str(folder))
    panel.keep.setValue(3)
    panel.save.click()
    assert station.setting("backup.dir") == str(folder) and station.setting("backup.keep") == 3
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.now.click()
    made = list(folder.glob("inspector-backup-*.zip"))
    assert len(made) == 1
    backup.verify_archive(made[0])  # independent re-read of every member
    assert made[0].name in panel.last.text() and "已写入并校验" in panel.message.text()
    if os.environ.get("INSPECTOR_SCREENSHOTS"):  # the reviewed copy in docs/screenshots
        panel.grab().save(str(ROOT / "docs" / "screenshots" / "settings-backup.png"))


def test_officer_has_no_backup_panel(qtbot, login):
    window = MainWindow(login(Role.OFFICER), idle_ms=0)
    qtbot.addWidget(window)
    page = window.open_section("settings")
    assert page.findChild(BackupPanel) is None


def test_due_backup_is_taken_in_the_background(qtbot, login, station, tmp_path):
    from inspector.services import org

    org.set_setting(login(Role.ADMIN), "backup.dir", str(tmp_path / "sched"))
    scheduler = ScheduledBackup(station, first_ms=0)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args[0].path.parent == tmp_path / "sched" and blocker.args[0].path.exists()
    scheduler.check()  # no longer due: nothing more is written
    assert len(list((tmp_path / "sched").iterdir())) == 1
    scheduler.timer.stop()


def test_admin_sees_where_backups_go_and_verifies_a_backup_file(qtbot, login, station, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    admin = login(Role.ADMIN)
    window = MainWindow(admin, idle_ms=0)
    qtbot.addWidget(window)
    panel = window.open_section("settings").findChild(BackupPanel, "backupPanel")
    # No folder chosen: the backups go under the data directory, and the panel says exactly where.
    assert panel.where.text() == str(station.data_dir / "backups" / "scheduled")
    assert "首次使用向导" in panel.findChild(type(panel.where), "backupNote").text()
    good = backup.backup(admin, tmp_path / "good.zip").path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(good), ""))
    panel.verify.click()
    assert "备份完好：good.zip" in panel.message.text() and "演示站点" in panel.message.text()

    bad = tmp_path / "bad.zip"
    bad.write_bytes(good.read_bytes()[:-200])  # the end of the file (the zip directory) is missing
    panel.verify_file(str(bad))
    assert "不是 Inspector 的备份文件，或文件不完整" in panel.message.text()
    assert panel.verify.isEnabled()
