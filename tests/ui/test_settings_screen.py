"""The 设置 section: everyone changes their own password; administrators edit settings and accounts."""

from __future__ import annotations

import pytest

from inspector.demo import DEMO_PASSWORD
from inspector.errors import AccountLocked, AuthenticationError
from inspector.permissions import Role
from ui.screens.settings import Screen, parse_value


def _screen(qtbot, session) -> Screen:
    screen = Screen(session)
    qtbot.addWidget(screen)
    return screen


def _select(table_widget, key: str) -> None:
    table = table_widget.table
    row = next(r for r in range(table.rowCount()) if table.item(r, table_widget.COL_KEY).text() == key)
    table.selectRow(row)


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
    assert not screen.settings_table.editable
    assert screen.settings_table.table.rowCount() > 0
    assert screen.users_panel is None
    tabs = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert tabs == ["我的账户", "系统设置"]


def test_admin_edits_a_setting(qtbot, login, station):
    screen = _screen(qtbot, login(Role.ADMIN))
    table = screen.settings_table
    _select(table, "ui.idle_lock_minutes")
    assert table.value.text() == "10"
    table.value.setText("5")
    with qtbot.waitSignal(screen.changed, timeout=5000):
        table.save.click()
    assert station.setting("ui.idle_lock_minutes") == 5
    row = table.table.currentRow()
    assert table.table.item(row, table.COL_VALUE).text() == "5"


def test_admin_typing_a_wrong_kind_of_value_loses_nothing(qtbot, login, station):
    screen = _screen(qtbot, login(Role.ADMIN))
    table = screen.settings_table
    _select(table, "ui.idle_lock_minutes")
    table.value.setText("十分钟")
    table.save.click()
    assert "格式不对" in table.message.text()
    assert station.setting("ui.idle_lock_minutes") == 10
    assert table.value.text() == "十分钟"


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
    panel.add_button.click()
    assert "已新增用户" in panel.message.text()
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


@pytest.mark.parametrize(("text", "default", "value"), [
    ("12", 10, 12), ("是", False, True), ("false", True, False), ("/x/y.ttf", "", "/x/y.ttf"), ("1.5", 2.0, 1.5),
])
def test_parse_value_keeps_the_default_type(text, default, value):
    assert parse_value(text, default) == value


def test_parse_value_rejects_a_wrong_type():
    with pytest.raises(ValueError):
        parse_value("ten", 10)


def test_operable_widgets_have_accessible_names(qtbot, login):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableWidget
    screen = _screen(qtbot, login(Role.ADMIN))
    for cls in (QLineEdit, QAbstractButton, QComboBox, QTableWidget):
        for widget in screen.findChildren(cls):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's internal children (tab scroll buttons, spin boxes)
            assert widget.accessibleName(), f"{cls.__name__} {widget.objectName()!r} has no accessible name"
