"""The 设置 section: everyone changes their own password; administrators edit settings and accounts."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtWidgets import QLabel

from inspector.demo import DEMO_PASSWORD
from inspector.errors import AccountLocked, AuthenticationError
from inspector.permissions import Role
from ui.screens.settings import Screen


def _screen(qtbot, session) -> Screen:
    screen = Screen(session)
    qtbot.addWidget(screen)
    return screen


def test_officer_changes_own_password(qtbot, login, station):
    screen = _screen(qtbot, login(Role.OFFICER))
    form = screen.password_form
    form.old.setText(DEMO_PASSWORD)
    form.new.setText("NewPass2027")
    form.confirm.setText("NewPass2027")
    with qtbot.waitSignal(screen.changed, timeout=5000):
        form.save.click()
    assert "密码已修改" in form.message.text()
    assert station.login("officer", "NewPass2027").user.username == "officer"
    with pytest.raises(AuthenticationError):
        station.login("officer", DEMO_PASSWORD)


def test_officer_sees_the_certificate_the_account_signs_with(qtbot, login):
    # 行政处罚法第42条: the officer signs with their own certificate, shown on their own account page.
    screen = _screen(qtbot, login(Role.OFFICER))
    assert (
        screen.findChild(QLabel, "myCertificate").text().startswith("签署使用的执法证：王建国（ZJ3301010002")
    )
    screen = _screen(qtbot, login(Role.SUPERVISOR))
    assert "未关联执法人员" in screen.findChild(QLabel, "myCertificate").text()


def test_wrong_old_password_and_mismatch_are_told(qtbot, login, station):
    screen = _screen(qtbot, login(Role.OFFICER))
    form = screen.password_form
    form.old.setText("wrong-old-1")
    form.new.setText("NewPass2027")
    form.confirm.setText("NewPass2028")
    form.save.click()
    assert "不一致" in form.message.text()
    form.confirm.setText("NewPass2027")
    form.save.click()
    assert "原密码不正确" in form.message.text()
    form.old.setText(DEMO_PASSWORD)
    form.new.setText("short1")
    form.confirm.setText("short1")
    form.save.click()
    assert "密码至少" in form.message.text()
    assert station.login("officer", DEMO_PASSWORD)  # unchanged


def test_officer_sees_settings_read_only_and_no_user_management(qtbot, login):
    screen = _screen(qtbot, login(Role.OFFICER))
    assert screen.settings_forms.count() > 0
    assert screen.users_panel is None and screen.officers_panel is None
    tabs = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert tabs == ["我的账户", "系统设置"]


def test_admin_edits_settings_in_typed_forms_amounts_in_yuan(qtbot, login, data_dir, station):
    # 行政处罚法第63条: the hearing threshold is entered in 元 per party type and stored in 分.
    screen = _screen(qtbot, login(Role.ADMIN))
    forms = screen.settings_forms
    page = forms.page_of("hearing.thresholds")
    field = page.fields["hearing.thresholds"]
    field.table.add_row("*", None)
    field.table.item(0, 1).setText("3000")
    field.table.item(0, 2).setText("50,000")
    page.fields["simple.max_fine_person_cents"].widget.setText("200")
    with qtbot.waitSignal(screen.changed, timeout=5000):
        page.save.click()
    review = forms.page_of("legal_review.fine_threshold_cents")  # 第58条 local triggers: their own page
    review.fields["legal_review.fine_threshold_cents"].widget.setText("10000.5")
    flags = {c.property("code"): c for c in review.fields["legal_review.triggers"].checks}
    for code in ("mitigated", "fine_by_party", "heavy_penalty", "demolition"):
        flags[code].setChecked(False)
    with qtbot.waitSignal(screen.changed, timeout=5000):
        review.save.click()
    conn = sqlite3.connect(data_dir / "station.sqlite")
    stored = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    conn.close()
    assert json.loads(stored["hearing.thresholds"]) == {"*": {"person": 300000, "organisation": 5000000}}
    assert json.loads(stored["legal_review.fine_threshold_cents"]) == 1000050
    assert json.loads(stored["legal_review.triggers"]) == ["outside_tier", "fine_threshold"]
    assert "simple.max_fine_person_cents" not in stored  # unchanged values are not rewritten
    assert (
        page.findChild(QLabel, "note-hearing.thresholds")
        .text()
        .startswith("《中华人民共和国行政处罚法》第六十三条")
    )


@pytest.mark.parametrize(
    ("key", "typed", "says"),
    [
        ("deadline.decision_days", "九十", "应为数字"),  # 行政处罚法第60条 deadline must be a number of days
        ("deadline.decision_days", "0", "不能小于1"),
        ("deadline.statement_working_days", "-3", "不能小于1"),
        ("cash.max_on_the_spot_cents", "100.555", "金额"),  # 第68条 amount in 元 with at most 2 decimals
        ("documents.number_pattern", "{agency}第号", "{seq}"),
    ],
)
def test_typed_form_refuses_invalid_values_and_saves_nothing(qtbot, login, station, key, typed, says):
    screen = _screen(qtbot, login(Role.ADMIN))
    page = screen.settings_forms.page_of(key)
    before = {k: station.setting(k) for k in page.fields}
    page.fields[key].widget.setText(typed)
    assert page.save_all() == []
    error = page.errors[key]
    assert not error.isHidden() and says in error.text()
    assert "未保存" in page.message.text()
    assert {k: station.setting(k) for k in page.fields} == before


def test_threshold_table_refuses_a_bad_division_code(qtbot, login, station):
    screen = _screen(qtbot, login(Role.ADMIN))
    page = screen.settings_forms.page_of("hearing.thresholds")
    table = page.fields["hearing.thresholds"].table
    table.add_row("3301", None)
    table.item(0, 1).setText("3000")
    assert page.save_all() == []
    assert "6位数字" in page.errors["hearing.thresholds"].text()
    assert station.setting("hearing.thresholds") == {}


def test_officer_sees_the_forms_read_only(qtbot, login):
    screen = _screen(qtbot, login(Role.OFFICER))
    page = screen.settings_forms.page_of("deadline.decision_days")
    assert not page.editable and not hasattr(page, "save")
    assert page.fields["deadline.decision_days"].widget.isReadOnly()


def test_admin_adds_a_user_who_can_log_in(qtbot, login, station):
    screen = _screen(qtbot, login(Role.ADMIN))
    panel = screen.users_panel
    assert panel is not None
    before = panel.table.rowCount()
    panel.new_username.setText("zhang3")
    panel.new_display.setText("张三")
    panel.new_role.setCurrentIndex(panel.new_role.findData(str(Role.OFFICER)))
    panel.new_squad.setCurrentIndex(1)
    panel.new_password.setText("Zhang2026x")
    spare = station.db.query_one(
        "SELECT id, name, cert_no FROM officers WHERE id NOT IN "
        "(SELECT officer_id FROM users WHERE officer_id IS NOT NULL) ORDER BY cert_no"
    )
    panel.new_officer.setCurrentIndex(panel.new_officer.findData(spare["id"]))
    panel.add_button.click()
    assert "已新增用户" in panel.message.text()
    assert station.db.scalar("SELECT officer_id FROM users WHERE username = 'zhang3'") == spare["id"]
    assert panel.table.rowCount() == before + 1
    assert station.login("zhang3", "Zhang2026x").user.display_name == "张三"


def test_admin_add_user_problems_are_listed(qtbot, login):
    screen = _screen(qtbot, login(Role.ADMIN))
    panel = screen.users_panel
    panel.new_username.setText("officer")
    panel.new_role.setCurrentIndex(panel.new_role.findData(str(Role.OFFICER)))
    panel.new_password.setText("123")
    panel.add_button.click()
    text = panel.message.text()
    assert "已存在" in text and "姓名不能为空" in text and "必须属于一个中队" in text
    assert panel.add_button.isEnabled()


def test_admin_unlocks_a_locked_account(qtbot, login, station):
    for _ in range(int(station.setting("auth.max_failed_logins"))):
        with pytest.raises((AuthenticationError, AccountLocked)):
            station.login("reviewer", "bad-password-1")
    screen = _screen(qtbot, login(Role.ADMIN))
    panel = screen.users_panel
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == "reviewer")
    assert panel.table.item(row, 4).text().startswith("锁定至")
    panel.table.selectRow(row)
    panel.unlock_button.click()
    assert station.login("reviewer", DEMO_PASSWORD)


def test_squad_leader_lists_users_but_cannot_add(qtbot, login):
    screen = _screen(qtbot, login(Role.SQUAD_LEADER))
    assert screen.users_panel is not None and not screen.users_panel.manage
    assert screen.users_panel.table.rowCount() == 5
    assert not hasattr(screen.users_panel, "add_button")


def test_operable_widgets_have_accessible_names(qtbot, login):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableWidget

    screen = _screen(qtbot, login(Role.ADMIN))
    for cls in (QLineEdit, QAbstractButton, QComboBox, QTableWidget):
        for widget in screen.findChildren(cls):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's internal children (tab scroll buttons, spin boxes)
            assert widget.accessibleName(), f"{cls.__name__} {widget.objectName()!r} has no accessible name"
