"""Administration in forms through the main window: officers with certificates, accounts linked to them,
benchmark catalogue and holiday calendar import/export with a per-row error report."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QDate

from inspector.permissions import Role
from ui.main_window import MainWindow


def _settings(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.open_section("settings")
    return window, window.screens["settings"]


def test_admin_adds_an_officer_and_links_an_account_through_the_main_window(qtbot, login, data_dir, station):
    # 行政处罚法第42条: an account signs with its own officer's certificate, so the link is recorded and audited.
    window, screen = _settings(qtbot, login(Role.ADMIN))
    officers = screen.officers_panel
    screen.tabs.setCurrentWidget(officers)
    officers.name.setText("陈静")
    officers.cert_no.setText("zj330101-0105")
    officers.expiry.setDate(QDate(2029, 3, 31))
    officers.squad.setCurrentIndex(1)
    officers.add_button.click()
    assert "已新增执法人员" in officers.message.text()

    users = screen.users_panel
    screen.tabs.setCurrentWidget(users)
    row = next(r for r in range(users.table.rowCount()) if users.table.item(r, 0).text() == "reviewer")
    users.table.selectRow(row)
    users.link_officer.setCurrentIndex(users.link_officer.findText("陈静（ZJ330101-0105）"))
    with qtbot.waitSignal(screen.changed, timeout=5000):
        users.link_button.click()
    row = next(r for r in range(users.table.rowCount()) if users.table.item(r, 0).text() == "reviewer")
    assert users.table.item(row, 5).text() == "陈静" and users.table.item(row, 6).text() == "ZJ330101-0105"

    conn = sqlite3.connect(data_dir / "station.sqlite")
    linked = conn.execute(
        "SELECT o.name, o.cert_no, o.cert_expiry FROM users u JOIN officers o "
        "ON o.id = u.officer_id WHERE u.username = 'reviewer'"
    ).fetchone()
    last = conn.execute(
        "SELECT actor, action FROM audit_events WHERE entity = 'users' ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    conn.close()
    assert linked == ("陈静", "ZJ330101-0105", "2029-03-31")
    assert last == ("admin", "user.link_officer:update")
    assert not station.audit_verify()


def test_admin_corrects_a_certificate_expiry(qtbot, login, station):
    window, screen = _settings(qtbot, login(Role.ADMIN))
    officers = screen.officers_panel
    officer_id = station.db.scalar("SELECT officer_id FROM users WHERE username = 'officer'")
    officers.select(officer_id)
    assert officers.name.text() == "王建国"
    officers.expiry.setDate(QDate(2031, 12, 31))
    officers.save_button.click()
    assert station.db.scalar("SELECT cert_expiry FROM officers WHERE id = ?", (officer_id,)) == "2031-12-31"
    officers.cert_no.setText("ZJ 3301")  # a space is not allowed in a certificate number
    officers.save_button.click()
    assert "执法证号只能包含" in officers.message.text()


def test_catalogue_import_lists_every_bad_row_and_imports_nothing(qtbot, login, station, tmp_path):
    window, screen = _settings(qtbot, login(Role.ADMIN))
    panel = screen.reference_panel
    before = panel.catalogues.rowCount()
    panel.catalogues.selectRow(0)
    exported = tmp_path / "cat.json"
    assert panel.export_catalogue(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["version"] = "9.9"
    items = data["items"] if isinstance(data["items"], list) else list(data["items"].values())
    items[0].pop("legal_basis", None)
    items[0]["tiers"] = "none"
    items[1]["tiers"] = "none"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not panel.import_catalogue(bad)
    assert "未导入任何内容" in panel.message.text()
    assert len(panel.report.toPlainText().splitlines()) >= 2
    assert panel.catalogues.rowCount() == before
    (tmp_path / "garbage.json").write_text("{not json", encoding="utf-8")
    assert not panel.import_catalogue(tmp_path / "garbage.json")
    assert "不是有效的 JSON" in panel.message.text()


def _exported_2026(qtbot, login, tmp_path):
    """The administrator's reference panel, with the 2026 calendar exported to a file and read back."""
    _window, screen = _settings(qtbot, login(Role.ADMIN))
    panel = screen.reference_panel
    row = next(r for r in range(panel.years.rowCount()) if panel.years.item(r, 0).text() == "2026")
    panel.years.selectRow(row)
    path = tmp_path / "2026.json"
    assert panel.export_calendar(path)
    return panel, path, json.loads(path.read_text(encoding="utf-8"))


def test_calendar_export_then_corrected_import(qtbot, login, station, tmp_path):
    panel, path, data = _exported_2026(qtbot, login, tmp_path)
    data["source"] = "本地更正"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert panel.import_calendar(path)
    assert station.db.scalar("SELECT source FROM calendar_years WHERE year = 2026") == "本地更正"
    data["workdays"] = ["2026-13-01"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not panel.import_calendar(path)
    assert panel.report.toPlainText().strip()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_calendar_saved_by_windows_notepad_imports(qtbot, login, station, tmp_path, encoding):
    """A calendar edited in Windows Notepad comes back as UTF-8 with a byte-order mark, or as "ANSI" (GBK on a
    Chinese Windows); either is read, and the Chinese in it arrives intact."""
    panel, path, data = _exported_2026(qtbot, login, tmp_path)
    data["source"] = "国务院办公厅通知（本地核对）"
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode(encoding))
    assert panel.import_calendar(path), panel.message.text()
    assert (
        station.db.scalar("SELECT source FROM calendar_years WHERE year = 2026")
        == "国务院办公厅通知（本地核对）"
    )
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode("utf-16"))  # neither: one clear line
    assert not panel.import_calendar(path)
    assert "不是 UTF-8 或 GB18030" in panel.message.text() and "未导入任何内容" in panel.message.text()
