"""The login dialog: Enter submits, wrong credentials and locked accounts are told clearly, demo accounts
are shown on demo stations only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox

from inspector.demo import DEMO_PASSWORD
from ui.login import LoginDialog


def _dialog(qtbot, station, **kw) -> LoginDialog:
    dialog = LoginDialog(station, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_and_enter(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_enter_logs_in_with_right_credentials(qtbot, station):
    dialog = _dialog(qtbot, station)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _type_and_enter(qtbot, dialog, "officer", DEMO_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session is not None and dialog.session.user.username == "officer"
    assert dialog.password.text() == ""  # the password does not linger in the widget


def test_wrong_password_is_refused_with_a_clear_message(qtbot, station):
    dialog = _dialog(qtbot, station)
    _type_and_enter(qtbot, dialog, "officer", "wrong-password-1")
    assert dialog.session is None and dialog.isVisible()
    assert "用户名或密码错误" in dialog.message.text()
    assert dialog.password.text() == "" and dialog.username.text() == "officer"


def test_unknown_user_gets_the_same_message(qtbot, station):
    dialog = _dialog(qtbot, station)
    _type_and_enter(qtbot, dialog, "nobody", "whatever123")
    assert "用户名或密码错误" in dialog.message.text()


def test_empty_fields_are_asked_for(qtbot, station):
    dialog = _dialog(qtbot, station)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert "请输入用户名和密码" in dialog.message.text()


def test_repeated_failures_lock_the_account_and_say_until_when(qtbot, station):
    dialog = _dialog(qtbot, station)
    attempts = int(station.setting("auth.max_failed_logins"))
    for _ in range(attempts):
        _type_and_enter(qtbot, dialog, "leader", "wrong-password-1")
    assert "已被锁定" in dialog.message.text()
    # Even the right password is refused while locked, and the message names the unlock time.
    _type_and_enter(qtbot, dialog, "leader", DEMO_PASSWORD)
    assert dialog.session is None
    text = dialog.message.text()
    assert "已被锁定" in text and "之后再试" in text
    assert any(ch.isdigit() for ch in text.split("请于")[1])


def test_demo_station_shows_demo_accounts_and_a_click_fills_them(qtbot, station):
    dialog = _dialog(qtbot, station)
    table = dialog.demo_table
    assert table is not None and table.rowCount() == 5
    roles = {table.item(r, 0).text() for r in range(5)}
    assert roles == {"执法队员", "中队长", "法制审核员", "督察/大队领导", "系统管理员"}
    rect = table.visualItemRect(table.item(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.username.text() == "reviewer" and dialog.password.text() == DEMO_PASSWORD


def test_a_real_station_shows_no_demo_accounts(qtbot, station):
    with station.db.write():
        station.db.meta_set("demo", "0")
    dialog = _dialog(qtbot, station)
    assert dialog.demo_table is None
    assert dialog.findChild(QGroupBox, "demoCredentials") is None


def test_operable_widgets_have_accessible_names(qtbot, station):
    dialog = _dialog(qtbot, station)
    for widget in (dialog.username, dialog.password, dialog.submit, dialog.demo_table):
        assert widget.accessibleName()
