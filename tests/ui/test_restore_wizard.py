"""A station PC died: on the new PC the first-run wizard restores the station from its backup file.

The whole start-up path is driven as the program runs it (``ui.app.start_gui`` on an empty data directory →
the wizard → 从备份恢复 → the restored station's login → the main window); afterwards the station passes what
``inspector check --deep`` checks. Bad files give one Chinese line on the restore page and leave the data
directory as it was.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard

from db.station import SCHEMA_VERSION
from inspector.demo import DEMO_PASSWORD
from inspector.services import backup, evidence, inspections
from inspector.station import Station
from tests.evidence_helpers import inspection_form, photo
from tests.ui import test_setup_wizard as start_up
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


# The start-up path's fixtures (program folder, message boxes recorded, launchers closed) are the setup wizard's.
shown = start_up.shown
launch = start_up.launch


@pytest.fixture
def archive(station, login, tmp_path) -> Path:
    """A backup of the demo station holding an inspection with two photos (the old PC's last backup)."""
    officer = login("officer")
    insp = inspections.save_inspection(officer, inspection_form(officer))
    files = [photo(tmp_path / f"IMG_{i}.JPG", seed=i) for i in range(2)]
    assert len(evidence.add_evidence(officer, inspection_id=insp["id"], paths=files).accepted) == 2
    (tmp_path / "usb").mkdir()
    return backup.backup(login("admin"), tmp_path / "usb" / "inspector-backup-old-pc.zip").path


def _choose_restore(wizard) -> None:
    wizard.choice.restore.setChecked(True)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_RESTORE


def _finish(wizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _restore_page_error(launcher) -> str:
    wizard = launcher.wizard
    assert wizard is not None and wizard.isVisible() and wizard.currentId() == wizard.PAGE_RESTORE
    return wizard.restore.error.text()


def test_new_pc_restores_the_station_from_the_wizard_and_logs_in(
    qtbot, launch, archive, tmp_path, monkeypatch
):
    target = tmp_path / "new-pc" / "station"
    launcher = launch(target)
    wizard = launcher.wizard
    assert wizard.choice.restore.isVisible() and "从备份恢复" in wizard.choice.restore.text()
    _choose_restore(wizard)
    asked = []

    def pick(parent, title, folder, filters):
        asked.append((title, filters))
        return str(archive), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    wizard.restore.choose.click()
    assert asked and asked[0][0] == "选择备份文件" and "*.zip" in asked[0][1]
    summary = wizard.restore.summary.text()
    assert "演示站点" in summary and "2 个文件" in summary, summary  # the two photos besides the database
    wizard.restore.grab().save(str(tmp_path / "restore-page.png"))
    _finish(wizard)

    dialog = launcher.shell.login_dialog  # the restored station's own login: its users, its passwords
    assert dialog is not None and dialog.isVisible()
    dialog.username.setText("admin")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.submit.click()
    window = launcher.shell.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.session.user.username == "admin"

    # What `inspector check --deep` checks: SQLite integrity, the audit chain, every evidence file re-hashed.
    restored = window.session.station
    assert restored.data_dir == target
    assert restored.db.integrity_check() == []
    assert restored.audit_verify() == []
    files = evidence.verify_files(restored, deep=True)
    assert files["missing_files"] == [] and files["size_mismatch"] == [] and files["altered"] == []
    assert len(files["rehashed"]) == 2
    assert not [p for p in target.parent.iterdir() if ".restoring" in p.name]


def _wizard_on(launch, target: Path, source: Path):
    launcher = launch(target)
    _choose_restore(launcher.wizard)
    launcher.wizard.restore.path.setText(str(source))
    _finish(launcher.wizard)
    return launcher


def _untouched(target: Path) -> bool:
    return not target.exists() and not [p for p in target.parent.iterdir() if ".restoring" in p.name]


def test_a_file_that_is_not_a_backup_is_refused_on_the_page(qtbot, launch, tmp_path):
    target = tmp_path / "new-pc" / "station"
    target.parent.mkdir()
    notes = tmp_path / "会议记录.zip"
    with zipfile.ZipFile(notes, "w") as zf:
        zf.writestr("readme.txt", "not a station")
    launcher = _wizard_on(launch, target, notes)
    assert "不是 Inspector 的备份文件" in _restore_page_error(launcher)
    assert launcher.shell is None and _untouched(target)


def test_a_truncated_backup_is_refused_on_the_page(qtbot, launch, archive, tmp_path):
    target = tmp_path / "new-pc" / "station"
    target.parent.mkdir()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])  # a copy interrupted half-way
    launcher = _wizard_on(launch, target, cut)
    assert "文件不完整" in _restore_page_error(launcher)
    assert launcher.shell is None and _untouched(target)


def test_a_tampered_backup_restores_nothing_and_says_which_file(qtbot, launch, archive, tmp_path):
    target = tmp_path / "new-pc" / "station"
    target.parent.mkdir()
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        member = next(i for i in zf.infolist() if i.filename.startswith("files/evidence/"))
    name_len, extra_len = struct.unpack_from("<HH", data, member.header_offset + 26)
    data[member.header_offset + 30 + name_len + extra_len + 10] ^= 0xFF  # one byte of a stored photo
    archive.write_bytes(bytes(data))
    launcher = _wizard_on(launch, target, archive)
    error = _restore_page_error(launcher)  # the wizard is back on the restore page, the file still chosen
    assert "已损坏或被改动" in error and member.filename in error, error
    assert launcher.wizard.restore.path.text() == str(archive)
    assert launcher.shell is None and _untouched(target)


def test_a_backup_from_a_newer_program_is_refused_on_the_page(qtbot, launch, archive, tmp_path):
    target = tmp_path / "new-pc" / "station"
    target.parent.mkdir()
    newer = tmp_path / "newer.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(newer, "w") as out:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == backup.MANIFEST:
                manifest = json.loads(body)
                manifest["schema_version"] = SCHEMA_VERSION + 1
                body = json.dumps(manifest).encode()
            out.writestr(info, body)
    launcher = _wizard_on(launch, target, newer)
    error = _restore_page_error(launcher)
    assert "更新版本的程序" in error and f"数据库版本 {SCHEMA_VERSION + 1}" in error, error
    assert launcher.shell is None and _untouched(target)


def test_restore_never_writes_into_a_folder_that_holds_files(qtbot, launch, archive, tmp_path):
    target = tmp_path / "half"
    Station.open(target, create=True).close()  # an earlier attempt left an uninitialised station behind
    before = sorted(p.name for p in target.iterdir())
    launcher = _wizard_on(launch, target, archive)
    assert "只能恢复到空的数据目录" in _restore_page_error(launcher)
    assert sorted(p.name for p in target.iterdir()) == before
    conn = sqlite3.connect(target / "station.sqlite")
    assert conn.execute("SELECT count(*) FROM users").fetchone() == (0,)
    conn.close()
